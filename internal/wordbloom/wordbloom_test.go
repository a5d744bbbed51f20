package wordbloom

import (
	"fmt"
	"testing"
)

func TestFilter(t *testing.T) {
	var f Filter
	words := make([]string, 1000)
	for i := range words {
		words[i] = fmt.Sprintf("word%d", i)
		f.Add(words[i])
	}
	for _, w := range words {
		if !f.Has(Hash(w)) || !f.Has(Hash([]byte(w))) {
			t.Errorf("Has(%q) = false after Add", w)
		}
	}
	if !f.Has(Hash("WORD7")) {
		t.Error(`Has("WORD7") = false: the filter must ignore ASCII case`)
	}
	// Two bits per word in 2^14: about 1.4% false positives for 1000 words.
	passed := 0
	for i := range 10000 {
		if f.Has(Hash(fmt.Sprintf("other%d", i))) {
			passed++
		}
	}
	if passed > 400 {
		t.Errorf("%d of 10000 words not added pass the filter; want at most 400", passed)
	}
	var empty Filter
	if empty.Has(Hash("word1")) {
		t.Error("the empty filter has a word")
	}
}

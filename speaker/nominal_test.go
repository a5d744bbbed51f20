package speaker

import (
	"os"
	"testing"
)

// TestMayStartNominal checks that scan's filter before scanNominal passes
// every word scanNominal reads a nominal or pronoun at.
func TestMayStartNominal(t *testing.T) {
	b, err := os.ReadFile("../testdata/riyadh-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b) + "\nThe officials said. His aide and her voters, the envoy and the Russians' sources."
	st := pool.Get().(*state)
	defer pool.Put(st)
	st.reset(text)
	st.words, st.headline = tokenize(st.words, st.headline, text)
	st.infos = make([]wordInfo, len(st.words))
	st.infoSet = make([]bool, len(st.words))
	found := 0
	for i, w := range st.words {
		if w.flags&isWord == 0 {
			continue
		}
		if j := st.scanNominal(i, len(st.words)); j > i {
			found++
			if !mayStartNominal(text[w.start:w.end]) {
				t.Errorf("scanNominal reads a mention at %q, which mayStartNominal turns away", text[w.start:w.end])
			}
		}
	}
	if found < 10 {
		t.Errorf("scanNominal read %d mentions; want at least 10", found)
	}
}

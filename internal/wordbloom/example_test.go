package wordbloom_test

import (
	"fmt"

	"github.com/hearsaynlp/hearsay/internal/wordbloom"
)

func Example() {
	titles := map[string]bool{"president": true, "minister": true}
	var f wordbloom.Filter
	for w := range titles {
		f.Add(w)
	}
	for _, w := range []string{"President", "said"} {
		// The filter first: a word it rejects skips the map.
		fmt.Println(w, f.Has(wordbloom.Hash(w)))
	}
	// Output:
	// President true
	// said false
}

package speaker

import (
	"os"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/hearsaynlp/hearsay/quote"
)

// checkDoc checks the invariants of a result: one attribution per quote,
// speaker indexes in range and pointing back, mentions inside the text,
// on rune boundaries when the text is valid UTF-8, and sorted, and a reason
// for every unresolved attribution.
func checkDoc(t *testing.T, text string, quotes []quote.Quote, d Doc) {
	t.Helper()
	if len(d.Attributions) != len(quotes) {
		t.Fatalf("%d attributions for %d quotes", len(d.Attributions), len(quotes))
	}
	valid := utf8.ValidString(text)
	for qi, a := range d.Attributions {
		if len(a.Speakers) == 0 && (a.Reason == "" || a.Method != None) {
			t.Errorf("attribution %d: no speakers, method %v, reason %q", qi, a.Method, a.Reason)
		}
		if len(a.Speakers) > 0 && a.Method == None {
			t.Errorf("attribution %d: speakers with method none", qi)
		}
		for _, s := range a.Speakers {
			if s < 0 || s >= len(d.Speakers) {
				t.Fatalf("attribution %d: speaker %d of %d", qi, s, len(d.Speakers))
			}
			if !slices.Contains(d.Speakers[s].Quotes, qi) {
				t.Errorf("speaker %d does not list quote %d", s, qi)
			}
		}
	}
	for si, s := range d.Speakers {
		if s.Name == "" {
			t.Errorf("speaker %d has no name", si)
		}
		prev := -1
		for _, m := range s.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || m.Start < prev {
				t.Fatalf("speaker %d: bad or unsorted mention %v in %d bytes", si, m, len(text))
			}
			prev = m.Start
			if valid && (!utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End])) {
				t.Errorf("speaker %d: mention %v splits a rune", si, m)
			}
		}
		for _, q := range s.Quotes {
			if !slices.Contains(d.Attributions[q].Speakers, si) {
				t.Errorf("speaker %d lists quote %d, which does not name it", si, q)
			}
		}
	}
}

func FuzzAttribute(f *testing.F) {
	if b, err := os.ReadFile("../testdata/riyadh-talks.txt"); err == nil {
		f.Add(string(b), 10, 40)
	}
	f.Add("Ushakov and Waltz said no. They added more.", 0, 17)
	f.Add("Russia's foreign minister, Sergei Lavrov, said it. He added: “no.”", 0, 0)
	f.Add("Mrs. Clinton said so. She, the Kremlin and the U.S. envoy’s aide said \xff no.", 3, 50)
	e := quote.New(quote.Options{Indirect: true})
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		quotes := e.Extract(text)
		// One more quote with an arbitrary, perhaps invalid, source.
		quotes = append(quotes, quote.Quote{Kind: quote.Direct, Span: quote.Span{Start: start, End: end}, Source: quote.Span{Start: start, End: end}})
		d := Attribute(text, quotes)
		checkDoc(t, text, quotes, d)
	})
}

package quote

import (
	"fmt"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// fuzzSeeds are texts that exercise the edges of quotation pairing and
// attribution: every family of marks, apostrophes that look like closing
// marks, quotations left open, odd whitespace and bytes that are not UTF-8.
var fuzzSeeds = []string{
	"",
	" ",
	"\n\n\n",
	"“We will not retreat,” Lavrov said, “never.”",
	"“Q,” Lavrov said, “never.”",
	"“We will not retreat,” Lavrov said. “Never.”",
	`"We will win," Lavrov said. "Never."`,
	"‘We will win,’ Lavrov said.",
	"'We will win,' Lavrov said.",
	"«We will win,» Lavrov said.",
	"»We will win,« Lavrov said.",
	"„We will win,“ Lavrov said.",
	"‚We will win,‘ Lavrov said.",
	"‹We will win,› Lavrov said.",
	"“We will win,\" Lavrov said.",
	"“He told me ‘never again’,” Witkoff said.",
	"‘Rubio’s envoys’ visit won’t matter in the ’90s sense,’ Lavrov said.",
	"Rubio’s envoys’ visit won’t matter in the ’90s.",
	"Lavrov said: “We will win.\n“We always do.”",
	"Lavrov said: “We will win.\nThe talks ended. “Fine,” Rubio said.",
	"“We will win,” Lavrov said.\n“We always do.”",
	"Lavrov said: “never",
	"“",
	"”",
	"\"",
	"'",
	"’",
	"“”",
	"“ ”",
	"“a",
	"a”",
	"“a ”b“ c”",
	"“““““““““““““““““““a",
	"”””””””””””””””””””a",
	"\"\"\"\"\"\"\"\"\"\"\"\"\"",
	"' ' ' ' ' ' ' '",
	"“Q,” he said, “Q,” he said, “Q,” he said, “",
	"Lavrov\u00a0said:\u00a0“We\u00a0will\u00a0win.”",
	"Lavrov\u200bsaid “we\u200bwill\u200bwin.”",
	"Lavrov said\u2028“we will win.”\u2029",
	"Ushakov told Russian television that a meeting was “unlikely” to take place next week, while Waltz said he thought it could be arranged.",
	"With dozens of border towns, “there is no single gate to watch,” he said.",
	"“Q” ― Nadia Morrow",
	"According to officials, “the talks went well.”",
	"“Q,” according to officials.",
	"HALE: Well, look.\n“MORROW: Let’s start, ” he said.",
	"“MORROW: Let’s start",
	"He said:\n\n“We will win.”",
	"“We will win,” Mr. Lavrov said.",
	"“We will win,” U.S. Sen. J. Smith Jr. said on Sept. 3.",
	"Lavrov did not say “never.”",
	"\xff\xfe“\xff,” Lavrov said\xc3.",
	"“\xe2\x80,” Lavrov said, “\xe2\x80\x9d",
	"\xe2\x80\x9cQ,\xe2\x80 Lavrov said.",
	"“Q\xc0\xaf” said Lavrov\xed\xa0\x80.",
	"\x00“Q,”\x00said\x00Lavrov.",
	"“Q,” said\r\nLavrov.\r\n\r\n“More,” he added.",
}

// boundaries returns, for every offset in [0, len(text)], whether it lies
// on a rune boundary. The boundaries are the offsets a range loop over
// text yields, plus len(text): an invalid byte counts as a rune of its own.
func boundaries(text string) []bool {
	b := make([]bool, len(text)+1)
	for i := range text {
		b[i] = true
	}
	b[len(text)] = true
	return b
}

// checkSpan reports a problem if sp is not a span of text on rune
// boundaries and inside within.
func checkSpan(what string, sp, within Span, onRune []bool) error {
	switch {
	case sp.Start < within.Start || sp.End > within.End || sp.Start > sp.End:
		return fmt.Errorf("%s %v outside %v", what, sp, within)
	case !onRune[sp.Start] || !onRune[sp.End]:
		return fmt.Errorf("%s %v not on rune boundaries", what, sp)
	}
	return nil
}

// checkQuotes reports the first broken invariant of quotes extracted from
// text, or nil.
func checkQuotes(text string, qs []Quote) error {
	onRune := boundaries(text)
	all := Span{0, len(text)}
	for i, q := range qs {
		if q.Kind != Direct && q.Kind != Mixed && q.Kind != Indirect {
			return fmt.Errorf("quote %d: invalid kind %d", i, q.Kind)
		}
		if err := checkSpan(fmt.Sprintf("quote %d: span", i), q.Span, all, onRune); err != nil {
			return err
		}
		if q.Span.Len() == 0 {
			return fmt.Errorf("quote %d: empty span %v", i, q.Span)
		}
		if len(q.Content) == 0 {
			return fmt.Errorf("quote %d: no content", i)
		}
		prevEnd := q.Span.Start
		for j, c := range q.Content {
			if err := checkSpan(fmt.Sprintf("quote %d: content %d", i, j), c, q.Span, onRune); err != nil {
				return err
			}
			if c.Len() == 0 {
				return fmt.Errorf("quote %d: content %d empty at %d", i, j, c.Start)
			}
			if c.Start < prevEnd {
				return fmt.Errorf("quote %d: content %d %v overlaps or precedes the piece before it (ends %d)", i, j, c, prevEnd)
			}
			prevEnd = c.End
		}
		if !q.Cue.Span.IsZero() {
			if err := checkSpan(fmt.Sprintf("quote %d: cue", i), q.Cue.Span, q.Span, onRune); err != nil {
				return err
			}
		}
		if !q.Source.IsZero() {
			if err := checkSpan(fmt.Sprintf("quote %d: source", i), q.Source, q.Span, onRune); err != nil {
				return err
			}
		}
		if i > 0 && qs[i-1].Span.Start > q.Span.Start {
			return fmt.Errorf("quote %d: starts at %d, before quote %d at %d", i, q.Span.Start, i-1, qs[i-1].Span.Start)
		}
	}
	return nil
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	if article, err := os.ReadFile("../testdata/riyadh-talks.txt"); err == nil {
		f.Add(article)
	} else {
		f.Fatal(err)
	}
	e := New(Options{})
	f.Fuzz(func(t *testing.T, b []byte) {
		text := string(b)
		got := Extract(text)
		if err := checkQuotes(text, got); err != nil {
			t.Fatalf("%v\ntext: %q\nquotes: %+v", err, text, got)
		}
		// The scanner's buffers are pooled: a second run, and a separate
		// extractor, see the same text the same way.
		if diff := cmp.Diff(got, e.Extract(text)); diff != "" {
			t.Fatalf("second extraction differs for %q (-first +second):\n%s", text, diff)
		}
		// With reported speech the same invariants hold.
		if all := withIndirect.Extract(text); checkQuotes(text, all) != nil {
			t.Fatalf("with Indirect: %v\ntext: %q\nquotes: %+v", checkQuotes(text, all), text, all)
		}
	})
}

var withIndirect = New(Options{Indirect: true})

// TestCheckQuotes makes sure the fuzz invariants catch what they claim to.
func TestCheckQuotes(t *testing.T) {
	const text = "“Q,” he said é."
	ok := Quote{Kind: Direct, Span: Span{0, 16}, Content: []Span{{0, 8}}, Cue: Cue{Span: Span{12, 16}}, Source: Span{9, 11}}
	tests := []struct {
		name  string
		q     []Quote
		valid bool
	}{
		{name: "valid", q: []Quote{ok}, valid: true},
		{name: "no kind", q: []Quote{func() Quote { q := ok; q.Kind = 0; return q }()}},
		{name: "span past end", q: []Quote{func() Quote { q := ok; q.Span.End = len(text) + 1; return q }()}},
		{name: "inside a rune", q: []Quote{func() Quote { q := ok; q.Content = []Span{{1, 8}}; return q }()}},
		{name: "empty content", q: []Quote{func() Quote { q := ok; q.Content = []Span{{3, 3}}; return q }()}},
		{name: "overlapping content", q: []Quote{func() Quote { q := ok; q.Content = []Span{{0, 8}, {7, 8}}; return q }()}},
		{name: "cue outside", q: []Quote{func() Quote { q := ok; q.Span.End = 12; return q }()}},
		{name: "unsorted", q: []Quote{func() Quote { q := ok; q.Span.Start = 9; q.Content = []Span{{9, 11}}; return q }(), ok}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkQuotes(text, tt.q)
			if (err == nil) != tt.valid {
				t.Errorf("checkQuotes = %v, want valid %v", err, tt.valid)
			}
		})
	}
}

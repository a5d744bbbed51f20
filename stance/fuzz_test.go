package stance_test

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/stance"
)

// checkResult checks the invariants of any result on text.
func checkResult(t *testing.T, rs *stance.RuleSet, text string, r stance.Result) {
	t.Helper()
	if math.IsNaN(r.Score) || r.Score <= -1 || r.Score >= 1 {
		t.Errorf("score %v outside (-1, 1)", r.Score)
	}
	if r.Label == "" {
		t.Errorf("no label for score %v", r.Score)
	}
	if r.Fired == nil {
		t.Errorf("Fired is nil, want a list")
	}
	// Rune boundaries as a decoder steps through the text: a byte that is
	// not UTF-8 is a rune of its own.
	boundary := map[int]bool{len(text): true}
	for i := 0; i < len(text); {
		boundary[i] = true
		_, w := utf8.DecodeRuneInString(text[i:])
		i += w
	}
	for _, f := range r.Fired {
		s := f.Span
		if s.IsZero() {
			continue
		}
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("rule %s: span %v outside the text of %d bytes", f.Rule, s, len(text))
		}
		if !boundary[s.Start] || !boundary[s.End] {
			t.Errorf("rule %s: span %v not on rune boundaries", f.Rule, s)
		}
		if f.Pos == "" {
			t.Errorf("rule %s has no position", f.Rule)
		}
	}
}

func FuzzToward(f *testing.F) {
	for _, s := range []string{"", "Police deny Mayor Hale was arrested", "not", "didn’t", "very very not good but bad?",
		"Lavrov echoed Rubio’s remarks", "it is unclear whether", "\x80\xff", "“unlikely”"} {
		f.Add(s, "target")
	}
	rs := stance.Default()
	f.Fuzz(func(t *testing.T, text, target string) {
		r := rs.Toward(text, target)
		checkResult(t, rs, text, r)
	})
}

func FuzzQuote(f *testing.F) {
	f.Add("Zelensky said his country would not accept any outcome.")
	f.Add("“We will not retreat,” Lavrov said, “never.”")
	f.Add("Lavrov echoed Rubio’s remarks and told reporters that “the conversation was very useful”.")
	rs := stance.Default()
	ex := quote.New(quote.Options{Indirect: true})
	f.Fuzz(func(t *testing.T, text string) {
		for _, q := range ex.Extract(text) {
			checkResult(t, rs, text, rs.Quote(text, q))
		}
		// Spans from elsewhere, even out of range, never panic.
		bad := quote.Quote{Span: quote.Span{Start: -3, End: len(text) + 5}, Content: []quote.Span{{Start: len(text), End: 0}, {Start: 0, End: len(text)}}}
		rs.Quote(text, bad)
	})
}

func FuzzParse(f *testing.F) {
	f.Add(stance.DefaultFile().Src)
	f.Add([]byte(head + "terms: {a: 1}\n"))
	f.Add([]byte("schema: [\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		rs, err := stance.Parse("f.yaml", src)
		if (rs == nil) == (err == nil) {
			t.Fatalf("rule set %v and error %v: want exactly one", rs != nil, err)
		}
		if rs != nil {
			r := rs.Toward("a good test, not a bad one", "")
			if math.IsNaN(r.Score) {
				t.Errorf("NaN score")
			}
		}
	})
}

package polnear

import (
	"strings"
	"testing"

	"github.com/hearsaynlp/hearsay/quote"
)

// at returns the byte span of the n-th (0-based) occurrence of sub in text.
func at(t testing.TB, text, sub string, n int) quote.Span {
	t.Helper()
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			t.Fatalf("%q occurs fewer than %d times in %q", sub, n+1, text)
		}
		if n == 0 {
			return quote.Span{Start: from + i, End: from + i + len(sub)}
		}
		n--
		from += i + len(sub)
	}
}

func TestGoldKind(t *testing.T) {
	tests := []struct {
		name    string
		why     string
		text    string
		content string // the first occurrence is the content
		want    quote.Kind
	}{
		{name: "curly quote", text: "He said: “We will win.”", content: "“We will win.”", want: quote.Direct},
		{name: "straight quote", text: `He said: "We will win."`, content: `"We will win."`, want: quote.Direct},
		{name: "quote marks left out of the content", text: "“We will win,” he said.", content: "We will win", want: quote.Direct},
		{name: "partly quoted", text: "He said they would “win big.”", content: "they would “win big.”", want: quote.Mixed},
		{name: "unquoted", text: "He said that they would win.", content: "that they would win", want: quote.Indirect},
		{name: "guillemets", text: "Il a dit « nous gagnerons ».", content: "« nous gagnerons »", want: quote.Direct},
		{name: "two apostrophes", why: "archives write '' for a double mark", text: "He said: ''We will win.''", content: "''We will win.''", want: quote.Direct},
		{name: "apostrophe", text: "He said the envoys' visit went well.", content: "the envoys' visit went well", want: quote.Indirect},
		{name: "low opening mark", text: "Er sagte „wir gewinnen”.", content: "„wir gewinnen”", want: quote.Direct},
		{
			name:    "paragraph break resets",
			why:     "an unclosed quote does not run into the next paragraph",
			text:    "“We will win,\nhe said they would win",
			content: "he said they would win",
			want:    quote.Indirect,
		},
		{
			name:    "continued quote paragraph",
			text:    "“First part.\n“Second part.”",
			content: "“Second part.”",
			want:    quote.Direct,
		},
		{
			name:    "title inside a quote",
			why:     "curly quotes nest, so the words after the title are still quoted",
			text:    "“We saw “Frozen” twice,” she said.",
			content: "“We saw “Frozen” twice,”",
			want:    quote.Direct,
		},
		{
			name:    "curly inside straight",
			text:    `"He asked “why” and left," she said.`,
			content: `"He asked “why” and left,"`,
			want:    quote.Direct,
		},
		{
			name:    "opening mark typed for a closing one",
			why:     "a “ after a word and before a space closes the quote",
			text:    "a site called “If Ortiz Loses“ that sells the island",
			content: "the island",
			want:    quote.Indirect,
		},
		{
			name:    "straight quote closes a curly one",
			text:    `“We will win." He said that they would`,
			content: "that they would",
			want:    quote.Indirect,
		},
		{name: "only punctuation", text: "He said “...”", content: "“...”", want: quote.Indirect},
		{name: "digits count", text: "He said “2016” was 2 years ago", content: "“2016” was 2", want: quote.Mixed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := GoldKind(tt.text, []quote.Span{at(t, tt.text, tt.content, 0)})
			if got != tt.want {
				t.Errorf("GoldKind = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestGoldKindOutsideText(t *testing.T) {
	text := "“Yes.”"
	for _, spans := range [][]quote.Span{nil, {{Start: -4, End: 100}}, {{Start: 5, End: 2}}, {{Start: 50, End: 60}}} {
		GoldKind(text, spans) // must not panic
	}
	if got := GoldKind(text, []quote.Span{{Start: -4, End: 100}}); got != quote.Direct {
		t.Errorf("GoldKind of a span past both ends = %v, want direct", got)
	}
}

// FuzzScoreArticle checks that any text and any spans, in the gold or the
// predictions, are scored without a panic.
func FuzzScoreArticle(f *testing.F) {
	f.Add("“We won,” she said.\n\"Yes\" «non» „ja“", 0, 9, 14, 18, 2, 30)
	f.Add("a\xffb", -1, 2, 5, 1, 0, 0)
	f.Fuzz(func(t *testing.T, text string, gs, ge, cs, ce, ps, pe int) {
		g := Gold{Event: "E1", Content: []quote.Span{{Start: gs, End: ge}}, Cue: []quote.Span{{Start: cs, End: ce}}}
		g.Kind = GoldKind(text, g.Content)
		a := Article{Name: "fuzz", Text: text, Gold: []Gold{g}}
		preds := []quote.Quote{
			{Kind: quote.Direct, Content: []quote.Span{{Start: ps, End: pe}, {Start: gs, End: ge}}, Cue: quote.Cue{Span: quote.Span{Start: cs, End: ce}}},
			{Kind: quote.Kind(ps), Content: []quote.Span{{Start: pe, End: ps}}},
		}
		r := ScoreArticle(&a, Options{Extract: func(string) []quote.Quote { return preds }, Reporting: func(string) bool { return true }})
		for _, f := range r.Findings {
			_ = f.String()
		}
	})
}

package stance_test

import (
	"os"
	"strings"
	"testing"

	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/stance"
)

// referenceQuotes returns the text of the reference article and the quotes
// the quote package finds in it, indirect ones included.
func referenceQuotes(t testing.TB) (string, []quote.Quote) {
	t.Helper()
	b, err := os.ReadFile("../testdata/riyadh-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	return text, quote.New(quote.Options{Indirect: true}).Extract(text)
}

// findQuote returns the quote whose content contains want.
func findQuote(t *testing.T, text string, qs []quote.Quote, want string) quote.Quote {
	t.Helper()
	for _, q := range qs {
		for _, c := range q.Content {
			if strings.Contains(text[c.Start:c.End], want) {
				return q
			}
		}
	}
	t.Fatalf("no quote contains %q", want)
	return quote.Quote{}
}

func TestReference(t *testing.T) {
	text, qs := referenceQuotes(t)
	rs := stance.Default()
	tests := []struct {
		name, content string
		check         func(r stance.Result) bool
		want          string
	}{
		{"Zelensky opposes", "would not accept any outcome",
			func(r stance.Result) bool { return r.Label == "oppose" && r.Negated }, "label oppose, negated"},
		{"Witkoff supports", "positive, upbeat, constructive",
			func(r stance.Result) bool { return r.Label == "support" && !r.Negated }, "label support"},
		{"Ushakov negative and hedged", "unlikely",
			func(r stance.Result) bool { return r.Score < 0 && r.Hedged }, "score below zero, hedged"},
		{"Lavrov aligns with Rubio", "the conversation was very useful",
			func(r stance.Result) bool { return r.Aligns == "Rubio" && r.Label == "support" }, "aligns Rubio, label support"},
		{"Rubio's added point is not hedged by his earlier said", "Russia and the US agreed on Tuesday",
			func(r stance.Result) bool { return r.Label == "support" && !r.Hedged && !fired(r, "say") },
			"label support, not hedged, no say rule"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := findQuote(t, text, qs, tt.content)
			r := rs.Quote(text, q)
			if !tt.check(r) {
				t.Errorf("got %+v, want %s", r, tt.want)
			}
		})
	}
}

// TestQuotedWordsCountOnce checks that a word in quoted content counts
// once: a reporting verb there is content, not a frame, and a term is not
// turned around by itself.
func TestQuotedWordsCountOnce(t *testing.T) {
	rs := stance.Default()
	qx := quote.New(quote.Options{Indirect: true})
	tests := []struct {
		text, want string
	}{
		{"“We reject the summit outcome,” Lavrov said.", "oppose"},
		{"“We deny that the talks failed,” Lavrov said.", "oppose"},
		{"“We welcome the summit outcome,” Lavrov said.", "support"},
		{"“The summit was a disaster,” Lavrov said.", "oppose"},
		{"“It would be a dangerous mistake,” Zelensky said.", "oppose"},
		{"“The talks were a breakthrough,” Witkoff said.", "support"},
		{"“The deal is fair and balanced,” Witkoff said.", "support"},
		{"“This plan is reckless,” Zelensky said.", "oppose"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			qs := qx.Extract(tt.text)
			if len(qs) != 1 {
				t.Fatalf("got %d quotes, want 1", len(qs))
			}
			r := rs.Quote(tt.text, qs[0])
			if r.Label != tt.want {
				t.Errorf("label %q (score %.2f, rules %+v), want %q", r.Label, r.Score, r.Fired, tt.want)
			}
		})
	}
}

// fired reports whether a rule whose key is key fired.
func fired(r stance.Result, key string) bool {
	for _, f := range r.Fired {
		if _, k, _ := strings.Cut(f.Rule, " "); k == key {
			return true
		}
	}
	return false
}

// TestAttribution checks what the words of a quote's attribution outside
// its content do: a hedge or an align frame there counts, another
// reporting verb frames nothing, and the hedges in what that verb reports
// are its own.
func TestAttribution(t *testing.T) {
	rs := stance.Default()
	qx := quote.New(quote.Options{Indirect: true})
	tests := []struct {
		name, text, content string
		label               string
		hedged, negated     bool
		why                 string
	}{
		{"other report's negate frame", "Zelensky rejected the plan, saying it was a disaster.", "it was a disaster",
			"oppose", false, false, "rejected reports the plan: it does not turn the disaster around"},
		{"other report's own hedge", "Rubio said the talks could fail, adding that the two sides agreed to keep talking.",
			"the two sides agreed", "support", false, false, "said and could belong to the first report"},
		{"other report's hedge frame", "Rubio claimed the talks were over, adding that the two sides agreed to keep talking.",
			"the two sides agreed", "support", false, false, "claimed hedges the first report only"},
		{"first report", "Rubio said the talks could fail, adding that the two sides agreed to keep talking.",
			"the talks could fail", "oppose", true, false, "the content's own hedge counts"},
		{"hedge of the attribution", "Peskov reportedly told reporters that the meeting was useful.", "the meeting was useful",
			"support", true, false, "reportedly hedges the cue it modifies"},
		{"said in the content", "Peskov told reporters that Rubio said the meeting was useful.", "Rubio said the meeting",
			"support", true, false, "the speaker reports what another said"},
		{"cue frame", "Peskov denied that the meeting was useful.", "the meeting was useful",
			"oppose", false, true, "the cue's own frame counts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := findQuote(t, tt.text, qx.Extract(tt.text), tt.content)
			r := rs.Quote(tt.text, q)
			if r.Label != tt.label || r.Hedged != tt.hedged || r.Negated != tt.negated {
				t.Errorf("got %s hedged=%v negated=%v, want %s hedged=%v negated=%v (%s): %+v",
					r.Label, r.Hedged, r.Negated, tt.label, tt.hedged, tt.negated, tt.why, r)
			}
		})
	}
}

package stance_test

import (
	"errors"
	"io/fs"
	"reflect"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/stance"
)

// TestDefault loads the embedded rule file.
func TestDefault(t *testing.T) {
	f := stance.DefaultFile()
	rs, err := stance.Parse(f.Name, f.Src)
	if err != nil {
		t.Fatalf("the embedded rules do not load:\n%v", err)
	}
	if rs.Name() != "news" || rs.Version() == "" {
		t.Errorf("name %q version %q, want news and a version", rs.Name(), rs.Version())
	}
	if got := stance.Default().Labels(); len(got) != 3 || got[0] != "oppose" || got[2] != "support" {
		t.Errorf("labels %v, want oppose, neutral, support", got)
	}
}

func TestExtend(t *testing.T) {
	user := stance.File{Name: "user.yaml", Src: []byte(`schema: stance-rules/v1
name: user
version: "2"
terms:
  splendid: 2
  positive: -1
`)}
	rs, err := stance.ParseFiles(stance.DefaultFile(), user)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, label string
		why         string
	}{
		{"a splendid result", "support", "the user's term is added"},
		{"a positive result", "oppose", "the user's weight replaces the default's"},
		{"a constructive result", "support", "the default's terms stay"},
	}
	for _, tt := range tests {
		r := rs.Toward(tt.text, "")
		if r.Label != tt.label {
			t.Errorf("%q: label %q, want %q (%s); %+v", tt.text, r.Label, tt.label, tt.why, r)
		}
	}
	if rs.Name() != "user" {
		t.Errorf("name %q, want that of the last file", rs.Name())
	}
}

func TestLoad(t *testing.T) {
	good := stance.DefaultFile().Src
	fsys := fstest.MapFS{
		"rules/a.yaml": {Data: good},
		"rules/b.yaml": {Data: []byte("schema: stance-rules/v1\nname: b\nversion: \"1\"\nterms: {splendid: 2}\n")},
		"bad/c.yaml":   {Data: []byte("schema: stance-rules/v1\nname: c\nversion: \"1\"\nterms: {x: y}\n")},
	}
	rs, err := stance.Load(fsys, "rules/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if r := rs.Toward("splendid", ""); r.Label != "support" {
		t.Errorf("the second file's term did not load: %+v", r)
	}
	if _, err := stance.Load(fsys, "bad/*.yaml"); err == nil || err.Error() != `bad/c.yaml:4:12: term "x" weight: want a number, got "y"` {
		t.Errorf("bad file: got %v", err)
	}
	if _, err := stance.Load(fsys, "missing.yaml"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: got %v, want fs.ErrNotExist", err)
	}
}

func TestTowardClaim(t *testing.T) {
	rs := stance.Default()
	tests := []struct {
		name, text, target, label string
		hedged                    bool
		why                       string
	}{
		{"plain", "Ortiz Steel plans to close its Salem mill", "", "neutral", true, "a plan is only a plan"},
		{"claim holds the hedge", "Ortiz Steel plans to close its Salem mill", "Ortiz Steel plans to close", "support", false,
			"the plan is what is claimed"},
		{"negative claim", "Driver tired of not finding a parking space", "tired of not finding a parking space", "support", false,
			"the text's negation is the claim's"},
		{"negative claim denied", "Police deny driver was tired of not finding a parking space", "tired of not finding a parking space", "oppose", false, ""},
		{"question", "Mayor Hale not arrested?", "", "neutral", true, "a question weakens a denial too"},
		{"no question", "Mayor Hale not arrested", "", "oppose", false, ""},
		{"hedged denial", "Ortiz says the man is not his brother", "", "oppose", true, "a hedge does not weaken a denial"},
		{"says reports", "Rubio says the talks were useful", "", "support", true, "a text that says what someone says only reports it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rs.Toward(tt.text, tt.target)
			if r.Label != tt.label || r.Hedged != tt.hedged {
				t.Errorf("got %s hedged=%v, want %s hedged=%v (%s): %+v", r.Label, r.Hedged, tt.label, tt.hedged, tt.why, r)
			}
		})
	}
}

// TestConcurrent scores the same texts from several goroutines at once
// (run it with -race) and checks that each gets what one alone gets.
func TestConcurrent(t *testing.T) {
	text, qs := referenceQuotes(t)
	rs := stance.Default()
	want := make([]stance.Result, len(qs))
	for i, q := range qs {
		want[i] = rs.Quote(text, q)
	}
	claim := "the talks were useful"
	wantToward := rs.Toward(text, claim)
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			msg := ""
			for range 20 {
				for i, q := range qs {
					if got := rs.Quote(text, q); !reflect.DeepEqual(got, want[i]) {
						msg = "quote result differs"
					}
				}
				if got := rs.Toward(text, claim); !reflect.DeepEqual(got, wantToward) {
					msg = "toward result differs"
				}
			}
			errs <- msg
		}()
	}
	for range 8 {
		if msg := <-errs; msg != "" {
			t.Error(msg)
		}
	}
}

func TestQuestions(t *testing.T) {
	rs := stance.Default()
	tests := []struct {
		text   string
		hedged bool
	}{
		{"Mayor Hale arrested?", true},
		{"Mayor Hale arrested? Police confirm the mayor was held", false},
		{"Is Mayor Hale arrested? ", true},
	}
	for _, tt := range tests {
		r := rs.Toward(tt.text, "")
		if r.Hedged != tt.hedged {
			t.Errorf("%q: hedged=%v, want %v: %+v", tt.text, r.Hedged, tt.hedged, r)
		}
		for _, f := range r.Fired {
			if f.Rule == "question ?" && !tt.hedged {
				t.Errorf("%q: an answered question is listed among the rules that fired", tt.text)
			}
		}
	}
	// The words of the attribution do not answer a quoted question.
	text := "“Is this fair?” he asked."
	qs := quote.Extract(text)
	if len(qs) != 1 {
		t.Fatalf("%d quotes in %q, want 1", len(qs), text)
	}
	for _, q := range qs {
		if r := rs.Quote(text, q); !r.Hedged {
			t.Errorf("quoted question: %+v, want hedged", r)
		}
	}
}

// TestFrameWordCountsOnce checks that a word that is both a term and a
// frame ("rejects") counts once: as a frame where frames are read, as a
// term in quoted content, where a reporting verb is content.
func TestFrameWordCountsOnce(t *testing.T) {
	rs := stance.Default()
	tests := []struct {
		name, text    string
		label         string
		negated       bool
		rule, notRule string
		why           string
	}{
		{"negate frame", "Zelensky rejects any deal made without Ukraine", "oppose", true, "frame reject", "term reject", ""},
		{"deny", "Police deny Mayor Hale was arrested", "oppose", true, "frame deny", "term deny", ""},
		{"affirm frame", "Apple confirmed the deal", "support", false, "frame confirm", "term confirmed", ""},
		{"negated frame", "Police did not deny Mayor Hale was arrested", "support", false, "frame deny", "term deny",
			"not denying affirms; a negated term would count again"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rs.Toward(tt.text, "")
			var rules []string
			for _, f := range r.Fired {
				rules = append(rules, f.Rule)
			}
			if r.Label != tt.label || r.Negated != tt.negated || !slices.Contains(rules, tt.rule) || slices.Contains(rules, tt.notRule) {
				t.Errorf("got %s negated=%v rules %q, want %s negated=%v with %q, without %q %s",
					r.Label, r.Negated, rules, tt.label, tt.negated, tt.rule, tt.notRule, tt.why)
			}
		})
	}
	text := "“We reject the summit outcome,” Lavrov said."
	qs := quote.Extract(text)
	if len(qs) != 1 {
		t.Fatalf("%d quotes in %q, want 1", len(qs), text)
	}
	r := rs.Quote(text, qs[0])
	if len(r.Fired) != 1 || r.Fired[0].Rule != "term reject" || r.Label != "oppose" {
		t.Errorf("quoted content: got %s %+v, want oppose by term reject alone", r.Label, r.Fired)
	}
}

// TestContrastEndsWithSentence checks that a contrast word weighs the
// terms after it up to the end of its sentence only, so that a term
// weighs the same in a long text as in a quote of its sentence.
func TestContrastEndsWithSentence(t *testing.T) {
	rs := stance.Default()
	tests := []struct {
		name, text string
		weight     float64 // of "term useful"
		why        string
	}{
		{"same sentence", "The talks were hard, but the meeting was useful", 1.5, "after but (1.5)"},
		{"next sentence", "The talks were hard, but short. The meeting was useful", 1, ""},
		{"after a question", "Hard talks, but why? The meeting was useful", 1, ""},
		{"quoted sentence", "“The talks were hard, but short.” The meeting was useful", 1, "the period inside the quote mark ends it"},
		{"abbreviation", "The talks were hard, but the U.S. side found them useful", 1.5, "U.S. ends no sentence"},
		{"decimal", "Growth was slow, but 3.5 percent is useful", 1.5, "a decimal point ends no sentence"},
		{"many sentences", "But it rained. But it snowed. But it was windy. The meeting was useful", 1, "contrasts do not pile up"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rs.Toward(tt.text, "")
			i := slices.IndexFunc(r.Fired, func(f stance.Fired) bool { return f.Rule == "term useful" })
			if i < 0 {
				t.Fatalf("term useful did not fire: %+v", r.Fired)
			}
			if got := r.Fired[i].Weight; got != tt.weight {
				t.Errorf("term useful weighs %v, want %v %s", got, tt.weight, tt.why)
			}
		})
	}
}

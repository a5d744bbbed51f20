package speaker

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/quote"
)

// riyadh returns the reference article, its quotes (with reported speech)
// and their speakers.
func riyadh(t testing.TB) (string, Doc) {
	t.Helper()
	b, err := os.ReadFile("../testdata/riyadh-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	return text, Attribute(text, quote.New(quote.Options{Indirect: true}).Extract(text))
}

// attributionOf returns the attribution whose source is the occurrence-th
// (from 1) occurrence of source after the text before, failing the test
// when the extractor found no such quote.
func attributionOf(t *testing.T, text string, d Doc, before, source string) Attribution {
	t.Helper()
	at := strings.Index(text, before)
	if at < 0 {
		t.Fatalf("%q is not in the article", before)
	}
	at += len(before)
	for _, a := range d.Attributions {
		s := a.Quote.Source
		if s.Start >= at && text[s.Start:s.End] == source && s.Start-at < 40 {
			return a
		}
	}
	t.Fatalf("no quote with source %q after %q", source, before)
	return Attribution{}
}

func names(d Doc, a Attribution) []string {
	var out []string
	for _, s := range a.Speakers {
		out = append(out, d.Speakers[s].Name)
	}
	return out
}

// TestRiyadh checks every expectation the reference article sets.
func TestRiyadh(t *testing.T) {
	text, d := riyadh(t)
	tests := []struct {
		name, before, source string
		want                 []string
		method               Method
	}{
		{"title and full name", "But ", "US Secretary of State Marco Rubio", []string{"Marco Rubio"}, Named},
		{"surname", "And ", "Rubio", []string{"Marco Rubio"}, Surname},
		{"Lavrov echoed", "to be done. ", "Lavrov", []string{"Sergei Lavrov"}, Surname},
		{"Zelensky", "losing ground against Russian troops in a grinding war that began nearly three years ago. ", "Ukrainian President Volodymyr Zelensky", []string{"Volodymyr Zelensky"}, Named},
		{"coordinated", "After the talks ended, ", "Ushakov and Waltz", []string{"Yuri Ushakov", "Mike Waltz"}, Surname},
		{"Ushakov", "for that summit.\n", "Ushakov", []string{"Yuri Ushakov"}, Surname},
		{"Waltz", "next week, while ", "Waltz", []string{"Mike Waltz"}, Surname},
		{"role nominal", "better understand our position” ", "the Russian foreign minister", []string{"Sergei Lavrov"}, ByRole},
		{"Witkoff", "the Russian foreign minister said. ", "Witkoff", []string{"Steve Witkoff"}, Surname},
		{"he also stressed", "economic cooperation.\n", "He", []string{"Marco Rubio"}, Pronoun},
		// "He added" follows "Lavrov echoed Rubio’s remarks": the subject,
		// not the nearer possessive.
		{"he added", "told reporters that “the conversation was very useful”. ", "He", []string{"Sergei Lavrov"}, Pronoun},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := attributionOf(t, text, d, tt.before, tt.source)
			if diff := cmp.Diff(tt.want, names(d, a)); diff != "" {
				t.Errorf("speakers mismatch (-want +got):\n%s", diff)
			}
			if a.Method != tt.method {
				t.Errorf("method %v, want %v", a.Method, tt.method)
			}
		})
	}
}

// TestRiyadhIndex checks the speaker index: roles, mentions and Find.
func TestRiyadhIndex(t *testing.T) {
	text, d := riyadh(t)
	tests := []struct {
		find     string
		name     string
		role     Role
		mentions []string // must be among the speaker's mentions
	}{
		{"Rubio", "Marco Rubio", Role{"Secretary of State", "US"}, []string{"US Secretary of State Marco Rubio", "Rubio", "He"}},
		{"Sergei Lavrov", "Sergei Lavrov", Role{"Foreign Minister", "Russia"}, []string{"Russian Foreign Minister Sergei Lavrov", "Lavrov", "He", "the Russian foreign minister"}},
		{"ushakov", "Yuri Ushakov", Role{"aide", "Putin"}, []string{"Putin aide Yuri Ushakov", "Ushakov"}},
		{"Witkoff", "Steve Witkoff", Role{"special envoy", ""}, []string{"special envoy Steve Witkoff", "Witkoff"}},
		{"Waltz", "Mike Waltz", Role{"National Security Adviser", "US"}, []string{"US National Security Adviser Mike Waltz", "Waltz"}},
		{"Zelensky", "Volodymyr Zelensky", Role{"President", "Ukraine"}, []string{"Ukrainian President Volodymyr Zelensky"}},
	}
	for _, tt := range tests {
		t.Run(tt.find, func(t *testing.T) {
			s, ok := d.Find(tt.find)
			if !ok {
				t.Fatalf("Find(%q) found nobody", tt.find)
			}
			if s.Name != tt.name || s.Type != Person {
				t.Errorf("Find(%q) = %q (%v), want %q (person)", tt.find, s.Name, s.Type, tt.name)
			}
			if !slices.Contains(s.Roles, tt.role) {
				t.Errorf("roles %v, want %v among them", s.Roles, tt.role)
			}
			var got []string
			for _, m := range s.Mentions {
				got = append(got, text[m.Start:m.End])
			}
			for _, w := range tt.mentions {
				if !slices.Contains(got, w) {
					t.Errorf("mentions %q lack %q", got, w)
				}
			}
			if len(s.Quotes) == 0 {
				t.Errorf("%s has no quotes", s.Name)
			}
			for _, q := range s.Quotes {
				if !slices.Contains(d.Attributions[q].Speakers, slices.IndexFunc(d.Speakers, func(x Speaker) bool { return x.Name == s.Name })) {
					t.Errorf("quote %d does not point back to %s", q, s.Name)
				}
			}
		})
	}
	// Rubio's quotes: the full name, two surnames and the pronoun, at least.
	if s, _ := d.Find("Marco Rubio"); len(s.Quotes) < 4 {
		t.Errorf("Marco Rubio has %d quotes, want at least 4", len(s.Quotes))
	}
}

package cuelex

import (
	"strings"
	"testing"
)

// TestDefault loads the embedded lexicon and checks a few forms of each
// kind of entry.
func TestDefault(t *testing.T) {
	l := Default()
	tests := []struct {
		form  string
		lemma string
		has   Form // inflections the form must stand for
	}{
		{"said", "say", Past | Participle},
		{"Says", "say", Third},
		{"denied", "deny", Past | Participle},
		{"admitting", "admit", Gerund},
		{"WROTE", "write", Past},
		{"echoes", "echo", Third},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			e, ok := l.Lookup(tt.form)
			if !ok || e.Lemma != tt.lemma || e.Form&tt.has != tt.has {
				t.Errorf("Lookup(%q) = %+v, %v; want lemma %q with form %b", tt.form, e, ok, tt.lemma, tt.has)
			}
		})
	}
}

// FuzzParse checks that any lexicon source parses or fails without a
// panic, and that every lemma it accepts is found again by Lookup.
func FuzzParse(f *testing.F) {
	f.Add(defaultSource)
	f.Add("neutral: say/said/said admit+ echo deny\n# comment\n")
	f.Add("bad line\n")
	f.Add("x: +\nx: a/b\nx: a//\n")
	f.Add("phrase neutral: point_out make/made/made_clear\nbelief: point\nneutral: point\n")
	f.Fuzz(func(t *testing.T, src string) {
		l, err := Parse(src)
		if err != nil {
			return
		}
		for _, line := range strings.Split(src, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			class, entries, _ := strings.Cut(line, ":")
			for _, e := range strings.Fields(entries) {
				if verb, word, ok := strings.Cut(e, "_"); ok && strings.HasPrefix(class, "phrase ") {
					base := strings.TrimSuffix(strings.Split(verb, "/")[0], "+")
					if _, ok := l.Phrase(base, word); !ok && len(base)+len(word) < 40 {
						t.Errorf("phrase %q not found", e)
					}
					continue
				}
				lemma := strings.TrimSuffix(strings.Split(e, "/")[0], "+")
				if len(lemma) > 32 {
					continue // longer than any word Lookup takes
				}
				if _, ok := l.Lookup(lemma); !ok {
					t.Errorf("lemma %q of %q not found", lemma, e)
				}
			}
		}
	})
}

// FuzzLookup checks that Lookup ignores ASCII case and never panics.
func FuzzLookup(f *testing.F) {
	for _, w := range []string{"said", "SAID", "Said", "", "sáid", strings.Repeat("x", 40), "\xff"} {
		f.Add(w)
	}
	l := Default()
	f.Fuzz(func(t *testing.T, w string) {
		e1, ok1 := l.Lookup(w)
		lower := strings.Map(func(r rune) rune {
			if 'A' <= r && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, w)
		if len(lower) != len(w) {
			return // the word held invalid UTF-8, which Map rewrites
		}
		e2, ok2 := l.Lookup(lower)
		if e1 != e2 || ok1 != ok2 {
			t.Errorf("Lookup(%q) = %+v, %v but Lookup(%q) = %+v, %v", w, e1, ok1, lower, e2, ok2)
		}
	})
}

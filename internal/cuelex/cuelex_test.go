package cuelex

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDefaultLoads(t *testing.T) {
	l := Default()
	if l.Len() < 5*150 {
		t.Errorf("embedded lexicon has %d forms, want at least 750", l.Len())
	}
}

func TestInflections(t *testing.T) {
	tests := []struct {
		form string
		want Entry
	}{
		{"said", Entry{"say", "neutral", Past | Participle}},
		{"says", Entry{"say", "neutral", Third}},
		{"saying", Entry{"say", "neutral", Gerund}},
		{"told", Entry{"tell", "neutral", Past | Participle}},
		{"written", Entry{"write", "neutral", Participle}},
		{"wrote", Entry{"write", "neutral", Past}},
		{"noted", Entry{"note", "neutral", Past | Participle}},
		{"noting", Entry{"note", "neutral", Gerund}},
		{"denies", Entry{"deny", "dispute", Third}},
		{"denied", Entry{"deny", "dispute", Past | Participle}},
		{"denying", Entry{"deny", "dispute", Gerund}},
		{"agreeing", Entry{"agree", "endorse", Gerund}},
		{"admitted", Entry{"admit", "endorse", Past | Participle}},
		{"echoes", Entry{"echo", "endorse", Third}},
		{"stresses", Entry{"stress", "assertive", Third}},
		{"thought", Entry{"think", "tentative", Past | Participle}},
		{"quipped", Entry{"quip", "manner", Past | Participle}},
		{"declined", Entry{"decline", "no_content", Past | Participle}},
		{"Said", Entry{"say", "neutral", Past | Participle}},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			got, ok := Default().Lookup(tt.form)
			if !ok {
				t.Fatalf("Lookup(%q) found nothing", tt.form)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNotCues(t *testing.T) {
	for _, w := range []string{"the", "meeting", "sayed", "tolds", "", strings.Repeat("a", 40)} {
		if e, ok := Default().Lookup(w); ok {
			t.Errorf("Lookup(%q) = %v, want nothing", w, e)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"no colon", "neutral say tell", "line 1: want \"class: entries\""},
		{"upper-case lemma", "neutral: Say", "line 1: bad lemma \"Say\""},
		{"two-part irregular", "# c\nneutral: tell/told", "line 2: irregular verb \"tell/told\": want lemma/past/participle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.src)
			if err == nil || err.Error() != tt.want {
				t.Errorf("Parse error = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestReferenceInventory checks that every lemma of the project's starting
// inventory is in the lexicon, when the shared reference folder is present.
func TestReferenceInventory(t *testing.T) {
	src, err := os.ReadFile("../../../shared/reference/reporting-verbs.yaml")
	if err != nil {
		t.Skip("../shared/reference is absent:", err)
	}
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "[") {
			continue
		}
		for _, lemma := range strings.Split(strings.Trim(line, "[]"), ",") {
			lemma = strings.TrimSpace(lemma)
			if _, ok := Default().Lookup(lemma); !ok {
				t.Errorf("lemma %q of the reference inventory is missing", lemma)
			}
		}
	}
}

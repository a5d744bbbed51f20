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
		{"said", Entry{Lemma: "say", Class: "neutral", Form: Past | Participle}},
		{"says", Entry{Lemma: "say", Class: "neutral", Form: Third}},
		{"saying", Entry{Lemma: "say", Class: "neutral", Form: Gerund}},
		{"told", Entry{Lemma: "tell", Class: "neutral", Form: Past | Participle}},
		{"written", Entry{Lemma: "write", Class: "neutral", Form: Participle, ThatOnly: true}},
		{"wrote", Entry{Lemma: "write", Class: "neutral", Form: Past, ThatOnly: true}},
		{"noted", Entry{Lemma: "note", Class: "neutral", Form: Past | Participle}},
		{"noting", Entry{Lemma: "note", Class: "neutral", Form: Gerund}},
		{"denies", Entry{Lemma: "deny", Class: "dispute", Form: Third}},
		{"denied", Entry{Lemma: "deny", Class: "dispute", Form: Past | Participle}},
		{"denying", Entry{Lemma: "deny", Class: "dispute", Form: Gerund}},
		{"agreeing", Entry{Lemma: "agree", Class: "endorse", Form: Gerund}},
		{"admitted", Entry{Lemma: "admit", Class: "endorse", Form: Past | Participle}},
		{"echoes", Entry{Lemma: "echo", Class: "endorse", Form: Third}},
		{"stresses", Entry{Lemma: "stress", Class: "assertive", Form: Third}},
		{"thought", Entry{Lemma: "think", Class: "tentative", Form: Past | Participle, Belief: true}},
		{"found", Entry{Lemma: "find", Class: "neutral", Form: Past | Participle, Belief: true, ThatOnly: true}},
		{"spoke", Entry{Lemma: "speak", Class: "neutral", Form: Past, ThatOnly: true}},
		{"quipped", Entry{Lemma: "quip", Class: "manner", Form: Past | Participle}},
		{"declined", Entry{Lemma: "decline", Class: "no_content", Form: Past | Participle}},
		{"Said", Entry{Lemma: "say", Class: "neutral", Form: Past | Participle}},
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
		{"unknown class", "neutrl: say", "line 1: unknown class \"neutrl\""},
		{"belief of nothing", "neutral: say\nbelief: think", "line 2: belief \"think\": no such lemma on a class line"},
		{"bad phrase", "phrase neutral: point", "line 1: bad phrase \"point\": want verb_word"},
		{
			"every error at once", "neutral: say Tell\nfoo: bar\nthat-only: ask",
			"line 1: bad lemma \"Tell\"\nline 2: unknown class \"foo\"\nline 3: that-only \"ask\": no such lemma on a class line",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Parse(tt.src)
			if err == nil || err.Error() != tt.want {
				t.Errorf("Parse error = %v, want %q", err, tt.want)
			}
			if l == nil {
				t.Fatal("Parse returned no lexicon")
			}
		})
	}
}

func TestParseKeepsValidLines(t *testing.T) {
	l, err := Parse("neutral: say/said/said Tell\nfoo: bar\ndispute: deny")
	if err == nil {
		t.Fatal("want an error")
	}
	for _, w := range []string{"said", "denies"} {
		if _, ok := l.Lookup(w); !ok {
			t.Errorf("Lookup(%q) found nothing after a bad line", w)
		}
	}
}

func TestPhrase(t *testing.T) {
	tests := []struct {
		word, next string
		want       Entry
		ok         bool
	}{
		{"pointed", "out", Entry{Lemma: "point out", Class: "neutral", Form: Past | Participle}, true},
		{"Made", "clear", Entry{Lemma: "make clear", Class: "neutral", Form: Past | Participle}, true},
		{"makes", "clear", Entry{Lemma: "make clear", Class: "neutral", Form: Third}, true},
		{"shot", "back", Entry{Lemma: "shoot back", Class: "dispute", Form: Past | Participle}, true},
		{"pointed", "at", Entry{}, false},
		{"made", "", Entry{}, false},
	}
	for _, tt := range tests {
		got, ok := Default().Phrase(tt.word, tt.next)
		if ok != tt.ok || got != tt.want {
			t.Errorf("Phrase(%q, %q) = %v, %v; want %v, %v", tt.word, tt.next, got, ok, tt.want, tt.ok)
		}
	}
}

func TestEdit(t *testing.T) {
	l, err := Default().Edit("neutral: opine surmise\nbelief: surmise", []string{"say", "Whisper"})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := l.Lookup("said"); ok {
		t.Error("said is still a cue after removing say")
	}
	if _, ok := l.Lookup("whispered"); ok {
		t.Error("whispered is still a cue after removing Whisper")
	}
	if e, ok := l.Lookup("surmised"); !ok || !e.Belief {
		t.Errorf("Lookup(surmised) = %v, %v; want a belief", e, ok)
	}
	if _, ok := Default().Lookup("said"); !ok {
		t.Error("Edit changed the lexicon it copied")
	}
	_, err = Default().Edit("neutral: Bad\nbogus: x", []string{"nosuchverb"})
	want := "cannot remove \"nosuchverb\": not in the lexicon\nline 1: bad lemma \"Bad\"\nline 2: unknown class \"bogus\""
	if err == nil || err.Error() != want {
		t.Errorf("Edit error = %v, want %q", err, want)
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

func TestMaybe(t *testing.T) {
	for _, w := range []string{"said", "SAID", "Says", "pointed", "made", "declined"} {
		if !Default().Maybe(w) {
			t.Errorf("Maybe(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"the", "", "xyz", strings.Repeat("x", 70)} {
		if Default().Maybe(w) {
			t.Errorf("Maybe(%q) = true, want false", w)
		}
	}
}

// TestMaybeEveryForm checks that Maybe passes every form and phrase head
// of the lexicon in any ASCII case, whatever their length: the hash reads
// words of different lengths in different pieces.
func TestMaybeEveryForm(t *testing.T) {
	l := Default()
	for w := range l.words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !l.Maybe(v) {
				t.Errorf("Maybe(%q) = false, want true", v)
			}
			if _, ok := l.Lookup(v); !ok {
				t.Errorf("Lookup(%q) finds nothing", v)
			}
		}
	}
}

// TestHashReadsEveryByte checks that words differing in one byte, at any
// place and of any length up to 40, hash apart.
func TestHashReadsEveryByte(t *testing.T) {
	for n := 1; n <= 40; n++ {
		w := strings.Repeat("a", n)
		for i := 0; i < n; i++ {
			v := w[:i] + "b" + w[i+1:]
			if hash(v) == hash(w) {
				t.Errorf("hash(%q) = hash(%q)", v, w)
			}
		}
	}
}

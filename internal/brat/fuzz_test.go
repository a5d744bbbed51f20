package brat

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	f.Add([]byte("T1\tContent 0 5;7 9\tabcde fg\nT2\tCue 6 7\tx\nE1\tAttribution:T2 Content:T1 Cue:T2\n"))
	f.Add([]byte("T1\tContent 0 3;5 9\tab.\n\ncd\nE1\tAttribution-no-source:T1 Content2:T1 \n#1\tAnnotatorNotes T1\tx\n"))
	f.Add([]byte("E1\tAttribution:T9\nT\t\t\n\xff\t;;\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		attrs, err := Parse("f.ann", src)
		lines := strings.Count(string(src), "\n") + 1
		var list ErrorList
		if err != nil && !errors.As(err, &list) {
			t.Fatalf("error %T is not an ErrorList", err)
		}
		for _, e := range list {
			if e.Line < 1 || e.Line > lines {
				t.Errorf("error on line %d of %d: %v", e.Line, lines, e)
			}
		}
		for _, a := range attrs {
			if a.Line < 1 || a.Line > lines {
				t.Errorf("event %s on line %d of %d", a.ID, a.Line, lines)
			}
			for _, spans := range [][]Span{a.Content, a.Cue, a.Source} {
				for _, s := range spans {
					if s.Start < 0 || s.End <= s.Start {
						t.Errorf("event %s has span %v", a.ID, s)
					}
				}
			}
		}
	})
}

func FuzzOffsets(f *testing.F) {
	f.Add("“Yes,”\u00a0he said", 2, 7)
	f.Add("a\xffb😀", 1, 4)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		o := NewOffsets(text)
		s, err := o.Span(Span{start, end})
		if err != nil {
			return
		}
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("span %d-%d became %v in a text of %d bytes", start, end, s, len(text))
		}
		if got := utf8.RuneCountInString(text[s.Start:s.End]); got != end-start {
			t.Errorf("span %d-%d covers %d code points", start, end, got)
		}
		if got := utf8.RuneCountInString(text[:s.Start]); got != start {
			t.Errorf("span %d-%d starts after %d code points", start, end, got)
		}
	})
}

package brat

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		why      string
		src      string
		want     []Attribution
		wantErrs []string
	}{
		{
			name: "full event",
			src: "T1\tSource 0 3\tAnn\n" +
				"T2\tCue 4 8\tsaid\n" +
				"T3\tContent 9 20;25 30\tit rained, so\n" +
				"T4\tAttribution 4 8\tsaid\n" +
				"E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3\n",
			want: []Attribution{{
				ID: "E1", Line: 5,
				Content: []Span{{9, 20}, {25, 30}},
				Cue:     []Span{{4, 8}},
				Source:  []Span{{0, 3}},
			}},
		},
		{
			name: "no source and no cue",
			src: "T1\tContent 0 5\tabcde\n" +
				"T2\tAttribution 6 7\tx\n" +
				"E1\tAttribution-no-source:T2 Content:T1 \n",
			want: []Attribution{{ID: "E1", Line: 3, Content: []Span{{0, 5}}}},
		},
		{
			name: "numbered role adds to its base role",
			src: "T1\tContent 0 5\tabcde\n" +
				"T2\tContent 10 12\tfg\n" +
				"E1\tAttribution:T9 Content:T1 Content2:T2\n" +
				"T9\tAttribution 6 7\tx\n",
			want: []Attribution{{ID: "E1", Line: 3, Content: []Span{{0, 5}, {10, 12}}}},
		},
		{
			name: "notes ignored",
			src: "#1\tAnnotatorNotes T1\tnot sure\n" +
				"T1\tDiscuss 0 5\tabcde\n" +
				"T2\tDiscard 0 5\tabcde\n" +
				"A1\tNegated E1\n" +
				"\n" +
				"T3\tContent 0 5\tabcde\r\n" +
				"E1\tAttribution:T3 Content:T3\r\n",
			want: []Attribution{{ID: "E1", Line: 7, Content: []Span{{0, 5}}}},
		},
		{
			name: "text field continued on following lines",
			why:  "brat writes a newline inside the annotated text as is",
			src: "T1\tContent 0 3;5 14\tab.\n" +
				"\n" +
				"cd efg\n" +
				"T2\tCue 20 24\tsaid\n" +
				"E1\tAttribution:T1 Content:T1 Cue:T2\n",
			want: []Attribution{{ID: "E1", Line: 5, Content: []Span{{0, 3}, {5, 14}}, Cue: []Span{{20, 24}}}},
		},
		{
			name: "stray line after a complete text field",
			src: "T1\tContent 0 3\tabc\n" +
				"stray\n" +
				"E1\tAttribution:T1 Content:T1\n",
			want:     []Attribution{{ID: "E1", Line: 3, Content: []Span{{0, 3}}}},
			wantErrs: []string{"f.ann:2: malformed line: no tab"},
		},
		{
			name: "bad lines are reported and skipped",
			src: "T1\tContent 0 x\tabc\n" +
				"T2\tContent 5 3\tabc\n" +
				"T3\tContent 0 3\n" +
				"T4\tContent\tabc\n" +
				"Q1\tsomething\n" +
				"T5\tContent 0 3\tabc\n" +
				"T5\tCue 4 5\tx\n" +
				"E1\tAttribution:T5 Content:T5 Cue:T1\n" +
				"E2\tAttribution:T5 Content:T5 Speaker:T5\n" +
				"E3\tBelief:T5 Content:T5\n" +
				"E4\tAttribution:T5 Content\n" +
				"E5\tAttribution:T5 Content:T5\n",
			want: []Attribution{{ID: "E5", Line: 12, Content: []Span{{0, 3}}}},
			wantErrs: []string{
				`f.ann:1: T1: bad offsets in fragment "0 x"`,
				`f.ann:2: T2: empty or reversed fragment "5 3"`,
				`f.ann:3: T3: no text field`,
				`f.ann:4: T4: no offsets in "Content"`,
				`f.ann:5: malformed line: unknown id "Q1"`,
				`f.ann:7: duplicate id T5`,
				`f.ann:8: E1: role Cue refers to undefined T1`,
				`f.ann:9: E2: unknown role "Speaker"`,
				`f.ann:10: E3: unknown event type "Belief"`,
				`f.ann:11: E4: bad argument "Content"`,
			},
		},
		{name: "empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("f.ann", []byte(tt.src))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("attributions mismatch (-want +got):\n%s", diff)
			}
			var gotErrs []string
			var list ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					gotErrs = append(gotErrs, e.Error())
				}
			} else if err != nil {
				t.Fatalf("error is %T, want ErrorList", err)
			}
			if diff := cmp.Diff(tt.wantErrs, gotErrs); diff != "" {
				t.Errorf("errors mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestOffsets(t *testing.T) {
	tests := []struct {
		name string
		why  string
		text string
		in   []Span
		want []Span
		err  string
	}{
		{
			name: "ascii",
			text: "He said so.",
			in:   []Span{{0, 2}, {3, 7}, {11, 11}},
			want: []Span{{0, 2}, {3, 7}, {11, 11}},
		},
		{
			name: "curly quotes and no-break space",
			text: "“Yes,”\u00a0he said",
			in:   []Span{{0, 6}, {7, 9}, {10, 14}},
			want: []Span{{0, 10}, {12, 14}, {15, 19}},
		},
		{
			name: "astral code point",
			why:  "brat counts one code point where UTF-16 counts two",
			text: "a😀b",
			in:   []Span{{1, 2}, {2, 3}},
			want: []Span{{1, 5}, {5, 6}},
		},
		{
			name: "invalid utf-8",
			why:  "each bad byte counts as one code point",
			text: "a\xffb",
			in:   []Span{{1, 2}, {2, 3}},
			want: []Span{{1, 2}, {2, 3}},
		},
		{
			name: "past the end",
			text: "é",
			in:   []Span{{0, 2}},
			err:  "span 0-2 outside text of 1 code points",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := NewOffsets(tt.text)
			var got []Span
			var errMsg string
			for _, s := range tt.in {
				b, err := o.Span(s)
				if err != nil {
					errMsg = err.Error()
					break
				}
				got = append(got, b)
			}
			if errMsg != tt.err {
				t.Errorf("error = %q, want %q", errMsg, tt.err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestOffsetsAttribution(t *testing.T) {
	text := "« Non », a-t-il dit."
	a := Attribution{ID: "E1", Line: 4, Content: []Span{{0, 7}}, Cue: []Span{{16, 19}}, Source: []Span{{13, 15}}}
	got, err := NewOffsets(text).Attribution(a)
	if err != nil {
		t.Fatal(err)
	}
	want := Attribution{ID: "E1", Line: 4, Content: []Span{{0, 9}}, Cue: []Span{{18, 21}}, Source: []Span{{15, 17}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		s    Span
		want string
	}{{got.Content[0], "« Non »"}, {got.Cue[0], "dit"}, {got.Source[0], "il"}} {
		if g := text[c.s.Start:c.s.End]; g != c.want {
			t.Errorf("text of %v = %q, want %q", c.s, g, c.want)
		}
	}
	if _, err := NewOffsets("short").Attribution(Attribution{Content: []Span{{0, 9}}}); err == nil {
		t.Error("span past the end converted without error")
	}
}

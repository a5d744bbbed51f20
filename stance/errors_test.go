package stance_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/stance"
)

// head is the start of a valid file; cases append to it (line 4 on).
const head = "schema: stance-rules/v1\nname: t\nversion: \"1\"\nlabels: {neg: {max: 0}, pos: {min: 0}}\n"

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
		kind      error // every error is of this category
		why       string
	}{
		{name: "syntax error", src: "schema: stance-rules/v1\nterms: {a: 1\nname: x\n",
			want: []string{"f.yaml:2: yaml: did not find expected ',' or '}'"}, kind: stance.ErrSyntax,
			why: "yaml.v3 gives the line where the unclosed mapping starts, and no column"},
		{name: "tab indentation", src: "schema: stance-rules/v1\nterms:\n\ta: 1\n",
			want: []string{"f.yaml:3: yaml: found character that cannot start any token"}, kind: stance.ErrSyntax},
		{name: "unsupported schema", src: "schema: stance-rules/v2\nname: t\nversion: \"1\"\nlabels: {a: {}}\n",
			want: []string{`f.yaml:1:9: unsupported schema "stance-rules/v2", want "stance-rules/v1"`}, kind: stance.ErrSchema},
		{name: "missing schema name version", src: "labels: {a: {}}\n",
			want: []string{`f.yaml:1:1: missing key "name"`, `f.yaml:1:1: missing key "schema"`, `f.yaml:1:1: missing key "version"`}, kind: stance.ErrMissing},
		{name: "unknown top key", src: head + "lables: {}\n",
			want: []string{`f.yaml:5:1: rule file: unknown key "lables" (did you mean "labels"?)`}, kind: stance.ErrUnknown},
		{name: "unknown key without suggestion", src: head + "zzzzzzzz: 1\n",
			want: []string{`f.yaml:5:1: rule file: unknown key "zzzzzzzz" (want one of schema, name, version, description, labels, scoring, negators, intensifiers, dampeners, hedges, questions, contrasts, terms, frames, classes, targets, attribution)`}, kind: stance.ErrUnknown},
		{name: "duplicate top key", src: head + "name: u\n",
			want: []string{`f.yaml:5:1: rule file: duplicate key "name", first at 2:1`}, kind: stance.ErrDuplicate},
		{name: "duplicate term key", src: head + "terms:\n  good: 1\n  good: 2\n",
			want: []string{`f.yaml:7:3: terms: duplicate key "good", first at 6:3`}, kind: stance.ErrDuplicate},
		{name: "duplicate term through a form", src: head + "terms:\n  accept: {weight: 1, forms: [accepted]}\n  Accepted: 1\n",
			want: []string{`f.yaml:7:3: duplicate term "accepted", first at 6:31`}, kind: stance.ErrDuplicate,
			why: "phrases are compared case folded"},
		{name: "duplicate hedge", src: head + "hedges: [may, might, May]\n",
			want: []string{`f.yaml:5:22: duplicate hedge "may", first at 5:10`}, kind: stance.ErrDuplicate},
		{name: "weight not a number", src: head + "terms:\n  good: high\n",
			want: []string{`f.yaml:6:9: term "good" weight: want a number, got "high"`}, kind: stance.ErrType},
		{name: "weight out of range", src: head + "terms:\n  good: 7\n  bad: {weight: -9}\n",
			want: []string{`f.yaml:6:9: term "good" weight: 7 is out of range [-5, 5]`, `f.yaml:7:17: term "bad" weight: -9 is out of range [-5, 5]`}, kind: stance.ErrRange},
		{name: "term without weight", src: head + "terms:\n  good: {forms: [goods]}\n",
			want: []string{`f.yaml:6:9: term "good": missing key "weight"`}, kind: stance.ErrMissing},
		{name: "unknown key in term", src: head + "terms:\n  good: {weigth: 1}\n",
			want: []string{`f.yaml:6:9: term "good": missing key "weight"`, `f.yaml:6:10: term "good": unknown key "weigth" (did you mean "weight"?)`}},
		{name: "forms not a list", src: head + "terms:\n  good: {weight: 1, forms: {a: 1}}\n",
			want: []string{`f.yaml:6:28: term "good" forms: want a list of strings, got a mapping`}, kind: stance.ErrType},
		{name: "bad regexp", src: head + "targets:\n  summit: {regexp: ['(summit', 'ok']}\n",
			want: []string{`f.yaml:6:21: target "summit": bad regexp "(summit": missing closing )`}, kind: stance.ErrRegexp},
		{name: "bad regexp, the bad part named", src: head + "targets:\n  summit: {regexp: 'summit|x**'}\n",
			why:  "the part of the pattern at fault is quoted when it is not the whole pattern",
			want: []string{`f.yaml:6:20: target "summit": bad regexp "summit|x**": invalid nested repetition operator: "**"`}, kind: stance.ErrRegexp},
		{name: "target with nothing to match", src: head + "targets:\n  summit: {}\n",
			want: []string{`f.yaml:6:11: target "summit": want a literal or a regexp`}, kind: stance.ErrMissing},
		{name: "overlapping labels", src: "schema: stance-rules/v1\nname: t\nversion: \"1\"\nlabels:\n  neg: {max: 0.1}\n  pos: {min: 0}\n",
			want: []string{`f.yaml:6:3: labels "neg" [-inf, 0.1) and "pos" [0, +inf) overlap`}, kind: stance.ErrOverlap},
		{name: "labels leave a gap", src: "schema: stance-rules/v1\nname: t\nversion: \"1\"\nlabels:\n  neg: {max: -0.2}\n  pos: {min: 0.2}\n",
			want: []string{`f.yaml:6:3: labels "neg" [-inf, -0.2) and "pos" [0.2, +inf) leave scores in [-0.2, 0.2) without a label`}, kind: stance.ErrOverlap},
		{name: "label min above max", src: "schema: stance-rules/v1\nname: t\nversion: \"1\"\nlabels:\n  all: {min: 0.5, max: -0.5}\n",
			want: []string{`f.yaml:5:8: label "all": min 0.5 is not below max -0.5`}, kind: stance.ErrRange},
		{name: "label threshold out of range", src: "schema: stance-rules/v1\nname: t\nversion: \"1\"\nlabels:\n  neg: {max: -2}\n  pos: {min: -2}\n",
			want: []string{`f.yaml:5:14: label "neg" max: -2 is out of range [-1, 1]`, `f.yaml:6:14: label "pos" min: -2 is out of range [-1, 1]`}, kind: stance.ErrRange},
		{name: "no labels anywhere", src: "schema: stance-rules/v1\nname: t\nversion: \"1\"\n",
			want: []string{`f.yaml:1:1: missing key "labels": no file defines labels`}, kind: stance.ErrMissing},
		{name: "unknown effect", src: head + "frames:\n  deny: negat\n  claim: {effect: 3}\n",
			want: []string{`f.yaml:6:9: frame "deny": unknown effect "negat" (did you mean "negate"?)`, `f.yaml:7:19: frame "claim": unknown effect "3" (want one of negate, hedge, affirm, align, report)`}, kind: stance.ErrRange},
		{name: "unknown cue class", src: head + "classes:\n  disputes: negate\n",
			want: []string{`f.yaml:6:3: classes: unknown key "disputes" (did you mean "dispute"?)`}, kind: stance.ErrUnknown},
		{name: "negator window", src: head + "negators: {window: 2.5, words: not}\n",
			want: []string{`f.yaml:5:20: negators window: want a whole number of tokens, got 2.5`}, kind: stance.ErrType},
		{name: "negator window out of range", src: head + "negators: {window: 40}\n",
			want: []string{`f.yaml:5:20: negators window: 40 is out of range [1, 12]`}, kind: stance.ErrRange},
		{name: "attribution tail not whole", src: head + "attribution: {tail: 1.5, tale: 2}\n",
			want: []string{`f.yaml:5:21: attribution tail: want a whole number of tokens, got 1.5`, `f.yaml:5:26: attribution: unknown key "tale" (did you mean "tail"?)`}},
		{name: "dampener above one", src: head + "dampeners: {slightly: 2}\n",
			want: []string{`f.yaml:5:23: dampener "slightly": 2 is out of range [0, 1]`}, kind: stance.ErrRange},
		{name: "phrase too long", src: head + "hedges: [\"one two three four five six seven eight nine\"]\n",
			want: []string{`f.yaml:5:10: hedges: phrase "one two three four five six seven eight nine" has 9 words, at most 8 allowed`}, kind: stance.ErrRange},
		{name: "phrase of quote marks only", src: head + "hedges: ['\u201c']\n",
			want: []string{"f.yaml:5:10: hedges: phrase \"\u201c\" has no words"}, kind: stance.ErrRange},
		{name: "contrast factor type", src: head + "contrasts:\n  but: {before: half}\n",
			want: []string{`f.yaml:6:17: contrast "but" before: want a number, got "half"`}, kind: stance.ErrType},
		{name: "alias", src: head + "terms:\n  good: &w 1\n  fine: *w\n",
			want: []string{`f.yaml:6:9: terms: anchors and aliases are not allowed in rule files`, `f.yaml:7:9: terms: anchors and aliases are not allowed in rule files`}, kind: stance.ErrType},
		{name: "top level is a list", src: "- a\n- b\n",
			want: []string{`f.yaml:1:1: rule file: want a mapping, got a list`}, kind: stance.ErrType},
		{name: "empty file", src: "",
			want: []string{`f.yaml:1:1: empty rule file, want a mapping with schema "stance-rules/v1"`}, kind: stance.ErrMissing},
		{name: "many problems sorted", src: head + "terms:\n  good: x\nhedges: [may, may]\nscoring: {hedge: 2}\n",
			want: []string{`f.yaml:6:9: term "good" weight: want a number, got "x"`, `f.yaml:7:15: duplicate hedge "may", first at 7:10`, `f.yaml:8:18: scoring hedge: 2 is out of range [0, 1]`},
			why:  "every problem is reported at once, in file order"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := stance.Parse("f.yaml", []byte(tt.src))
			if rs != nil {
				t.Errorf("got a rule set from a broken file")
			}
			var list stance.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error %v (%T) is not an ErrorList", err, err)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
				if tt.kind != nil && !errors.Is(e, tt.kind) {
					t.Errorf("%v: not of category %v", e, tt.kind)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			if tt.kind != nil && !errors.Is(err, tt.kind) {
				t.Errorf("errors.Is(err, %v) = false", tt.kind)
			}
		})
	}
}

// TestParseFilesAllErrors checks that the problems of several files come
// back together, sorted by file.
func TestParseFilesAllErrors(t *testing.T) {
	_, err := stance.ParseFiles(
		stance.File{Name: "b.yaml", Src: []byte(head + "terms: {good: x}\n")},
		stance.File{Name: "a.yaml", Src: []byte(head + "hedge: [may]\n")},
	)
	want := "a.yaml:5:1: rule file: unknown key \"hedge\" (did you mean \"hedges\"?)\n" +
		"b.yaml:5:15: term \"good\" weight: want a number, got \"x\""
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want\n%s", err, want)
	}
}

func TestErrorListErr(t *testing.T) {
	var l stance.ErrorList
	if l.Err() != nil {
		t.Errorf("empty list: Err() = %v, want nil", l.Err())
	}
	l.Add(stance.ErrRange, "b.yaml", 2, 1, "two")
	l.Add(stance.ErrRange, "a.yaml", 9, 1, "one")
	l.Sort()
	if got := l.Err().Error(); !strings.HasPrefix(got, "a.yaml:9:1: one\n") {
		t.Errorf("sorted list = %q", got)
	}
}

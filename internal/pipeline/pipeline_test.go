package pipeline

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/stance"
)

// TestRunReference runs the default pipeline on the reference article and
// checks the invariants that tie the stages together.
func TestRunReference(t *testing.T) {
	data, err := os.ReadFile("../../testdata/riyadh-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	r := New(Options{}).Run(text)
	quotes := quote.New(quote.Options{}).Extract(text)
	if len(r.Doc.Attributions) != len(quotes) || len(quotes) == 0 {
		t.Fatalf("%d attributions for %d quotes; want one per quote, and some", len(r.Doc.Attributions), len(quotes))
	}
	if len(r.Stances) != len(r.Doc.Attributions) {
		t.Fatalf("%d stances for %d attributions; want one each", len(r.Stances), len(r.Doc.Attributions))
	}
	labels := stance.Default().Labels()
	resolved := 0
	for i, a := range r.Doc.Attributions {
		if diff := cmp.Diff(quotes[i], a.Quote); diff != "" {
			t.Errorf("attribution %d is not quote %d (-quote +attribution):\n%s", i, i, diff)
		}
		if !slices.Contains(labels, r.Stances[i].Label) {
			t.Errorf("stance %d has label %q; want one of %q", i, r.Stances[i].Label, labels)
		}
		names := r.Speakers(i)
		if len(names) != len(a.Speakers) {
			t.Errorf("attribution %d: %d names for %d speakers", i, len(names), len(a.Speakers))
		}
		if len(names) > 0 {
			resolved++
		}
		for _, n := range names {
			if n == "" {
				t.Errorf("attribution %d has a speaker without a name", i)
			}
		}
	}
	// A floor, not a count: most quotes of the reference name their speaker.
	if resolved*2 < len(quotes) {
		t.Errorf("%d of %d quotes have a speaker; want at least half", resolved, len(quotes))
	}
}

func TestOptions(t *testing.T) {
	const text = "Officials said the zanzibar plan would go ahead. “It is a zanzibar,” Anna Berg said."
	direct := New(Options{}).Run(text)
	withIndirect := New(Options{Indirect: true}).Run(text)
	if len(withIndirect.Doc.Attributions) <= len(direct.Doc.Attributions) {
		t.Errorf("Indirect found %d attributions, quote marks only %d; want more with Indirect",
			len(withIndirect.Doc.Attributions), len(direct.Doc.Attributions))
	}
	if len(direct.Stances) != 1 || direct.Stances[0].Label != "neutral" {
		t.Fatalf("default stances = %+v; want one neutral", direct.Stances)
	}
	fsys := fstest.MapFS{"mine.yaml": {Data: []byte("schema: stance-rules/v1\nname: mine\nversion: \"1\"\nterms:\n  zanzibar: 3\n")}}
	rs, err := Rules{"mine.yaml"}.Compile(fsys)
	if err != nil {
		t.Fatal(err)
	}
	mine := New(Options{Rules: rs}).Run(text)
	if len(mine.Stances) != 1 || mine.Stances[0].Label != "support" {
		t.Errorf("stances with a rule making zanzibar positive = %+v; want one support", mine.Stances)
	}
}

func TestRulesCompileErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"bad.yaml": {Data: []byte("schema: stance-rules/v1\nname: bad\nversion: \"1\"\nterms:\n  fine: 9\nfrobs: 1\n")},
	}
	_, err := Rules{"missing.yaml", "bad.yaml"}.Compile(fsys)
	var list stance.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("Compile error = %v; want a stance.ErrorList", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.File)
	}
	// Every problem of every file, sorted by file: the unreadable one too.
	if want := []string{"bad.yaml", "bad.yaml", "missing.yaml"}; !slices.Equal(got, want) {
		t.Errorf("problems in files %q; want %q:\n%v", got, want, err)
	}
	if !errors.Is(err, stance.ErrIO) || !errors.Is(err, fs.ErrNotExist) || !errors.Is(err, stance.ErrRange) || !errors.Is(err, stance.ErrUnknown) {
		t.Errorf("error %v does not wrap ErrIO, fs.ErrNotExist, ErrRange and ErrUnknown", err)
	}
}

func TestRulesLoad(t *testing.T) {
	dir := t.TempDir()
	bad := dir + "/bad.yaml"
	if err := os.WriteFile(bad, []byte("schema: stance-rules/v1\nname: bad\nversion: \"1\"\nterms:\n  fine: 9\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	var r Rules
	for _, f := range []string{bad, dir + "/missing.yaml"} {
		if err := r.Set(f); err != nil {
			t.Fatal(err)
		}
	}
	var w bytes.Buffer
	if rs, ok := r.Load(&w, "prog"); ok || rs != nil {
		t.Fatalf("Load = %v, %v; want failure", rs, ok)
	}
	lines := strings.Split(strings.TrimSuffix(w.String(), "\n"), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], bad+":5:") ||
		lines[1] != dir+"/missing.yaml: no such file or directory" || lines[2] != "prog: 2 problems in the rule files" {
		t.Errorf("Load wrote:\n%s\nwant the range error at %s:5, the missing file, and a count", w.String(), bad)
	}
	if rs, ok := (Rules{}).Load(&w, "prog"); !ok || rs != stance.Default() {
		t.Error("Load without files does not return the default rules")
	}
}

func TestRulesLoadOwn(t *testing.T) {
	dir := t.TempDir()
	own := dir + "/own.yaml"
	src := "schema: stance-rules/v1\nname: own\nversion: \"1\"\nlabels:\n  con: {max: 0}\n  pro: {min: 0}\nterms:\n  splendid: 2\n"
	if err := os.WriteFile(own, []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	var w bytes.Buffer
	rs, ok := Rules{own}.LoadOwn(&w, "prog")
	if !ok {
		t.Fatalf("LoadOwn failed:\n%s", w.String())
	}
	if rs.Name() != "own" {
		t.Errorf("rule set %q; want only own.yaml's rules", rs.Name())
	}
	// The default rules' terms are not there.
	if r := rs.Toward("a disaster", ""); slices.ContainsFunc(r.Fired, func(f stance.Fired) bool { return strings.Contains(f.Rule, "disaster") }) {
		t.Errorf("default term fired without the default rules: %+v", r.Fired)
	}
	w.Reset()
	if rs, ok := (Rules{}).LoadOwn(&w, "prog"); ok || rs != nil || w.String() != "prog: -nodefault leaves no rules: give the rule files to use with -rules FILE\n" {
		t.Errorf("LoadOwn without files = %v, %v, wrote %q; want the missing rules reported", rs, ok, w.String())
	}
}

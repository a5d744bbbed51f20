package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/internal/offsets"
	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/internal/record"
)

func TestMain(m *testing.M) {
	beam.Init()
	os.Exit(m.Run())
}

// Made-up articles: every template has a quote the extractor finds, in
// text with characters of two, three and four bytes.
var (
	people    = []string{"Anna Berg", "Jürgen Ølsen", "Mei Chen", "Ravi Patel", "Zoë Martin"}
	templates = []string{
		"“We will not retreat from these talks,” said %s on Tuesday. The meeting ended early.",
		"%s said the plan was “dead on arrival” and would not pass. Others disagreed 😀.",
		"The minister spoke briefly. “Nothing has been decided,” %s told reporters in Zürich.",
		"According to %s, the deal “needs more work.” A vote is due next week.",
	}
)

// writeCorpus writes two JSON Lines files of made-up articles into dir,
// with a blank line, bad lines and a numeric id among them, and returns
// their paths and the number of good articles.
func writeCorpus(t *testing.T, dir string) (files []string, articles int) {
	t.Helper()
	var a, b bytes.Buffer
	n := 0
	for i, p := range people {
		for j, tmpl := range templates {
			n++
			line, err := json.Marshal(map[string]any{"id": fmt.Sprintf("art-%02d", n), "text": fmt.Sprintf(tmpl, p), "date": "2025-02-18"})
			if err != nil {
				t.Fatal(err)
			}
			w := &a
			if (i+j)%2 == 1 {
				w = &b
			}
			w.Write(line)
			w.WriteString("\n")
		}
	}
	a.WriteString("\n" + `{"id": "broken", "text": ` + "\n")
	b.WriteString(`{"id": 99, "text": "“Numbers are fine,” said Ada Moss."}` + "\n")
	b.WriteString(`["not", "an", "object"]` + "\n")
	files = []string{filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")}
	for i, buf := range []*bytes.Buffer{&a, &b} {
		if err := os.WriteFile(files[i], buf.Bytes(), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return files, n + 1
}

// runPipeline runs the pipeline for o on the direct runner.
func runPipeline(t *testing.T, o options) counters {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	build(s, o)
	res, err := direct.Execute(context.Background(), p)
	if err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	c, ok := countersOf(res)
	if !ok {
		t.Fatal("the direct runner reported no hearsay metrics")
	}
	return c
}

// blocks splits JSON Lines quote output into the lines of each document,
// checking that the lines of one document are contiguous.
func blocks(t *testing.T, out []byte) map[string][]string {
	t.Helper()
	docs := map[string][]string{}
	last := ""
	for line := range strings.Lines(string(out)) {
		var r record.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("output line %q: %v", line, err)
		}
		if r.Doc != last && docs[r.Doc] != nil {
			t.Errorf("the lines of document %q are not together", r.Doc)
		}
		docs[r.Doc] = append(docs[r.Doc], line)
		last = r.Doc
	}
	return docs
}

// attributeOutput runs examples/attribute -in jsonl on files, with the
// offsets in unit and the rule files, and returns its standard output.
func attributeOutput(t *testing.T, unit offsets.Unit, rules []string, files []string) []byte {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "attribute")
	build := exec.Command("go", "build", "-o", bin, "github.com/hearsaynlp/hearsay/examples/attribute")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building examples/attribute: %v\n%s", err, out)
	}
	args := []string{"-in", "jsonl", "-offsets", unit.String()}
	for _, r := range rules {
		args = append(args, "-rules", r)
	}
	args = append(args, files...)
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err == nil {
		t.Fatal("attribute succeeded; want exit status 1 for the bad lines")
	}
	if !strings.HasSuffix(stderr.String(), "attribute: 2 input problems\n") {
		t.Errorf("attribute stderr:\n%s\nwant 2 input problems", stderr.String())
	}
	return out
}

// rulesYAML extends the default rules with a target the made-up articles
// mention, so that the aggregates have targets.
const rulesYAML = `schema: stance-rules/v1
name: test
version: "1"
terms:
  doomed: -2
targets:
  talks: {literal: [talks, meeting]}
`

// TestPipelineMatchesAttribute runs the pipeline on the direct runner with
// a rule file of its own and checks that its quote lines are those
// examples/attribute writes for the same input and rules, document by
// document and line for line, and that the stance aggregates sum up those
// lines.
func TestPipelineMatchesAttribute(t *testing.T) {
	dir := t.TempDir()
	files, articles := writeCorpus(t, dir)
	rulesFile := filepath.Join(dir, "test.yaml")
	if err := os.WriteFile(rulesFile, []byte(rulesYAML), 0o666); err != nil {
		t.Fatal(err)
	}
	rules, err := pipeline.Rules{rulesFile}.Files(nil)
	if err != nil {
		t.Fatal(err)
	}
	o := options{Inputs: files, Output: filepath.Join(dir, "out"), Offsets: offsets.Rune, Rules: rules}
	c := runPipeline(t, o)

	got, err := os.ReadFile(o.Output + "-quotes.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := attributeOutput(t, offsets.Rune, []string{rulesFile}, files)
	gotDocs, wantDocs := blocks(t, got), blocks(t, want)
	if diff := cmp.Diff(wantDocs, gotDocs); diff != "" {
		t.Errorf("pipeline output differs from examples/attribute (-attribute +pipeline):\n%s", diff)
	}
	if len(gotDocs) != articles {
		t.Errorf("quotes found in %d articles; want all %d", len(gotDocs), articles)
	}
	lines := strings.Count(string(got), "\n")
	wantCounters := counters{Articles: int64(articles), Quotes: int64(lines), BadLines: 2}
	if diff := cmp.Diff(wantCounters, c); diff != "" {
		t.Errorf("metrics mismatch (-want +got):\n%s", diff)
	}
	if _, ok := gotDocs["99"]; !ok {
		t.Error("the article with the numeric id 99 is missing")
	}

	aggs := readAggregates(t, o.Output+"-stance.jsonl")
	// The records' scores are rounded to 4 decimals, and so is the mean
	// of the unrounded scores the pipeline sums.
	approx := cmp.Comparer(func(a, b record.Score) bool { return math.Abs(float64(a-b)) <= 1e-4 })
	if diff := cmp.Diff(sumRecords(t, got), aggs, approx); diff != "" {
		t.Errorf("aggregates do not sum up the quote lines (-from quotes +aggregates):\n%s", diff)
	}
	targets := map[string]bool{}
	for _, a := range aggs {
		targets[a.Target] = true
	}
	if !targets["talks"] || !targets[""] {
		t.Errorf("aggregate targets %v; want the rule file's target talks and the empty target", targets)
	}
}

// sumRecords computes the stance aggregates from quote lines: per speaker
// (each of the names the speaker field joins) and target, sorted as
// readAggregates sorts them.
func sumRecords(t *testing.T, out []byte) []aggregate {
	t.Helper()
	type key struct{ speaker, target string }
	sums := map[key]*aggregate{}
	var order []key
	for line := range strings.Lines(string(out)) {
		var r record.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		if r.Stance == nil {
			t.Fatalf("line without stance: %s", line)
		}
		if r.Speaker == "" {
			continue
		}
		for _, name := range strings.Split(r.Speaker, "; ") {
			k := key{name, r.Stance.Target}
			a := sums[k]
			if a == nil {
				a = &aggregate{Speaker: name, Target: r.Stance.Target, Labels: map[string]int64{}}
				sums[k] = a
				order = append(order, k)
			}
			a.Count++
			a.Mean += r.Stance.Score // a sum until divided below
			a.Labels[r.Stance.Label]++
		}
	}
	var aggs []aggregate
	for _, k := range order {
		a := *sums[k]
		a.Mean = record.Score((a.Mean / record.Score(a.Count)).Round())
		aggs = append(aggs, a)
	}
	sortAggregates(aggs)
	return aggs
}

func TestOptionsCheck(t *testing.T) {
	tests := []struct {
		name string
		o    options
		want string
	}{
		{"complete", options{Inputs: []string{"a.jsonl"}, Output: "out"}, ""},
		{"no input", options{Output: "out"}, "no input: give files or globs"},
		{"no output", options{Inputs: []string{"a.jsonl"}}, "no -output prefix"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if err := tt.o.check(); err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("check() = %q; want %q", got, tt.want)
			}
		})
	}
}

func TestStart(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"abcd", "abcd"},
		{"ab😀cd", "ab…"},
		{"abc😀", "abc…"},
	} {
		if got := start(tt.s, 4); got != tt.want {
			t.Errorf("start(%q, 4) = %q; want %q", tt.s, got, tt.want)
		}
	}
}

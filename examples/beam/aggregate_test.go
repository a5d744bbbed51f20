package main

import (
	"cmp"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	gocmp "github.com/google/go-cmp/cmp"
)

// TestAggregateStances runs the combine on the direct runner over
// observations for several keys, among them a speaker whose name holds the
// characters a hand-made separator would use.
func TestAggregateStances(t *testing.T) {
	type in struct {
		speaker, target, label string
		score                  float64
	}
	input := []in{
		{"Anna Berg", "summit", "support", 0.5},
		{"Anna Berg", "summit", "support", 0.7},
		{"Anna Berg", "summit", "oppose", -0.3},
		{"Anna Berg", "", "neutral", 0},
		{`Ravi "R|P" Patel`, "summit", "oppose", -0.6},
	}
	p, s := beam.NewPipelineWithRoot()
	var kvs []stanceKV
	for _, o := range input {
		kvs = append(kvs, stanceKV{Key: speakerTarget(o.speaker, o.target), Obs: stanceObs{Label: o.label, Score: o.score}})
	}
	obs := beam.ParDo(s, splitKV, beam.CreateList(s, kvs))
	out := filepath.Join(t.TempDir(), "stance.jsonl")
	textio.Write(s, out, aggregateStances(s, obs))
	if _, err := direct.Execute(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	got := readAggregates(t, out)
	want := []aggregate{
		{Speaker: "Anna Berg", Target: "", Count: 1, Mean: 0, Labels: map[string]int64{"neutral": 1}},
		{Speaker: "Anna Berg", Target: "summit", Count: 3, Mean: 0.3, Labels: map[string]int64{"support": 2, "oppose": 1}},
		{Speaker: `Ravi "R|P" Patel`, Target: "summit", Count: 1, Mean: -0.6, Labels: map[string]int64{"oppose": 1}},
	}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("aggregates mismatch (-want +got):\n%s", diff)
	}
}

// stanceKV is a test input element before it is split into a KV.
type stanceKV struct {
	Key string
	Obs stanceObs
}

func splitKV(kv stanceKV) (string, stanceObs) { return kv.Key, kv.Obs }

// readAggregates reads a stance output file, sorted by speaker and target.
func readAggregates(t *testing.T, name string) []aggregate {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var got []aggregate
	for line := range strings.Lines(string(data)) {
		var a aggregate
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("stance line %q: %v", line, err)
		}
		got = append(got, a)
	}
	sortAggregates(got)
	return got
}

// sortAggregates sorts by speaker and then target.
func sortAggregates(as []aggregate) {
	slices.SortFunc(as, func(a, b aggregate) int {
		return cmp.Or(strings.Compare(a.Speaker, b.Speaker), strings.Compare(a.Target, b.Target))
	})
}

// TestCombineMerge checks that merging partial sums in any grouping gives
// the sum of all the inputs.
func TestCombineMerge(t *testing.T) {
	var c stanceCombine
	obs := []stanceObs{{"support", 0.5}, {"oppose", -0.25}, {"support", 0.75}, {"neutral", 0}}
	all := c.CreateAccumulator()
	for _, o := range obs {
		all = c.AddInput(all, o)
	}
	for cut := range len(obs) + 1 {
		a, b := c.CreateAccumulator(), stanceAcc{} // a zero accumulator, as a decoded empty one may be
		for _, o := range obs[:cut] {
			a = c.AddInput(a, o)
		}
		for _, o := range obs[cut:] {
			b = c.AddInput(b, o)
		}
		got := c.MergeAccumulators(b, a)
		if diff := gocmp.Diff(all, got); diff != "" {
			t.Errorf("cut at %d: merged mismatch (-want +got):\n%s", cut, diff)
		}
	}
}

// TestFormatAggregateRounds checks that the mean is written rounded, as
// the scores of the quotes are, not with the noise of its sum.
func TestFormatAggregateRounds(t *testing.T) {
	sum := 0.5 + 0.7 - 0.3 + 0.44114565141460005
	line, err := formatAggregate(speakerTarget("Anna Berg", "summit"), stanceAcc{Count: 4, Sum: sum, Labels: map[string]int64{"support": 4}})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"speaker":"Anna Berg","target":"summit","count":4,"mean":0.3353,"labels":{"support":4}}`
	if line != want {
		t.Errorf("got  %s\nwant %s", line, want)
	}
}

package main

import (
	"encoding/json"
	"fmt"
	"maps"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/hearsaynlp/hearsay/internal/record"
)

func init() {
	register.Combiner3[stanceAcc, stanceObs, stanceAcc](&stanceCombine{})
	register.Function2x2(formatAggregate)
}

// stanceObs is the stance of one quote, the value of a PCollection keyed by
// [speakerTarget].
type stanceObs struct {
	Label string
	Score float64
}

// speakerTarget returns the key of the aggregate of speaker toward target:
// a JSON array of the two, so that no choice of separator can collide.
func speakerTarget(speaker, target string) string {
	b, _ := json.Marshal([2]string{speaker, target}) // strings always encode
	return string(b)
}

// stanceAcc accumulates the stances of one speaker toward one target.
type stanceAcc struct {
	Count  int64
	Sum    float64
	Labels map[string]int64
}

// stanceCombine sums [stanceObs] into a [stanceAcc], in any order and
// grouping, so that runners may combine before and after the shuffle.
type stanceCombine struct{}

// CreateAccumulator returns an empty accumulator.
func (stanceCombine) CreateAccumulator() stanceAcc {
	return stanceAcc{Labels: map[string]int64{}}
}

// AddInput adds one quote's stance to a.
func (stanceCombine) AddInput(a stanceAcc, o stanceObs) stanceAcc {
	if a.Labels == nil {
		a.Labels = map[string]int64{}
	}
	a.Count++
	a.Sum += o.Score
	a.Labels[o.Label]++
	return a
}

// MergeAccumulators adds b to a.
func (stanceCombine) MergeAccumulators(a, b stanceAcc) stanceAcc {
	labels := make(map[string]int64, len(a.Labels)+len(b.Labels))
	maps.Copy(labels, a.Labels)
	for l, n := range b.Labels {
		labels[l] += n
	}
	return stanceAcc{Count: a.Count + b.Count, Sum: a.Sum + b.Sum, Labels: labels}
}

// aggregate is one line of the stance output.
type aggregate struct {
	Speaker string           `json:"speaker"`
	Target  string           `json:"target"`
	Count   int64            `json:"count"`
	Mean    record.Score     `json:"mean"` // rounded as the quotes' scores are
	Labels  map[string]int64 `json:"labels"`
}

// formatAggregate writes the accumulator of key, a [speakerTarget], as a
// JSON line.
func formatAggregate(key string, a stanceAcc) (string, error) {
	var st [2]string
	if err := json.Unmarshal([]byte(key), &st); err != nil {
		return "", fmt.Errorf("bad aggregate key %q: %v", key, err)
	}
	out := aggregate{Speaker: st[0], Target: st[1], Count: a.Count, Labels: a.Labels}
	if out.Labels == nil {
		out.Labels = map[string]int64{}
	}
	if a.Count > 0 {
		out.Mean = record.Score(a.Sum / float64(a.Count))
	}
	b, err := json.Marshal(out)
	return string(b), err
}

// aggregateStances combines a PCollection<KV<string, stanceObs>> keyed by
// [speakerTarget] into one JSON line per key.
func aggregateStances(s beam.Scope, obs beam.PCollection) beam.PCollection {
	s = s.Scope("hearsay.Stance")
	sums := beam.CombinePerKey(s, &stanceCombine{}, obs)
	return beam.ParDo(s, formatAggregate, sums)
}

package stance

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"
)

// Bucket is the length of the time buckets a [Tracker] aggregates over.
type Bucket uint8

const (
	Day   Bucket = iota + 1 // calendar days
	Week                    // weeks starting on Monday
	Month                   // calendar months
)

var bucketNames = []string{Day: "day", Week: "week", Month: "month"}

// String returns "day", "week" or "month".
func (b Bucket) String() string {
	if int(b) > 0 && int(b) < len(bucketNames) {
		return bucketNames[b]
	}
	return fmt.Sprintf("bucket(%d)", int(b))
}

// MarshalText encodes b as its name.
func (b Bucket) MarshalText() ([]byte, error) {
	if int(b) > 0 && int(b) < len(bucketNames) {
		return []byte(bucketNames[b]), nil
	}
	return nil, fmt.Errorf("stance: invalid bucket %d", int(b))
}

// UnmarshalText decodes a name written by [Bucket.MarshalText], in any
// case ("week", "Week").
func (b *Bucket) UnmarshalText(text []byte) error {
	for i, n := range bucketNames {
		if i > 0 && strings.EqualFold(n, string(text)) {
			*b = Bucket(i)
			return nil
		}
	}
	return fmt.Errorf("stance: unknown bucket %q (want day, week or month)", text)
}

// start returns the start of the bucket holding t, in loc.
func (b Bucket) start(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	y, m, d := t.Date()
	switch b {
	case Week:
		wd := (int(t.Weekday()) + 6) % 7 // days since Monday
		return time.Date(y, m, d-wd, 0, 0, 0, 0, loc)
	case Month:
		return time.Date(y, m, 1, 0, 0, 0, 0, loc)
	}
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// TrackerOptions configures a [Tracker]. The zero value means daily
// buckets in UTC, no quotes kept, and a change wherever the prevailing
// label changes.
type TrackerOptions struct {
	// Bucket is the length of the time buckets; zero means Day.
	Bucket Bucket
	// Location is the time zone buckets are cut in; nil means UTC.
	Location *time.Location
	// KeepQuotes keeps each added quote with its point. Without it the
	// tracker's memory grows with speakers × targets × buckets only.
	KeepQuotes bool
	// MinChange, when above zero, also requires the mean score to move by
	// at least this much between two points for a [Change].
	MinChange float64
}

// Evidence is one quote behind a point, kept when
// [TrackerOptions].KeepQuotes is set.
type Evidence struct {
	DocID  string    `json:"doc"`            // the id given to [Tracker.Add]
	Date   time.Time `json:"date"`           // the date given to [Tracker.Add]
	Text   string    `json:"text,omitempty"` // the quote's text as given to [Tracker.Add]
	Result Result    `json:"stance"`
}

// Point is a speaker's stance toward a target in one time bucket.
type Point struct {
	Start   time.Time      `json:"start"`   // start of the bucket
	Count   int            `json:"count"`   // quotes in the bucket
	Mean    float64        `json:"mean"`    // mean score
	Labels  map[string]int `json:"labels"`  // quotes per label
	Hedged  int            `json:"hedged"`  // quotes that were hedged
	Negated int            `json:"negated"` // quotes that were negated
	// Label is the label most of the quotes had; ties go to the label
	// whose name sorts first.
	Label  string     `json:"label"`
	Quotes []Evidence `json:"quotes,omitempty"` // only with [TrackerOptions].KeepQuotes
}

// Change is a point where a speaker's stance toward a target changed
// from the point before it.
type Change struct {
	At        time.Time `json:"at"`         // start of the bucket of the new stance
	From      string    `json:"from"`       // prevailing label before
	To        string    `json:"to"`         // prevailing label from At on
	FromMean  float64   `json:"from_mean"`  // mean score of the bucket before
	ToMean    float64   `json:"to_mean"`    // mean score of the bucket at At
	FromCount int       `json:"from_count"` // quotes in the bucket before
	ToCount   int       `json:"to_count"`   // quotes in the bucket at At
}

// Series is the stance of one speaker toward one target over time.
type Series struct {
	Speaker string   `json:"speaker"` // as given to [Tracker.Add]
	Target  string   `json:"target"`  // the result's target; "" for none
	Points  []Point  `json:"points"`  // in time order
	Changes []Change `json:"changes"` // in time order; see [TrackerOptions].MinChange
}

type seriesKey struct{ speaker, target string }

type acc struct {
	count, hedged, negated int
	sum                    float64
	labels                 map[string]int
	quotes                 []Evidence
}

// Tracker accumulates stance results across documents and answers, for
// each speaker and target, the stance over time and where it changed. It
// is safe for concurrent use by multiple goroutines.
type Tracker struct {
	opts   TrackerOptions
	mu     sync.Mutex
	series map[seriesKey]map[int64]*acc // bucket start (Unix seconds) -> totals
}

// NewTracker returns an empty tracker.
func NewTracker(opts TrackerOptions) *Tracker {
	if opts.Bucket == 0 {
		opts.Bucket = Day
	}
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	return &Tracker{opts: opts, series: map[seriesKey]map[int64]*acc{}}
}

// Add records r, the stance of a quote by speaker in document docID
// dated date, under the target r.Target ("" for no target). text is what
// was said; it is kept only with KeepQuotes.
func (t *Tracker) Add(docID string, date time.Time, speaker string, r Result, text string) {
	k := seriesKey{speaker, r.Target}
	b := t.opts.Bucket.start(date, t.opts.Location).Unix()
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.series[k]
	if s == nil {
		s = map[int64]*acc{}
		t.series[k] = s
	}
	a := s[b]
	if a == nil {
		a = &acc{labels: map[string]int{}}
		s[b] = a
	}
	a.count++
	a.sum += r.Score
	a.labels[r.Label]++
	if r.Hedged {
		a.hedged++
	}
	if r.Negated {
		a.negated++
	}
	if t.opts.KeepQuotes {
		a.quotes = append(a.quotes, Evidence{DocID: docID, Date: date, Text: text, Result: r})
	}
}

// Points returns the points of speaker toward target, in time order.
func (t *Tracker) Points(speaker, target string) []Point {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.points(t.series[seriesKey{speaker, target}])
}

func (t *Tracker) points(s map[int64]*acc) []Point {
	out := make([]Point, 0, len(s))
	for b, a := range s {
		p := Point{Start: time.Unix(b, 0).In(t.opts.Location), Count: a.count, Mean: a.sum / float64(a.count),
			Labels: make(map[string]int, len(a.labels)), Hedged: a.hedged, Negated: a.negated,
			Quotes: slices.Clone(a.quotes)}
		best := -1
		for l, n := range a.labels {
			p.Labels[l] = n
			if n > best || n == best && l < p.Label {
				p.Label, best = l, n
			}
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b Point) int { return a.Start.Compare(b.Start) })
	return out
}

// Changes returns where the stance of speaker toward target changed:
// each point whose prevailing label differs from that of the point
// before it (and, with MinChange, whose mean moved by at least that).
func (t *Tracker) Changes(speaker, target string) []Change {
	return t.changes(t.Points(speaker, target))
}

func (t *Tracker) changes(ps []Point) []Change {
	var out []Change
	for i := 1; i < len(ps); i++ {
		a, b := ps[i-1], ps[i]
		if a.Label == b.Label || math.Abs(b.Mean-a.Mean) < t.opts.MinChange {
			continue
		}
		out = append(out, Change{At: b.Start, From: a.Label, To: b.Label, FromMean: a.Mean, ToMean: b.Mean,
			FromCount: a.Count, ToCount: b.Count})
	}
	return out
}

// Series returns every series, sorted by speaker and then target.
func (t *Tracker) Series() []Series {
	t.mu.Lock()
	keys := make([]seriesKey, 0, len(t.series))
	for k := range t.series {
		keys = append(keys, k)
	}
	out := make([]Series, 0, len(keys))
	slices.SortFunc(keys, func(a, b seriesKey) int {
		return cmp.Or(cmp.Compare(a.speaker, b.speaker), cmp.Compare(a.target, b.target))
	})
	for _, k := range keys {
		out = append(out, Series{Speaker: k.speaker, Target: k.target, Points: t.points(t.series[k])})
	}
	t.mu.Unlock()
	for i := range out {
		out[i].Changes = t.changes(out[i].Points)
	}
	return out
}

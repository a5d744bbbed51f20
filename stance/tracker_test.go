package stance_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/stance"
)

func TestTracker(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2025, m, d, 15, 0, 0, 0, time.UTC) }
	res := func(label string, score float64) stance.Result {
		return stance.Result{Label: label, Score: score, Target: "talks"}
	}
	tests := []struct {
		name    string
		opts    stance.TrackerOptions
		want    []string // point start, label, count; a tie of labels goes to the name that sorts first
		changes int
	}{
		{"days", stance.TrackerOptions{}, []string{"2025-02-03 support 2", "2025-02-04 neutral 2", "2025-02-18 oppose 1", "2025-03-01 oppose 1"}, 2},
		{"weeks", stance.TrackerOptions{Bucket: stance.Week}, []string{"2025-02-03 support 4", "2025-02-17 oppose 1", "2025-02-24 oppose 1"}, 1},
		{"months", stance.TrackerOptions{Bucket: stance.Month}, []string{"2025-02-01 support 5", "2025-03-01 oppose 1"}, 1},
		{"min change too large", stance.TrackerOptions{Bucket: stance.Month, MinChange: 1.5}, []string{"2025-02-01 support 5", "2025-03-01 oppose 1"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := stance.NewTracker(tt.opts)
			tr.Add("a", day(2, 3), "Zelensky", res("support", 0.5), "q1")
			tr.Add("b", day(2, 3), "Zelensky", res("support", 0.7), "q2")
			tr.Add("c", day(2, 4), "Zelensky", res("neutral", 0), "q3")
			tr.Add("c", day(2, 4), "Zelensky", res("support", 0.3), "q3")
			tr.Add("d", day(2, 18), "Zelensky", res("oppose", -0.6), "q4")
			tr.Add("e", day(3, 1), "Zelensky", res("oppose", -0.4), "q5")
			tr.Add("e", day(3, 1), "Lavrov", res("support", 0.4), "q6")
			var got []string
			for _, p := range tr.Points("Zelensky", "talks") {
				got = append(got, p.Start.Format("2006-01-02")+" "+p.Label+" "+itoa(p.Count))
				if p.Quotes != nil {
					t.Errorf("quotes kept without KeepQuotes")
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			if c := tr.Changes("Zelensky", "talks"); len(c) != tt.changes {
				t.Errorf("%d changes, want %d: %+v", len(c), tt.changes, c)
			}
			if s := tr.Series(); len(s) != 2 || s[0].Speaker != "Lavrov" {
				t.Errorf("series %+v, want Lavrov's and Zelensky's", s)
			}
		})
	}
}

func TestTrackerKeepQuotes(t *testing.T) {
	tr := stance.NewTracker(stance.TrackerOptions{KeepQuotes: true})
	d := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
	tr.Add("doc1", d, "Lavrov", stance.Result{Label: "support", Score: 0.5}, "the conversation was very useful")
	ps := tr.Points("Lavrov", "")
	if len(ps) != 1 || len(ps[0].Quotes) != 1 || ps[0].Quotes[0].DocID != "doc1" || ps[0].Quotes[0].Text == "" {
		t.Errorf("points %+v, want one with its quote", ps)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return "many"
}

func TestBucketText(t *testing.T) {
	for _, in := range []string{"week", "Week", "WEEK"} {
		var b stance.Bucket
		if err := b.UnmarshalText([]byte(in)); err != nil || b != stance.Week {
			t.Errorf("UnmarshalText(%q) = %v, %v; want week", in, b, err)
		}
	}
	var b stance.Bucket
	err := b.UnmarshalText([]byte("year"))
	if want := `stance: unknown bucket "year" (want day, week or month)`; err == nil || err.Error() != want {
		t.Errorf("UnmarshalText(year) = %v; want %s", err, want)
	}
}

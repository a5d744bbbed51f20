package record

import (
	"encoding/json"
	"math"
	"testing"
)

func TestScoreJSON(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want string
	}{
		{"noise after the fourth decimal", 0.44114565141460005, "0.4411"},
		{"a product of tenths", 1.2000000000000002, "1.2"},
		{"just under a tenth", 0.8999999999999999, "0.9"},
		{"rounds half away from zero", -0.71425, "-0.7143"},
		{"negative", -0.7142857142857143, "-0.7143"},
		{"integer", 1, "1"},
		{"zero", 0, "0"},
		{"rounds to zero from below, without a sign", -0.00001, "0"},
		{"small but kept", 0.0001, "0.0001"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(Score(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tt.want {
				t.Errorf("Score(%v) = %s, want %s", tt.in, b, tt.want)
			}
			var back Score
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("reading %s back: %v", b, err)
			}
			if float64(back) != Score(tt.in).Round() {
				t.Errorf("read back %v, want %v", back, Score(tt.in).Round())
			}
		})
	}
	for _, bad := range []float64{math.NaN(), math.Inf(1)} {
		if b, err := json.Marshal(Score(bad)); err == nil {
			t.Errorf("Score(%v) encoded as %s, want an error", bad, b)
		}
	}
}

// A stance whose numbers carry floating-point noise is written rounded,
// the score and the weights alike.
func TestStanceJSONRounded(t *testing.T) {
	st := Stance{Label: "support", Score: 0.44114565141460005, Rules: []Fired{{Rule: "term agree", Pos: "r.yaml:1:1", Weight: 1.2000000000000002}}}
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"label":"support","score":0.4411,"hedged":false,"negated":false,"rules":[{"rule":"term agree","pos":"r.yaml:1:1","span":null,"weight":1.2}]}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}

package main

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// element is an SVG element as the tests look at it.
type element struct {
	Name  string
	Attrs map[string]string
}

// parseSVG parses an SVG document with encoding/xml, failing the test on
// any error, and returns its elements in document order.
func parseSVG(t *testing.T, data []byte) []element {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var out []element
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG does not parse: %v\n%s", err, data)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 0 && (tok.Name.Local != "svg" || tok.Name.Space != "http://www.w3.org/2000/svg") {
				t.Fatalf("root element is %v; want svg in the SVG namespace", tok.Name)
			}
			depth++
			e := element{Name: tok.Name.Local, Attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.Attrs[a.Name.Local] = a.Value
			}
			out = append(out, e)
		case xml.EndElement:
			depth--
		}
	}
	if depth != 0 {
		t.Fatalf("SVG ends at depth %d", depth)
	}
	return out
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestWriteChart(t *testing.T) {
	odd := "O'Brien & <Co> \"Ltd\"\x01"
	ss := []series{
		{Speaker: "Anna Berg", Target: "summit", Points: []point{
			{Start: day("2025-02-17"), Mean: 0.4, Count: 2, Label: "support"},
			{Start: day("2025-02-24"), Mean: -0.5, Count: 1, Label: "oppose", Change: "support→oppose"},
		}},
		{Speaker: "Anna Berg", Target: "ukraine peace", Points: []point{{Start: day("2025-03-03"), Mean: 0.1, Count: 1, Label: "neutral"}}},
		{Speaker: odd, Target: "summit", Points: []point{{Start: day("2025-02-17"), Mean: -1, Count: 3, Label: "oppose"}}},
	}
	var buf bytes.Buffer
	if err := writeChart(&buf, ss, "week"); err != nil {
		t.Fatal(err)
	}
	els := parseSVG(t, buf.Bytes())

	type key struct{ Speaker, Target string }
	var gotSeries []key
	var panels, legend []string
	circles := map[key]int{}
	var current key
	for _, e := range els {
		switch {
		case e.Name == "g" && e.Attrs["class"] == "series":
			current = key{e.Attrs["data-speaker"], e.Attrs["data-target"]}
			gotSeries = append(gotSeries, current)
		case e.Name == "circle":
			circles[current]++
			for _, c := range []string{"cx", "cy"} {
				v, err := strconv.ParseFloat(e.Attrs[c], 64)
				if err != nil || v < 0 || v > chartWidth {
					t.Errorf("circle %s = %q; want a number inside the chart", c, e.Attrs[c])
				}
			}
		case e.Name == "g" && e.Attrs["class"] == "panel":
			panels = append(panels, e.Attrs["data-target"])
		case e.Name == "g" && e.Attrs["class"] == "legend-item":
			legend = append(legend, e.Attrs["data-speaker"])
		}
	}
	oddSafe := strings.ReplaceAll(odd, "\x01", "\uFFFD")
	wantSeries := []key{{"Anna Berg", "summit"}, {oddSafe, "summit"}, {"Anna Berg", "ukraine peace"}}
	if diff := cmp.Diff(wantSeries, gotSeries); diff != "" {
		t.Errorf("series mismatch (-want +got):\n%s", diff)
	}
	wantCircles := map[key]int{{"Anna Berg", "summit"}: 2, {oddSafe, "summit"}: 1, {"Anna Berg", "ukraine peace"}: 1}
	if diff := cmp.Diff(wantCircles, circles); diff != "" {
		t.Errorf("points per series mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"summit", "ukraine peace"}, panels); diff != "" {
		t.Errorf("panels mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Anna Berg", oddSafe}, legend); diff != "" {
		t.Errorf("legend mismatch (-want +got):\n%s", diff)
	}
}

// TestWriteChartEmpty checks that no series still makes a valid SVG.
func TestWriteChartEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := writeChart(&buf, nil, "day"); err != nil {
		t.Fatal(err)
	}
	for _, e := range parseSVG(t, buf.Bytes()) {
		if e.Attrs["class"] == "series" {
			t.Errorf("empty chart has a series %v", e.Attrs)
		}
	}
}

func TestTicks(t *testing.T) {
	days := func(ds ...string) []time.Time {
		var out []time.Time
		for _, d := range ds {
			out = append(out, day(d))
		}
		return out
	}
	months := days("2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01",
		"2025-07-01", "2025-08-01", "2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01")
	tests := []struct {
		name   string
		starts []time.Time
		want   []time.Time
	}{
		{"none", nil, nil},
		{"one bucket", days("2025-02-17"), days("2025-02-17")},
		{"as many as fit", months[:maxXTicks], months[:maxXTicks]},
		{"a year by month", months, days("2025-01-01", "2025-03-01", "2025-05-01", "2025-07-01", "2025-09-01", "2025-12-01")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ticks(tt.starts)); diff != "" {
				t.Errorf("ticks mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScoreLabel(t *testing.T) {
	var got []string
	for _, v := range []float64{-1, -0.5, 0, 0.5, 1} {
		got = append(got, scoreLabel(v))
	}
	if want := []string{"-1", "-0.5", "0", "+0.5", "+1"}; !cmp.Equal(want, got) {
		t.Errorf("labels %q; want %q", got, want)
	}
}

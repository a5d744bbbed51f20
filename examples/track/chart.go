package main

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// series is the stance of one speaker toward one target over time, as the
// table and the chart show it.
type series struct {
	Speaker, Target string
	Points          []point // in time order
}

// point is one time bucket of a series.
type point struct {
	Start  time.Time // start of the bucket
	Mean   float64   // mean stance score, in [-1, 1]
	Count  int       // quotes in the bucket
	Label  string    // the prevailing label
	Change string    // "from→to" when the prevailing label changed here
}

// Chart geometry, in SVG user units.
const (
	chartWidth   = 960
	plotLeft     = 64                        // room for the y labels
	plotWidth    = 640                       // the plot area of a panel
	legendLeft   = plotLeft + plotWidth + 72 // past the support/oppose labels
	panelHeight  = 240
	panelTop     = 40 // room for the panel title
	plotHeight   = 160
	chartMargin  = 16
	legendRow    = 20
	pointRadius  = 3.5
	maxXTicks    = 6
	strokeWidth  = 2
	titleSize    = 15
	labelSize    = 11
	legendSwatch = 12
)

// palette is a qualitative palette that stays apart for the usual forms
// of colour blindness (Okabe and Ito), darkest first.
var palette = []string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"}

// writeChart writes an SVG chart of ss to w: one panel per target, stacked,
// with the stance score (-1 to 1) up and time across, the same time axis
// in every panel; in each panel one line per speaker, a speaker keeping
// its colour across panels; and a legend of speakers. bucket formats the
// time labels.
func writeChart(w io.Writer, ss []series, bucket string) error {
	bw := bufio.NewWriter(w)
	targets, speakers := keys(ss)
	colour := map[string]string{}
	for i, sp := range speakers {
		colour[sp] = palette[i%len(palette)]
	}
	starts := bucketStarts(ss)
	var lo, hi time.Time
	if len(starts) > 0 {
		lo, hi = starts[0], starts[len(starts)-1]
	}

	height := chartMargin*2 + max(len(targets), 1)*panelHeight
	height = max(height, chartMargin*2+panelTop+len(speakers)*legendRow)
	fmt.Fprintf(bw, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif">`+"\n",
		chartWidth, height, chartWidth, height)
	fmt.Fprintf(bw, "<title>Stance by speaker over time</title>\n")
	fmt.Fprintf(bw, `<rect width="%d" height="%d" fill="white"/>`+"\n", chartWidth, height)
	if len(targets) == 0 {
		fmt.Fprintf(bw, `<text x="%d" y="%d" font-size="%d">no quotes with a target</text>`+"\n", plotLeft, chartMargin+panelTop, titleSize)
	}
	x := func(t time.Time) float64 {
		if !hi.After(lo) {
			return plotLeft + plotWidth/2
		}
		return plotLeft + plotWidth*float64(t.Sub(lo))/float64(hi.Sub(lo))
	}
	for i, target := range targets {
		top := chartMargin + i*panelHeight
		y := func(v float64) float64 {
			v = math.Max(-1, math.Min(1, v))
			return float64(top+panelTop) + plotHeight*(1-v)/2
		}
		fmt.Fprintf(bw, `<g class="panel" data-target="%s">`+"\n", esc(target))
		fmt.Fprintf(bw, `<text class="panel-title" x="%d" y="%d" font-size="%d" font-weight="bold">%s</text>`+"\n",
			plotLeft, top+panelTop-14, titleSize, esc(targetTitle(target)))
		writeAxes(bw, starts, bucket, x, y)
		for _, s := range ss {
			if s.Target == target {
				writeSeries(bw, s, colour[s.Speaker], x, y)
			}
		}
		bw.WriteString("</g>\n")
	}
	writeLegend(bw, speakers, colour)
	bw.WriteString("</svg>\n")
	return bw.Flush()
}

// writeAxes draws the y axis with grid lines at -1, -0.5, 0, 0.5 and 1,
// and the time axis with at most maxXTicks labels.
func writeAxes(w *bufio.Writer, starts []time.Time, bucket string, x func(time.Time) float64, y func(float64) float64) {
	w.WriteString(`<g class="axes" font-size="` + fmt.Sprint(labelSize) + `" fill="#444">` + "\n")
	for _, v := range []float64{-1, -0.5, 0, 0.5, 1} {
		stroke, dash := "#ddd", ""
		if v == 0 {
			stroke = "#999"
		}
		if v == -0.5 || v == 0.5 {
			dash = ` stroke-dasharray="3 3"`
		}
		fmt.Fprintf(w, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s"%s/>`+"\n", plotLeft, y(v), plotLeft+plotWidth, y(v), stroke, dash)
		fmt.Fprintf(w, `<text x="%d" y="%.1f" text-anchor="end">%s</text>`+"\n", plotLeft-6, y(v)+4, scoreLabel(v))
	}
	fmt.Fprintf(w, `<text x="%d" y="%.1f" text-anchor="start">support</text>`+"\n", plotLeft+plotWidth+4, y(1)+4)
	fmt.Fprintf(w, `<text x="%d" y="%.1f" text-anchor="start">oppose</text>`+"\n", plotLeft+plotWidth+4, y(-1)+4)
	fmt.Fprintf(w, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#444"/>`+"\n", plotLeft, y(-1), plotLeft+plotWidth, y(-1))
	for _, t := range ticks(starts) {
		fmt.Fprintf(w, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#444"/>`+"\n", x(t), y(-1), x(t), y(-1)+4)
		fmt.Fprintf(w, `<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>`+"\n", x(t), y(-1)+16, formatBucket(t, bucket))
	}
	w.WriteString("</g>\n")
}

// writeSeries draws one speaker's line toward one target, a dot per
// bucket with a tooltip.
func writeSeries(w *bufio.Writer, s series, colour string, x func(time.Time) float64, y func(float64) float64) {
	fmt.Fprintf(w, `<g class="series" data-speaker="%s" data-target="%s" stroke="%s" fill="%s">`+"\n",
		esc(s.Speaker), esc(s.Target), colour, colour)
	if len(s.Points) > 1 {
		pts := make([]string, len(s.Points))
		for i, p := range s.Points {
			pts[i] = fmt.Sprintf("%.1f,%.1f", x(p.Start), y(p.Mean))
		}
		fmt.Fprintf(w, `<polyline points="%s" fill="none" stroke-width="%d"/>`+"\n", strings.Join(pts, " "), strokeWidth)
	}
	for _, p := range s.Points {
		fmt.Fprintf(w, `<circle cx="%.1f" cy="%.1f" r="%.1f"><title>%s</title></circle>`+"\n",
			x(p.Start), y(p.Mean), pointRadius,
			esc(fmt.Sprintf("%s on %s, %s: mean %+.2f over %d quotes (%s)", s.Speaker, targetTitle(s.Target), p.Start.Format(time.DateOnly), p.Mean, p.Count, p.Label)))
	}
	w.WriteString("</g>\n")
}

// writeLegend lists the speakers with their colours, right of the plots.
func writeLegend(w *bufio.Writer, speakers []string, colour map[string]string) {
	fmt.Fprintf(w, `<g class="legend" font-size="%d">`+"\n", labelSize+1)
	for i, sp := range speakers {
		top := chartMargin + panelTop + i*legendRow
		fmt.Fprintf(w, `<g class="legend-item" data-speaker="%s"><rect x="%d" y="%d" width="%d" height="%d" fill="%s"/><text x="%d" y="%d">%s</text></g>`+"\n",
			esc(sp), legendLeft, top, legendSwatch, legendSwatch, colour[sp], legendLeft+legendSwatch+6, top+legendSwatch-1, esc(sp))
	}
	w.WriteString("</g>\n")
}

// keys returns the targets and the speakers of ss, each sorted.
func keys(ss []series) (targets, speakers []string) {
	for _, s := range ss {
		targets = append(targets, s.Target)
		speakers = append(speakers, s.Speaker)
	}
	slices.Sort(targets)
	slices.Sort(speakers)
	return slices.Compact(targets), slices.Compact(speakers)
}

// bucketStarts returns the distinct bucket starts of ss, in time order.
func bucketStarts(ss []series) []time.Time {
	var out []time.Time
	for _, s := range ss {
		for _, p := range s.Points {
			out = append(out, p.Start)
		}
	}
	slices.SortFunc(out, time.Time.Compare)
	return slices.CompactFunc(out, time.Time.Equal)
}

// ticks returns the bucket starts to label on the time axis: all of them
// when there are at most maxXTicks, else maxXTicks of them evenly spread,
// the first and the last included.
func ticks(starts []time.Time) []time.Time {
	if len(starts) <= maxXTicks {
		return starts
	}
	out := make([]time.Time, maxXTicks)
	for i := range out {
		out[i] = starts[i*(len(starts)-1)/(maxXTicks-1)]
	}
	return out
}

// scoreLabel formats a score on the y axis: -1, -0.5, 0, +0.5, +1.
func scoreLabel(v float64) string {
	if v == 0 {
		return "0"
	}
	return strings.TrimSuffix(fmt.Sprintf("%+.1f", v), ".0")
}

// formatBucket formats the start of a bucket: 2025-02 for a month, the
// date otherwise.
func formatBucket(t time.Time, bucket string) string {
	if bucket == "month" {
		return t.Format("2006-01")
	}
	return t.Format(time.DateOnly)
}

// targetTitle names a target for people.
func targetTitle(t string) string {
	if t == "" {
		return "(no target)"
	}
	return t
}

// esc escapes s for SVG text content or an attribute value in double
// quotes. Characters that XML does not allow at all (most control
// characters, invalid UTF-8) become U+FFFD, so that any speaker name from
// any text leaves the file well-formed.
func esc(s string) string {
	return html.EscapeString(strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r == utf8.RuneError, r == 0xFFFE, r == 0xFFFF:
			return utf8.RuneError
		}
		return r
	}, s))
}

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/internal/progress"
	"github.com/hearsaynlp/hearsay/internal/record"
	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/stance"
)

// wantLine is what an input line must be, for the message about input
// that is not JSON Lines.
const wantLine = `one object per line with "id", "date" and "text", such as {"id": "a1", "date": "2025-02-18", "text": "..."}`

// tracker reads articles into a stance.Tracker.
type tracker struct {
	cfg      config
	pipe     *pipeline.Pipeline
	tr       *stance.Tracker
	meter    *progress.Meter
	problems record.Problems // on stderr

	// What was read, for the message when the table is empty: articles
	// read, quotes found, quotes about a target, and those of them with
	// a resolved speaker.
	articles, quotes, about, tracked int
}

// run reads every input of cfg, then writes the table to stdout and the
// chart to cfg.svg. Problems with the input are reported on stderr and
// counted in the error; an error writing the outputs stops it.
func run(cfg config, rules *stance.RuleSet, stdin io.Reader, stdout, stderr io.Writer) error {
	t := &tracker{
		cfg:   cfg,
		pipe:  pipeline.New(pipeline.Options{Indirect: cfg.indirect, Rules: rules}),
		tr:    stance.NewTracker(stance.TrackerOptions{Bucket: cfg.bucket}),
		meter: progress.Start(stderr, cfg.quiet, cfg.files),
	}
	t.problems = record.Problems{W: stderr, Before: t.meter.Clear, Want: wantLine}
	files := cfg.files
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, name := range files {
		t.file(name, stdin)
	}
	t.meter.Done()
	ss := seriesOf(t.tr.Series())
	if len(ss) == 0 && t.articles > 0 {
		fmt.Fprintf(stderr, "track: %s\n", t.nothing())
	}
	if err := writeTable(stdout, ss, cfg.bucket.String()); err != nil {
		return err
	}
	if cfg.svg != "" {
		if err := writeChartFile(cfg.svg, ss, cfg.bucket.String()); err != nil {
			return err
		}
	}
	return t.problems.Err()
}

// file reads the articles of the file name ("-" for stdin).
func (t *tracker) file(name string, stdin io.Reader) {
	r, where, closeInput, err := record.Open(name, stdin)
	if err != nil {
		t.problems.Printf("%v", err)
		return
	}
	defer closeInput()
	err = record.Lines(r, func(n int, line []byte) error {
		docs, quotes := 0, 0
		if len(bytes.TrimSpace(line)) > 0 {
			var err error
			if quotes, err = t.line(line); err == nil {
				docs = 1
			}
			t.problems.Line(where, n, err)
		}
		t.meter.Add(docs, int64(len(line)), quotes)
		return nil
	})
	if err != nil { // only a *record.ReadError: the function returns none
		t.problems.Printf("%s:%v", where, err)
	}
	t.problems.EndInput(where)
}

// line tracks the quotes of one article line and returns how many quotes
// it holds.
func (t *tracker) line(line []byte) (int, error) {
	a, err := record.ParseArticle(line)
	if err != nil {
		return 0, err
	}
	date, err := articleDate(a.Fields["date"])
	if err != nil {
		return 0, err
	}
	res := t.pipe.Run(a.Text)
	t.articles++
	t.quotes += len(res.Stances)
	for i, st := range res.Stances {
		if t.cfg.target != "" {
			if !mentions(a.Text, res.Doc.Attributions[i].Quote.Content, t.cfg.target) {
				continue
			}
			st.Target = t.cfg.target
		} else if st.Target == "" {
			continue
		}
		t.about++
		names := res.Speakers(i)
		if len(names) > 0 {
			t.tracked++
		}
		for _, name := range names {
			t.tr.Add(a.ID, date, name, st, "")
		}
	}
	return len(res.Stances), nil
}

// nothing says why the table is empty.
func (t *tracker) nothing() string {
	read := fmt.Sprintf("%s in %s", plural(t.quotes, "quote"), plural(t.articles, "article"))
	switch {
	case t.quotes == 0 && !t.cfg.indirect:
		return fmt.Sprintf("no quotes found in %s; -indirect also reads speech without quote marks", plural(t.articles, "article"))
	case t.quotes == 0:
		return fmt.Sprintf("no quotes found in %s", plural(t.articles, "article"))
	case t.about == 0 && t.cfg.target != "":
		return fmt.Sprintf("no quote mentions the target %q (%s read)", t.cfg.target, read)
	case t.about == 0:
		return fmt.Sprintf("no quote mentions a target of the rule set (%s read); -target TEXT follows the quotes that mention TEXT", read)
	}
	return fmt.Sprintf("%s mention the target, but the speaker of none was resolved (%s read)", plural(t.about, "quote"), read)
}

// plural returns "1 quote", "2 quotes".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// dateLayouts are the accepted forms of "date", tried in order.
var dateLayouts = []string{time.DateOnly, time.RFC3339Nano, "2006-01-02T15:04:05", time.DateTime}

// articleDate decodes the "date" of an article line.
func articleDate(raw json.RawMessage) (time.Time, error) {
	if raw == nil {
		return time.Time{}, errors.New(`missing "date"`)
	}
	if k := record.JSONKind(raw); k != "a string" {
		return time.Time{}, fmt.Errorf(`"date" is %s, not a string`, k)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return time.Time{}, fmt.Errorf(`bad "date": %v`, err)
	}
	for _, layout := range dateLayouts {
		if d, err := time.Parse(layout, s); err == nil {
			return d, nil
		}
	}
	return time.Time{}, fmt.Errorf(`"date" %q is not a date such as 2025-02-18 or 2025-02-18T09:30:00Z`, s)
}

// mentions reports whether any content piece, spans into text, contains
// target, ignoring case.
func mentions(text string, content []quote.Span, target string) bool {
	target = strings.ToLower(target)
	for _, c := range content {
		if 0 <= c.Start && c.Start <= c.End && c.End <= len(text) && strings.Contains(strings.ToLower(text[c.Start:c.End]), target) {
			return true
		}
	}
	return false
}

// seriesOf converts the tracker's series for the table and the chart.
func seriesOf(in []stance.Series) []series {
	out := make([]series, len(in))
	for i, s := range in {
		changes := map[time.Time]string{}
		for _, c := range s.Changes {
			changes[c.At] = c.From + "→" + c.To
		}
		out[i] = series{Speaker: s.Speaker, Target: s.Target, Points: make([]point, len(s.Points))}
		for j, p := range s.Points {
			out[i].Points[j] = point{Start: p.Start, Mean: p.Mean, Count: p.Count, Label: p.Label, Change: changes[p.Start]}
		}
	}
	return out
}

// writeTable writes a row per series and bucket, aligned in columns,
// with no spaces at the ends of the lines.
func writeTable(w io.Writer, ss []series, bucket string) error {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "speaker\ttarget\tbucket\tmean\tn\tlabel\tchange")
	for _, s := range ss {
		for _, p := range s.Points {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%+.2f\t%d\t%s\t%s\n", cell(s.Speaker), cell(s.Target),
				formatBucket(p.Start, bucket), p.Mean, p.Count, p.Label, p.Change)
		}
	}
	tw.Flush()
	bw := bufio.NewWriter(w)
	for line := range strings.Lines(buf.String()) {
		bw.WriteString(strings.TrimRight(line, " \n"))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// cell makes s safe for one tab-separated cell: no tabs or line breaks.
func cell(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// writeChartFile writes the chart of ss to the file name.
func writeChartFile(name string, ss []series, bucket string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := writeChart(f, ss, bucket); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

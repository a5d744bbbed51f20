package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// article is a made-up dated article with one quote by a named speaker
// about one target of the default rules.
type article struct {
	id, date, speaker, target, text string
}

// corpus returns made-up articles over six weeks: Anna Berg turns against
// the summit, Ravi Patel speaks of the summit and of peace talks.
func corpus() []article {
	var out []article
	add := func(date, speaker, target, text string) {
		out = append(out, article{fmt.Sprintf("art-%02d", len(out)+1), date, speaker, target, text})
	}
	for _, d := range []string{"2025-02-03", "2025-02-05", "2025-02-12"} {
		add(d, "Anna Berg", "summit", "Foreign Minister Anna Berg spoke in Oslo. “The summit was a constructive and useful step,” Berg said.")
	}
	for _, d := range []string{"2025-02-24", "2025-03-03", "2025-03-04"} {
		add(d, "Anna Berg", "summit", "Anna Berg changed her tone. “The summit was a disaster and a failure,” Berg told reporters.")
	}
	add("2025-02-04T10:00:00Z", "Ravi Patel", "summit", "“The summit will go ahead,” said Ravi Patel, the trade envoy.")
	add("2025-02-18T23:30:00-05:00", "Ravi Patel", "ukraine peace", "“The ceasefire is a good thing,” said Ravi Patel.")
	add("2025-03-10 08:00:00", "Ravi Patel", "ukraine peace", "“The peace talks are a good thing,” Ravi Patel said on Monday.")
	return out
}

// writeArticles writes arts as JSON Lines to a file in dir, followed by
// the extra lines, and returns its path.
func writeArticles(t *testing.T, dir string, arts []article, extra ...string) string {
	t.Helper()
	var buf bytes.Buffer
	for _, a := range arts {
		line, err := json.Marshal(map[string]string{"id": a.id, "date": a.date, "text": a.text})
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	for _, l := range extra {
		buf.WriteString(l + "\n")
	}
	name := filepath.Join(dir, "articles.jsonl")
	if err := os.WriteFile(name, buf.Bytes(), 0o666); err != nil {
		t.Fatal(err)
	}
	return name
}

// row is one row of the table.
type row struct {
	speaker, target, bucket string
	mean                    float64
	n                       int
	label, change           string
}

// parseTable reads the table, whose columns are separated by two or more
// spaces, checking its header.
func parseTable(t *testing.T, out string) []row {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	split := func(l string) []string {
		var cells []string
		for _, c := range strings.Split(l, "  ") {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		return cells
	}
	if diff := cmp.Diff([]string{"speaker", "target", "bucket", "mean", "n", "label", "change"}, split(lines[0])); diff != "" {
		t.Fatalf("header mismatch (-want +got):\n%s", diff)
	}
	var rows []row
	for _, l := range lines[1:] {
		if l != strings.TrimRight(l, " ") {
			t.Errorf("line %q ends with spaces", l)
		}
		c := split(l)
		if len(c) == 6 {
			c = append(c, "")
		}
		if len(c) != 7 {
			t.Fatalf("row %q has %d cells", l, len(c))
		}
		mean, err1 := strconv.ParseFloat(c[3], 64)
		n, err2 := strconv.Atoi(c[4])
		if err1 != nil || err2 != nil {
			t.Fatalf("row %q: bad mean or n", l)
		}
		rows = append(rows, row{c[0], c[1], c[2], mean, n, c[5], c[6]})
	}
	return rows
}

// trackRun runs the program and returns its stdout, stderr and status.
func trackRun(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	status := cli(args, strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), status
}

// checkInvariants checks what holds of any table: rows sorted by speaker,
// target and bucket, buckets in the layout of bucket, means in [-1, 1],
// n above zero, and a change exactly where the label differs from the
// previous bucket of the same speaker and target.
func checkInvariants(t *testing.T, rows []row, layout string) {
	t.Helper()
	for i, r := range rows {
		if _, err := time.Parse(layout, r.bucket); err != nil {
			t.Errorf("row %d: bucket %q is not in the layout %s", i, r.bucket, layout)
		}
		if r.mean < -1 || r.mean > 1 || r.n < 1 {
			t.Errorf("row %d: mean %v or n %d out of range", i, r.mean, r.n)
		}
		if i == 0 {
			if r.change != "" {
				t.Errorf("row 0 has change %q", r.change)
			}
			continue
		}
		p := rows[i-1]
		same := p.speaker == r.speaker && p.target == r.target
		if key, pkey := r.speaker+"\x00"+r.target+"\x00"+r.bucket, p.speaker+"\x00"+p.target+"\x00"+p.bucket; key <= pkey {
			t.Errorf("rows %d and %d out of order: %v, %v", i-1, i, p, r)
		}
		want := ""
		if same && p.label != r.label {
			want = p.label + "→" + r.label
		}
		if r.change != want {
			t.Errorf("row %d: change %q; want %q after %v", i, r.change, want, p)
		}
	}
}

func TestTrackTable(t *testing.T) {
	arts := corpus()
	file := writeArticles(t, t.TempDir(), arts)
	out, errOut, status := trackRun(t, "-q", file)
	if status != 0 || errOut != "" {
		t.Fatalf("status %d, stderr %q; want success", status, errOut)
	}
	rows := parseTable(t, out)
	checkInvariants(t, rows, time.DateOnly)

	// Every quote counted once, under its speaker and target.
	want := map[[2]string]int{}
	for _, a := range arts {
		want[[2]string{a.speaker, a.target}]++
	}
	got := map[[2]string]int{}
	for _, r := range rows {
		got[[2]string{r.speaker, r.target}] += r.n
		if d, _ := time.Parse(time.DateOnly, r.bucket); d.Weekday() != time.Monday {
			t.Errorf("week bucket %s is not a Monday", r.bucket)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quotes per speaker and target mismatch (-want +got):\n%s", diff)
	}
	// Anna Berg turns against the summit: the prevailing label changes
	// once, from support to oppose.
	var changes []string
	for _, r := range rows {
		if r.speaker == "Anna Berg" && r.change != "" {
			changes = append(changes, r.bucket+" "+r.change)
		}
	}
	if diff := cmp.Diff([]string{"2025-02-24 support→oppose"}, changes); diff != "" {
		t.Errorf("Anna Berg's changes mismatch (-want +got):\n%s", diff)
	}
}

func TestTrackOptions(t *testing.T) {
	file := writeArticles(t, t.TempDir(), corpus())
	tests := []struct {
		name    string
		args    []string
		layout  string
		targets []string // the targets the table holds
		rows    int      // rows expected
	}{
		{"by day", []string{"-bucket", "day"}, time.DateOnly, []string{"summit", "ukraine peace"}, 9},
		{"by month", []string{"-bucket", "month"}, "2006-01", []string{"summit", "ukraine peace"}, 5},
		{"one target", []string{"-bucket", "month", "-target", "CEASEFIRE"}, "2006-01", []string{"CEASEFIRE"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status := trackRun(t, append(append([]string{"-q"}, tt.args...), file)...)
			if status != 0 || errOut != "" {
				t.Fatalf("status %d, stderr %q; want success", status, errOut)
			}
			rows := parseTable(t, out)
			checkInvariants(t, rows, tt.layout)
			targets := map[string]bool{}
			for _, r := range rows {
				targets[r.target] = true
			}
			for _, tg := range tt.targets {
				if !targets[tg] {
					t.Errorf("no row for target %q", tg)
				}
			}
			if len(targets) != len(tt.targets) || len(rows) != tt.rows {
				t.Errorf("%d rows for targets %v; want %d for %q", len(rows), targets, tt.rows, tt.targets)
			}
		})
	}
}

// TestTrackBadLines checks that bad lines are reported with their file and
// line, the exit status is 1, and the good lines are still tracked.
func TestTrackBadLines(t *testing.T) {
	arts := corpus()[:2]
	file := writeArticles(t, t.TempDir(), arts,
		`{"id": "x1", "text": "no date"}`,
		`{"id": "x2", "date": "18/02/2025", "text": "bad date"}`,
		`{"id": "x3", "date": 20250218, "text": "numeric date"}`,
		`{"id": "x4", "date": "2025-02-18", "text": `,
		``,
	)
	out, errOut, status := trackRun(t, "-q", file, filepath.Join(filepath.Dir(file), "missing.jsonl"))
	if status != 1 {
		t.Errorf("status %d; want 1", status)
	}
	want := file + `:3: missing "date"` + "\n" +
		file + `:4: "date" "18/02/2025" is not a date such as 2025-02-18 or 2025-02-18T09:30:00Z` + "\n" +
		file + `:5: "date" is a number, not a string` + "\n" +
		file + ":6: invalid JSON: unexpected end of JSON input\n" +
		"open " + filepath.Join(filepath.Dir(file), "missing.jsonl") + ": no such file or directory\n" +
		"track: 5 input problems\n"
	if diff := cmp.Diff(want, errOut); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
	n := 0
	for _, r := range parseTable(t, out) {
		n += r.n
	}
	if n != len(arts) {
		t.Errorf("table counts %d quotes; want the %d of the good lines", n, len(arts))
	}
}

// TestTrackSVG checks that the chart parses and has one series per
// speaker and target of the table, with a dot per row.
func TestTrackSVG(t *testing.T) {
	dir := t.TempDir()
	file := writeArticles(t, dir, corpus())
	svg := filepath.Join(dir, "chart.svg")
	out, errOut, status := trackRun(t, "-q", "-svg", svg, file)
	if status != 0 || errOut != "" {
		t.Fatalf("status %d, stderr %q; want success", status, errOut)
	}
	want := map[[2]string]int{}
	for _, r := range parseTable(t, out) {
		want[[2]string{r.speaker, r.target}]++
	}
	data, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	got := map[[2]string]int{}
	var cur [2]string
	for _, e := range parseSVG(t, data) {
		switch {
		case e.Name == "g" && e.Attrs["class"] == "series":
			cur = [2]string{e.Attrs["data-speaker"], e.Attrs["data-target"]}
			if _, dup := got[cur]; dup {
				t.Errorf("two series for %v", cur)
			}
			got[cur] = 0
		case e.Name == "circle":
			got[cur]++
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("series and dots mismatch (-table +chart):\n%s", diff)
	}
}

func TestTrackCLI(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantStderr string
	}{
		{"bad bucket", []string{"-bucket", "year"}, 2, `invalid value "year" for flag -bucket`},
		{"missing rule file", []string{"-rules", "/nonexistent/rules.yaml"}, 2, "/nonexistent/rules.yaml: no such file or directory\ntrack: 1 problem in the rule files\n"},
		{"help", []string{"-h"}, 0, "usage: track [flags] [FILE...]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, status := trackRun(t, tt.args...)
			if status != tt.wantStatus || !strings.Contains(errOut, tt.wantStderr) {
				t.Errorf("status %d, stderr %q; want %d and %q", status, errOut, tt.wantStatus, tt.wantStderr)
			}
		})
	}
}

// TestSample runs the program as the README shows it, on the made-up
// articles of testdata/sample.jsonl.
func TestSample(t *testing.T) {
	out, errOut, status := trackRun(t, "-q", "testdata/sample.jsonl")
	if status != 0 || errOut != "" {
		t.Fatalf("status %d, stderr %q; want success", status, errOut)
	}
	rows := parseTable(t, out)
	checkInvariants(t, rows, time.DateOnly)
	speakers := map[string]int{}
	for _, r := range rows {
		speakers[r.speaker] += r.n
	}
	if len(speakers) != 3 {
		t.Errorf("speakers %v; want the 3 of the sample", speakers)
	}
}

// TestTrackPlainText checks that text that is not JSON Lines is reported
// once, with where it starts and how many lines were skipped, and that
// the valid lines of another file are still tracked.
func TestTrackPlainText(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(plain, []byte("Talks in Riyadh\n\n“The summit was useful,” Berg said.\nMore text.\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	good := writeArticles(t, dir, corpus()[:1])
	out, errOut, status := trackRun(t, "-q", plain, good)
	if status != 1 {
		t.Errorf("status %d; want 1", status)
	}
	want := plain + `:1: invalid JSON: invalid character 'T' looking for beginning of value; the input must be JSON Lines, one object per line with "id", "date" and "text", such as {"id": "a1", "date": "2025-02-18", "text": "..."}` + "\n" +
		plain + ": 3 lines are not JSON objects and were skipped, the first at line 1\n" +
		"track: 3 input problems\n"
	if diff := cmp.Diff(want, errOut); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
	if rows := parseTable(t, out); len(rows) != 1 {
		t.Errorf("%d rows; want the 1 of the good file", len(rows))
	}
}

// TestTrackNothing checks that an empty table comes with a message that
// says why.
func TestTrackNothing(t *testing.T) {
	dir := t.TempDir()
	file := writeArticles(t, dir, corpus()[:2])
	noQuotes := filepath.Join(dir, "none.jsonl")
	if err := os.WriteFile(noQuotes, []byte(`{"id": "n", "date": "2025-02-18", "text": "Nothing was said."}`+"\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	offTopic := filepath.Join(dir, "off.jsonl")
	if err := os.WriteFile(offTopic, []byte(`{"id": "o", "date": "2025-02-18", "text": "“The weather is fine,” Anna Berg said."}`+"\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no quote mentions the target", []string{"-target", "zebra", file}, `track: no quote mentions the target "zebra" (2 quotes in 2 articles read)` + "\n"},
		{"no quotes", []string{noQuotes}, "track: no quotes found in 1 article; -indirect also reads speech without quote marks\n"},
		{"no quote mentions a rule-set target", []string{offTopic}, "track: no quote mentions a target of the rule set (1 quote in 1 article read); -target TEXT follows the quotes that mention TEXT\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status := trackRun(t, append([]string{"-q"}, tt.args...)...)
			if status != 0 || errOut != tt.want {
				t.Errorf("status %d, stderr %q; want 0 and %q", status, errOut, tt.want)
			}
			if rows := parseTable(t, out); len(rows) != 0 {
				t.Errorf("%d rows; want none", len(rows))
			}
		})
	}
}

// TestTrackStdinNote checks that reading a terminal is announced.
func TestTrackStdinNote(t *testing.T) {
	tty, err := os.Open(os.DevNull) // a character device, as a terminal is
	if err != nil {
		t.Skip(err)
	}
	defer tty.Close()
	var out, errOut bytes.Buffer
	cli([]string{"-q"}, tty, &out, &errOut)
	if want := "track: reading JSON Lines articles from standard input until Ctrl-D; name the files to read instead, or see -h\n"; !strings.HasPrefix(errOut.String(), want) {
		t.Errorf("stderr %q, want it to start with %q", errOut.String(), want)
	}
}

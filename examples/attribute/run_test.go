package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/internal/offsets"
	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/internal/progress"
	"github.com/hearsaynlp/hearsay/internal/record"
	"github.com/hearsaynlp/hearsay/quote"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// wholeText stands in for the extractor: one indirect quote covering the
// whole document, so that every document read shows up in the output.
func wholeText(text string) []quote.Quote {
	if text == "" {
		return nil
	}
	s := quote.Span{Start: 0, End: len(text)}
	return []quote.Quote{{Kind: quote.Indirect, Span: s, Content: []quote.Span{s}, Rule: "whole-text"}}
}

// runString runs cfg on stdin and returns stdout, stderr and the error.
func runString(t *testing.T, cfg config, stdin string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(cfg, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

// decodeRecords decodes JSON Lines output.
func decodeRecords(t *testing.T, out string) []record.Record {
	t.Helper()
	var recs []record.Record
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	for dec.More() {
		var r record.Record
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("decoding output: %v", err)
		}
		recs = append(recs, r)
	}
	return recs
}

func TestRunJSONLBadLines(t *testing.T) {
	input := strings.Join([]string{
		`{"id": "a", "text": "first", "url": "ignored"}`,
		`{"id": "b", "text": `,
		``,
		`{"id": "c"}`,
		`{"id": "d", "text": 42}`,
		"{\"text\": \"no id\"}\r",
		`{"id": "e", "text": "after the bad lines"}` + "\r",
		`["id", "text"]`,
		`null`,
		`{"id": null, "text": "x"}`,
		`{"id": "", "text": "x"}`,
		`{"ID": "f", "Text": "keys are case-sensitive"}`,
		`{"id": 7, "text": "numeric id"}`,
		`{"id": "g", "text": "last line, no newline"}`,
	}, "\n")
	out, errOut, err := runString(t, config{in: "jsonl", extract: wholeText}, input)
	if err == nil {
		t.Error("run succeeded; want an error for the bad lines")
	} else if got, want := err.Error(), "9 input problems"; got != want {
		t.Errorf("run error = %q; want %q", got, want)
	}
	wantErr := `<stdin>:2: invalid JSON: unexpected end of JSON input
<stdin>:4: missing "text"
<stdin>:5: "text" is a number, not a string
<stdin>:6: missing "id"
<stdin>:8: line is a JSON array, not an object
<stdin>:9: line is JSON null, not an object
<stdin>:10: "id" is null, not a string or number
<stdin>:11: empty "id"
<stdin>:12: missing "id"
`
	if diff := cmp.Diff(wantErr, errOut); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
	type doc struct{ ID, Text string }
	want := []doc{{"a", "first"}, {"e", "after the bad lines"}, {"7", "numeric id"}, {"g", "last line, no newline"}}
	var got []doc
	for _, r := range decodeRecords(t, out) {
		got = append(got, doc{r.Doc, r.Text})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("documents processed mismatch (-want +got):\n%s", diff)
	}
}

// TestRunJSONLLongLine checks that a line longer than any bufio.Scanner
// default is read whole.
func TestRunJSONLLongLine(t *testing.T) {
	long := strings.Repeat("“Zoë” said 😀. ", 150_000) // about 2.5 MiB
	line, err := json.Marshal(map[string]string{"id": "long", "text": long})
	if err != nil {
		t.Fatal(err)
	}
	input := string(line) + "\n" + `{"id": "short", "text": "next"}` + "\n"
	out, errOut, err := runString(t, config{in: "jsonl", unit: offsets.UTF16, extract: wholeText}, input)
	if err != nil || errOut != "" {
		t.Fatalf("run = %v, stderr %q; want success", err, errOut)
	}
	recs := decodeRecords(t, out)
	if len(recs) != 2 {
		t.Fatalf("got %d records; want 2", len(recs))
	}
	if recs[0].Doc != "long" || recs[0].Text != long {
		t.Errorf("first record is doc %q with %d bytes of text; want doc %q with %d", recs[0].Doc, len(recs[0].Text), "long", len(long))
	}
	if got, want := recs[0].Span, (record.Pair{0, 150_000 * 15}); got != want {
		t.Errorf("span in UTF-16 units = %v; want %v", got, want)
	}
	if recs[1].Doc != "short" {
		t.Errorf("second record is doc %q; want %q", recs[1].Doc, "short")
	}
}

// TestRunUnits runs a document through the JSON output in every unit and
// checks that each line decodes to the record built for that unit, so the
// -offsets flag reaches the conversion.
func TestRunUnits(t *testing.T) {
	text := "“Zoë’s plan — ok,” said 😀 Müller."
	cue := strings.Index(text, "said")
	q := quote.Quote{
		Kind:    quote.Direct,
		Span:    quote.Span{Start: 0, End: len(text) - 1},
		Content: []quote.Span{{Start: 0, End: cue - 1}},
		Cue:     quote.Cue{Span: quote.Span{Start: cue, End: cue + 4}, Lemma: "say", Class: quote.Neutral},
		Source:  quote.Span{Start: cue + 5, End: len(text) - 1},
		Rule:    "test",
	}
	extract := func(string) []quote.Quote { return []quote.Quote{q} }
	for _, unit := range []offsets.Unit{offsets.Byte, offsets.Rune, offsets.UTF16} {
		t.Run(unit.String(), func(t *testing.T) {
			out, errOut, err := runString(t, config{in: "text", unit: unit, extract: extract}, text)
			if err != nil || errOut != "" {
				t.Fatalf("run = %v, stderr %q; want success", err, errOut)
			}
			res := pipeline.New(pipeline.Options{}).Attribute(text, []quote.Quote{q})
			want, errs := record.FromPipeline("-", text, &res, offsets.NewIndex(text, unit))
			if len(errs) > 0 || len(want) != 1 || want[0].Speaker != "Müller" {
				t.Fatalf("FromPipeline = %+v, %v; want one record by Müller", want, errs)
			}
			if diff := cmp.Diff(want, decodeRecords(t, out)); diff != "" {
				t.Errorf("records in %v mismatch (-want +got):\n%s", unit, diff)
			}
		})
	}
}

// TestRunProgress checks that the progress line counts documents and
// quotes and steps aside for problem reports, which stay whole lines.
func TestRunProgress(t *testing.T) {
	now := time.Date(2025, 2, 18, 9, 0, 0, 0, time.UTC)
	input := `{"id": "a", "text": "one"}` + "\n" + `{"id": "b"}` + "\n" + `{"id": "c", "text": "two"}` + "\n"
	var out, errOut bytes.Buffer
	meter := progress.New(&errOut, progress.Options{Now: func() time.Time { return now }})
	err := run(config{in: "jsonl", extract: wholeText, meter: meter}, strings.NewReader(input), &out, &errOut)
	if err == nil {
		t.Error("run succeeded; want an error for the bad line")
	}
	first := "1 doc  0.0 MB  1 quote"
	want := "\r" + first + "\r" + strings.Repeat(" ", len(first)) + "\r" +
		"<stdin>:2: missing \"text\"\n" +
		"\r" + first +
		"\r2 docs  0.0 MB  2 quotes  in 0:00\n"
	if diff := cmp.Diff(want, errOut.String()); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
}

func TestRunFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("He said so."), 0o666); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	out, errOut, err := runString(t, config{in: "text", format: "text", files: []string{missing, good}, extract: wholeText}, "")
	if err == nil {
		t.Error("run succeeded; want an error for the missing file")
	}
	if want := "open " + missing + ": no such file or directory\n"; errOut != want {
		t.Errorf("stderr = %q; want %q", errOut, want)
	}
	want := good + ": indirect whole-text [0,11)\n  content [0,11) \"He said so.\"\n" +
		"  speaker \"\" none\n  stance  neutral +0.00 hedged; frame say\n\n"
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("stdout mismatch (-want +got):\n%s", diff)
	}
}

// TestRunBadQuote checks that a quote whose spans do not fit the text is
// reported with its document and line, not dropped or allowed to panic.
func TestRunBadQuote(t *testing.T) {
	bad := func(text string) []quote.Quote {
		return append(wholeText(text), quote.Quote{Kind: quote.Direct, Span: quote.Span{Start: 1, End: 99}})
	}
	out, errOut, err := runString(t, config{in: "jsonl", extract: bad}, "\n"+`{"id":"a","text":"short"}`)
	if err == nil {
		t.Error("run succeeded; want an error")
	}
	if want := "<stdin>:2: quote 2: span [1,99) is not a span of the 5-byte text\n"; errOut != want {
		t.Errorf("stderr = %q; want %q", errOut, want)
	}
	if recs := decodeRecords(t, out); len(recs) != 1 {
		t.Errorf("got %d records; want the 1 good one", len(recs))
	}
}

func TestCLI(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantStatus int
		wantStderr string // a substring of stderr; "" means stderr must be empty
	}{
		{"defaults", nil, "Nothing was said.", 0, ""},
		{"all flags", []string{"-in", "jsonl", "-offsets", "utf16", "-format", "text", "-q"}, `{"id":"a","text":"b"}`, 0, ""},
		{"bad jsonl line", []string{"-in=jsonl"}, "{", 1, "<stdin>:1: invalid JSON"},
		{"unknown input format", []string{"-in", "xml"}, "", 2, `invalid value "xml" for flag -in: must be text or jsonl`},
		{"unknown unit", []string{"-offsets", "utf8"}, "", 2, `invalid value "utf8" for flag -offsets`},
		{"unknown output format", []string{"-format", "csv"}, "", 2, `invalid value "csv" for flag -format: must be jsonl or text`},
		{"unknown flag", []string{"-x"}, "", 2, "usage: attribute [flags] [FILE...]"},
		{"help", []string{"-h"}, "", 0, "usage: attribute"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := cli(tt.args, strings.NewReader(tt.stdin), &out, &errOut)
			if status != tt.wantStatus {
				t.Errorf("exit status = %d; want %d (stderr %q)", status, tt.wantStatus, errOut.String())
			}
			if tt.wantStderr == "" && errOut.Len() > 0 || !strings.Contains(errOut.String(), tt.wantStderr) {
				t.Errorf("stderr = %q; want it to contain %q", errOut.String(), tt.wantStderr)
			}
		})
	}
}

// TestGolden runs the program on the reference article as
//
//	go run ./examples/attribute testdata/riyadh-talks.txt
//
// would from the module root, so the doc id is that relative path.
// Regenerate with go test ./examples/attribute -update.
func TestGolden(t *testing.T) {
	golden, err := filepath.Abs("testdata/riyadh-talks.golden.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir("../..")
	out, errOut, err := runString(t, config{in: "text", files: []string{"testdata/riyadh-talks.txt"}}, "")
	if err != nil || errOut != "" {
		t.Fatalf("run = %v, stderr %q; want success", err, errOut)
	}
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), out); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}

// A text file read with -in jsonl is said to be one once, with what a
// line must be, rather than once a line.
func TestRunJSONLPlainText(t *testing.T) {
	_, errOut, err := runString(t, config{in: "jsonl", extract: wholeText}, "Talks in Riyadh\n\n“It was useful,” Lavrov said.\n")
	if err == nil || err.Error() != "2 input problems" {
		t.Errorf("run error = %v; want 2 input problems", err)
	}
	want := `<stdin>:1: invalid JSON: invalid character 'T' looking for beginning of value; the input must be JSON Lines, one object per line with "id" and "text" (or use -in text)
<stdin>: 2 lines are not JSON objects and were skipped, the first at line 1
`
	if diff := cmp.Diff(want, errOut); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
}

// TestCLIStdinNote checks that reading a terminal is announced, so that
// the program started without FILE does not seem to hang.
func TestCLIStdinNote(t *testing.T) {
	tty, err := os.Open(os.DevNull) // a character device, as a terminal is
	if err != nil {
		t.Skip(err)
	}
	defer tty.Close()
	var out, errOut bytes.Buffer
	if status := cli([]string{"-in", "jsonl"}, tty, &out, &errOut); status != 0 {
		t.Errorf("status %d; stderr %s", status, errOut.String())
	}
	if want := "attribute: reading JSON Lines from standard input until Ctrl-D; name the files to read instead, or see -h\n"; errOut.String() != want {
		t.Errorf("stderr %q, want %q", errOut.String(), want)
	}
}

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	lines := strings.Join([]string{
		`{"id": "a", "text": "Police deny Mayor Hale was arrested", "target": "Mayor Hale arrested"}`,
		`not json`,
		``,
		`{"id": 7, "text": "The talks were positive and constructive"}`,
		`{"id": "c"}`,
		`{"text": "no id"}`,
		`{"id": "d", "text": "Mayor Hale reportedly arrested"}`,
		`{"id": "e", "text": "Mayor Hale arrested", "target": 5}`,
	}, "\n")
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	err := run(config{in: "jsonl", target: "Mayor Hale", files: []string{in}}, nil, &out, &errb)
	if err == nil {
		t.Errorf("run succeeded with bad lines")
	}
	wantErr := []string{
		in + ":2: invalid JSON: invalid character 'o' in literal null (expecting 'u')",
		in + `:5: missing "text"`,
		in + `:6: missing "id"`,
		in + `:8: "target" is a number, not a string`,
	}
	if diff := cmp.Diff(wantErr, strings.Split(strings.TrimSpace(errb.String()), "\n")); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
	type rec struct {
		ID      any     `json:"id"`
		Label   string  `json:"label"`
		Score   float64 `json:"score"`
		Hedged  bool    `json:"hedged"`
		Negated bool    `json:"negated"`
		Target  string  `json:"target"`
		Rules   []any   `json:"rules"`
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r rec
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		if r.Rules == nil {
			t.Errorf("%q: no rules list", l)
		}
		got = append(got, strings.Join([]string{toString(r.ID), r.Label, r.Target, boolStr(r.Hedged, "hedged"), boolStr(r.Negated, "negated")}, " "))
	}
	want := []string{
		"a oppose Mayor Hale arrested - negated",
		"7 support Mayor Hale - -",
		"d neutral Mayor Hale hedged -",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}

func toString(v any) string {
	b, _ := json.Marshal(v)
	return strings.Trim(string(b), `"`)
}

func boolStr(b bool, s string) string {
	if b {
		return s
	}
	return "-"
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(good, []byte("schema: stance-rules/v1\nname: g\nversion: \"1\"\nterms: {splendid: 2}\n"), 0o644)
	os.WriteFile(bad, []byte("schema: stance-rules/v1\nname: b\nversion: \"1\"\nterms: {splendid: 9}\nhedgs: [may]\n"), 0o644)
	var out, errb bytes.Buffer
	if err := run(config{check: true, files: []string{good}}, nil, &out, &errb); err != nil || errb.Len() > 0 {
		t.Errorf("good file: %v %s", err, errb.String())
	}
	want := []string{
		bad + `:4:19: term "splendid" weight: 9 is out of range [-5, 5]`,
		bad + `:5:1: rule file: unknown key "hedgs" (did you mean "hedges"?)`,
		"stance: 2 problems in the rule files",
	}
	if err := run(config{check: true, files: []string{good, bad}}, nil, &out, &errb); err == nil {
		t.Errorf("bad file passed the check")
	}
	if diff := cmp.Diff(want, strings.Split(strings.TrimSpace(errb.String()), "\n")); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	errb.Reset()
	missing := filepath.Join(dir, "missing.yaml")
	if err := run(config{check: true, files: []string{missing}}, nil, &out, &errb); err == nil || !strings.HasPrefix(errb.String(), missing+": ") {
		t.Errorf("missing file: %v, stderr %q", err, errb.String())
	}
}

func TestTextInput(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	os.WriteFile(f, []byte("Zelensky said his country would not accept any outcome from the talks."), 0o644)
	var out, errb bytes.Buffer
	if err := run(config{in: "text", files: []string{f}}, nil, &out, &errb); err != nil {
		t.Fatal(err, errb.String())
	}
	var r struct {
		ID    string `json:"id"`
		Label string `json:"label"`
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil || r.ID != f || r.Label != "oppose" {
		t.Errorf("got %s (%v), want id %s label oppose", out.String(), err, f)
	}
}

// Scores and weights are written rounded, as examples/attribute writes
// them, and rule spans as [start, end] pairs; a numeric id stays a number.
func TestOutputNumbers(t *testing.T) {
	// "agree" (0.8) after "very" (1.5) and "but" (1.5) weighs
	// 1.8000000000000003 before rounding, and the score has 16 decimals.
	in := `{"id": 3, "text": "The talks were hard, but they said the conversation was very useful and they agree"}` + "\n"
	var out, errb bytes.Buffer
	if err := run(config{in: "jsonl"}, strings.NewReader(in), &out, &errb); err != nil {
		t.Fatal(err, errb.String())
	}
	line := strings.TrimSpace(out.String())
	var r struct {
		ID    json.RawMessage `json:"id"`
		Score json.Number     `json:"score"`
		Rules []struct {
			Span   []int       `json:"span"`
			Weight json.Number `json:"weight"`
		} `json:"rules"`
	}
	d := json.NewDecoder(strings.NewReader(line))
	d.UseNumber()
	if err := d.Decode(&r); err != nil {
		t.Fatalf("%s: %v", line, err)
	}
	if string(r.ID) != "3" {
		t.Errorf("id = %s, want 3", r.ID)
	}
	short := func(n json.Number) bool {
		_, frac, _ := strings.Cut(string(n), ".")
		return len(frac) <= 4
	}
	if !short(r.Score) {
		t.Errorf("score %s has more than 4 decimals in %s", r.Score, line)
	}
	for _, f := range r.Rules {
		if !short(f.Weight) || len(f.Span) != 2 {
			t.Errorf("rule weight %s, span %v: want at most 4 decimals and a [start, end] pair, in %s", f.Weight, f.Span, line)
		}
	}
}

// Plain text given with -in jsonl is reported once, not once a line.
func TestPlainTextAsJSONL(t *testing.T) {
	in := "Zelensky rejects any deal\nmade without Ukraine\n\nKremlin confirms summit\n"
	var out, errb bytes.Buffer
	if err := run(config{in: "jsonl"}, strings.NewReader(in), &out, &errb); err == nil {
		t.Errorf("run succeeded on plain text")
	}
	want := []string{
		`<stdin>:1: invalid JSON: invalid character 'Z' looking for beginning of value; the input must be JSON Lines, one object per line with "id", "text" and optionally "target" (or use -in text)`,
		"<stdin>: 3 lines are not JSON objects and were skipped, the first at line 1",
	}
	if diff := cmp.Diff(want, strings.Split(strings.TrimSpace(errb.String()), "\n")); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
}

// TestStdinNote checks that reading a terminal is announced.
func TestStdinNote(t *testing.T) {
	tty, err := os.Open(os.DevNull) // a character device, as a terminal is
	if err != nil {
		t.Skip(err)
	}
	defer tty.Close()
	var out, errb bytes.Buffer
	run(config{in: "text"}, tty, &out, &errb)
	if want := "stance: reading one text from standard input until Ctrl-D; name the files to read instead, or see -h\n"; errb.String() != want {
		t.Errorf("stderr %q, want %q", errb.String(), want)
	}
}

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
		`{"id": "a", "text": "Police deny Banksy was arrested", "target": "Banksy arrested"}`,
		`not json`,
		``,
		`{"id": 7, "text": "The talks were positive and constructive"}`,
		`{"id": "c"}`,
		`{"text": "no id"}`,
		`{"id": "d", "text": "Banksy reportedly arrested"}`,
	}, "\n")
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	err := run(config{in: "jsonl", target: "Banksy", files: []string{in}}, nil, &out, &errb)
	if err == nil {
		t.Errorf("run succeeded with bad lines")
	}
	wantErr := []string{
		in + ":2: not a JSON object: invalid character 'o' in literal null (expecting 'u')",
		in + `:5: no "text" string`,
		in + `:6: no "id"`,
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
		"a oppose Banksy arrested - negated",
		"7 support Banksy - -",
		"d neutral Banksy hedged -",
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

package rulefiles

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsaynlp/hearsay/stance"
)

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.yaml", "schema: stance-rules/v1\nname: extra\nversion: 1.0.0\n")
	bad := write("bad.yaml", "schema: stance-rules/v1\nname: bad\nversion: 1.0.0\nlabels: [1, 2]\n")
	missing := filepath.Join(dir, "missing.yaml")

	if rs, err := Load(nil, false); err != nil || rs != stance.Default() {
		t.Errorf("Load(nil, false) = %v, %v; want the default rules", rs, err)
	}
	if rs, err := Load([]string{good}, false); err != nil || rs == nil {
		t.Errorf("a file extending the default rules: %v", err)
	}
	if _, err := Load([]string{good}, true); err == nil {
		t.Errorf("a file without labels and without the default rules loaded")
	}
	// Every problem of every file at once: the file that cannot be read
	// and the errors of the file that can.
	_, err := Load([]string{missing, bad}, false)
	var list stance.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v (%T), want a stance.ErrorList", err, err)
	}
	var io, inBad bool
	for _, e := range list {
		io = io || e.File == missing && errors.Is(e, stance.ErrIO)
		inBad = inBad || e.File == bad && e.Line > 0
	}
	if !io || !inBad {
		t.Errorf("errors %q: want one for %s and a positioned one for %s", list, missing, bad)
	}
	if !strings.Contains(err.Error(), "bad.yaml:4:") {
		t.Errorf("error %q does not give the line of the bad labels", err)
	}
}

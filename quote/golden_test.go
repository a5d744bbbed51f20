package quote

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden extracts the quotes of every text in testdata (and the
// module's reference article) and compares them, one finding per line, with
// the .golden file next to the text. Run with -update to rewrite them after
// a deliberate change, and review the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, "../testdata/riyadh-talks.txt")
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := describe(string(src), Extract(string(src)))
			golden := filepath.Join("testdata", strings.TrimSuffix(filepath.Base(file), ".txt")+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// describe writes one line per quote: span, kind, rule, then the content
// pieces, cue and source as quoted text.
func describe(text string, qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "%d-%d %s %s", q.Span.Start, q.Span.End, q.Kind, q.Rule)
		if q.Unclosed {
			b.WriteString(" unclosed")
		}
		for _, c := range q.Content {
			fmt.Fprintf(&b, " content=%q", text[c.Start:c.End])
		}
		fmt.Fprintf(&b, " cue=%q source=%q\n", text[q.Cue.Span.Start:q.Cue.Span.End], text[q.Source.Start:q.Source.End])
	}
	return b.String()
}

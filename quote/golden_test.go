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
	indirect := New(Options{Indirect: true})
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			checkGolden(t, filepath.Join("testdata", name+".golden"), describe(string(src), Extract(string(src))))
		})
		// With reported speech, and the parts of every cue.
		t.Run(name+"/indirect", func(t *testing.T) {
			got := describeAll(string(src), indirect.Extract(string(src)))
			checkGolden(t, filepath.Join("testdata", name+".indirect.golden"), got)
		})
	}
}

// checkGolden compares got with the golden file, or rewrites it with
// -update.
func checkGolden(t *testing.T, golden, got string) {
	t.Helper()
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
}

// describeAll is describe with a second line per quote for the cue's
// lemma, class, marks, addressee and channel.
func describeAll(text string, qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString(describe(text, []Quote{q}))
		c := q.Cue
		fmt.Fprintf(&b, "\tlemma=%q class=%s", c.Lemma, c.Class)
		if c.Negated {
			b.WriteString(" negated")
		}
		if c.Belief {
			b.WriteString(" belief")
		}
		if !c.Addressee.IsZero() {
			fmt.Fprintf(&b, " addressee=%q", text[c.Addressee.Start:c.Addressee.End])
		}
		if !c.Channel.IsZero() {
			fmt.Fprintf(&b, " channel=%q", text[c.Channel.Start:c.Channel.End])
		}
		b.WriteString("\n")
	}
	return b.String()
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

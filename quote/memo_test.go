package quote

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMemo checks that the answers the scanner reuses within a paragraph
// (see nounPhrase) are the ones it would read again: the quotes of the
// test texts, and of the PolNeAR development texts when they are there,
// are the same without the reuse.
func TestMemo(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	files = append(files, "../testdata/riyadh-talks.txt")
	dev, _ := filepath.Glob(filepath.Join(devCorpus, "*.txt"))
	if testing.Short() && len(dev) > 10 {
		dev = dev[:10]
	}
	files = append(files, dev...)
	e := New(Options{Indirect: true})
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want := e.Extract(string(src))
		memoPhrases = false
		got := e.Extract(string(src))
		memoPhrases = true
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: quotes differ without reuse (-with +without):\n%s", file, diff)
		}
	}
}

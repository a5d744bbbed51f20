package quote

import (
	"os"
	"path/filepath"
	"testing"
)

// devCorpus is the PolNeAR development split's text directory, checked out
// next to the module; the corpus benchmark is skipped without it.
const devCorpus = "../../shared/corpora/polnear/dev/text"

// readArticles returns the texts of the *.txt files in dir, or nil if there
// are none.
func readArticles(tb testing.TB, dir string) []string {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	var texts []string
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// benchmarkArticles extracts the quotes of every article once per
// iteration, and reports throughput over their total size.
func benchmarkArticles(b *testing.B, articles []string) {
	e := New(Options{})
	n := 0
	for _, a := range articles {
		n += len(a)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range articles {
			e.Extract(a)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	b.Run("riyadh", func(b *testing.B) {
		article, err := os.ReadFile("../testdata/riyadh-talks.txt")
		if err != nil {
			b.Fatal(err)
		}
		benchmarkArticles(b, []string{string(article)})
	})
	b.Run("polnear-dev", func(b *testing.B) {
		articles := readArticles(b, devCorpus)
		if len(articles) == 0 {
			b.Skip("no PolNeAR texts in " + devCorpus)
		}
		benchmarkArticles(b, articles)
	})
}

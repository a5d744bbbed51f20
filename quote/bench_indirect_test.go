package quote

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtractIndirect is BenchmarkExtract with reported speech
// without quote marks switched on.
func BenchmarkExtractIndirect(b *testing.B) {
	e := New(Options{Indirect: true})
	files, _ := filepath.Glob("../../shared/corpora/polnear/dev/text/*.txt")
	var texts []string
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(src))
		size += len(src)
	}
	if len(texts) == 0 {
		src, err := os.ReadFile("../testdata/riyadh-talks.txt")
		if err != nil {
			b.Fatal(err)
		}
		texts, size = []string{string(src)}, len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			e.Extract(t)
		}
	}
}

package speaker

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hearsaynlp/hearsay/quote"
)

// devCorpus is the PolNeAR development split's texts, next to the module;
// the corpus benchmarks skip without it.
const devCorpus = "../../shared/corpora/polnear/dev/text"

func readArticles(b *testing.B) []string {
	names, _ := filepath.Glob(filepath.Join(devCorpus, "*.txt"))
	var texts []string
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(src))
	}
	if len(texts) == 0 {
		b.Skip("no PolNeAR texts in " + devCorpus)
	}
	return texts
}

// BenchmarkAttribute measures speakers alone, over quotes extracted
// beforehand; BenchmarkPipeline measures quotes plus speakers, the speed a
// user sees. Both report throughput over the article bytes.
func BenchmarkAttribute(b *testing.B) {
	texts := readArticles(b)
	e := quote.New(quote.Options{Indirect: true})
	quotes := make([][]quote.Quote, len(texts))
	size := 0
	for i, t := range texts {
		quotes[i] = e.Extract(t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			Attribute(t, quotes[i])
		}
	}
}

func BenchmarkPipeline(b *testing.B) {
	texts := readArticles(b)
	e := quote.New(quote.Options{Indirect: true})
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Attribute(t, e.Extract(t))
		}
	}
}

// BenchmarkTokenize measures the word scan that every [Attribute] call
// starts with.
func BenchmarkTokenize(b *testing.B) {
	texts := readArticles(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var words []word
	var heads []bool
	for b.Loop() {
		for _, t := range texts {
			words, heads = tokenize(words[:0], heads[:0], t)
		}
	}
}

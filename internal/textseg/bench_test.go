package textseg

import (
	"os"
	"path/filepath"
	"testing"
)

// devCorpus is the PolNeAR development split's text directory, checked out
// next to the module; the corpus benchmarks are skipped without it.
const devCorpus = "../../../shared/corpora/polnear/dev/text"

// benchTexts returns the reference article and, when the corpus is there,
// the development articles, by benchmark name.
func benchTexts(b *testing.B) map[string][]string {
	b.Helper()
	article, err := os.ReadFile("../../testdata/riyadh-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	texts := map[string][]string{"riyadh": {string(article)}}
	names, err := filepath.Glob(filepath.Join(devCorpus, "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range names {
		a, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		texts["polnear-dev"] = append(texts["polnear-dev"], string(a))
	}
	return texts
}

// paragraphs splits articles into paragraphs ahead of a benchmark.
type paragraph struct {
	text string
	span Span
}

func paragraphsOf(articles []string) (ps []paragraph, size int) {
	for _, a := range articles {
		size += len(a)
		for p := range Paragraphs(a) {
			ps = append(ps, paragraph{a, p})
		}
	}
	return ps, size
}

// benchmark runs stage over each corpus in texts, given both its articles
// and their paragraphs, split ahead of the timing.
func benchmark(b *testing.B, stage func(articles []string, ps []paragraph)) {
	texts := benchTexts(b)
	for _, name := range []string{"riyadh", "polnear-dev"} {
		b.Run(name, func(b *testing.B) {
			if len(texts[name]) == 0 {
				b.Skip("no PolNeAR texts in " + devCorpus)
			}
			ps, size := paragraphsOf(texts[name])
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				stage(texts[name], ps)
			}
		})
	}
}

func BenchmarkParagraphs(b *testing.B) {
	benchmark(b, func(articles []string, _ []paragraph) {
		for _, a := range articles {
			for range Paragraphs(a) {
			}
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	var toks []Token
	benchmark(b, func(_ []string, ps []paragraph) {
		for _, p := range ps {
			toks = Tokenize(toks[:0], p.text, p.span.Start, p.span.End)
		}
	})
}

// BenchmarkPair measures Tokenize and Pair together, as the quote package
// runs them.
func BenchmarkPair(b *testing.B) {
	var (
		toks    []Token
		regions []Region
		pairer  Pairer
	)
	benchmark(b, func(_ []string, ps []paragraph) {
		for _, p := range ps {
			toks = Tokenize(toks[:0], p.text, p.span.Start, p.span.End)
			regions = pairer.Pair(regions[:0], p.text, toks, p.span.End)
		}
	})
}

// BenchmarkSentences measures Tokenize, Pair and Sentences together.
func BenchmarkSentences(b *testing.B) {
	var (
		toks    []Token
		regions []Region
		sents   []Range
		pairer  Pairer
	)
	benchmark(b, func(_ []string, ps []paragraph) {
		for _, p := range ps {
			toks = Tokenize(toks[:0], p.text, p.span.Start, p.span.End)
			regions = pairer.Pair(regions[:0], p.text, toks, p.span.End)
			sents = Sentences(sents[:0], p.text, toks, regions)
		}
	})
}

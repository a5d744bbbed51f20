package stance_test

import (
	"testing"

	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/stance"
)

// BenchmarkQuote scores every quote of the reference article; the bytes
// are those of the quotes' spans.
func BenchmarkQuote(b *testing.B) {
	text, qs := referenceQuotes(b)
	rs := stance.Default()
	n := 0
	for _, q := range qs {
		n += q.Span.Len()
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range qs {
			rs.Quote(text, q)
		}
	}
}

// BenchmarkToward scores the reference article as one text.
func BenchmarkToward(b *testing.B) {
	text, _ := referenceQuotes(b)
	rs := stance.Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		rs.Toward(text, "summit")
	}
}

// BenchmarkExtractAndQuote is the pipeline: extract, then score.
func BenchmarkExtractAndQuote(b *testing.B) {
	text, _ := referenceQuotes(b)
	rs := stance.Default()
	ex := quote.New(quote.Options{Indirect: true})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range ex.Extract(text) {
			rs.Quote(text, q)
		}
	}
}

func BenchmarkDefaultParse(b *testing.B) {
	f := stance.DefaultFile()
	b.SetBytes(int64(len(f.Src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stance.Parse(f.Name, f.Src); err != nil {
			b.Fatal(err)
		}
	}
}

package speaker

import (
	"strings"
	"testing"

	"github.com/hearsaynlp/hearsay/internal/lineartest"
	"github.com/hearsaynlp/hearsay/quote"
)

func repeat(unit string, n int) string { return strings.Repeat(unit, max(1, n/len(unit))) }

// pathological texts of about n bytes: endless names, titles, pronouns
// and coordinations, one sentence or many, and bytes that are not UTF-8.
var pathological = []struct {
	name string
	gen  func(n int) string
}{
	{"one endless name", func(n int) string { return repeat("Lavrov ", n) }},
	{"distinct names", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			b.WriteString("Ann Name")
			for k := i; k > 0; k /= 26 {
				b.WriteByte(byte('a' + k%26))
			}
			b.WriteString(" said so. ")
		}
		return b.String()
	}},
	{"pronouns", func(n int) string { return repeat("He said she said they said it said. ", n) }},
	{"titles without names", func(n int) string { return repeat("the Russian foreign minister said ", n) }},
	{"same surname many people", func(n int) string {
		return repeat("John Hale, Mary Hale and Ruth Hale. Hale said. ", n)
	}},
	{"coordination", func(n int) string { return repeat("Ushakov and Waltz and ", n) }},
	{"one surname, many given names", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			b.WriteString("Ann")
			for k := i; k > 0; k /= 26 {
				b.WriteByte(byte('a' + k%26))
			}
			b.WriteString(" Smith met Smith, who said the Smith campaign and the minister of Aa")
			for k := i; k > 0; k /= 26 {
				b.WriteByte(byte('a' + k%26))
			}
			b.WriteString(" agreed; ")
		}
		return b.String()
	}},
	{"appositions", func(n int) string { return repeat("Sergei Lavrov, Russia's foreign minister, ", n) }},
	{"commas", func(n int) string { return repeat(", ", n) }},
	{"capitals", func(n int) string { return repeat("A", n) }},
	// 50 bytes: every source quotesOf makes is a "who" after "and".
	{"relative clauses", func(n int) string { return repeat("who said it as they all know and then went on and ", n) }},
	{"partitives and quantifiers", func(n int) string { return repeat("most of whom each the poll ", n) }},
	{"continuation bytes", func(n int) string { return repeat("\x80", n) }},
	{"quoted speech", func(n int) string { return repeat("“We will win,” Lavrov said. He added: “never.”\n", n) }},
}

// quotesOf gives every pathological text a quote per source-like place,
// as the extractor would: a quote on every 50th byte, every other one with
// a source, so the quotes grow with the text.
func quotesOf(text string) []quote.Quote {
	qs := quote.New(quote.Options{Indirect: true}).Extract(text)
	for i := 0; i+8 <= len(text); i += 50 {
		s := quote.Span{Start: i, End: i + 8}
		q := quote.Quote{Kind: quote.Indirect, Span: s, Source: s}
		if i%100 == 0 {
			q.Source = quote.Span{} // a quote going on from the one before
		}
		qs = append(qs, q)
	}
	return qs
}

// TestLinear compares each pathological text with one 8 times its size:
// a linear pass takes about 8 times as long, a quadratic one 64 times.
// A stalled measurement is retried up to three times.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("attributes megabytes of text")
	}
	const n = 1 << 17
	for _, p := range pathological {
		t.Run(p.name, func(t *testing.T) {
			small := p.gen(n)
			large := strings.Repeat(small, lineartest.Factor)
			qs, ql := quotesOf(small), quotesOf(large)
			// The pooled scratch buffers come on top: a collection may free
			// them between runs, and they grow with the text.
			lineartest.Check(t,
				lineartest.Input{Size: len(small), Run: func() { Attribute(small, qs) }},
				lineartest.Input{Size: len(large), Run: func() { Attribute(large, ql) }},
				3, uint64(256*len(large)))
		})
	}
}

package quote

import (
	"slices"
	"sync"

	"github.com/hearsaynlp/hearsay/internal/cuelex"
	"github.com/hearsaynlp/hearsay/internal/textseg"
)

// Options configures an [Extractor]. The zero value means the defaults:
// direct and mixed quotes.
type Options struct {
	// Indirect also finds reported speech without quote marks ("Lavrov
	// said the talks were useful"), as quotes of kind [Indirect]. It is
	// off by default while its accuracy and speed are below those of
	// direct and mixed quotes; the README gives the measured numbers.
	Indirect bool
}

// Extractor finds attributions in English text. It is immutable once built
// and safe for concurrent use by multiple goroutines.
type Extractor struct {
	lex      *cuelex.Lexicon
	indirect bool
	scratch  sync.Pool // of *scanner
}

// New builds an Extractor from opts.
func New(opts Options) *Extractor {
	e := &Extractor{lex: cuelex.Default(), indirect: opts.Indirect}
	e.scratch.New = func() any { return new(scanner) }
	return e
}

var defaultExtractor = sync.OnceValue(func() *Extractor { return New(Options{}) })

// Extract returns the attributions in text, sorted by Span.Start, using the
// default extractor. It is safe for concurrent use.
func Extract(text string) []Quote { return defaultExtractor().Extract(text) }

// Extract returns the attributions in text, sorted by the start of their
// Span. It never fails: any bytes are valid input, and invalid UTF-8 is
// passed over with offsets kept exact.
func (e *Extractor) Extract(text string) []Quote {
	s := e.scratch.Get().(*scanner)
	s.reset(e, text)
	for p := range textseg.Paragraphs(text) {
		s.paragraph(p)
	}
	out := s.out
	s.out = nil
	e.scratch.Put(s)
	slices.SortStableFunc(out, func(a, b Quote) int { return a.Span.Start - b.Span.Start })
	return out
}

// lemma returns the lemma of a reporting-verb form, or "".
func (e *Extractor) lemma(form string) string {
	en, _ := e.lex.Lookup(form)
	return en.Lemma
}

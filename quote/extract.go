package quote

import "sync"

// Options configures an [Extractor]. The zero value means the defaults.
type Options struct{}

// Extractor finds attributions in English text. It is immutable once built
// and safe for concurrent use by multiple goroutines.
type Extractor struct{}

// New builds an Extractor from opts.
func New(opts Options) *Extractor { return &Extractor{} }

var defaultExtractor = sync.OnceValue(func() *Extractor { return New(Options{}) })

// Extract returns the attributions in text, sorted by Span.Start, using the
// default extractor.
func Extract(text string) []Quote { return defaultExtractor().Extract(text) }

// Extract returns the attributions in text, sorted by the start of their
// Span. It never fails: any bytes are valid input.
func (e *Extractor) Extract(text string) []Quote { return nil }

package quote

import (
	"fmt"
	"slices"
	"strings"
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
	// SpeechOnly leaves out attributions whose cue is a verb of belief
	// ("thinks", "believes"), whose [Cue.Belief] is set.
	SpeechOnly bool
	// AddCues adds reporting verbs to the embedded lexicon, in its format:
	// lines of "class: lemma ...", where the class is one of the [Class]
	// names, an irregular verb is written lemma/past/participle and a "+"
	// after a lemma doubles its last consonant (admit+). "belief: lemma
	// ..." and "that-only: lemma ..." lines mark lemmas as verbs of belief,
	// or as verbs that report unquoted words only through a that-clause;
	// "phrase class: verb_word ..." lines add two-word cues (point_out).
	AddCues string
	// RemoveCues lists lemmas ("say", "point out") to remove from the
	// lexicon, with every form.
	RemoveCues []string
}

// Check reports every invalid entry of AddCues (by its line) and every
// lemma of RemoveCues the lexicon does not hold, all in one error. [New]
// leaves those entries out and uses the rest.
func (o Options) Check() error {
	_, err := o.lexicon()
	return err
}

// lexicon returns the embedded lexicon with the edits of o.
func (o Options) lexicon() (*cuelex.Lexicon, error) {
	if o.AddCues == "" && len(o.RemoveCues) == 0 {
		return cuelex.Default(), nil
	}
	lex, err := cuelex.Default().Edit(o.AddCues, o.RemoveCues)
	if err != nil {
		return lex, fmt.Errorf("quote: cue lexicon:\n%s", indent(err.Error()))
	}
	return lex, nil
}

func indent(s string) string { return "\t" + strings.ReplaceAll(s, "\n", "\n\t") }

// Extractor finds attributions in English text. It is immutable once built
// and safe for concurrent use by multiple goroutines.
type Extractor struct {
	lex        *cuelex.Lexicon
	indirect   bool
	speechOnly bool
	scratch    sync.Pool // of *scanner
}

// New builds an Extractor from opts. Invalid cue entries are left out;
// [Options.Check] reports them.
func New(opts Options) *Extractor {
	lex, _ := opts.lexicon()
	e := &Extractor{lex: lex, indirect: opts.Indirect, speechOnly: opts.SpeechOnly}
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
	s.out, s.contents = nil, nil
	e.scratch.Put(s)
	if e.speechOnly {
		out = slices.DeleteFunc(out, func(q Quote) bool { return q.Cue.Belief })
	}
	// Most texts give their quotes in order already.
	byStart := func(a, b Quote) int { return a.Span.Start - b.Span.Start }
	if !slices.IsSortedFunc(out, byStart) {
		slices.SortStableFunc(out, byStart)
	}
	return out
}

// lemma returns the lemma of a reporting-verb form, or "".
func (e *Extractor) lemma(form string) string {
	en, _ := e.lex.Lookup(form)
	return en.Lemma
}

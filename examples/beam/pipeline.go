package main

import (
	"context"
	"errors"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/hearsaynlp/hearsay/internal/offsets"
	"github.com/hearsaynlp/hearsay/internal/record"
	"github.com/hearsaynlp/hearsay/quote"
)

func init() {
	register.DoFn4x0[context.Context, string, string, func(string)](&articleFn{})
	register.Emitter1[string]()
}

// options configures the pipeline.
type options struct {
	Inputs   []string     // files or globs of JSON Lines articles
	Output   string       // prefix of the output files
	Offsets  offsets.Unit // unit of output offsets
	Indirect bool         // also report speech without quote marks
}

// check reports what is missing from o.
func (o *options) check() error {
	switch {
	case len(o.Inputs) == 0:
		return errors.New("no input: give files or globs")
	case o.Output == "":
		return errors.New("no -output prefix")
	}
	return nil
}

// Metric names, in namespace "hearsay".
const (
	metricNS       = "hearsay"
	metricArticles = "articles"
	metricQuotes   = "quotes"
	metricBadLines = "bad_lines"
)

var (
	articlesRead = beam.NewCounter(metricNS, metricArticles)
	quotesFound  = beam.NewCounter(metricNS, metricQuotes)
	badLines     = beam.NewCounter(metricNS, metricBadLines)
)

// build adds the pipeline for o to s: read every input, extract the quotes
// of each article, write them to o.Output+"-quotes.jsonl".
func build(s beam.Scope, o options) {
	var lines []beam.PCollection
	for _, glob := range o.Inputs {
		lines = append(lines, textio.ReadWithFilename(s, glob))
	}
	all := beam.Flatten(s, lines...)
	unit, _ := o.Offsets.MarshalText()
	quotes := beam.ParDo(s.Scope("hearsay.Articles"), &articleFn{Indirect: o.Indirect, Unit: string(unit)}, all)
	textio.Write(s, o.Output+"-quotes.jsonl", quotes)
}

// articleFn turns one input line, keyed by its file, into the output lines
// of its article's quotes, joined by newlines into one element so that they
// stay together and in order. Its exported fields travel to the workers;
// the extractor is built once per worker, in Setup.
type articleFn struct {
	Indirect bool   `json:"indirect"`
	Unit     string `json:"unit"` // an offsets.Unit name

	ex   *quote.Extractor
	unit offsets.Unit
}

// Setup builds the extractor.
func (f *articleFn) Setup() error {
	f.ex = quote.New(quote.Options{Indirect: f.Indirect})
	return f.unit.UnmarshalText([]byte(f.Unit))
}

// ProcessElement handles the line of file.
func (f *articleFn) ProcessElement(ctx context.Context, file, line string, emit func(string)) {
	if strings.TrimSpace(line) == "" {
		return
	}
	a, err := record.ParseArticle([]byte(line))
	if err != nil {
		badLines.Inc(ctx, 1)
		log.Warnf(ctx, "%s: %v; line starts %q", file, err, start(line, 60))
		return
	}
	articlesRead.Inc(ctx, 1)
	qs := f.ex.Extract(a.Text)
	if len(qs) == 0 {
		return
	}
	ix := offsets.NewIndex(a.Text, f.unit)
	var out []byte
	n := 0
	for i, q := range qs {
		r, err := record.New(a.ID, a.Text, q, ix)
		if err != nil {
			log.Errorf(ctx, "%s: article %q: quote %d: %v", file, a.ID, i+1, err)
			continue
		}
		if n > 0 {
			out = append(out, '\n')
		}
		if out, err = r.AppendJSON(out); err != nil {
			log.Errorf(ctx, "%s: article %q: quote %d: %v", file, a.ID, i+1, err)
			continue
		}
		n++
	}
	if n > 0 {
		quotesFound.Inc(ctx, int64(n))
		emit(string(out))
	}
}

// start returns at most the first n bytes of s, cut at a rune boundary.
func start(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// counters are the metrics of a finished run.
type counters struct {
	Articles, Quotes, BadLines int64
}

// countersOf reads the hearsay counters of res, which may be nil when the
// runner returns none.
func countersOf(res beam.PipelineResult) counters {
	var c counters
	if res == nil {
		return c
	}
	for _, r := range res.Metrics().AllMetrics().Counters() {
		if r.Key.Namespace != metricNS {
			continue
		}
		switch r.Key.Name {
		case metricArticles:
			c.Articles += r.Result()
		case metricQuotes:
			c.Quotes += r.Result()
		case metricBadLines:
			c.BadLines += r.Result()
		}
	}
	return c
}

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
	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/internal/record"
	"github.com/hearsaynlp/hearsay/stance"
)

func init() {
	register.DoFn5x0[context.Context, string, string, func(string), func(string, stanceObs)](&articleFn{})
	register.Emitter1[string]()
	register.Emitter2[string, stanceObs]()
}

// options configures the pipeline.
type options struct {
	Inputs   []string     // files or globs of JSON Lines articles
	Output   string       // prefix of the output files
	Offsets  offsets.Unit // unit of output offsets
	Indirect bool         // also report speech without quote marks
	// Rules are the stance rule files, default first, as
	// pipeline.Rules.Files returns them; none means the default rules.
	Rules []stance.File
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

// build adds the pipeline for o to s: read every input, run the pipeline
// on each article, write the quote lines to o.Output+"-quotes.jsonl" and
// the stance of each speaker toward each target to
// o.Output+"-stance.jsonl".
func build(s beam.Scope, o options) {
	var lines []beam.PCollection
	for _, glob := range o.Inputs {
		lines = append(lines, textio.ReadWithFilename(s, glob))
	}
	all := beam.Flatten(s, lines...)
	unit, _ := o.Offsets.MarshalText()
	fn := &articleFn{Indirect: o.Indirect, Unit: string(unit)}
	for _, f := range o.Rules {
		fn.Rules = append(fn.Rules, ruleFile{Name: f.Name, Src: string(f.Src)})
	}
	quotes, stances := beam.ParDo2(s.Scope("hearsay.Articles"), fn, all)
	textio.Write(s, o.Output+"-quotes.jsonl", quotes)
	textio.Write(s, o.Output+"-stance.jsonl", aggregateStances(s, stances))
}

// ruleFile is a stance rule file as it travels to the workers.
type ruleFile struct {
	Name string `json:"name"`
	Src  string `json:"src"`
}

// articleFn turns one input line, keyed by its file, into the output lines
// of its article's quotes, joined by newlines into one element so that they
// stay together and in order, and into the stance of each quote keyed by
// each of its speakers and its target ("" when it mentions none of the
// rule set's targets). Its exported fields travel to the workers; the
// pipeline, with its extractor and rule set, is built once per worker, in
// Setup.
type articleFn struct {
	Indirect bool       `json:"indirect"`
	Unit     string     `json:"unit"`  // an offsets.Unit name
	Rules    []ruleFile `json:"rules"` // none means the default rules

	pipe *pipeline.Pipeline
	unit offsets.Unit
}

// Setup builds the pipeline.
func (f *articleFn) Setup() error {
	if err := f.unit.UnmarshalText([]byte(f.Unit)); err != nil {
		return err
	}
	rules := stance.Default()
	if len(f.Rules) > 0 {
		files := make([]stance.File, len(f.Rules))
		for i, r := range f.Rules {
			files[i] = stance.File{Name: r.Name, Src: []byte(r.Src)}
		}
		var err error
		if rules, err = stance.ParseFiles(files...); err != nil {
			return err
		}
	}
	f.pipe = pipeline.New(pipeline.Options{Indirect: f.Indirect, Rules: rules})
	return nil
}

// ProcessElement handles the line of file.
func (f *articleFn) ProcessElement(ctx context.Context, file, line string, emit func(string), emitStance func(string, stanceObs)) {
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
	res := f.pipe.Run(a.Text)
	if len(res.Doc.Attributions) == 0 {
		return
	}
	recs, errs := record.FromPipeline(a.ID, a.Text, &res, offsets.NewIndex(a.Text, f.unit))
	for _, err := range errs {
		log.Errorf(ctx, "%s: article %q: %v", file, a.ID, err)
	}
	var out []byte
	for i := range recs {
		if i > 0 {
			out = append(out, '\n')
		}
		if out, err = recs[i].AppendJSON(out); err != nil {
			log.Errorf(ctx, "%s: article %q: %v", file, a.ID, err)
			return
		}
	}
	if len(recs) > 0 {
		quotesFound.Inc(ctx, int64(len(recs)))
		emit(string(out))
	}
	for i, st := range res.Stances {
		for _, name := range res.Speakers(i) {
			emitStance(speakerTarget(name, st.Target), stanceObs{Label: st.Label, Score: st.Score})
		}
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
// runner returns no result. ok is false when it reports none of them, as
// a runner that does not wait for the job, or a dry run, does.
func countersOf(res beam.PipelineResult) (c counters, ok bool) {
	if res == nil {
		return c, false
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
		default:
			continue
		}
		ok = true
	}
	return c, ok
}

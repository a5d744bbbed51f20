package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/hearsaynlp/hearsay/internal/offsets"
	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/internal/progress"
	"github.com/hearsaynlp/hearsay/internal/record"
	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/stance"
)

// config is a parsed command line.
type config struct {
	in     string // input format: "text" or "jsonl"
	format string // output format: "jsonl" or "text"
	unit   offsets.Unit
	quiet  bool
	// indirect also reports speech without quote marks.
	indirect bool
	files    []string // none means standard input

	// ruleFiles are the -rules files; rules is the rule set compiled
	// from them, nil for the default rules.
	ruleFiles pipeline.Rules
	rules     *stance.RuleSet

	// extract, when set, finds the quotes of a document in place of the
	// pipeline's extractor, so that tests choose the quotes that speaker
	// resolution and stance then judge.
	extract func(text string) []quote.Quote
	// meter draws progress; nil means the one progress.Start picks for
	// stderr. Tests set it to see the line on a buffer.
	meter *progress.Meter
}

// run reads every input of cfg and writes one record per quote to stdout.
// A document or line that cannot be used is reported on stderr and the rest
// is still processed; run then returns an error saying how many there were.
// A write error stops it at once.
func run(cfg config, stdin io.Reader, stdout, stderr io.Writer) error {
	bw := bufio.NewWriter(stdout)
	p := &processor{cfg: cfg, meter: cfg.meter}
	p.pipe = pipeline.New(pipeline.Options{Indirect: cfg.indirect, Rules: cfg.rules})
	if p.meter == nil {
		p.meter = progress.Start(stderr, cfg.quiet, cfg.files)
	}
	p.problems = record.Problems{W: stderr, Before: p.meter.Clear, Want: `one object per line with "id" and "text" (or use -in text)`}
	if cfg.format == "text" {
		p.emit = func(r *record.Record) error { return r.WriteText(bw) }
	} else {
		var line []byte
		p.emit = func(r *record.Record) error {
			var err error
			if line, err = r.AppendJSON(line[:0]); err != nil {
				return err
			}
			line = append(line, '\n')
			_, err = bw.Write(line)
			return err
		}
	}
	files := cfg.files
	if len(files) == 0 {
		files = []string{"-"}
	}
	var err error
	for _, name := range files {
		if err = p.file(name, stdin); err != nil {
			break
		}
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	p.meter.Done()
	if err != nil {
		return err
	}
	return p.problems.Err()
}

// processor carries the state of one run.
type processor struct {
	cfg      config
	pipe     *pipeline.Pipeline
	emit     func(*record.Record) error
	meter    *progress.Meter
	problems record.Problems // on stderr
}

// file processes the file name ("-" for stdin). It returns only write
// errors; problems with the input are reported.
func (p *processor) file(name string, stdin io.Reader) error {
	r, where, closeInput, err := record.Open(name, stdin)
	if err != nil {
		p.problems.Printf("%v", err)
		return nil
	}
	defer closeInput()
	if p.cfg.in == "jsonl" {
		return p.jsonl(where, r)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		p.problems.Printf("%s: %v", where, err)
		return nil
	}
	return p.doc(where, name, string(data), len(data))
}

// jsonl processes one JSON object per line of r, which is called where in
// error messages.
func (p *processor) jsonl(where string, r io.Reader) error {
	err := record.Lines(r, func(n int, line []byte) error {
		if len(bytes.TrimSpace(line)) == 0 {
			p.meter.Add(0, int64(len(line)), 0)
			return nil
		}
		a, err := record.ParseArticle(line)
		p.problems.Line(where, n, err)
		if err != nil {
			p.meter.Add(0, int64(len(line)), 0)
			return nil
		}
		return p.doc(fmt.Sprintf("%s:%d", where, n), a.ID, a.Text, len(line))
	})
	if re, ok := errors.AsType[*record.ReadError](err); ok {
		p.problems.Printf("%s:%v", where, re)
		err = nil
	}
	p.problems.EndInput(where)
	return err
}

// doc runs the pipeline on one document, read from size bytes of input,
// and emits the records of its quotes. where locates the document in error
// messages.
func (p *processor) doc(where, id, text string, size int) error {
	var res pipeline.Result
	if p.cfg.extract != nil {
		res = p.pipe.Attribute(text, p.cfg.extract(text))
	} else {
		res = p.pipe.Run(text)
	}
	p.meter.Add(1, int64(size), len(res.Doc.Attributions))
	if len(res.Doc.Attributions) == 0 {
		return nil
	}
	recs, errs := record.FromPipeline(id, text, &res, offsets.NewIndex(text, p.cfg.unit))
	for _, err := range errs {
		p.problems.Printf("%s: %v", where, err)
	}
	for i := range recs {
		if err := p.emit(&recs[i]); err != nil {
			return err
		}
	}
	return nil
}

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

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

// stdinName names standard input in error messages.
const stdinName = "<stdin>"

// run reads every input of cfg and writes one record per quote to stdout.
// A document or line that cannot be used is reported on stderr and the rest
// is still processed; run then returns an error saying how many there were.
// A write error stops it at once.
func run(cfg config, stdin io.Reader, stdout, stderr io.Writer) error {
	bw := bufio.NewWriter(stdout)
	p := &processor{cfg: cfg, stderr: stderr, meter: cfg.meter}
	p.pipe = pipeline.New(pipeline.Options{Indirect: cfg.indirect, Rules: cfg.rules})
	if p.meter == nil {
		p.meter = progress.Start(stderr, cfg.quiet, cfg.files)
	}
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
	switch p.problems {
	case 0:
		return nil
	case 1:
		return errors.New("1 input problem")
	default:
		return fmt.Errorf("%d input problems", p.problems)
	}
}

// processor carries the state of one run.
type processor struct {
	cfg      config
	stderr   io.Writer
	pipe     *pipeline.Pipeline
	emit     func(*record.Record) error
	meter    *progress.Meter
	problems int
}

// problem reports a problem with the input on stderr and counts it.
func (p *processor) problem(format string, args ...any) {
	p.problems++
	p.meter.Clear()
	fmt.Fprintf(p.stderr, format+"\n", args...)
}

// file processes the file name ("-" for stdin). It returns only write
// errors; problems with the input are reported.
func (p *processor) file(name string, stdin io.Reader) error {
	r, where := stdin, stdinName
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			p.problem("%v", err)
			return nil
		}
		defer f.Close()
		r, where = f, name
	}
	if p.cfg.in == "jsonl" {
		return p.jsonl(where, r)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		p.problem("%s: %v", where, err)
		return nil
	}
	return p.doc(where, name, string(data), len(data))
}

// jsonl processes one JSON object per line of r, which is called where in
// error messages.
func (p *processor) jsonl(where string, r io.Reader) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, rerr := br.ReadBytes('\n')
		if rerr != nil && rerr != io.EOF {
			p.problem("%s:%d: %v", where, n, rerr)
			return nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			p.meter.Add(0, int64(len(line)), 0)
		} else {
			pos := fmt.Sprintf("%s:%d", where, n)
			a, err := record.ParseArticle(line)
			if err != nil {
				p.problem("%s: %v", pos, err)
				p.meter.Add(0, int64(len(line)), 0)
			} else if err := p.doc(pos, a.ID, a.Text, len(line)); err != nil {
				return err
			}
		}
		if rerr == io.EOF {
			return nil
		}
	}
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
		p.problem("%s: %v", where, err)
	}
	for i := range recs {
		if err := p.emit(&recs[i]); err != nil {
			return err
		}
	}
	return nil
}

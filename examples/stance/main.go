// Command stance prints the stance of each input text, one JSON object per
// line, using the rules of package stance.
//
// Usage:
//
//	stance [-rules FILE]... [-nodefault] [-target TEXT] [-in text|jsonl] [FILE...]
//	stance -check [-nodefault] FILE...
//
// With no FILE, or with FILE "-", it reads standard input; with no FILE
// and a terminal there, it says so on standard error first.
//
// # Flags
//
//	-rules FILE    a rule file extending the default rules (repeatable)
//	-nodefault     use only the -rules files, not the default rules
//	-target TEXT   the claim or topic each text is judged toward
//	-in text|jsonl input format (default text)
//	-check         validate the FILE arguments as rule files (each
//	               extending the default rules unless -nodefault), print
//	               every problem as file:line:col: message, and exit
//
// With -in text each file is one text, its id the path as given ("-" for
// standard input). With -in jsonl each line is a JSON object with "id" (a
// string, or a number kept as written), "text" and, optionally, "target",
// which overrides -target for that line; blank lines are skipped, and
// lines may be of any length.
//
// # Output
//
// One JSON object per text, with these keys in this order:
//
//	id       the id of the text
//	label    the label of the score ("support", "neutral", "oppose" by default)
//	score    the score, in (-1, 1), rounded to 4 decimals
//	hedged   bool: the text only reports or doubts what it says
//	negated  bool: a negation or denial turned it around
//	target   the target, when there is one
//	aligns   whom the text aligns with, when it says
//	rules    the rules that fired: rule, pos (file:line:col of the rule),
//	         span ([start, end] bytes into the text) and weight (what it
//	         added to the raw score, or the factor it applied; rounded
//	         to 4 decimals, left out when zero)
//
// These are the keys and numbers of the "stance" object of
// examples/attribute.
//
// # Errors
//
// A line that is not a JSON object with an "id" and a string "text" is
// reported on standard error as FILE:LINE: message and skipped; the rest
// is still processed, and the exit status is then 1. An input whose first
// line is not a JSON object at all (plain text given with -in jsonl) is
// reported once, at that line, followed by the number of such lines; and
// the same message about more than three lines of a file is told for the
// first three, then counted. Rule-file problems are
// printed as file:line:col: message, all of them, followed by "stance: N
// problems in the rule files", and nothing is processed; the exit status
// is then 2, as for a bad command line (1 with -check, where the problems
// are the result).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hearsaynlp/hearsay/internal/offsets"
	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/internal/record"
	"github.com/hearsaynlp/hearsay/stance"
)

type config struct {
	rules     pipeline.Rules
	noDefault bool
	target    string
	in        string
	check     bool
	files     []string
}

func main() {
	var cfg config
	var rules pipeline.Rules
	flag.Var(&rules, "rules", "stance rule `FILE` extending the default rules; may be repeated")
	flag.BoolVar(&cfg.noDefault, "nodefault", false, "use only the -rules files, not the default rules")
	flag.StringVar(&cfg.target, "target", "", "judge each text toward `TEXT`, a claim or topic (a JSON line's \"target\" overrides it)")
	in := pipeline.Choice{Value: "text", Allowed: []string{"text", "jsonl"}}
	flag.Var(&in, "in", "input `format`: text (one text per file) or jsonl (\"id\", \"text\" and optional \"target\" per line)")
	flag.BoolVar(&cfg.check, "check", false, "validate the FILE arguments as rule files, print every problem and exit")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: stance [-rules FILE]... [-nodefault] [-target TEXT] [-in text|jsonl] [FILE...]\n       stance -check [-nodefault] FILE...")
		flag.PrintDefaults()
	}
	flag.Parse()
	cfg.rules, cfg.in, cfg.files = rules, in.Value, flag.Args()
	if cfg.check && len(cfg.files) == 0 {
		fmt.Fprintln(os.Stderr, "stance: -check needs the rule files to check")
		flag.Usage()
		os.Exit(2)
	}
	err := run(cfg, os.Stdin, os.Stdout, os.Stderr)
	switch {
	case err == errRules && cfg.check:
		os.Exit(1) // the problems are what -check reports
	case err == errRules:
		os.Exit(2) // as for a bad command line
	case err != nil:
		fmt.Fprintln(os.Stderr, "stance:", err)
		os.Exit(1)
	}
}

// errRules is returned by run when the rule files have problems, which
// are written to stderr already.
var errRules = errors.New("problems in the rule files")

// loadRules compiles the rule files, after the default rules unless
// noDefault, writing every problem to stderr.
func loadRules(files pipeline.Rules, noDefault bool, stderr io.Writer) (*stance.RuleSet, error) {
	load := files.Load
	if noDefault {
		load = files.LoadOwn
	}
	rs, ok := load(stderr, "stance")
	if !ok {
		return nil, errRules
	}
	return rs, nil
}

// run processes every input of cfg. It returns an error when anything
// was reported on stderr.
func run(cfg config, stdin io.Reader, stdout, stderr io.Writer) error {
	if cfg.check {
		if len(cfg.files) == 0 {
			return errors.New("-check: no rule files given")
		}
		_, err := loadRules(cfg.files, cfg.noDefault, stderr)
		return err
	}
	rs, err := loadRules(cfg.rules, cfg.noDefault, stderr)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(stdout)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	p := &processor{cfg: cfg, rs: rs, enc: enc, problems: record.Problems{W: stderr, Want: `one object per line with "id", "text" and optionally "target" (or use -in text)`}}
	record.NoteStdin(stderr, stdin, cfg.files, "stance", map[string]string{"text": "one text", "jsonl": "JSON Lines"}[cfg.in])
	files := cfg.files
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, name := range files {
		if err := p.file(name, stdin); err != nil {
			bw.Flush()
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return p.problems.Err()
}

type processor struct {
	cfg      config
	rs       *stance.RuleSet
	enc      *json.Encoder
	problems record.Problems // on stderr
}

// output is one output line: the id, then the fields of the result, with
// its numbers rounded as examples/attribute rounds them.
type output struct {
	ID json.RawMessage `json:"id"`
	*record.Stance
}

func (p *processor) emit(id json.RawMessage, text, target string) error {
	st, err := record.NewStance(p.rs.Toward(text, target), text, offsets.NewIndex(text, offsets.Byte))
	if err != nil {
		return err // the rule set gave a span outside the text: a bug
	}
	return p.enc.Encode(output{ID: id, Stance: st})
}

// file judges the text of the file name ("-" for stdin), or each of its
// lines with -in jsonl. It returns only write errors; problems with the
// input are reported.
func (p *processor) file(name string, stdin io.Reader) error {
	in, where, closeInput, err := record.Open(name, stdin)
	if err != nil {
		p.problems.Printf("%v", err)
		return nil
	}
	defer closeInput()
	if p.cfg.in == "text" {
		b, err := io.ReadAll(in)
		if err != nil {
			p.problems.Printf("%s: %v", where, err)
			return nil
		}
		id, _ := json.Marshal(name)
		return p.emit(id, string(b), p.cfg.target)
	}
	err = record.Lines(in, func(n int, b []byte) error {
		if len(bytes.TrimSpace(b)) == 0 {
			return nil
		}
		a, target, err := p.line(b)
		p.problems.Line(where, n, err)
		if err != nil {
			return nil
		}
		return p.emit(a.Fields["id"], a.Text, target)
	})
	if re, ok := errors.AsType[*record.ReadError](err); ok {
		p.problems.Printf("%s:%v", where, re)
		err = nil
	}
	p.problems.EndInput(where)
	return err
}

// line decodes one JSONL line and its target, or says what is wrong
// with it.
func (p *processor) line(b []byte) (record.Article, string, error) {
	a, err := record.ParseArticle(b)
	if err != nil {
		return a, "", err
	}
	target := p.cfg.target
	if raw, ok := a.Fields["target"]; ok {
		if k := record.JSONKind(raw); k != "a string" {
			return a, "", fmt.Errorf(`"target" is %s, not a string`, k)
		}
		if err := json.Unmarshal(raw, &target); err != nil {
			return a, "", fmt.Errorf(`bad "target": %v`, err)
		}
	}
	return a, target, nil
}

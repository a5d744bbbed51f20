// Command attribute prints the attributions (quotes and reported speech)
// that package quote finds in each input document, with the speakers that
// package speaker resolves them to and the stance that package stance
// judges, one JSON object per line. Other tools read that output: the fields, their order and their
// units described here are a contract.
//
// Usage:
//
//	attribute [flags] [FILE...]
//
// With no FILE, or with FILE "-", it reads standard input; with no FILE
// and a terminal there, it says so on standard error first.
//
// # Flags
//
//	-in text|jsonl       input format (default text)
//	-offsets byte|rune|utf16
//	                     unit of every offset in the output (default byte)
//	-format jsonl|text   output format (default jsonl)
//	-q                   quiet: draw no progress line
//	-indirect            also report speech without quote marks (kind "indirect")
//	-rules FILE          stance rule file extending the default rules; may be
//	                     repeated. Every problem in the files is reported as
//	                     FILE:LINE:COL: message and the program exits with 2.
//
// With -in text each file is one document, its id the path as given on the
// command line ("-" for standard input). With -in jsonl each line is a JSON
// object with a string "id" (a number is accepted and kept as written) and
// a string "text"; other fields are ignored, blank lines are skipped and
// lines may be of any length.
//
// # Progress
//
// When standard error is a terminal and the input is more than 8 files or
// more than 8 MB (for standard input from a pipe: once 8 MB have been
// read), one line on standard error is redrawn as the work goes on:
// documents done, MB read, MB/s, quotes found and, when the input size is
// known, the share done and the time left. -q turns it off.
//
// # Output
//
// With -format jsonl, each line is one quote, in document order and within
// a document in order of its start, with these keys in this order:
//
//	doc            string          id of the document
//	kind           string          "direct", "mixed" or "indirect"
//	span           [start, end]    the whole attribution: content, cue and source
//	content        [[start, end]]  what was said, quote marks included; two or more
//	                               pieces when the attribution interrupts the quote
//	cue            [start, end]    reporting verb or phrase ("said", "according to",
//	                               a colon), or null when there is none
//	source         [start, end]    mention of who said it as written ("Putin aide
//	                               Yuri Ushakov", "He"), or null when the text names none
//	speaker        string          who said it: the canonical name of each speaker
//	                               ("Sergei Lavrov", "the Kremlin"), joined by "; "
//	                               when the source names several; "" when unresolved
//	speaker_type   string          "person", "organisation", "anonymous", "document" or
//	                               "unknown" for each speaker, joined by "; "
//	speaker_method string          how the speaker was decided: "named", "surname",
//	                               "role", "pronoun", "continuation", or "none"
//	rule           string          the layout that produced the quote
//	unclosed       bool            a quote mark was never closed
//	cue_lemma      string          "say" for "said"; "" for punctuation or no cue
//	cue_class      string          "neutral", "assertive", "tentative", "dispute",
//	                               "endorse", "directive", "manner", "no_content", or ""
//	negated        bool            the cue is negated ("did not say")
//	belief         bool            the cue is a verb of thought ("thinks", "believes"),
//	                               not of speech: drop these to keep speech only
//	addressee      [start, end]    who was told, inside the cue ("reporters" in "told
//	                               reporters"), or null
//	channel        [start, end]    the medium or occasion, inside the cue ("a statement"
//	                               in "said in a statement"), or null
//	text           string          the text of span
//	content_texts  [string]        the text of each content piece
//	cue_text       string          the text of cue, or null
//	source_text    string          the text of source, or null
//	addressee_text string          the text of addressee, or null
//	channel_text   string          the text of channel, or null
//	stance         object          the stance of the content, framed by the cue:
//	                 label         "oppose", "neutral" or "support" (the labels of the
//	                               rule set)
//	                 score         in (-1, 1), below zero against, above zero for
//	                 hedged        the quote is hedged ("claimed", "reportedly")
//	                 negated       the content or the cue is negated or denied
//	                 target        the rule set's target the content mentions, if any
//	                 aligns        whom the speaker sides with ("echoed Rubio"), if any
//	                 rules         every rule that fired: rule, pos (FILE:LINE:COL of
//	                               the rule), span [start, end] (null for a rule of
//	                               the cue's class) and weight
//
// With -format text, each quote is a block for people to read: the doc,
// kind, rule and span, then one line for each content piece, the cue and
// the source with their offsets and text, the speaker and the stance.
//
// # Offsets
//
// Every span is a half-open range [start, end) into the document's text as
// read, never rewritten. With -offsets byte (the default) the offsets count
// bytes of the UTF-8 input; with -offsets rune they count code points, so a
// Python str slices with them; with -offsets utf16 they count UTF-16 code
// units, so a JavaScript string slices with them. For -in jsonl the text is
// the decoded JSON string. Invalid UTF-8 in -in text input counts one code
// point (and one UTF-16 unit) per maximal ill-formed subpart, as
// bytes.decode("utf-8", "replace") in Python and TextDecoder in JavaScript
// count it; the text fields carry the same U+FFFD replacements.
//
// # Errors
//
// A document that cannot be read, or a bad -in jsonl line, is reported on
// standard error as "FILE:LINE: message" (FILE is "<stdin>" for standard
// input) and skipped; the rest of the input is still processed. A -in
// jsonl input whose first line is not a JSON object at all (plain text) is
// reported once, at that line, followed by the number of such lines; and
// the same message about more than three lines of a file is told for the
// first three, then counted. The exit
// status is 0 on success, 1 when any input was reported or writing failed,
// and 2 for a bad command line.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hearsaynlp/hearsay/internal/offsets"
	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/internal/record"
)

func main() {
	os.Exit(cli(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// cli runs the command with args and returns its exit status.
func cli(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2
	}
	rules, ok := cfg.ruleFiles.Load(stderr, "attribute")
	if !ok {
		return 2
	}
	cfg.rules = rules
	record.NoteStdin(stderr, stdin, cfg.files, "attribute", map[string]string{"text": "one document", "jsonl": "JSON Lines"}[cfg.in])
	if err := run(cfg, stdin, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "attribute: %v\n", err)
		return 1
	}
	return 0
}

// parseFlags parses the command line; the flag package has already
// reported any error, with the usage, on stderr.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	in := pipeline.Choice{Value: "text", Allowed: []string{"text", "jsonl"}}
	format := pipeline.Choice{Value: "jsonl", Allowed: []string{"jsonl", "text"}}
	fs := flag.NewFlagSet("attribute", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attribute [flags] [FILE...]")
		fs.PrintDefaults()
	}
	fs.Var(&in, "in", "input `format`: text (one document per file) or jsonl (\"id\" and \"text\" per line)")
	fs.TextVar(&cfg.unit, "offsets", offsets.Byte, "`unit` of output offsets: byte, rune (Python) or utf16 (JavaScript)")
	fs.Var(&format, "format", "output `format`: jsonl or text")
	fs.BoolVar(&cfg.quiet, "q", false, "quiet: draw no progress line on a terminal")
	fs.BoolVar(&cfg.indirect, "indirect", false, "also report speech without quote marks (kind indirect)")
	fs.Var(&cfg.ruleFiles, "rules", "stance rule `FILE` extending the default rules; may be repeated")
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	cfg.in, cfg.format, cfg.files = in.Value, format.Value, fs.Args()
	return cfg, nil
}

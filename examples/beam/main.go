// Command beam runs hearsay over a corpus of articles on Apache Beam: it
// reads JSON Lines articles from files or globs, finds the quotes of each
// article in parallel, and writes them with the same lines that
// examples/attribute writes.
//
// Usage:
//
//	go run ./examples/beam [flags] -output PREFIX INPUT...
//
// Each INPUT (or -input, which may be repeated) is a file or a glob of
// files, local or on any file system Beam knows (gs:// with the Dataflow
// runner). Every line is a JSON object with a string "id" (a number is kept
// as written) and a string "text"; other keys are ignored and blank lines
// skipped. The program writes
//
//	PREFIX-quotes.jsonl   one line per quote, exactly the line that
//	                      examples/attribute -in jsonl writes for it
//
// The lines of one article stay together and in the order of the text;
// the articles come in no particular order, since the work is spread over
// workers.
//
// # Flags
//
//	-input GLOB          an input file or glob; may be repeated
//	-output PREFIX       prefix of the output files (required)
//	-offsets byte|rune|utf16
//	                     unit of every offset in the output (default byte)
//	-indirect            also report speech without quote marks
//
// and Beam's own flags, of which -runner chooses where the pipeline runs:
// prism (the default, on this machine), direct, dataflow, flink or spark.
//
// # Errors
//
// A line that is not a usable article is logged with its file and the
// start of the line, counted in the metric hearsay/bad_lines, and skipped;
// the rest of the input is still processed and the program ends with
// status 1. The metrics hearsay/articles and hearsay/quotes count the
// articles read and the quotes written. The exit status is 2 for a bad
// command line.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/hearsaynlp/hearsay/internal/offsets"
)

// globs is a repeatable flag of input files or globs.
type globs []string

func (g *globs) String() string { return strings.Join(*g, ",") }

func (g *globs) Set(s string) error {
	*g = append(*g, s)
	return nil
}

func main() {
	var opts options
	flag.Var((*globs)(&opts.Inputs), "input", "input `GLOB` of JSON Lines articles; may be repeated")
	flag.StringVar(&opts.Output, "output", "", "`PREFIX` of the output files")
	flag.TextVar(&opts.Offsets, "offsets", offsets.Byte, "`unit` of output offsets: byte, rune (Python) or utf16 (JavaScript)")
	flag.BoolVar(&opts.Indirect, "indirect", false, "also report speech without quote marks (kind indirect)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: beam [flags] -output PREFIX INPUT...")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init() // on a worker, this runs the worker and does not return

	opts.Inputs = append(opts.Inputs, flag.Args()...)
	if err := opts.check(); err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		flag.Usage()
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	build(s, opts)
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(1)
	}
	c := countersOf(res)
	report(os.Stderr, c)
	if c.BadLines > 0 {
		os.Exit(1)
	}
}

// report writes the counters of a run for people to read.
func report(w io.Writer, c counters) {
	fmt.Fprintf(w, "beam: %d articles, %d quotes, %d bad lines\n", c.Articles, c.Quotes, c.BadLines)
}

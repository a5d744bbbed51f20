// Command beam runs hearsay over a corpus of articles on Apache Beam: it
// reads JSON Lines articles from files or globs, finds the quotes of each
// article with their speakers and stance in parallel, writes them with the
// same lines that examples/attribute writes, and sums up the stance of
// every speaker toward every target.
//
// Usage:
//
//	cd examples/beam && go run . [flags] -output PREFIX INPUT...
//
// The program is a module of its own, so that the library does not depend
// on Beam: build and run it from its directory.
//
// Each INPUT (or -input, which may be repeated) is a file or a glob of
// files, local or on any file system Beam knows (gs:// with the Dataflow
// runner). Every line is a JSON object with a string "id" (a number is kept
// as written) and a string "text"; other keys are ignored and blank lines
// skipped. The program writes
//
//	PREFIX-quotes.jsonl   one line per quote, exactly the line that
//	                      examples/attribute -in jsonl writes for it
//	PREFIX-stance.jsonl   one line per speaker and target: the number of
//	                      quotes, their mean stance score and the count of
//	                      each label, as
//	                      {"speaker":"Sergei Lavrov","target":"summit",
//	                       "count":3,"mean":0.41,"labels":{"support":2,"neutral":1}}
//
// A quote counts once for each speaker it is attributed to and not at all
// when its speaker is unresolved. Its target is the rule set's target
// that its content mentions; target "" gathers a speaker's quotes that
// mention none.
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
//	-rules FILE          stance rule file extending the default rules; may be
//	                     repeated. The files are read where the program is
//	                     started and travel with the pipeline to the workers.
//
// and Beam's own flags, of which -runner chooses where the pipeline runs:
// prism (the default) or direct on this machine, dataflow, flink or spark.
//
// # Runners
//
// On Dataflow, inputs and the output prefix are gs:// paths, and the
// runner needs -project, -region and -staging_location. Flink and Spark
// take the address of a Beam job server for them in -endpoint; their
// workers run this program in Beam's Go SDK container unless
// -environment_type=LOOPBACK, so inputs and outputs must be paths the
// workers can reach. For Flink, Spark and Dataflow the launcher compiles
// a Linux worker binary from this program's source, so start it from this
// directory (or give -worker_binary).
//
// # Errors
//
// A line that is not a usable article is logged with its file and the
// start of the line, counted in the metric hearsay/bad_lines, and skipped;
// the rest of the input is still processed and the program ends with
// status 1. The metrics hearsay/articles and hearsay/quotes count the
// articles read and the quotes written. The exit status is 2 for a bad
// command line or a problem in a rule file, each reported as
// FILE:LINE:COL: message.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/hearsaynlp/hearsay/internal/offsets"
	"github.com/hearsaynlp/hearsay/internal/pipeline"
)

// globs is a repeatable flag of input files or globs.
type globs []string

// String returns the globs, comma-separated.
func (g *globs) String() string { return strings.Join(*g, ",") }

// Set adds a glob.
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
	var rules pipeline.Rules
	flag.Var(&rules, "rules", "stance rule `FILE` extending the default rules; may be repeated")
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
	if _, ok := rules.Load(os.Stderr, "beam"); !ok {
		os.Exit(2)
	}
	if len(rules) > 0 {
		opts.Rules, _ = rules.Files(nil) // Load has read them
	}
	p, s := beam.NewPipelineWithRoot()
	build(s, opts)
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(1)
	}
	c, ok := countersOf(res)
	if !ok {
		fmt.Fprintln(os.Stderr, "beam: the runner reported no hearsay metrics")
		return
	}
	fmt.Fprintf(os.Stderr, "beam: %d articles, %d quotes, %d bad lines\n", c.Articles, c.Quotes, c.BadLines)
	if c.BadLines > 0 {
		os.Exit(1)
	}
}

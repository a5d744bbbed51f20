// Command track follows where speakers stand over time: it reads dated
// articles, finds their quotes, speakers and stance with hearsay's
// pipeline, and sums up the stance of each speaker toward each target in
// time buckets, as a table and, with -svg, as a chart.
//
// Usage:
//
//	track [flags] [FILE...]
//
// Each FILE (standard input when there is none, or for "-") holds JSON
// Lines, one article per line: a string "id" (a number is kept as
// written), a string "date" and a string "text"; other keys are ignored
// and blank lines skipped. A date is 2025-02-18, 2025-02-18T09:30:00 (taken
// as UTC) or RFC 3339 with a zone (2025-02-18T09:30:00+03:00). With no
// FILE and a terminal on standard input, it says on standard error that
// it reads from there.
//
// # Flags
//
//	-bucket day|week|month  length of the time buckets (default week; weeks
//	                        start on Monday, in UTC)
//	-target TEXT            track the quotes whose content mentions TEXT
//	                        (ignoring case) as target TEXT, in place of the
//	                        targets of the rule set
//	-rules FILE             stance rule file extending the default rules;
//	                        may be repeated
//	-indirect               also read speech without quote marks
//	-svg FILE               also write the chart to FILE
//	-q                      quiet: draw no progress line on a terminal
//
// # Output
//
// The table on standard output has a row per speaker, target and bucket
// that holds quotes, sorted by speaker, target and time:
//
//	speaker        target  bucket      mean   n  label    change
//	Sergei Lavrov  summit  2025-02-17  +0.41  3  support
//	Sergei Lavrov  summit  2025-02-24  -0.50  1  oppose   support→oppose
//
// mean is the mean stance score of the bucket's quotes, in (-1, 1); n the
// number of quotes; label the prevailing label; change says where the
// prevailing label differs from the one of the speaker's previous bucket
// toward the same target. A quote counts once for each speaker it is
// attributed to; quotes whose speaker is unresolved or that mention no
// target are left out. When no row is left, standard error says why: no quotes
// found, none mentioning the target, or none with a resolved speaker.
//
// The chart (-svg) has one panel per target, stacked, sharing a time axis;
// in each, one line per speaker, the mean score of each bucket with a dot,
// and a tooltip with the numbers; a legend names the speakers, each with
// the same colour in every panel. Each line is an element
// <g class="series" data-speaker="..." data-target="..."> for scripts.
//
// # Progress
//
// When standard error is a terminal and the input is more than 8 files or
// 8 MB, a progress line (articles done, MB/s, quotes found, time left) is
// redrawn there; -q turns it off.
//
// # Errors
//
// A line that is not a usable article, or has no usable "date", is
// reported on standard error as FILE:LINE: message and skipped; the rest
// is still processed and the exit status is 1. A file whose first line is not a
// JSON object at all (plain text rather than JSON Lines) is reported once,
// at that line, followed by the number of such lines it holds; and
// the same message about more than three lines of a file is told for the
// first three, then counted. Problems in rule files are
// all reported as FILE:LINE:COL: message, with exit status 2, as for a bad
// command line.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/internal/record"
	"github.com/hearsaynlp/hearsay/stance"
)

func main() {
	os.Exit(cli(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is a parsed command line.
type config struct {
	bucket    stance.Bucket
	target    string
	ruleFiles pipeline.Rules
	indirect  bool
	svg       string
	quiet     bool
	files     []string
}

// cli runs the command with args and returns its exit status.
func cli(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var cfg config
	fs := flag.NewFlagSet("track", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: track [flags] [FILE...]")
		fs.PrintDefaults()
	}
	fs.TextVar(&cfg.bucket, "bucket", stance.Week, "`LENGTH` of the time buckets: day, week or month (weeks start on Monday, UTC)")
	fs.StringVar(&cfg.target, "target", "", "track quotes that mention `TEXT`, as that target")
	fs.Var(&cfg.ruleFiles, "rules", "stance rule `FILE` extending the default rules; may be repeated")
	fs.BoolVar(&cfg.indirect, "indirect", false, "also read speech without quote marks")
	fs.StringVar(&cfg.svg, "svg", "", "write the chart to `FILE`")
	fs.BoolVar(&cfg.quiet, "q", false, "quiet: draw no progress line on a terminal")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	cfg.files = fs.Args()
	rules, ok := cfg.ruleFiles.Load(stderr, "track")
	if !ok {
		return 2
	}
	record.NoteStdin(stderr, stdin, cfg.files, "track", "JSON Lines articles")
	if err := run(cfg, rules, stdin, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "track: %v\n", err)
		return 1
	}
	return 0
}

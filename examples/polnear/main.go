// Command polnear scores hearsay's quote extractor against attribution
// corpora in the layout of PolNeAR, the Political News Attribution
// Relations Corpus: every DIR/text/NAME.txt has its brat standoff
// annotations in DIR/attributions/NAME_<annotator>.ann (the first file by
// name is read when there are several).
//
// Usage:
//
//	go run ./examples/polnear [-v] [-q] [-agreement] [-errors FILE] [-referents FILE[,FILE...]] DIR...
//
// It prints one table over all the articles in the DIRs: for direct and
// mixed quotes together, and for indirect ones, the gold and predicted
// counts, the matched gold and predictions, precision, recall, F1, and the
// accuracy of the cue and source of matched pairs; then the same for
// indirect speech, since PolNeAR also annotates beliefs and intentions: its
// precision is that of all indirect predictions (one that finds a belief is
// not invented), its recall and accuracies count only the indirect gold
// whose cue is a reporting verb or phrase of the lexicon and not a verb of
// belief. How attributions are
// matched and kinds derived is documented in internal/polnear.
//
// With -agreement, it also scores the annotators against each other on
// the texts annotated in several files (each later file as if it were an
// extractor's output, against the first), and hearsay on the same texts:
// how far people agree is as far as an extractor can be expected to go.
//
// With -referents, it also scores speaker resolution (package speaker) on
// the annotated referents of the gold sources that are pronouns or
// nominals, read from the given referents files (format and matching
// rule in internal/polnear, [polnear.ScoreReferents]): accuracy from gold
// quotes, so that extraction errors do not count, and end to end, over
// all rows, pronouns, nominals and each referent type. -errors then also
// lists every wrongly resolved row.
//
// Problems in the annotation files are reported on standard error as
// file:line and the affected attributions skipped. -errors FILE writes every
// missed, spurious, wrong-cue and wrong-source finding to FILE, one per
// line. -v also prints a row per article. While it scores, a progress line
// (articles done, MB/s, quotes found, time left) is redrawn on standard
// error when that is a terminal and there are more than 8 articles; -q
// turns it off. The exit status is 1 when a file
// cannot be read or written, 2 for bad usage.
//
// # Getting PolNeAR
//
// PolNeAR is at github.com/networkdynamics/PolNeAR. Unpack its data so that
// each split (train, dev, test) is a directory holding text/ and
// attributions/, then run, for example:
//
//	go run ./examples/polnear -errors /tmp/errors.txt ../PolNeAR/dev
//
// The article texts are copyrighted news: use them for evaluation only.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/hearsaynlp/hearsay/internal/brat"
	"github.com/hearsaynlp/hearsay/internal/cuelex"
	"github.com/hearsaynlp/hearsay/internal/polnear"
	"github.com/hearsaynlp/hearsay/internal/progress"
	"github.com/hearsaynlp/hearsay/quote"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the whole program; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("polnear", flag.ContinueOnError)
	flags.SetOutput(stderr)
	verbose := flags.Bool("v", false, "print a row per article")
	errorsFile := flags.String("errors", "", "write every finding to `FILE`")
	quiet := flags.Bool("q", false, "quiet: draw no progress line on a terminal")
	referents := flags.String("referents", "", "score speaker resolution on the referents in `FILES` (comma-separated)")
	agreement := flags.Bool("agreement", false, "also score the annotators against each other where a text has several annotation files")
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: polnear [-v] [-q] [-agreement] [-errors FILE] [-referents FILE[,FILE...]] DIR...\n")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); errors.Is(err, flag.ErrHelp) {
		return 0 // -h asked for the usage, which is printed
	} else if err != nil {
		return 2
	}
	if flags.NArg() == 0 {
		flags.Usage()
		return 2
	}

	articles, problems, err := load(flags.Args())
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	switch len(problems) {
	case 0:
	case 1:
		fmt.Fprintln(stderr, "polnear: 1 annotation problem; the affected lines were skipped")
	default:
		fmt.Fprintf(stderr, "polnear: %d annotation problems; the affected lines were skipped\n", len(problems))
	}
	if err != nil {
		fmt.Fprintf(stderr, "polnear: %v\n", err)
		return 1
	}

	// The referents are read before the scoring, so that a bad file
	// name stops the program at once.
	var refs []polnear.Referent
	if *referents != "" {
		var problems brat.ErrorList
		refs, problems, err = loadReferents(*referents)
		for _, p := range problems {
			fmt.Fprintln(stderr, p)
		}
		if err != nil {
			fmt.Fprintf(stderr, "polnear: %v\n", err)
			return 1
		}
	}

	var errorsOut *os.File // created first, so that a bad name stops the program at once
	if *errorsFile != "" {
		if errorsOut, err = os.Create(*errorsFile); err != nil {
			fmt.Fprintf(stderr, "polnear: %v\n", err)
			return 1
		}
		defer errorsOut.Close()
	}

	opts := scoreOptions()
	var size int64
	for i := range articles {
		size += int64(len(articles[i].Text))
	}
	meter := progress.StartLoaded(stderr, *quiet, len(articles), size)
	var total polnear.Result
	var tw *tabwriter.Writer
	if *verbose {
		tw = tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "article\td+m gold\td+m pred\td+m matched\tind gold\tind pred\tind matched\t\n")
	}
	for i := range articles {
		r := polnear.ScoreArticle(&articles[i], opts)
		dm, ind := r.DirectMixed, r.Indirect
		if tw != nil {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t\n", articles[i].Name,
				dm.Gold, dm.Pred, dm.Matched, ind.Gold, ind.Pred, ind.Matched)
		}
		total.Add(r)
		meter.Add(1, int64(len(articles[i].Text)), dm.Pred+ind.Pred)
	}
	meter.Done()
	if tw != nil {
		tw.Flush()
		fmt.Fprintln(stdout)
	}
	if total.Articles == 1 {
		fmt.Fprintln(stdout, "1 article")
	} else {
		fmt.Fprintf(stdout, "%d articles\n", total.Articles)
	}
	if err := total.WriteTable(stdout); err != nil {
		fmt.Fprintf(stderr, "polnear: %v\n", err)
		return 1
	}

	if *agreement {
		if err := writeAgreement(stdout, stderr, flags.Args(), articles, problems, opts); err != nil {
			fmt.Fprintf(stderr, "polnear: %v\n", err)
			return 1
		}
	}

	var fromGold, endToEnd *polnear.Resolution
	if *referents != "" {
		fromGold, endToEnd = polnear.ScoreReferents(articles, refs, opts.Extract)
		fmt.Fprintln(stdout)
		if err := polnear.WriteResolution(stdout, fromGold, endToEnd); err != nil {
			fmt.Fprintf(stderr, "polnear: %v\n", err)
			return 1
		}
	}

	if errorsOut != nil {
		if err := writeErrors(errorsOut, &total, fromGold, endToEnd); err != nil {
			fmt.Fprintf(stderr, "polnear: %v\n", err)
			return 1
		}
	}
	return 0
}

// load reads the articles of every corpus directory.
func load(dirs []string) ([]polnear.Article, brat.ErrorList, error) {
	var all []polnear.Article
	var problems brat.ErrorList
	for _, dir := range dirs {
		if _, err := os.Stat(filepath.Join(dir, "text")); errors.Is(err, fs.ErrNotExist) {
			return all, problems, fmt.Errorf("%s has no text/ directory: give a split of the corpus, the directory that holds text/ and attributions/ (such as PolNeAR/data/dev)", dir)
		}
		arts, probs, err := polnear.Load(dir)
		all = append(all, arts...)
		problems = append(problems, probs...)
		if err != nil {
			return all, problems, err
		}
	}
	return all, problems, nil
}

// writeAgreement writes the annotators' agreement on the texts of dirs
// annotated more than once, then hearsay's score on the same texts.
// Problems not among those already reported go to stderr.
func writeAgreement(stdout, stderr io.Writer, dirs []string, articles []polnear.Article, reported brat.ErrorList, opts polnear.Options) error {
	seen := make(map[string]bool)
	for _, p := range reported {
		seen[p.Error()] = true
	}
	var people polnear.Result
	twice := make(map[string]bool)
	for _, dir := range dirs {
		r, texts, problems, err := polnear.Agreement(dir, polnear.Options{Reporting: opts.Reporting})
		for _, p := range problems {
			if !seen[p.Error()] {
				fmt.Fprintln(stderr, p)
			}
		}
		if err != nil {
			return err
		}
		people.Add(r)
		for _, t := range texts {
			twice[t] = true
		}
	}
	fmt.Fprintln(stdout)
	if len(twice) == 0 {
		fmt.Fprintln(stdout, "annotators: no text is annotated in more than one file")
		return nil
	}
	fmt.Fprintf(stdout, "annotators on the %s annotated more than once (%s, each later file against the first)\n", plural(len(twice), "text"), plural(people.Articles, "pair"))
	if err := people.WriteTable(stdout); err != nil {
		return err
	}
	var same []polnear.Article
	for _, a := range articles {
		if twice[a.Name] {
			same = append(same, a)
		}
	}
	fmt.Fprintf(stdout, "\nhearsay on the same %s\n", plural(len(same), "text"))
	return polnear.Score(same, opts).WriteTable(stdout)
}

// plural writes n with its noun: "1 text", "18 texts".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// scoreOptions scores the default extractor with the program's reporting
// cue list.
func scoreOptions() polnear.Options {
	return polnear.Options{Extract: quote.New(quote.Options{Indirect: true}).Extract, Reporting: isReportingCue}
}

// writeErrors writes every finding to f and closes it.
func writeErrors(f *os.File, r *polnear.Result, fromGold, endToEnd *polnear.Resolution) error {
	err := r.WriteErrors(f)
	for _, res := range []struct {
		label string
		r     *polnear.Resolution
	}{{"resolution from gold", fromGold}, {"resolution end to end", endToEnd}} {
		if err != nil || res.r == nil {
			continue
		}
		_, err = fmt.Fprintf(f, "# %s wrong: %d\n%s", res.label, len(res.r.Wrong), joinLines(res.r.Wrong))
	}
	if err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func joinLines(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}

// loadReferents reads the comma-separated referents files; bad rows are
// returned as problems and skipped.
func loadReferents(list string) ([]polnear.Referent, brat.ErrorList, error) {
	var refs []polnear.Referent
	var problems brat.ErrorList
	for _, name := range strings.Split(list, ",") {
		src, err := os.ReadFile(name)
		if err != nil {
			return refs, problems, err
		}
		r, p := polnear.ParseReferents(name, src)
		refs = append(refs, r...)
		problems = append(problems, p...)
	}
	return refs, problems, nil
}

// isReportingCue reports whether a gold cue holds a verb of speech from the
// extractor's cue lexicon, or "according to": "told reporters" and "has
// said" count, "believes" and "wants" do not.
func isReportingCue(cue string) bool {
	words := strings.Fields(strings.ToLower(cue))
	for i, w := range words {
		w = strings.Trim(w, ".,:;“”\"'’")
		if w == "according" && i+1 < len(words) && words[i+1] == "to" {
			return true
		}
		if e, ok := cuelex.Default().Lookup(w); ok && !e.Belief {
			return true
		}
	}
	return false
}

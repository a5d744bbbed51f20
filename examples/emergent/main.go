// Command emergent scores the stance package on the Emergent data set
// (Ferreira and Vlachos, 2016): the stance of a news headline toward a
// claim, for, against or observing.
//
// Usage:
//
//	emergent [-csv PATH] [-rules FILE]... [-errors]
//
// It reads the CSV (default ../shared/corpora/emergent/train.csv, relative
// to the repository root) with columns claimHeadline, articleHeadline,
// articleHeadlineStance and claimId, judges each headline with
// [stance.RuleSet.Toward] toward its claim, and maps the result to the
// data set's labels: oppose is against; hedged or neutral is observing;
// anything else is for.
//
// # Halves
//
// To keep the rules from being fitted to these headlines, the claims are
// split in two halves by the FNV-1a hash (32 bits) of the claim id: an
// even hash puts every headline of the claim in half A, an odd one in
// half B. The default rules are tuned by looking only at half A's errors
// (-errors prints them, and only them); half B is the score to quote.
//
// # Output
//
// For half A, half B and all rows: the number of rows, accuracy, macro-F1,
// precision, recall and F1 per class, and the confusion matrix (rows gold,
// columns predicted).
//
// The exit status is 1 when the CSV cannot be read, and 2 when a rule file
// has problems: all of them are printed as file:line:col: message.
package main

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/stance"
)

// defaultCSV is the training split, relative to the repository root.
const defaultCSV = "../shared/corpora/emergent/train.csv"

// Classes of the data set, in the order of the report.
var classes = []string{"for", "against", "observing"}

// row is one headline toward one claim.
type row struct {
	line            int
	claim, headline string
	gold, claimID   string
}

// half returns "A" or "B", the half of the claims that id belongs to.
func half(claimID string) string {
	h := fnv.New32a()
	h.Write([]byte(claimID))
	if h.Sum32()%2 == 0 {
		return "A"
	}
	return "B"
}

// mapLabel maps a stance result to the data set's classes.
func mapLabel(r stance.Result) string {
	switch {
	case r.Label == "oppose":
		return "against"
	case r.Hedged || r.Label == "neutral":
		return "observing"
	}
	return "for"
}

// readRows reads the CSV, finding its columns by their header names.
func readRows(r io.Reader, name string) ([]row, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, need := range []string{"claimHeadline", "articleHeadline", "articleHeadlineStance", "claimId"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("%s:1: no column %q", name, need)
		}
	}
	var rows []row
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err) // csv.ParseError carries line and column
		}
		line, _ := cr.FieldPos(0)
		rows = append(rows, row{line: line, claim: rec[col["claimHeadline"]], headline: rec[col["articleHeadline"]],
			gold: rec[col["articleHeadlineStance"]], claimID: rec[col["claimId"]]})
	}
}

// scores is a confusion matrix over classes.
type scores struct {
	n         int
	confusion [3][3]int // [gold][predicted]
}

func index(c string) int {
	for i, x := range classes {
		if x == c {
			return i
		}
	}
	return -1
}

func (s *scores) add(gold, pred string) {
	g, p := index(gold), index(pred)
	if g < 0 || p < 0 {
		return
	}
	s.n++
	s.confusion[g][p]++
}

func (s *scores) accuracy() float64 {
	right := 0
	for i := range classes {
		right += s.confusion[i][i]
	}
	return ratio(right, s.n)
}

// prf returns precision, recall and F1 of class i.
func (s *scores) prf(i int) (p, r, f float64) {
	tp, pred, gold := s.confusion[i][i], 0, 0
	for j := range classes {
		pred += s.confusion[j][i]
		gold += s.confusion[i][j]
	}
	p, r = ratio(tp, pred), ratio(tp, gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (s *scores) macroF1() float64 {
	sum := 0.0
	for i := range classes {
		_, _, f := s.prf(i)
		sum += f
	}
	return sum / float64(len(classes))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s *scores) write(w io.Writer, title string) {
	fmt.Fprintf(w, "%s: %d rows, accuracy %.3f, macro-F1 %.3f\n", title, s.n, s.accuracy(), s.macroF1())
	fmt.Fprintf(w, "  %-10s %6s %6s %6s\n", "class", "P", "R", "F1")
	for i, c := range classes {
		p, r, f := s.prf(i)
		fmt.Fprintf(w, "  %-10s %6.3f %6.3f %6.3f\n", c, p, r, f)
	}
	fmt.Fprintf(w, "  %-17s", "gold \\ predicted")
	for _, c := range classes {
		fmt.Fprintf(w, " %9s", c)
	}
	fmt.Fprintln(w)
	for i, c := range classes {
		fmt.Fprintf(w, "  %-17s", c)
		for j := range classes {
			fmt.Fprintf(w, " %9d", s.confusion[i][j])
		}
		fmt.Fprintln(w)
	}
}

// result is the score of each half and of all rows.
type result struct {
	a, b, all scores
}

// evaluate judges every row with rs. When errs is not nil, it writes
// there the rows of half A it got wrong.
func evaluate(rows []row, rs *stance.RuleSet, errs io.Writer) *result {
	var res result
	for _, r := range rows {
		st := rs.Toward(r.headline, r.claim)
		pred := mapLabel(st)
		h := &res.b
		if half(r.claimID) == "A" {
			h = &res.a
			if errs != nil && pred != r.gold {
				var fired []string
				for _, f := range st.Fired {
					fired = append(fired, f.Rule)
				}
				fmt.Fprintf(errs, "line %d: gold %s, got %s (%s %.2f hedged=%v): %s | claim: %s | rules: %s\n",
					r.line, r.gold, pred, st.Label, st.Score, st.Hedged, r.headline, r.claim, strings.Join(fired, ", "))
			}
		}
		h.add(r.gold, pred)
		res.all.add(r.gold, pred)
	}
	return &res
}

func main() {
	csvPath := flag.String("csv", defaultCSV, "the Emergent CSV at `PATH` (the default is relative to the repository root)")
	var rules pipeline.Rules
	flag.Var(&rules, "rules", "stance rule `FILE` extending the default rules; may be repeated")
	showErrors := flag.Bool("errors", false, "print the rows of half A that are judged wrong (half B's are never printed)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: emergent [-csv PATH] [-rules FILE]... [-errors]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "emergent: unexpected argument %q; the CSV is given with -csv\n", flag.Arg(0))
		flag.Usage()
		os.Exit(2)
	}
	rs, ok := rules.Load(os.Stderr, "emergent")
	if !ok {
		os.Exit(2)
	}
	if err := run(*csvPath, rs, *showErrors, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "emergent:", err)
		os.Exit(1)
	}
}

func run(csvPath string, rs *stance.RuleSet, showErrors bool, stdout io.Writer) error {
	f, err := os.Open(csvPath)
	if errors.Is(err, fs.ErrNotExist) && csvPath == defaultCSV {
		return fmt.Errorf("%w (the default -csv is relative to the repository root: run from there, or give -csv PATH; ../shared/corpora/README.md says where to get the data)", err)
	}
	if err != nil {
		return err
	}
	defer f.Close()
	rows, err := readRows(f, csvPath)
	if err != nil {
		return err
	}
	var errs io.Writer
	if showErrors {
		errs = stdout
	}
	res := evaluate(rows, rs, errs)
	fmt.Fprintf(stdout, "Emergent %s; rules %s %s\n", csvPath, rs.Name(), rs.Version())
	fmt.Fprintln(stdout, "labels: oppose -> against; hedged or neutral -> observing; otherwise for")
	fmt.Fprintln(stdout, "halves: FNV-1a 32 of claimId, even -> A (rules tuned on its errors only), odd -> B (untuned)")
	res.a.write(stdout, "half A (tuned)")
	res.b.write(stdout, "half B (untuned)")
	res.all.write(stdout, "all")
	return nil
}

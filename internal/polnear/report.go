package polnear

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteTable writes r as an aligned table: one row per category with gold
// and predicted counts, matched gold, matched predictions, precision,
// recall, F1, cue accuracy and source accuracy; the indirect speech row
// when r has one. A dash stands for a ratio with nothing to divide by.
func (r *Result) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "category\tgold\tpred\tmatched\tpred matched\tP\tR\tF1\tcue acc\tsource acc\t\n")
	row := func(name string, c Counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t\n", name, c.Gold, c.Pred, c.Matched, c.PredMatched,
			frac(c.PredMatched, c.Pred), frac(c.Matched, c.Gold), f1(c),
			frac(c.CueRight, c.CuePairs), frac(c.SourceRight, c.SourcePairs))
	}
	for _, cat := range []Category{DirectMixed, Indirect} {
		row(cat.String(), r.Counts(cat))
	}
	if r.HasSpeech {
		row("indirect speech", r.Speech)
	}
	return tw.Flush()
}

// WriteErrors writes r's findings, one per line as [Finding.String] renders
// them, grouped by kind and in article and text order within each group.
func (r *Result) WriteErrors(w io.Writer) error {
	for _, what := range []FindingKind{Missed, Spurious, WrongCue, WrongSource} {
		n := 0
		for _, f := range r.Findings {
			if f.What == what {
				n++
			}
		}
		if _, err := fmt.Fprintf(w, "# %s: %d\n", what, n); err != nil {
			return err
		}
		for _, f := range r.Findings {
			if f.What != what {
				continue
			}
			if _, err := fmt.Fprintln(w, f); err != nil {
				return err
			}
		}
	}
	return nil
}

func frac(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(n)/float64(d))
}

func f1(c Counts) string {
	if c.Gold == 0 && c.Pred == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", c.F1())
}

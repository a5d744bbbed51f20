package polnear_test

import (
	"fmt"
	"os"

	"github.com/hearsaynlp/hearsay/internal/polnear"
)

// Scoring the extractor on one article annotated in brat standoff, as
// PolNeAR's are (offsets in code points): one attribution is found with
// its cue and source, the other, reported without quote marks, is missed
// by the default extractor and listed as a finding.
func Example() {
	text := "“We will win,” Lavrov said. Rubio said talks would go on."
	ann := "T1\tContent 0 14\t“We will win,”\n" +
		"T2\tSource 15 21\tLavrov\n" +
		"T3\tCue 22 26\tsaid\n" +
		"E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n" +
		"T4\tSource 28 33\tRubio\n" +
		"T5\tCue 34 38\tsaid\n" +
		"T6\tContent 39 56\ttalks would go on\n" +
		"E2\tAttribution:T5 Content:T6 Source:T4 Cue:T5\n"
	a, problems := polnear.NewArticle("talks", text, "talks_ann1.ann", []byte(ann))
	fmt.Println(len(a.Gold), "gold,", len(problems), "problems")
	r := polnear.ScoreArticle(&a, polnear.Options{})
	for _, c := range []polnear.Category{polnear.DirectMixed, polnear.Indirect} {
		n := r.Counts(c)
		fmt.Printf("%v: gold %d, predicted %d, recall %.2f, cue accuracy %.2f\n", c, n.Gold, n.Pred, n.Recall(), n.CueAccuracy())
	}
	r.WriteErrors(os.Stdout)
	// Output:
	// 2 gold, 0 problems
	// direct+mixed: gold 1, predicted 1, recall 1.00, cue accuracy 1.00
	// indirect: gold 1, predicted 0, recall 0.00, cue accuracy 0.00
	// # missed: 1
	// missed	talks	E2 line 8 indirect	43-60 "talks would go on"	cue="said" source="Rubio"
	// # spurious: 0
	// # wrong-cue: 0
	// # wrong-source: 0
}

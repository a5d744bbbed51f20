package polnear

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/quote"
)

// scoreText has one attribution per line: direct, indirect with a
// reporting cue, mixed with a belief cue, indirect with neither cue nor
// source.
const scoreText = "“We will win,” Ann Lee said.\n" +
	"Bob said that taxes rise.\n" +
	"Cy thinks rain is “likely soon.”\n" +
	"It is said that prices fall.\n"

func scoreArticle(t *testing.T) Article {
	t.Helper()
	s := func(sub string, n int) []quote.Span { return []quote.Span{at(t, scoreText, sub, n)} }
	gold := []Gold{
		{Event: "E1", Line: 1, Content: s("“We will win,”", 0), Cue: s("said", 0), Source: s("Ann Lee", 0)},
		{Event: "E2", Line: 2, Content: s("that taxes rise", 0), Cue: s("said", 1), Source: s("Bob", 0)},
		{Event: "E3", Line: 3, Content: s("rain is “likely soon.”", 0), Cue: s("thinks", 0), Source: s("Cy", 0)},
		{Event: "E4", Line: 4, Content: s("that prices fall", 0)},
	}
	for i := range gold {
		gold[i].Kind = GoldKind(scoreText, gold[i].Content)
	}
	return Article{Name: "synthetic", Text: scoreText, Gold: gold}
}

// mirror returns the predictions that reproduce the gold exactly.
func mirror(a Article) []quote.Quote {
	var qs []quote.Quote
	for _, g := range a.Gold {
		q := quote.Quote{Kind: g.Kind, Content: g.Content, Rule: "mirror"}
		if len(g.Cue) > 0 {
			q.Cue.Span = g.Cue[0]
		}
		if len(g.Source) > 0 {
			q.Source = g.Source[0]
		}
		qs = append(qs, q)
	}
	return qs
}

// summary names each finding by kind and gold event, or by the predicted
// content's start for a spurious one.
func summary(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Gold != nil {
			out = append(out, fmt.Sprintf("%s %s", f.What, f.Gold.Event))
		} else {
			out = append(out, fmt.Sprintf("%s @%d", f.What, f.start()))
		}
	}
	return out
}

func TestScoreArticle(t *testing.T) {
	a := scoreArticle(t)
	sp := func(sub string, n int) quote.Span { return at(t, scoreText, sub, n) }
	tests := []struct {
		name     string
		why      string
		preds    func([]quote.Quote) []quote.Quote // edits the mirrored gold
		dm, ind  Counts
		speech   Counts // Pred and PredMatched are taken from ind
		findings []string
	}{
		{
			name:   "perfect",
			preds:  func(q []quote.Quote) []quote.Quote { return q },
			dm:     Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 2, CueRight: 2, SourcePairs: 2, SourceRight: 2},
			ind:    Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 1, CueRight: 1, SourcePairs: 2, SourceRight: 2},
			speech: Counts{Gold: 1, Matched: 1, CuePairs: 1, CueRight: 1, SourcePairs: 1, SourceRight: 1},
		},
		{
			name:     "nothing predicted",
			preds:    func([]quote.Quote) []quote.Quote { return nil },
			dm:       Counts{Gold: 2},
			ind:      Counts{Gold: 2},
			speech:   Counts{Gold: 1},
			findings: []string{"missed E1", "missed E2", "missed E3", "missed E4"},
		},
		{
			name: "overlap above the threshold",
			why:  "12 of 13 letters in common",
			preds: func(q []quote.Quote) []quote.Quote {
				q[1].Content = []quote.Span{sp("hat taxes rise", 0)}
				return q
			},
			dm:     Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 2, CueRight: 2, SourcePairs: 2, SourceRight: 2},
			ind:    Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 1, CueRight: 1, SourcePairs: 2, SourceRight: 2},
			speech: Counts{Gold: 1, Matched: 1, CuePairs: 1, CueRight: 1, SourcePairs: 1, SourceRight: 1},
		},
		{
			name: "overlap below the threshold",
			why:  "13 letters in common out of the prediction's 17",
			preds: func(q []quote.Quote) []quote.Quote {
				q[1].Content = []quote.Span{sp("said that taxes rise", 0)}
				return q
			},
			dm:       Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 2, CueRight: 2, SourcePairs: 2, SourceRight: 2},
			ind:      Counts{Gold: 2, Pred: 2, Matched: 1, PredMatched: 1, SourcePairs: 1, SourceRight: 1},
			speech:   Counts{Gold: 1},
			findings: []string{"spurious @37", "missed E2"},
		},
		{
			name: "discontinuous content",
			why:  "the pieces of a prediction add up",
			preds: func(q []quote.Quote) []quote.Quote {
				q[2].Content = []quote.Span{sp("rain is", 0), sp("“likely soon.”", 0)}
				return q
			},
			dm:     Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 2, CueRight: 2, SourcePairs: 2, SourceRight: 2},
			ind:    Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 1, CueRight: 1, SourcePairs: 2, SourceRight: 2},
			speech: Counts{Gold: 1, Matched: 1, CuePairs: 1, CueRight: 1, SourcePairs: 1, SourceRight: 1},
		},
		{
			name: "wrong kind",
			why:  "the prediction is not invented, so it counts for precision, but the gold is missed",
			preds: func(q []quote.Quote) []quote.Quote {
				q[0].Kind = quote.Indirect
				return q
			},
			dm:       Counts{Gold: 2, Pred: 1, Matched: 1, PredMatched: 1, CuePairs: 1, CueRight: 1, SourcePairs: 1, SourceRight: 1},
			ind:      Counts{Gold: 2, Pred: 3, Matched: 2, PredMatched: 3, CuePairs: 1, CueRight: 1, SourcePairs: 2, SourceRight: 2},
			speech:   Counts{Gold: 1, Matched: 1, CuePairs: 1, CueRight: 1, SourcePairs: 1, SourceRight: 1},
			findings: []string{"missed E1"},
		},
		{
			name: "cue and source swapped",
			preds: func(q []quote.Quote) []quote.Quote {
				q[1].Cue.Span, q[1].Source = q[1].Source, q[1].Cue.Span
				return q
			},
			dm:       Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 2, CueRight: 2, SourcePairs: 2, SourceRight: 2},
			ind:      Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 1, SourcePairs: 2, SourceRight: 1},
			speech:   Counts{Gold: 1, Matched: 1, CuePairs: 1, SourcePairs: 1},
			findings: []string{"wrong-cue E2", "wrong-source E2"},
		},
		{
			name: "missing cue and source",
			preds: func(q []quote.Quote) []quote.Quote {
				q[0].Cue, q[0].Source = quote.Cue{}, quote.Span{}
				return q
			},
			dm:       Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 2, CueRight: 1, SourcePairs: 2, SourceRight: 1},
			ind:      Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 1, CueRight: 1, SourcePairs: 2, SourceRight: 2},
			speech:   Counts{Gold: 1, Matched: 1, CuePairs: 1, CueRight: 1, SourcePairs: 1, SourceRight: 1},
			findings: []string{"wrong-cue E1", "wrong-source E1"},
		},
		{
			name: "source where the gold has none",
			why:  "the gold has no cue either, so only the source is checked",
			preds: func(q []quote.Quote) []quote.Quote {
				q[3].Source, q[3].Cue.Span = sp("It", 0), sp("said", 2)
				return q
			},
			dm:       Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 2, CueRight: 2, SourcePairs: 2, SourceRight: 2},
			ind:      Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 1, CueRight: 1, SourcePairs: 2, SourceRight: 1},
			speech:   Counts{Gold: 1, Matched: 1, CuePairs: 1, CueRight: 1, SourcePairs: 1, SourceRight: 1},
			findings: []string{"wrong-source E4"},
		},
		{
			name: "one prediction per gold",
			why:  "the closer of two predictions wins the gold; the other is spurious",
			preds: func(q []quote.Quote) []quote.Quote {
				extra := q[0]
				extra.Content = []quote.Span{sp("We will win", 0)}
				q[0].Content = []quote.Span{sp("We will wi", 0)}
				return append(q, extra)
			},
			dm:       Counts{Gold: 2, Pred: 3, Matched: 2, PredMatched: 2, CuePairs: 2, CueRight: 2, SourcePairs: 2, SourceRight: 2},
			ind:      Counts{Gold: 2, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 1, CueRight: 1, SourcePairs: 2, SourceRight: 2},
			speech:   Counts{Gold: 1, Matched: 1, CuePairs: 1, CueRight: 1, SourcePairs: 1, SourceRight: 1},
			findings: []string{"spurious @3"},
		},
		{
			name: "predictions out of bounds",
			why:  "bad spans are cut to the text, a bad kind is not counted, nothing panics",
			preds: func(q []quote.Quote) []quote.Quote {
				return []quote.Quote{
					{Kind: quote.Direct, Content: []quote.Span{{Start: -10, End: 1 << 20}}, Cue: quote.Cue{Span: quote.Span{Start: 900, End: 2}}},
					{Kind: quote.Indirect, Content: []quote.Span{{Start: 30, End: 5}}},
					{Kind: 0, Content: q[0].Content},
					{Kind: quote.Mixed},
				}
			},
			dm:       Counts{Gold: 2, Pred: 2},
			ind:      Counts{Gold: 2, Pred: 1},
			speech:   Counts{Gold: 1},
			findings: []string{"spurious @-10", "spurious @0", "missed E1", "spurious @30", "missed E2", "missed E3", "missed E4"},
		},
	}
	reporting := func(cue string) bool { return cue == "said" }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			preds := tt.preds(mirror(a))
			r := ScoreArticle(&a, Options{
				Extract:   func(string) []quote.Quote { return preds },
				Reporting: reporting,
			})
			got := struct{ DM, Ind, Speech Counts }{r.DirectMixed, r.Indirect, r.Speech}
			want := struct{ DM, Ind, Speech Counts }{tt.dm, tt.ind, tt.speech}
			want.Speech.Pred, want.Speech.PredMatched = tt.ind.Pred, tt.ind.PredMatched
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("counts mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.findings, summary(r.Findings)); diff != "" {
				t.Errorf("findings mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCountsRatios(t *testing.T) {
	tests := []struct {
		name string
		c    Counts
		want [5]float64 // P, R, F1, cue, source
	}{
		{name: "empty", want: [5]float64{0, 0, 0, 0, 0}},
		{
			name: "half and half",
			c:    Counts{Gold: 4, Pred: 2, Matched: 2, PredMatched: 1, CuePairs: 4, CueRight: 3, SourcePairs: 2, SourceRight: 2},
			want: [5]float64{0.5, 0.5, 0.5, 0.75, 1},
		},
		{
			name: "precise but incomplete",
			c:    Counts{Gold: 3, Pred: 1, Matched: 1, PredMatched: 1},
			want: [5]float64{1, 1.0 / 3, 0.5, 0, 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := [5]float64{tt.c.Precision(), tt.c.Recall(), tt.c.F1(), tt.c.CueAccuracy(), tt.c.SourceAccuracy()}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScoreSumsArticles(t *testing.T) {
	a := scoreArticle(t)
	arts := []Article{a, a}
	r := Score(arts, Options{Extract: func(string) []quote.Quote { return mirror(a)[:1] }})
	want := Counts{Gold: 4, Pred: 2, Matched: 2, PredMatched: 2, CuePairs: 2, CueRight: 2, SourcePairs: 2, SourceRight: 2}
	if diff := cmp.Diff(want, r.DirectMixed); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if r.Articles != 2 || r.HasSpeech {
		t.Errorf("Articles = %d, HasSpeech = %v; want 2, false", r.Articles, r.HasSpeech)
	}
}

func TestWriteTable(t *testing.T) {
	r := &Result{
		DirectMixed: Counts{Gold: 4, Pred: 2, Matched: 2, PredMatched: 1, CuePairs: 4, CueRight: 3, SourcePairs: 2, SourceRight: 2},
		Indirect:    Counts{Gold: 3},
		Speech:      Counts{Gold: 2, Pred: 4, Matched: 1, PredMatched: 3, CuePairs: 1, SourcePairs: 1, SourceRight: 1},
		HasSpeech:   true,
	}
	var b strings.Builder
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"         category  gold  pred  matched  pred matched      P      R     F1  cue acc  source acc\n" +
		"     direct+mixed     4     2        2             1  0.500  0.500  0.500    0.750       1.000\n" +
		"         indirect     3     0        0             0      -  0.000  0.000        -           -\n" +
		"  indirect speech     2     4        1             3  0.750  0.500  0.600    0.000       1.000\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteErrors(t *testing.T) {
	a := scoreArticle(t)
	preds := mirror(a)
	preds[1].Cue.Span = at(t, scoreText, "Bob", 0)
	preds = append(preds[:2], preds[3], quote.Quote{Kind: quote.Direct, Rule: "test-rule", Content: []quote.Span{at(t, scoreText, "It is", 0)}})
	r := ScoreArticle(&a, Options{Extract: func(string) []quote.Quote { return preds }})
	var b strings.Builder
	if err := r.WriteErrors(&b); err != nil {
		t.Fatal(err)
	}
	want := "# missed: 1\n" +
		"missed\tsynthetic\tE3 line 3 mixed\t69-95 \"rain is “likely soon.”\"\tcue=\"thinks\" source=\"Cy\"\n" +
		"# spurious: 1\n" +
		"spurious\tsynthetic\tpred direct rule=test-rule\t96-101 \"It is\"\tcue=\"\" source=\"\"\n" +
		"# wrong-cue: 1\n" +
		"wrong-cue\tsynthetic\tE2 line 2 indirect\t42-57 \"that taxes rise\"\tgold cue=\"said\" 37-41\tpred cue=\"Bob\" 33-36 rule=mirror\n" +
		"# wrong-source: 0\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

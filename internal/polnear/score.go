package polnear

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"github.com/hearsaynlp/hearsay/quote"
)

// MinOverlap is the share of letters and digits two contents must have in
// common, relative to the larger of them, for a prediction to match a gold
// attribution.
const MinOverlap = 0.8

// Options configures [Score]. The zero value scores [quote.Extract] without
// a speech-only row.
type Options struct {
	// Extract finds the attributions in one text. Nil means [quote.Extract].
	Extract func(text string) []quote.Quote
	// Reporting reports whether a gold cue, given as its text (fragments
	// joined by a space), is a reporting verb or phrase. When it is set, the
	// result has a speech-only row for indirect attributions; nil leaves the
	// row out.
	Reporting func(cueText string) bool
}

// Category names a row of the result.
type Category uint8

const (
	// DirectMixed is gold that is direct or mixed against predictions of
	// kind [quote.Direct] or [quote.Mixed].
	DirectMixed Category = iota + 1
	// Indirect is gold that is indirect against predictions of kind
	// [quote.Indirect].
	Indirect
)

var categoryNames = []string{DirectMixed: "direct+mixed", Indirect: "indirect"}

// String returns "direct+mixed" or "indirect".
func (c Category) String() string {
	if int(c) < len(categoryNames) && c > 0 {
		return categoryNames[c]
	}
	return "none"
}

// categoryOf returns the category of a kind, or 0 for an invalid kind.
func categoryOf(k quote.Kind) Category {
	switch k {
	case quote.Direct, quote.Mixed:
		return DirectMixed
	case quote.Indirect:
		return Indirect
	}
	return 0
}

// Counts are the tallies of one category.
//
// Recall is Matched/Gold: gold of the category paired with a prediction of
// the category. Precision is PredMatched/Pred: predictions of the category
// paired with gold of any kind, since a prediction that finds a belief or
// an attribution of the other kind is not invented. Cue and source accuracy
// are measured on the pairs whose gold and prediction are both of the
// category; pairs whose gold has no cue are left out of cue accuracy.
type Counts struct {
	Gold, Pred           int
	Matched, PredMatched int
	// CuePairs pairs were checked for the cue, CueRight of them overlap a
	// gold cue.
	CuePairs, CueRight int
	// SourcePairs pairs were checked for the source, SourceRight of them
	// overlap a gold source, or have none when the gold has none.
	SourcePairs, SourceRight int
}

// Add adds the tallies of d to c.
func (c *Counts) Add(d Counts) {
	c.Gold += d.Gold
	c.Pred += d.Pred
	c.Matched += d.Matched
	c.PredMatched += d.PredMatched
	c.CuePairs += d.CuePairs
	c.CueRight += d.CueRight
	c.SourcePairs += d.SourcePairs
	c.SourceRight += d.SourceRight
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// Precision is PredMatched/Pred, 0 when there are no predictions.
func (c Counts) Precision() float64 { return ratio(c.PredMatched, c.Pred) }

// Recall is Matched/Gold, 0 when there is no gold.
func (c Counts) Recall() float64 { return ratio(c.Matched, c.Gold) }

// F1 is the harmonic mean of [Counts.Precision] and [Counts.Recall].
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// CueAccuracy is CueRight/CuePairs, 0 when no pair was checked.
func (c Counts) CueAccuracy() float64 { return ratio(c.CueRight, c.CuePairs) }

// SourceAccuracy is SourceRight/SourcePairs, 0 when no pair was checked.
func (c Counts) SourceAccuracy() float64 { return ratio(c.SourceRight, c.SourcePairs) }

// Result is the score of one or more articles.
type Result struct {
	Articles    int    // how many articles were scored
	DirectMixed Counts // direct and mixed quotes, scored together
	Indirect    Counts // every indirect attribution, speech or belief
	// Speech scores indirect speech: its Pred and PredMatched are those of
	// Indirect (a prediction that finds a belief is not invented), while
	// Gold, Matched and the cue and source pairs count only the indirect
	// gold whose cue is a reporting verb or phrase. HasSpeech is set when
	// [Options.Reporting] was.
	Speech    Counts
	HasSpeech bool
	// Findings lists every error, article by article, in text order.
	Findings []Finding
}

// Add adds the tallies and findings of s to r.
func (r *Result) Add(s *Result) {
	r.Articles += s.Articles
	r.DirectMixed.Add(s.DirectMixed)
	r.Indirect.Add(s.Indirect)
	r.Speech.Add(s.Speech)
	r.HasSpeech = r.HasSpeech || s.HasSpeech
	r.Findings = append(r.Findings, s.Findings...)
}

// Counts returns the tallies of category c, zero for an unknown category.
func (r *Result) Counts(c Category) Counts {
	if p := r.counts(c); p != nil {
		return *p
	}
	return Counts{}
}

func (r *Result) counts(c Category) *Counts {
	switch c {
	case DirectMixed:
		return &r.DirectMixed
	case Indirect:
		return &r.Indirect
	}
	return nil
}

// Score scores the extractor on every article.
func Score(articles []Article, opts Options) *Result {
	var r Result
	for i := range articles {
		r.Add(ScoreArticle(&articles[i], opts))
	}
	return &r
}

// ScoreArticle scores the extractor on one article.
func ScoreArticle(a *Article, opts Options) *Result {
	extract := opts.Extract
	if extract == nil {
		extract = quote.Extract
	}
	preds := extract(a.Text)
	r := &Result{Articles: 1, HasSpeech: opts.Reporting != nil}

	words := wordPrefix(a.Text)
	count := func(spans []quote.Span) int {
		n := 0
		for _, s := range spans {
			n += int(words[s.End] - words[s.Start])
		}
		return n
	}
	predContent := make([][]quote.Span, len(preds))
	predWords := make([]int, len(preds))
	for j, p := range preds {
		predContent[j] = prepare(p.Content, len(a.Text))
		predWords[j] = count(predContent[j])
	}

	type pair struct {
		g, p  int
		ratio float64
	}
	var cands []pair
	for g := range a.Gold {
		gc := prepare(a.Gold[g].Content, len(a.Text))
		gw := count(gc)
		for p := range preds {
			larger := max(gw, predWords[p])
			if larger == 0 {
				continue
			}
			common := count(intersect(gc, predContent[p]))
			if x := float64(common) / float64(larger); common > 0 && x >= MinOverlap {
				cands = append(cands, pair{g, p, x})
			}
		}
	}
	slices.SortFunc(cands, func(x, y pair) int {
		if c := cmp.Compare(y.ratio, x.ratio); c != 0 {
			return c
		}
		if c := cmp.Compare(x.g, y.g); c != 0 {
			return c
		}
		return cmp.Compare(x.p, y.p)
	})
	goldTo := make([]int, len(a.Gold))
	predTo := make([]int, len(preds))
	for i := range goldTo {
		goldTo[i] = -1
	}
	for i := range predTo {
		predTo[i] = -1
	}
	for _, c := range cands {
		if goldTo[c.g] < 0 && predTo[c.p] < 0 {
			goldTo[c.g], predTo[c.p] = c.p, c.g
		}
	}

	for j, p := range preds {
		cat := categoryOf(p.Kind)
		if cat == 0 {
			continue
		}
		c := r.counts(cat)
		c.Pred++
		if predTo[j] >= 0 {
			c.PredMatched++
		} else {
			r.Findings = append(r.Findings, Finding{What: Spurious, Article: a.Name, Text: a.Text, Pred: &preds[j]})
		}
	}
	for i := range a.Gold {
		g := &a.Gold[i]
		cat := categoryOf(g.Kind)
		if cat == 0 {
			continue
		}
		c := r.counts(cat)
		c.Gold++
		speech := cat == Indirect && opts.Reporting != nil && len(g.Cue) > 0 && opts.Reporting(spanText(a.Text, g.Cue))
		if speech {
			r.Speech.Gold++
		}
		j := goldTo[i]
		var p *quote.Quote
		if j >= 0 {
			p = &preds[j]
		}
		if p == nil || categoryOf(p.Kind) != cat {
			r.Findings = append(r.Findings, Finding{What: Missed, Article: a.Name, Text: a.Text, Gold: g, Pred: p})
			continue
		}
		c.Matched++
		cueRight := overlapsAny(p.Cue.Span, g.Cue)
		if len(g.Cue) > 0 {
			c.CuePairs++
			if cueRight {
				c.CueRight++
			} else {
				r.Findings = append(r.Findings, Finding{What: WrongCue, Article: a.Name, Text: a.Text, Gold: g, Pred: p})
			}
		}
		sourceRight := len(g.Source) == 0 && p.Source.IsZero() || overlapsAny(p.Source, g.Source)
		c.SourcePairs++
		if sourceRight {
			c.SourceRight++
		} else {
			r.Findings = append(r.Findings, Finding{What: WrongSource, Article: a.Name, Text: a.Text, Gold: g, Pred: p})
		}
		if speech {
			r.Speech.Matched++
			r.Speech.CuePairs++
			r.Speech.SourcePairs++
			r.Speech.CueRight += b2i(cueRight)
			r.Speech.SourceRight += b2i(sourceRight)
		}
	}
	if r.HasSpeech {
		r.Speech.Pred, r.Speech.PredMatched = r.Indirect.Pred, r.Indirect.PredMatched
	}
	slices.SortStableFunc(r.Findings, func(x, y Finding) int { return cmp.Compare(x.start(), y.start()) })
	return r
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// prepare returns a sorted copy of spans without overlaps, limited to a
// text of n bytes. It never modifies spans, which belong to the caller.
func prepare(spans []quote.Span, n int) []quote.Span {
	out := make([]quote.Span, 0, len(spans))
	for _, s := range spans {
		if s, ok := clamp(s, n); ok {
			out = append(out, s)
		}
	}
	return normalize(out)
}

// wordPrefix returns, for every byte offset i of text and len(text), how
// many letters and digits start before i.
func wordPrefix(text string) []int32 {
	prefix := make([]int32, len(text)+1)
	var n int32
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		for k := range size {
			prefix[i+k] = n
		}
		if isWordRune(r) {
			n++
		}
		i += size
	}
	prefix[len(text)] = n
	return prefix
}

// intersect returns the intersection of two sorted lists of disjoint spans.
func intersect(a, b []quote.Span) []quote.Span {
	var out []quote.Span
	for i, j := 0, 0; i < len(a) && j < len(b); {
		s := quote.Span{Start: max(a[i].Start, b[j].Start), End: min(a[i].End, b[j].End)}
		if s.Start < s.End {
			out = append(out, s)
		}
		if a[i].End < b[j].End {
			i++
		} else {
			j++
		}
	}
	return out
}

// overlapsAny reports whether s shares at least one byte with one of spans.
func overlapsAny(s quote.Span, spans []quote.Span) bool {
	for _, t := range spans {
		if s.Start < t.End && t.Start < s.End {
			return true
		}
	}
	return false
}

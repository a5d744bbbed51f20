package pipeline

import (
	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/speaker"
	"github.com/hearsaynlp/hearsay/stance"
)

// Options configures a [Pipeline]. The zero value extracts quotes with
// quote marks only and judges them with [stance.Default].
type Options struct {
	// Indirect also extracts speech without quote marks.
	Indirect bool
	// Rules judges the stance of each quote; nil means [stance.Default].
	Rules *stance.RuleSet
}

// Pipeline finds the quotes of a text, their speakers and their stance.
type Pipeline struct {
	ex    *quote.Extractor
	rules *stance.RuleSet
}

// New returns a pipeline configured by o.
func New(o Options) *Pipeline {
	rules := o.Rules
	if rules == nil {
		rules = stance.Default()
	}
	return &Pipeline{ex: quote.New(quote.Options{Indirect: o.Indirect}), rules: rules}
}

// Rules returns the rule set the pipeline judges stance with.
func (p *Pipeline) Rules() *stance.RuleSet { return p.rules }

// Result is what a [Pipeline] finds in one text.
type Result struct {
	// Doc holds the speakers of the text and one attribution per quote,
	// in the order of the text.
	Doc speaker.Doc
	// Stances holds the stance of each quote: Stances[i] judges
	// Doc.Attributions[i].
	Stances []stance.Result
}

// Run finds the quotes of text, attributes them to speakers and judges
// their stance. Like every stage, it accepts any bytes and never fails.
func (p *Pipeline) Run(text string) Result {
	return p.Attribute(text, p.ex.Extract(text))
}

// Attribute attributes quotes, found in text by an extractor of the
// caller's, to speakers and judges their stance: the stages of [Run]
// after the first.
func (p *Pipeline) Attribute(text string, quotes []quote.Quote) Result {
	doc := speaker.Attribute(text, quotes)
	stances := make([]stance.Result, len(doc.Attributions))
	for i, a := range doc.Attributions {
		stances[i] = p.rules.Quote(text, a.Quote)
	}
	return Result{Doc: doc, Stances: stances}
}

// Speakers returns the canonical names of the speakers of attribution i
// of r, in the order the attribution gives them; none when it is
// unresolved.
func (r *Result) Speakers(i int) []string {
	a := r.Doc.Attributions[i]
	names := make([]string, 0, len(a.Speakers))
	for _, s := range a.Speakers {
		if s >= 0 && s < len(r.Doc.Speakers) {
			names = append(names, r.Doc.Speakers[s].Name)
		}
	}
	return names
}

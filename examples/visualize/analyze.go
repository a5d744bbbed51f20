package main

import (
	"strings"

	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/speaker"
	"github.com/hearsaynlp/hearsay/stance"
)

// fullAnalyzer runs hearsay's pipeline on a text: quotes from package
// quote, their speakers from package speaker and their stance from
// package stance. It is safe for concurrent use.
type fullAnalyzer struct {
	p *pipeline.Pipeline
}

// newAnalyzer returns an analyzer that finds reported speech without
// quote marks too when indirect is set, and judges stance with rules, or
// with the default rules when rules is nil.
func newAnalyzer(indirect bool, rules *stance.RuleSet) analyzer {
	return fullAnalyzer{p: pipeline.New(pipeline.Options{Indirect: indirect, Rules: rules})}
}

func (a fullAnalyzer) analyze(text string) view {
	r := a.p.Run(text)
	v := view{Text: text, HasStance: true}
	for _, s := range r.Doc.Speakers {
		v.Speakers = append(v.Speakers, speakerView{Name: s.Name, Detail: speakerDetail(s), Mentions: s.Mentions})
	}
	for i, at := range r.Doc.Attributions {
		qv := quoteView{Q: at.Quote, Speakers: at.Speakers, Method: methodText[at.Method], Reason: at.Reason}
		if i < len(r.Stances) {
			qv.Stance = newStanceView(r.Stances[i])
		}
		v.Quotes = append(v.Quotes, qv)
	}
	v.linkQuotes()
	return v
}

// methodText says for people how a speaker was found.
var methodText = map[speaker.Method]string{
	speaker.Named:        "by name",
	speaker.Surname:      "by surname",
	speaker.ByRole:       "by role",
	speaker.Pronoun:      "from a pronoun",
	speaker.Continuation: "continuing the quote before",
}

// speakerDetail describes s for people: its type and roles, as
// "person · Foreign Minister (Russia)".
func speakerDetail(s speaker.Speaker) string {
	var parts []string
	if s.Type != speaker.Unknown {
		parts = append(parts, s.Type.String())
	}
	for _, r := range s.Roles {
		role := r.Title
		if r.Affiliation != "" {
			role += " (" + r.Affiliation + ")"
		}
		parts = append(parts, role)
	}
	return strings.Join(parts, " · ")
}

func newStanceView(r stance.Result) stanceView {
	sv := stanceView{Label: r.Label, Score: r.Score, Hedged: r.Hedged, Negated: r.Negated, Target: r.Target, Aligns: r.Aligns}
	for _, f := range r.Fired {
		sv.Fired = append(sv.Fired, f.Rule)
	}
	return sv
}

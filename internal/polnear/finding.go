package polnear

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/hearsaynlp/hearsay/quote"
)

// FindingKind says what went wrong in a [Finding].
type FindingKind uint8

const (
	// Missed is gold not found by a prediction of its category. Pred is the
	// prediction it was paired with, of the other category, or nil.
	Missed FindingKind = iota + 1
	// Spurious is a prediction paired with no gold at all.
	Spurious
	// WrongCue is a pair whose predicted cue overlaps no gold cue.
	WrongCue
	// WrongSource is a pair whose predicted source overlaps no gold source,
	// or that has a source where the gold has none, or none where it has one.
	WrongSource
)

var findingNames = []string{Missed: "missed", Spurious: "spurious", WrongCue: "wrong-cue", WrongSource: "wrong-source"}

// String returns "missed", "spurious", "wrong-cue" or "wrong-source".
func (k FindingKind) String() string {
	if k > 0 && int(k) < len(findingNames) {
		return findingNames[k]
	}
	return fmt.Sprintf("finding(%d)", k)
}

// Finding is one error of the extractor, for a developer to read.
type Finding struct {
	What    FindingKind
	Article string // the article's name, its .txt file without the extension
	// Text is the article text the spans point into.
	Text string
	// Gold is nil for [Spurious]; Pred is nil for a [Missed] gold that was
	// paired with nothing. Both point into the scored data.
	Gold *Gold
	Pred *quote.Quote
}

func (f Finding) start() int {
	switch {
	case f.Gold != nil && len(f.Gold.Content) > 0:
		return f.Gold.Content[0].Start
	case f.Pred != nil && len(f.Pred.Content) > 0:
		return f.Pred.Content[0].Start
	case f.Pred != nil:
		return f.Pred.Span.Start
	}
	return 0
}

// snippetRunes is how much of a content a finding shows.
const snippetRunes = 90

// String renders f on one line, tab-separated: what, article, the gold event
// and kind or the predicted kind and rule, the content offsets (bytes) and a
// snippet, then cue and source.
func (f Finding) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\t%s", f.What, f.Article)
	switch f.What {
	case Spurious:
		p := f.Pred
		fmt.Fprintf(&b, "\tpred %s rule=%s\t%s %q", p.Kind, p.Rule, spansString(p.Content), snippet(f.Text, p.Content))
		fmt.Fprintf(&b, "\tcue=%q source=%q", spanText(f.Text, nonZero(p.Cue.Span)), spanText(f.Text, nonZero(p.Source)))
		return b.String()
	}
	g := f.Gold
	fmt.Fprintf(&b, "\t%s line %d %s\t%s %q", g.Event, g.Line, g.Kind, spansString(g.Content), snippet(f.Text, g.Content))
	switch f.What {
	case Missed:
		fmt.Fprintf(&b, "\tcue=%q source=%q", spanText(f.Text, g.Cue), spanText(f.Text, g.Source))
		if f.Pred != nil {
			fmt.Fprintf(&b, "\t(paired with a %s prediction, rule=%s)", f.Pred.Kind, f.Pred.Rule)
		}
	case WrongCue:
		fmt.Fprintf(&b, "\tgold cue=%q %s\tpred cue=%q %s rule=%s",
			spanText(f.Text, g.Cue), spansString(g.Cue),
			spanText(f.Text, nonZero(f.Pred.Cue.Span)), spansString(nonZero(f.Pred.Cue.Span)), f.Pred.Rule)
	case WrongSource:
		fmt.Fprintf(&b, "\tgold source=%q %s\tpred source=%q %s rule=%s",
			spanText(f.Text, g.Source), spansString(g.Source),
			spanText(f.Text, nonZero(f.Pred.Source)), spansString(nonZero(f.Pred.Source)), f.Pred.Rule)
	}
	return b.String()
}

func nonZero(s quote.Span) []quote.Span {
	if s.IsZero() {
		return nil
	}
	return []quote.Span{s}
}

// spanText returns the text of spans joined by a space; spans outside text
// are cut to fit.
func spanText(text string, spans []quote.Span) string {
	var b strings.Builder
	for i, s := range spans {
		if s, ok := clamp(s, len(text)); ok {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(text[s.Start:s.End])
		}
	}
	return b.String()
}

// snippet returns the start of the text of spans, on one line.
func snippet(text string, spans []quote.Span) string {
	s := strings.Join(strings.Fields(spanText(text, spans)), " ")
	if utf8.RuneCountInString(s) <= snippetRunes {
		return s
	}
	n := 0
	for i := range s {
		if n == snippetRunes {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

func spansString(spans []quote.Span) string {
	if len(spans) == 0 {
		return "-"
	}
	parts := make([]string, len(spans))
	for i, s := range spans {
		parts[i] = fmt.Sprintf("%d-%d", s.Start, s.End)
	}
	return strings.Join(parts, ";")
}

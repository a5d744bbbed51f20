package main

import "github.com/hearsaynlp/hearsay/quote"

// view is everything the page shows for one text: the text itself, the
// speakers found in it and its quotes. It is built by an [analyzer] and
// read by the renderer, so the page does not depend on which packages
// produced the data.
type view struct {
	Text     string
	Speakers []speakerView
	Quotes   []quoteView
	// HasStance is set when the quotes carry stance results, so the page
	// shows the column even when every label is empty.
	HasStance bool
}

// speakerView is one speaker of the text.
type speakerView struct {
	Name string
	// Detail says what kind of speaker it is and its roles, for people
	// ("person · foreign minister"); empty when nothing is known.
	Detail   string
	Mentions []quote.Span
	Quotes   []int // indexes into view.Quotes, in text order
}

// quoteView is one quote with its speakers and stance.
type quoteView struct {
	Q quote.Quote
	// Speakers are indexes into view.Speakers; empty when the speaker is
	// unresolved. The first one chooses the colour.
	Speakers []int
	// Method says how the speaker was found ("by name", "from a
	// pronoun"); Reason why it was not, when Speakers is empty. Both may
	// be empty.
	Method, Reason string
	Stance         stanceView
}

// stanceView is the stance of one quote. The zero value means no stance.
type stanceView struct {
	Label   string
	Score   float64
	Hedged  bool
	Negated bool
	Target  string
	Aligns  string   // whom the speaker sides with, as written
	Fired   []string // the rules that fired, as "section key"
}

// speaker returns the index of the speaker that colours q, or -1 when it is
// unresolved.
func (q *quoteView) speaker() int {
	if len(q.Speakers) == 0 {
		return -1
	}
	return q.Speakers[0]
}

// analyzer turns a text into a view. Implementations are safe for
// concurrent use.
type analyzer interface {
	analyze(text string) view
}

// linkQuotes fills the Quotes list of every speaker from the quotes.
func (v *view) linkQuotes() {
	for i := range v.Speakers {
		v.Speakers[i].Quotes = nil
	}
	for qi, q := range v.Quotes {
		for _, s := range q.Speakers {
			if s >= 0 && s < len(v.Speakers) {
				v.Speakers[s].Quotes = append(v.Speakers[s].Quotes, qi)
			}
		}
	}
}

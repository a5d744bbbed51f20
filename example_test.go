package hearsay_test

import (
	"fmt"

	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/speaker"
	"github.com/hearsaynlp/hearsay/stance"
)

// The three stages in turn: the quotes of a text, who said each, and
// where they stand.
func Example() {
	text := "Russian Foreign Minister Sergei Lavrov met US officials in Riyadh. " +
		"“The conversation was very useful,” Lavrov said.\n" +
		"US Secretary of State Marco Rubio said the talks were “a first step” but warned that sanctions would stay.\n"
	doc := speaker.Attribute(text, quote.New(quote.Options{Indirect: true}).Extract(text))
	for _, a := range doc.Attributions {
		who := "?"
		if len(a.Speakers) > 0 {
			who = doc.Speakers[a.Speakers[0]].Name
		}
		r := stance.Default().Quote(text, a.Quote)
		c := a.Quote.Content[0]
		fmt.Printf("%-8s %-13s %-7s %s\n", a.Quote.Kind, who, r.Label, text[c.Start:c.End])
	}
	// Output:
	// direct   Sergei Lavrov support “The conversation was very useful,”
	// mixed    Marco Rubio   neutral the talks were “a first step”
	// indirect Marco Rubio   neutral that sanctions would stay
}

package speaker_test

import (
	"fmt"

	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/speaker"
)

func Example() {
	text := "Russian Foreign Minister Sergei Lavrov met US officials in Riyadh. " +
		"“The conversation was very useful,” Lavrov said. " +
		"He added: “We not only listened, but also heard each other.”\n" +
		"“I have reason to believe that the American side has started to better understand our position,” the Russian foreign minister said.\n"
	doc := speaker.Attribute(text, quote.Extract(text))
	for _, a := range doc.Attributions {
		s := doc.Speakers[a.Speakers[0]]
		fmt.Printf("%-36q %s (%s)\n", text[a.Quote.Source.Start:a.Quote.Source.End], s.Name, a.Method)
	}
	// Output:
	// "Lavrov"                             Sergei Lavrov (surname)
	// "He"                                 Sergei Lavrov (pronoun)
	// "the Russian foreign minister"       Sergei Lavrov (role)
}

func ExampleDoc_Find() {
	text := "US Secretary of State Marco Rubio said the talks were a start. " +
		"Rubio said the sides agreed on three goals. " +
		"Putin aide Yuri Ushakov and Rubio said no date was set."
	doc := speaker.Attribute(text, quote.New(quote.Options{Indirect: true}).Extract(text))
	rubio, ok := doc.Find("Rubio")
	fmt.Println(ok, rubio.Name, rubio.Roles[0].Title, rubio.Roles[0].Affiliation)
	for _, i := range rubio.Quotes {
		a := doc.Attributions[i]
		fmt.Printf("%d speaker(s): %s\n", len(a.Speakers), text[a.Quote.Content[0].Start:a.Quote.Content[0].End])
	}
	// Output:
	// true Marco Rubio Secretary of State US
	// 1 speaker(s): the talks were a start
	// 1 speaker(s): the sides agreed on three goals
	// 2 speaker(s): no date was set
}

func ExampleAttribution_unresolved() {
	text := "The president said the talks were useful. President Joe Biden and President Emmanuel Macron met later."
	doc := speaker.Attribute(text, quote.New(quote.Options{Indirect: true}).Extract(text))
	a := doc.Attributions[0]
	fmt.Println(len(a.Speakers), a.Method, a.Reason)
	// Output:
	// 0 none 2 people in the document hold the role "president"
}

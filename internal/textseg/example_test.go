package textseg_test

import (
	"fmt"

	"github.com/hearsaynlp/hearsay/internal/textseg"
)

// The four steps on a short article: its paragraphs, their tokens, which
// quotation marks open and close quotations (the ’ of “envoys’” is a
// possessive; the one in “won’t” is part of the word), and the sentences,
// none of which ends inside a quotation.
func Example() {
	text := "“We won’t retreat. Never,” Mr. Lavrov said.\nThe envoys’ visit went well, he said. Then he left."
	var (
		toks    []textseg.Token
		regions []textseg.Region
		sents   []textseg.Range
		pairer  textseg.Pairer
	)
	for p := range textseg.Paragraphs(text) {
		toks = textseg.Tokenize(toks[:0], text, p.Start, p.End)
		regions = pairer.Pair(regions[:0], text, toks, p.End)
		sents = textseg.Sentences(sents[:0], text, toks, regions)
		fmt.Printf("paragraph [%d,%d): %d tokens\n", p.Start, p.End, len(toks))
		for _, t := range toks {
			if t.Kind == textseg.Mark {
				fmt.Printf("  mark %s at %d: %v\n", t.Text(text), t.Start, t.Role)
			}
		}
		for _, r := range regions {
			fmt.Printf("  quotation %s\n", text[r.Start:r.End])
		}
		for _, s := range sents {
			fmt.Printf("  sentence %s\n", text[toks[s.From].Start:toks[s.To-1].End])
		}
	}
	// Output:
	// paragraph [0,49): 13 tokens
	//   mark “ at 0: open
	//   mark ” at 29: close
	//   quotation “We won’t retreat. Never,”
	//   sentence “We won’t retreat. Never,” Mr. Lavrov said.
	// paragraph [50,103): 14 tokens
	//   mark ’ at 60: apostrophe
	//   sentence The envoys’ visit went well, he said.
	//   sentence Then he left.
}

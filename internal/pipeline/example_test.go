package pipeline_test

import (
	"fmt"
	"strings"

	"github.com/hearsaynlp/hearsay/internal/pipeline"
)

func Example() {
	text := "Foreign Minister Anna Berg arrived on Monday. “This is a constructive step,” Berg said. " +
		"“It will fail,” said a senior official."
	p := pipeline.New(pipeline.Options{})
	r := p.Run(text)
	for i, a := range r.Doc.Attributions {
		q := a.Quote.Content[0]
		fmt.Printf("%s | %s (%s) | %s %+.2f\n", text[q.Start:q.End], strings.Join(r.Speakers(i), "; "),
			a.Method, r.Stances[i].Label, r.Stances[i].Score)
	}
	// Output:
	// “This is a constructive step,” | Anna Berg (surname) | support +0.50
	// “It will fail,” | a senior official (named) | oppose -0.50
}

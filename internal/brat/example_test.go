package brat_test

import (
	"fmt"

	"github.com/hearsaynlp/hearsay/internal/brat"
)

// Reading the attributions of an .ann file and converting their
// code-point offsets to byte offsets into the article, so that the
// article's text can be sliced with them. The bad line is reported with
// its file and line, and the rest is still read.
func Example() {
	text := "“Señor, we won,” Lavrov said."
	ann := "T1\tContent 0 16\t“Señor, we won,”\n" +
		"T2\tSource 17 23\tLavrov\n" +
		"T3\tCue 24 28\tsaid\n" +
		"T4\tAttribution 24 28\tsaid\n" +
		"T5\tCue 24\tsaid\n" +
		"E1\tAttribution:T4 Content:T1 Source:T2 Cue:T3\n"
	attrs, err := brat.Parse("lavrov.ann", []byte(ann))
	fmt.Println(err)
	off := brat.NewOffsets(text)
	for _, a := range attrs {
		b, err := off.Attribution(a)
		if err != nil {
			fmt.Println(err)
			continue
		}
		c, bc := a.Content[0], b.Content[0]
		fmt.Printf("%s content: code points [%d,%d), bytes [%d,%d): %s\n", a.ID, c.Start, c.End, bc.Start, bc.End, text[bc.Start:bc.End])
		fmt.Printf("%s source %s, cue %s\n", a.ID, text[b.Source[0].Start:b.Source[0].End], text[b.Cue[0].Start:b.Cue[0].End])
	}
	// Output:
	// lavrov.ann:5: T5: bad fragment "24"
	// E1 content: code points [0,16), bytes [0,21): “Señor, we won,”
	// E1 source Lavrov, cue said
}

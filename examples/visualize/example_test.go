package main

import (
	"fmt"
	"os"
	"strings"
)

// The page for a text, written by -html: here its article, where each
// quote's attribution, source, cue and content are elements whose classes
// carry the speaker's colour (s0) and the kind of quote (k-direct), and
// an empty badge element labels the quote by CSS alone.
func Example() {
	text := "“We will not retreat,” Lavrov said."
	var page strings.Builder
	// Like: go run ./examples/visualize -html - - <article.txt >page.html
	cmd([]string{"-html", "-", "-"}, strings.NewReader(text), &page, os.Stderr)
	_, article, _ := strings.Cut(page.String(), `<div id="text" class="text">`)
	article, _, _ = strings.Cut(article, "</div>")
	fmt.Println(article)
	// Output:
	// <span class="att s0 k-direct" data-q="0" id="q0" title="Lavrov · direct · cue “said” · rule quote-source-cue"><mark class="content s0 k-direct" data-q="0" title="Lavrov · direct · cue “said” · rule quote-source-cue">“We will not retreat,”</mark> <span class="source s0 k-direct" data-q="0" title="source: Lavrov">Lavrov</span> <span class="cue k-direct" data-q="0" title="cue: say (neutral)">said</span></span><span class="badge s0" data-label="direct"></span>.
}

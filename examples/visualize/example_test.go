package main

import (
	"fmt"
	"os"
	"strings"
)

// The page for a text, written by -html: here its article, where each
// quote's attribution, source, cue and content are elements whose classes
// carry the speaker's colour (s0) and the kind of quote (k-direct), the
// other mentions of a speaker are underlined in its colour, and an empty
// badge element labels the quote with its kind and stance by CSS alone.
func Example() {
	text := "Sergei Lavrov met Marco Rubio. “We will not retreat,” Lavrov said."
	var page strings.Builder
	// Like: go run ./examples/visualize -html - - <article.txt >page.html
	cmd([]string{"-html", "-", "-"}, strings.NewReader(text), &page, os.Stderr)
	_, article, _ := strings.Cut(page.String(), `<div id="text" class="text">`)
	article, _, _ = strings.Cut(article, "</div>")
	fmt.Println(article)
	// Output:
	// <span class="mention s0" title="Sergei Lavrov">Sergei Lavrov</span> met <span class="mention s1" title="Marco Rubio">Marco Rubio</span>. <span class="att s0 k-direct" data-q="0" id="q0" title="Sergei Lavrov (by surname) · direct · cue “said” · stance oppose -0.50, negated · rules: negator not · rule quote-source-cue"><mark class="content s0 k-direct" data-q="0" title="Sergei Lavrov (by surname) · direct · cue “said” · stance oppose -0.50, negated · rules: negator not · rule quote-source-cue">“We will not retreat,”</mark> <span class="source s0 k-direct" data-q="0" title="source: Sergei Lavrov">Lavrov</span> <span class="cue k-direct" data-q="0" title="cue: say (neutral)">said</span></span><span class="badge s0" data-label="direct · oppose"></span>.
}

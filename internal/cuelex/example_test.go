package cuelex_test

import (
	"fmt"

	"github.com/hearsaynlp/hearsay/internal/cuelex"
)

// Every inflection of a reporting verb leads back to its lemma and the
// way it frames what it reports; words that are no cue are not found.
func ExampleLexicon_Lookup() {
	lex := cuelex.Default()
	for _, w := range []string{"said", "Denied", "urging", "believes", "table"} {
		e, ok := lex.Lookup(w)
		fmt.Printf("%-8s %-5v %-7s %-9s belief=%v\n", w, ok, e.Lemma, e.Class, e.Belief)
	}
	if e, ok := lex.Phrase("pointed", "out"); ok {
		fmt.Println("pointed out:", e.Lemma, e.Class)
	}
	// Output:
	// said     true  say     neutral   belief=false
	// Denied   true  deny    dispute   belief=false
	// urging   true  urge    directive belief=false
	// believes true  believe tentative belief=true
	// table    false                   belief=false
	// pointed out: point out neutral
}

// A lexicon of one's own, with every problem of its source reported by
// line.
func ExampleParse() {
	lex, err := cuelex.Parse("neutral: say/said/said opine\nsarcastic: sneer\n")
	fmt.Println(err)
	e, _ := lex.Lookup("opined")
	fmt.Println(lex.Len(), e.Lemma, e.Form == cuelex.Past|cuelex.Participle) // say says said saying, and the same of opine
	// Output:
	// line 2: unknown class "sarcastic"
	// 8 opine true
}

package quote_test

import (
	"fmt"

	"github.com/hearsaynlp/hearsay/quote"
)

func ExampleExtract() {
	text := "“We will not retreat,” Lavrov said, “never.”"
	for _, q := range quote.Extract(text) {
		fmt.Println("kind:", q.Kind)
		for _, c := range q.Content {
			fmt.Println("content:", text[c.Start:c.End])
		}
		fmt.Println("cue:", text[q.Cue.Span.Start:q.Cue.Span.End], "lemma:", q.Cue.Lemma)
		fmt.Println("source:", text[q.Source.Start:q.Source.End])
	}
	// Output:
	// kind: direct
	// content: “We will not retreat,”
	// content: “never.”
	// cue: said lemma: say
	// source: Lavrov
}

// A reporting clause whose content is only partly quoted is a mixed quote:
// its content runs from "that" to the end of the clause.
func ExampleExtract_mixed() {
	text := "Ushakov told Russian television that a meeting was “unlikely” to take place next week."
	for _, q := range quote.Extract(text) {
		fmt.Println("kind:", q.Kind)
		fmt.Println("content:", text[q.Content[0].Start:q.Content[0].End])
		fmt.Println("cue:", text[q.Cue.Span.Start:q.Cue.Span.End])
		fmt.Println("source:", text[q.Source.Start:q.Source.End])
	}
	// Output:
	// kind: mixed
	// content: that a meeting was “unlikely” to take place next week
	// cue: told Russian television
	// source: Ushakov
}

// An Extractor is built once and used for every document, from any number
// of goroutines. Spans are byte offsets: each curly quotation mark takes
// three bytes.
func ExampleExtractor() {
	e := quote.New(quote.Options{})
	for _, text := range []string{
		"“We will win,” said Sergei Lavrov.",
		"Lavrov told reporters: “The conversation was very useful.”",
	} {
		for _, q := range e.Extract(text) {
			fmt.Printf("%s, rule %s, span %v\n", q.Kind, q.Rule, q.Span)
			fmt.Printf("  content %q\n", text[q.Content[0].Start:q.Content[0].End])
			fmt.Printf("  cue %q (%s, %s)\n", text[q.Cue.Span.Start:q.Cue.Span.End], q.Cue.Lemma, q.Cue.Class)
			fmt.Printf("  source %q\n", text[q.Source.Start:q.Source.End])
		}
	}
	// Output:
	// direct, rule quote-cue-source, span {0 37}
	//   content "“We will win,”"
	//   cue "said" (say, neutral)
	//   source "Sergei Lavrov"
	// direct, rule source-cue-quote, span {0 62}
	//   content "“The conversation was very useful.”"
	//   cue "told reporters" (tell, neutral)
	//   source "Lavrov"
}

// Reported speech without quote marks needs Options.Indirect. The cue
// records who was told and through what.
func ExampleOptions_indirect() {
	e := quote.New(quote.Options{Indirect: true})
	text := "Lavrov told reporters in Riyadh that the talks were useful. Waltz thinks a summit could follow."
	for _, q := range e.Extract(text) {
		c := q.Cue
		fmt.Printf("%s %q, cue %q (%s), source %q", q.Kind, text[q.Content[0].Start:q.Content[0].End],
			text[c.Span.Start:c.Span.End], c.Class, text[q.Source.Start:q.Source.End])
		if !c.Addressee.IsZero() {
			fmt.Printf(", told %q", text[c.Addressee.Start:c.Addressee.End])
		}
		if c.Belief {
			fmt.Print(", a belief")
		}
		fmt.Println()
	}
	// Output:
	// indirect "that the talks were useful", cue "told reporters in Riyadh" (neutral), source "Lavrov", told "reporters"
	// indirect "a summit could follow", cue "thinks" (tentative), source "Waltz", a belief
}

// AddCues and RemoveCues edit the lexicon; Check reports invalid entries.
func ExampleOptions_Check() {
	opts := quote.Options{Indirect: true, AddCues: "assertive: opine\nloud: shout", RemoveCues: []string{"mumble", "frobnicate"}}
	fmt.Println(opts.Check())
	// Output:
	// quote: cue lexicon:
	//	cannot remove "frobnicate": not in the lexicon
	//	line 2: unknown class "loud"
}

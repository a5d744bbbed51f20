package stance_test

import (
	"fmt"
	"time"

	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/stance"
)

func ExampleRuleSet_Quote() {
	text := "Witkoff said the meeting was “positive, upbeat, constructive.”"
	rs := stance.Default()
	for _, q := range quote.Extract(text) {
		r := rs.Quote(text, q)
		fmt.Printf("%s %.2f\n", r.Label, r.Score)
		for _, f := range r.Fired {
			fmt.Println(f.Rule, text[f.Span.Start:f.Span.End])
		}
	}
	// Output:
	// support 0.75
	// term positive positive
	// term upbeat upbeat
	// term constructive constructive
}

func ExampleRuleSet_Quote_align() {
	text := "Lavrov echoed Rubio’s remarks and told reporters that “the conversation was very useful”."
	rs := stance.Default()
	for _, q := range quote.Extract(text) {
		r := rs.Quote(text, q)
		fmt.Println(r.Label, "aligns with", r.Aligns)
	}
	// Output:
	// support aligns with Rubio
}

func ExampleRuleSet_Toward() {
	rs := stance.Default()
	claim := "Mayor Hale was arrested"
	for _, headline := range []string{
		"Mayor Hale arrested in Salem",
		"Mayor Hale reportedly arrested, police say",
		"Police deny Mayor Hale was arrested",
	} {
		r := rs.Toward(headline, claim)
		fmt.Printf("%s hedged=%v negated=%v\n", r.Label, r.Hedged, r.Negated)
	}
	// Output:
	// support hedged=false negated=false
	// neutral hedged=true negated=false
	// oppose hedged=false negated=true
}

func ExampleParse() {
	src := []byte(`schema: stance-rules/v1
name: mine
version: "1"
labels:
  against: {max: 0}
  for: {min: 0.1}
terms:
  splendid: 2
  awful: {weight: -2, form: [awfully]}
`)
	_, err := stance.Parse("mine.yaml", src)
	fmt.Println(err)
	// Output:
	// mine.yaml:6:3: labels "against" [-inf, 0) and "for" [0.1, +inf) leave scores in [0, 0.1) without a label
	// mine.yaml:9:23: term "awful": unknown key "form" (did you mean "forms"?)
}

func ExampleTracker() {
	tr := stance.NewTracker(stance.TrackerOptions{Bucket: stance.Week})
	rs := stance.Default()
	day := func(d int) time.Time { return time.Date(2025, 2, d, 12, 0, 0, 0, time.UTC) }
	tr.Add("a", day(3), "Zelensky", rs.Toward("the talks were useful and constructive", "talks"), "")
	tr.Add("b", day(18), "Zelensky", rs.Toward("we will not accept the outcome", "talks"), "")
	for _, p := range tr.Points("Zelensky", "talks") {
		fmt.Println(p.Start.Format("2006-01-02"), p.Label, p.Count)
	}
	for _, c := range tr.Changes("Zelensky", "talks") {
		fmt.Println("changed", c.At.Format("2006-01-02"), c.From, "->", c.To)
	}
	// Output:
	// 2025-02-03 support 1
	// 2025-02-17 oppose 1
	// changed 2025-02-17 support -> oppose
}

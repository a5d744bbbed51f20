// Package hearsay reads English news and answers three questions about it:
// what was said, who said it, and where the speaker stands.
//
// This root package holds documentation only. The work is done by:
//
//   - [github.com/hearsaynlp/hearsay/quote] finds direct, mixed and
//     indirect (reported) speech, each with the exact span of what was
//     said, the cue ("said", "told reporters", ":") and the source mention
//     next to it.
//   - [github.com/hearsaynlp/hearsay/speaker] decides who each source
//     mention is: names, surnames, titles, roles, pronouns and quotes that
//     go on in the next paragraph, resolved to one speaker per person or
//     organisation in the document.
//   - [github.com/hearsaynlp/hearsay/stance] judges where the speaker
//     stands, with rules loaded from YAML (a default set for news is
//     embedded), and tracks each speaker's stance toward a target over
//     time.
//
// Every result is a span of byte offsets into the original, unmodified
// text; nothing needs a model file or a parser, and any bytes are valid
// input. The three stages compose:
//
//	quotes := quote.Extract(text)
//	doc := speaker.Attribute(text, quotes)
//	for _, a := range doc.Attributions {
//		r := stance.Default().Quote(text, a.Quote)
//		...
//	}
//
// The programs under examples/ compose the packages: attribute writes one
// JSON object per quote (offsets in bytes, code points or UTF-16 units,
// for other languages), stance judges texts toward a target, track plots
// stance over time as SVG, visualize shows an article's quotes as a web
// page, polnear and emergent score the packages on annotated corpora, and
// beam (a module of its own) runs the pipeline on Apache Beam.
package hearsay

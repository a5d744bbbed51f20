// Package hearsay reads English news and answers three questions about it:
// what was said, who said it, and where the speaker stands.
//
// This root package holds documentation only. The work is done by:
//
//   - [github.com/hearsaynlp/hearsay/quote]: finds direct, mixed and
//     reported speech, each with the exact span of what was said, the cue
//     ("said", "told reporters", ":") and the source mention next to it.
//   - speaker (planned): decides who each source mention is.
//   - stance (planned): tags where the speaker stands, with rules loaded
//     from YAML.
//
// Every result is a span of byte offsets into the original, unmodified
// text; nothing needs a model file or a parser.
//
//	for _, q := range quote.Extract(text) {
//		fmt.Println(q.Kind, text[q.Source.Start:q.Source.End], text[q.Cue.Span.Start:q.Cue.Span.End])
//	}
//
// The programs under examples/ compose the packages: examples/attribute
// reads articles and writes one JSON object per quote, and examples/polnear
// scores the extractor on a corpus annotated in the PolNeAR layout.
package hearsay

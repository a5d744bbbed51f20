// Package pipeline runs hearsay's stages on one text: package quote finds
// what was said, package speaker decides who said it, and package stance
// judges each quote with a rule set. Programs (examples/attribute,
// examples/beam, examples/track, examples/visualize) build one [Pipeline]
// and run it on every document, so that they agree on what they report.
//
// It also holds the -rules flag that every program judging stance shares
// (those, and examples/stance and examples/emergent): [Rules] collects
// rule files from the command line and [Rules.Load] compiles them over the
// default rules, printing every positioned error.
//
// # Offsets
//
// Every span in a [Result] is a half-open byte range into the text given
// to [Pipeline.Run].
//
// # Concurrency
//
// A Pipeline is immutable and safe for concurrent use by multiple
// goroutines.
package pipeline

// Package lineartest measures whether a function's cost grows linearly
// with its input, for the linear-time tests of hearsay's packages.
//
// [Check] runs a function on an input of n bytes and on one of [Factor]·n
// bytes, the fastest of a few runs each, and compares processor time and
// allocated bytes: a linear pass costs about Factor times as much, a
// quadratic one Factor² times, and the test fails above [Bound] times. It
// never compares against a fixed time limit. Processor time rather than
// the wall clock keeps the ratio steady when other programs share the
// machine, and a measurement that still stalls is retried up to three
// times: quadratic work fails every attempt.
package lineartest

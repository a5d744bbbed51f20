// Package record holds the JSON Lines that hearsay's programs read and
// write: the article line they read ({"id", "text"}) and the quote record
// they write, one line per quote with its speakers and stance
// ([FromPipeline]), its offsets converted to the unit a consumer slices
// with. Every program that writes quotes (examples/attribute,
// examples/beam) goes through this package, so their lines are the same
// byte for byte.
//
// # Input
//
// The programs also read their input the same way: the files named on the
// command line or standard input for "-" ([Open]), line by line whatever
// the length of a line ([Lines]), reporting each problem with the input
// on its own line and going on ([Problems]).
//
// # Offsets
//
// A [Record] carries spans as [start, end] pairs in the unit of the
// [offsets.Index] it was built with: bytes, code points or UTF-16 units;
// so do the rules that fired in its [Stance].
// The text fields are the covered text with invalid UTF-8 replaced the way
// a consumer's decoder replaces it ([offsets.ReplaceInvalid]).
//
// # Concurrency
//
// The functions keep no state; a Record is a plain value. A [Problems]
// is used by one goroutine at a time.
package record

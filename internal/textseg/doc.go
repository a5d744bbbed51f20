// Package textseg splits English text into paragraphs, tokens, quotations
// and sentences without rewriting it: every piece is a byte range into the
// original string. It is the shared text machinery of the quote, speaker and
// stance packages.
//
// A document is read in four steps, each in one linear pass over the
// output of the one before: [Paragraphs] yields the paragraphs of the
// text; [Tokenize] splits one into words, punctuation and quotation
// marks; [Pairer.Pair] decides which marks open and close quotations and
// which are apostrophes; and [Sentences] groups the tokens into sentences,
// never ending one inside a quotation.
//
// # Offsets
//
// A [Span] and a [Token] are byte offsets into the original text; a
// [Range] and a [Region]'s Open and Close are indexes into the paragraph's
// tokens. Invalid UTF-8 is text like any other: each bad byte is a token
// of its own and offsets stay on rune boundaries.
//
// # Allocation
//
// Tokenize, Pair and Sentences append to a slice the caller passes in and
// returns, and a [Pairer] keeps its stack between paragraphs, so that a
// caller reusing them scans a document without allocating per token. A
// Pairer is used by one goroutine at a time; the functions keep no state.
package textseg

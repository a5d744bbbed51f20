// Package offsets converts byte offsets into a text to code-point (rune) or
// UTF-16 offsets, for JSON output read by Python, whose strings index code
// points, or JavaScript, whose strings index UTF-16 code units. The engine
// works in bytes throughout; this conversion happens only at the edge.
//
// # Invalid UTF-8
//
// A consumer decodes the same bytes with replacement before slicing, so an
// [Index] counts invalid UTF-8 the way those decoders do: each maximal
// subpart of an ill-formed sequence becomes one U+FFFD, which is one code
// point and one UTF-16 unit. This is the Unicode "substitution of maximal
// subparts" practice followed by the WHATWG Encoding Standard (JavaScript's
// TextDecoder and Node's Buffer.toString) and by Python's
// bytes.decode("utf-8", "replace"). A maximal subpart is a lead byte
// followed by as many bytes as can still begin a valid sequence, or a lone
// byte that can begin none:
//
//	"\xe2\x82A"     → "\uFFFDA"        2 code points (truncated 3-byte sequence)
//	"\xc0\xaf"      → "\uFFFD\uFFFD"   2 code points (C0 never starts a sequence)
//	"\xed\xa0\x80"  → 3 × U+FFFD      3 code points (surrogates are not UTF-8)
//
// Go's [unicode/utf8.DecodeRuneInString] and the conversion []rune(s)
// differ on truncated sequences: they report width 1 and produce one U+FFFD
// for every bad byte, so they count "\xe2\x82A" as 3 runes where Python and
// JavaScript see 2. On valid UTF-8 all of these agree.
//
// [ReplaceInvalid] returns the string such a consumer decodes, the one its
// converted offsets index. A byte offset that falls inside a sequence (valid
// or not) converts to the offset of the start of that sequence.
package offsets

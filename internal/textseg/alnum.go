package textseg

import "math/bits"

// AlnumEnd returns the end of the run of ASCII letters and digits that
// starts at text[i], not past end. It reads eight bytes at a time: most
// words are such a run, and a loop of a byte a step ends at a branch that
// the processor mispredicts once per word.
func AlnumEnd(text string, i, end int) int {
	const ones = 0x0101010101010101
	for i+8 <= end {
		x := load8(text[i : i+8])
		h := x & (0x7f * ones) // each byte below 0x80: no carry between them
		l := h | (0x20 * ones) // letters in lower case
		letter := (l + (0x80-'a')*ones) &^ (l + (0x7f-'z')*ones)
		digit := (h + (0x80-'0')*ones) &^ (h + (0x7f-'9')*ones)
		other := (^(letter | digit) | x) & (0x80 * ones) // high bit where a byte is no ASCII letter or digit
		if other != 0 {
			return i + bits.TrailingZeros64(other)/8
		}
		i += 8
	}
	for i < end && asciiAlnum[text[i]] {
		i++
	}
	return i
}

// load8 returns the eight bytes of s as a little-endian number.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

package textseg

import "encoding/binary"

// LowerASCII lower-cases the ASCII capitals of b in place, eight bytes at
// a time; other bytes are left as they are.
func LowerASCII(b []byte) {
	const ones = 0x0101010101010101
	for len(b) >= 8 {
		x := binary.LittleEndian.Uint64(b)
		h := x & (0x7f * ones)                   // each byte below 0x80: no carry between them
		gtZ := h + (0x7f-'Z')*ones               // high bit where a byte is above 'Z'
		geA := h + (0x80-'A')*ones               // high bit where a byte is 'A' or above
		upper := geA &^ gtZ &^ x & (0x80 * ones) // and the byte is ASCII
		// Stored whether or not it changed: a branch on upper would be
		// mispredicted at every other word of ordinary text.
		binary.LittleEndian.PutUint64(b, x|upper>>2)
		b = b[8:]
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

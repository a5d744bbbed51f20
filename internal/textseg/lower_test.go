package textseg

import (
	"bytes"
	"testing"
)

// TestLowerASCII checks every byte value at every position of the
// eight-byte steps, and the bytes after the last step.
func TestLowerASCII(t *testing.T) {
	for c := 0; c < 256; c++ {
		for n := 1; n <= 19; n++ {
			b := bytes.Repeat([]byte{'Q'}, n)
			b[n-1] = byte(c)
			want := make([]byte, n)
			for i, x := range b {
				if 'A' <= x && x <= 'Z' {
					x += 'a' - 'A'
				}
				want[i] = x
			}
			LowerASCII(b)
			if !bytes.Equal(b, want) {
				t.Fatalf("LowerASCII of %d bytes ending in %#x = %q, want %q", n, c, b, want)
			}
		}
	}
}

package textseg

import (
	"strings"
	"testing"
)

// TestAlnumEnd checks every byte value at every position of the
// eight-byte steps and after them, against a scan of a byte a step.
func TestAlnumEnd(t *testing.T) {
	for c := 0; c < 256; c++ {
		for n := 0; n <= 19; n++ {
			b := []byte(strings.Repeat("a", n) + "?zz")
			b[n] = byte(c)
			text := string(b)
			for _, end := range []int{n, n + 1, len(text)} {
				want := 0
				for want < end && asciiAlnum[text[want]] {
					want++
				}
				if got := AlnumEnd(text, 0, end); got != want {
					t.Fatalf("AlnumEnd(%q, 0, %d) = %d, want %d", text, end, got, want)
				}
			}
		}
	}
}

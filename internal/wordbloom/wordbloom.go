package wordbloom

// bits is the log2 of the number of bits of a [Filter].
const bits = 14

// Filter is a Bloom filter of 2^14 bits (2 KB), two bits per word. The
// zero value is an empty filter; a Filter is copied by assignment.
type Filter [1 << bits / 64]uint64

// Hash returns the FNV-1a hash of w in ASCII lower case, the form in which
// the word lists are keyed.
func Hash[T ~string | ~[]byte](w T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// slots returns the two bits of hash h, from its well-mixed high bits.
func slots(h uint64) (uint64, uint64) {
	return h >> (64 - bits), h >> (48 - bits) & (1<<bits - 1)
}

// Add adds word w.
func (f *Filter) Add(w string) {
	k1, k2 := slots(Hash(w))
	f[k1/64] |= 1 << (k1 % 64)
	f[k2/64] |= 1 << (k2 % 64)
}

// Has reports whether a word of hash h (see [Hash]) may have been added:
// false means it was not.
func (f *Filter) Has(h uint64) bool {
	k1, k2 := slots(h)
	return f[k1/64]&(1<<(k1%64)) != 0 && f[k2/64]&(1<<(k2%64)) != 0
}

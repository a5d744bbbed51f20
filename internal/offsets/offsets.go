package offsets

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Unit is the unit in which converted offsets are counted. The zero value is
// [Byte].
type Unit uint8

const (
	// Byte offsets are returned unchanged; Go and byte-oriented consumers
	// slice with them.
	Byte Unit = iota
	// Rune offsets count Unicode code points, the indexes of a Python str.
	Rune
	// UTF16 offsets count UTF-16 code units, the indexes of a JavaScript
	// string; code points above U+FFFF count 2.
	UTF16
)

var unitNames = [...]string{Byte: "byte", Rune: "rune", UTF16: "utf16"}

// String returns the name of u: "byte", "rune" or "utf16".
func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return fmt.Sprintf("unit(%d)", u)
}

// MarshalText encodes u as its name.
func (u Unit) MarshalText() ([]byte, error) {
	if int(u) < len(unitNames) {
		return []byte(unitNames[u]), nil
	}
	return nil, fmt.Errorf("offsets: invalid unit %d", u)
}

// UnmarshalText decodes a name written by [Unit.MarshalText].
func (u *Unit) UnmarshalText(b []byte) error {
	for i, n := range unitNames {
		if n == string(b) {
			*u = Unit(i)
			return nil
		}
	}
	return fmt.Errorf("offsets: unknown unit %q (want byte, rune or utf16)", b)
}

// blockShift sets the spacing of checkpoints: one every 64 bytes, so a
// lookup decodes at most 64 bytes plus one sequence.
const blockShift = 6

// checkpoint is a sequence boundary and the number of units before it.
type checkpoint struct{ pos, units int }

// Index converts byte offsets into one text to offsets in a [Unit]. It is
// built in one pass over the text and answers each conversion in constant
// time, in any order, so converting all the offsets of a document is linear
// in its length. An Index is immutable and safe for concurrent use by
// multiple goroutines.
type Index struct {
	text string
	unit Unit
	// cps[k] is the last sequence boundary at or before byte k<<blockShift.
	// It is nil when offsets need no conversion (unit Byte or ASCII text).
	cps []checkpoint
}

// NewIndex returns an Index of text for unit. The Index keeps text; it
// needs about a quarter of len(text) in extra memory for non-ASCII text in
// units other than [Byte], and none otherwise.
func NewIndex(text string, unit Unit) *Index {
	ix := &Index{text: text, unit: unit}
	if unit == Byte || isASCII(text) {
		return ix
	}
	ix.cps = make([]checkpoint, 0, len(text)>>blockShift+1)
	units := 0
	for p := 0; p < len(text); {
		w, n := decode(text, p, unit)
		for len(ix.cps)<<blockShift < p+w {
			ix.cps = append(ix.cps, checkpoint{p, units})
		}
		p += w
		units += n
	}
	for len(ix.cps)<<blockShift <= len(text) {
		ix.cps = append(ix.cps, checkpoint{len(text), units})
	}
	return ix
}

// Unit returns the unit ix converts to.
func (ix *Index) Unit() Unit { return ix.unit }

// Offset converts the byte offset b to the Index's unit. An offset inside a
// UTF-8 sequence converts to the offset of the sequence's start. Offset
// panics if b is outside [0, len(text)], as slicing the text would.
func (ix *Index) Offset(b int) int {
	if b < 0 || b > len(ix.text) {
		panic(fmt.Sprintf("offsets: offset %d out of range [0, %d]", b, len(ix.text)))
	}
	if ix.cps == nil {
		return b
	}
	cp := ix.cps[b>>blockShift]
	p, units := cp.pos, cp.units
	for p < b {
		w, n := decode(ix.text, p, ix.unit)
		if p+w > b {
			break
		}
		p += w
		units += n
	}
	return units
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// decode returns the width in bytes of the sequence starting at s[i] and
// the number of units it counts in unit: a well-formed sequence, or a
// maximal subpart of an ill-formed one, which a decoder replaces by one
// U+FFFD. The byte ranges are those of the Unicode Standard, Table 3-7.
func decode(s string, i int, unit Unit) (width, units int) {
	c := s[i]
	var need int         // continuation bytes a well-formed sequence needs
	lo, hi := 0x80, 0xBF // range of the first continuation byte
	switch {
	case c < 0x80:
		return 1, 1
	case c < 0xC2: // a continuation byte, or the lead of an overlong form
		return 1, 1
	case c < 0xE0:
		need = 1
	case c < 0xF0:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c < 0xF5:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, 1
	}
	w := 1
	for ; w <= need; w++ {
		if i+w >= len(s) {
			return w, 1
		}
		b := int(s[i+w])
		if b < lo || b > hi {
			return w, 1
		}
		lo, hi = 0x80, 0xBF
	}
	if unit == UTF16 && need == 3 {
		return w, 2
	}
	return w, 1
}

// ReplaceInvalid returns s with each maximal subpart of ill-formed UTF-8
// replaced by U+FFFD: the string a Python or JavaScript consumer decodes
// from the same bytes, and so the text its converted offsets index. It
// returns s itself when s is valid UTF-8. (strings.ToValidUTF8 differs: it
// replaces a whole run of bad bytes with one replacement.)
func ReplaceInvalid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		w, _ := decode(s, i, Rune)
		if r, rw := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && rw == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

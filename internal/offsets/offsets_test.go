package offsets

import (
	"os"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// The code-point and UTF-16 counts for invalid UTF-8 below are what Python 3
// (bytes.decode("utf-8", "replace")) and Node (TextDecoder) report for the
// same bytes.
func TestOffset(t *testing.T) {
	tests := []struct {
		name       string
		why        string
		text       string
		b          int
		rune, utf6 int
	}{
		{name: "empty", text: "", b: 0},
		{name: "ascii", text: "hello", b: 3, rune: 3, utf6: 3},
		{name: "two-byte", text: "café!", b: 5, rune: 4, utf6: 4},
		{name: "inside two-byte", why: "rounds down to the sequence start", text: "café!", b: 4, rune: 3, utf6: 3},
		{name: "three-byte", text: "5 € each", b: 5, rune: 3, utf6: 3},
		{name: "curly quotes", text: "“No,” he said", b: 8, rune: 4, utf6: 4},
		{name: "emoji", why: "above U+FFFF: one code point, two UTF-16 units", text: "a😀b", b: 5, rune: 2, utf6: 3},
		{name: "after emoji", text: "a😀b", b: 6, rune: 3, utf6: 4},
		{name: "inside emoji", text: "a😀b", b: 3, rune: 1, utf6: 1},
		{name: "lone continuation", text: "\x80\x80x", b: 2, rune: 2, utf6: 2},
		{name: "invalid byte", text: "a\xffb", b: 3, rune: 3, utf6: 3},
		{name: "truncated three-byte", why: "one U+FFFD for the maximal subpart E2 82, not one per byte", text: "\xe2\x82A", b: 3, rune: 2, utf6: 2},
		{name: "truncated three-byte before A", text: "\xe2\x82A", b: 2, rune: 1, utf6: 1},
		{name: "inside truncated sequence", text: "\xe2\x82A", b: 1, rune: 0, utf6: 0},
		{name: "truncated at end", text: "x\xf0\x9f\x98", b: 4, rune: 2, utf6: 2},
		{name: "overlong", why: "C0 never starts a sequence", text: "\xc0\xaf", b: 2, rune: 2, utf6: 2},
		{name: "overlong three-byte", why: "E0 needs A0..BF next", text: "\xe0\x80\xaf", b: 3, rune: 3, utf6: 3},
		{name: "surrogate", why: "ED needs 80..9F next", text: "\xed\xa0\x80", b: 3, rune: 3, utf6: 3},
		{name: "above U+10FFFF", why: "F4 needs 80..8F next", text: "\xf4\x90\x80\x80", b: 4, rune: 4, utf6: 4},
		{name: "F0 then bad", text: "\xf0\x80", b: 2, rune: 2, utf6: 2},
		{name: "past a checkpoint", text: strings.Repeat("é", 100), b: 200, rune: 100, utf6: 100},
		{name: "at a checkpoint", text: strings.Repeat("é", 100), b: 128, rune: 64, utf6: 64},
		{name: "emoji across a checkpoint", text: strings.Repeat("a", 62) + "😀b", b: 66, rune: 63, utf6: 64},
		{name: "inside emoji across a checkpoint", why: "the checkpoint for byte 64 is the emoji's start", text: strings.Repeat("a", 62) + "😀b", b: 64, rune: 62, utf6: 62},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			type result struct{ Byte, Rune, UTF16 int }
			want := result{tt.b, tt.rune, tt.utf6}
			got := result{
				NewIndex(tt.text, Byte).Offset(tt.b),
				NewIndex(tt.text, Rune).Offset(tt.b),
				NewIndex(tt.text, UTF16).Offset(tt.b),
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Offset(%q, %d) mismatch (-want +got):\n%s", tt.text, tt.b, diff)
			}
		})
	}
}

// The wants are what Python 3 decodes with bytes.decode("utf-8", "replace").
func TestReplaceInvalid(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"valid", "“Zoë” 😀", "“Zoë” 😀"},
		{"replacement character stays", "a\uFFFDb", "a\uFFFDb"},
		{"truncated three-byte", "\xe2\x82A", "\uFFFDA"},
		{"truncated four-byte at end", "x\xf0\x9f\x98", "x\uFFFD"},
		{"overlong", "\xc0\xaf", "\uFFFD\uFFFD"},
		{"surrogate", "\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},
		{"run of bad bytes", "a\xff\xfe\x80b", "a\uFFFD\uFFFD\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ReplaceInvalid(tt.text)); diff != "" {
				t.Errorf("ReplaceInvalid(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestOffsetOutOfRange(t *testing.T) {
	for _, b := range []int{-1, 5} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Offset(%d) on a 4-byte text did not panic", b)
				}
			}()
			NewIndex("a€", Rune).Offset(b)
		}()
	}
}

func TestUnitText(t *testing.T) {
	for _, u := range []Unit{Byte, Rune, UTF16} {
		b, err := u.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", u, err)
		}
		var got Unit
		if err := got.UnmarshalText(b); err != nil || got != u {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, u)
		}
	}
	var u Unit
	if err := u.UnmarshalText([]byte("utf8")); err == nil {
		t.Error(`UnmarshalText("utf8") succeeded; want an error`)
	}
	if _, err := Unit(7).MarshalText(); err == nil {
		t.Error("Unit(7).MarshalText succeeded; want an error")
	}
}

// reference returns the offset in unit of every byte offset 0..len(text),
// found from the start with unicode/utf8 instead of the decoder under test.
func reference(text string, unit Unit) []int {
	out := make([]int, 0, len(text)+1)
	units := 0
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		n := 1
		if r == utf8.RuneError && w == 1 {
			w = maximalSubpart(text[i:])
		} else if unit == UTF16 && r > 0xFFFF {
			n = 2
		}
		if unit == Byte {
			n = w
		}
		for range w {
			out = append(out, units)
		}
		if unit == Byte {
			for j := range w {
				out[len(out)-w+j] = i + j
			}
		}
		i += w
		units += n
	}
	return append(out, units)
}

// maximalSubpart returns the length of the longest prefix of s, s being
// ill-formed at its start, that some continuation bytes would make a
// well-formed sequence.
func maximalSubpart(s string) int {
	for k := min(3, len(s)); k >= 2; k-- {
		for l := k + 1; l <= 4; l++ {
			seq := s[:k] + strings.Repeat("\x80", l-k)
			if utf8.ValidString(seq) && utf8.RuneCountInString(seq) == 1 {
				return k
			}
		}
	}
	return 1
}

func FuzzOffsets(f *testing.F) {
	for _, s := range []string{
		"", "hello", "café", "a😀b", "\xe2\x82A", "\xed\xa0\x80", "\xf0\x9f\x98",
		"\xc0\xaf", strings.Repeat("a", 62) + "😀b", strings.Repeat("é€😀\xff", 40),
	} {
		f.Add(s)
	}
	if b, err := os.ReadFile("../../testdata/riyadh-talks.txt"); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, unit := range []Unit{Byte, Rune, UTF16} {
			ix := NewIndex(text, unit)
			want := reference(text, unit)
			for b := range len(text) + 1 {
				if got := ix.Offset(b); got != want[b] {
					t.Fatalf("%v Offset(%q, %d) = %d; want %d", unit, text, b, got, want[b])
				}
			}
		}
		dec := ReplaceInvalid(text)
		if !utf8.ValidString(dec) {
			t.Fatalf("ReplaceInvalid(%q) = %q, not valid UTF-8", text, dec)
		}
		if got, want := NewIndex(text, Rune).Offset(len(text)), utf8.RuneCountInString(dec); got != want {
			t.Errorf("rune Offset(%q, len) = %d; ReplaceInvalid has %d code points", text, got, want)
		}
		if got, want := NewIndex(text, UTF16).Offset(len(text)), len(utf16.Encode([]rune(dec))); got != want {
			t.Errorf("utf16 Offset(%q, len) = %d; ReplaceInvalid has %d UTF-16 units", text, got, want)
		}
		if !utf8.ValidString(text) {
			return
		}
		if dec != text {
			t.Errorf("ReplaceInvalid(%q) = %q; want it unchanged", text, dec)
		}
		r, u := NewIndex(text, Rune), NewIndex(text, UTF16)
		for b := range len(text) + 1 {
			if b < len(text) && !utf8.RuneStart(text[b]) {
				continue
			}
			if got, want := r.Offset(b), utf8.RuneCountInString(text[:b]); got != want {
				t.Errorf("rune Offset(%q, %d) = %d; want %d", text, b, got, want)
			}
			if got, want := u.Offset(b), len(utf16.Encode([]rune(text[:b]))); got != want {
				t.Errorf("utf16 Offset(%q, %d) = %d; want %d", text, b, got, want)
			}
		}
	})
}

func BenchmarkIndex(b *testing.B) {
	data, err := os.ReadFile("../../testdata/riyadh-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ix := NewIndex(text, UTF16)
		// A quote record converts about eight offsets; convert one in 64.
		for i := 0; i <= len(text); i += 64 {
			ix.Offset(i)
		}
	}
}

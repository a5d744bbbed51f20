package textseg

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

const (
	// Word is a run of letters and digits, with the apostrophes, hyphens
	// and dots that sit inside it (won’t, then-US, U.S., 2,521).
	Word Kind = iota + 1
	// Punct is a single punctuation or symbol rune.
	Punct
	// Mark is a quotation-mark candidate; [Pairer.Pair] decides its role.
	Mark
)

// Role is what a Mark token turned out to be.
type Role uint8

const (
	// Stray marks open and close nothing.
	Stray Role = iota
	// Open marks start a quotation.
	Open
	// Close marks end one.
	Close
	// Apostrophe marks are elisions or possessives (the envoys’ visit, ’90s).
	Apostrophe
)

var roleNames = [...]string{Stray: "stray", Open: "open", Close: "close", Apostrophe: "apostrophe"}

// String returns the role's name in lower case: "stray", "open", "close"
// or "apostrophe".
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return fmt.Sprintf("role(%d)", r)
}

// Glyph identifies a quotation-mark rune.
type Glyph uint8

// The quotation marks the tokenizer knows. Their names say the shape, not
// the role: a ” may open a quotation and a “ close one in some usages, and
// [Pairer.Pair] decides.
const (
	NoGlyph           Glyph = iota // not a quotation mark
	StraightDbl                    // "
	LeftDbl                        // “
	RightDbl                       // ”
	LowDbl                         // „
	ReversedDbl                    // ‟
	LeftGuillemet                  // «
	RightGuillemet                 // »
	StraightSgl                    // '
	LeftSgl                        // ‘
	RightSgl                       // ’
	LowSgl                         // ‚
	ReversedSgl                    // ‛
	LeftSglGuillemet               // ‹
	RightSglGuillemet              // ›
)

// Double reports whether g belongs to the double-quote family (which
// includes « and »).
func (g Glyph) Double() bool { return g >= StraightDbl && g <= RightGuillemet }

// Single reports whether g belongs to the single-quote family.
func (g Glyph) Single() bool { return g >= StraightSgl }

func glyphOf(r rune) Glyph {
	switch r {
	case '"':
		return StraightDbl
	case '“':
		return LeftDbl
	case '”':
		return RightDbl
	case '„':
		return LowDbl
	case '‟':
		return ReversedDbl
	case '«':
		return LeftGuillemet
	case '»':
		return RightGuillemet
	case '\'':
		return StraightSgl
	case '‘':
		return LeftSgl
	case '’':
		return RightSgl
	case '‚':
		return LowSgl
	case '‛':
		return ReversedSgl
	case '‹':
		return LeftSglGuillemet
	case '›':
		return RightSglGuillemet
	}
	return NoGlyph
}

// Token is one token of a paragraph. Start and End are byte offsets into
// the original text.
type Token struct {
	Start, End int // bytes into the original text, never rewritten
	Kind       Kind
	Glyph      Glyph // for Mark tokens
	Role       Role  // for Mark tokens, set by [Pairer.Pair]
	Upper      bool  // the token starts with an upper-case letter
	// SpaceBefore and SpaceAfter report whitespace (or the paragraph edge)
	// directly before and after the token.
	SpaceBefore, SpaceAfter bool
}

// Text returns the token's text.
func (t Token) Text(text string) string { return text[t.Start:t.End] }

// IsPunct reports whether t is the punctuation token s.
func (t Token) IsPunct(text string, s string) bool {
	return t.Kind == Punct && text[t.Start:t.End] == s
}

// isSpace reports whitespace: what unicode.IsSpace reports (vertical tabs
// and form feeds included), and the zero-width space that web pages use
// between words.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	if 0x2010 <= r && r <= 0x2027 {
		return false // dashes, curly quotes, bullets, ellipsis: most runes beyond ASCII in news
	}
	return unicode.IsSpace(r) || r == 0x200B
}

func isAlnum(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if 0x2000 <= r && r <= 0x206F {
		return false // General Punctuation holds no letter, digit or mark
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isLetter(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// decode returns the rune at text[i] and its width; a bad byte is RuneError
// of width 1, so offsets always advance.
func decode(text string, i int) (rune, int) {
	if i >= len(text) {
		return 0, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

func decodeLast(text string, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(text[:i])
}

// Tokenize appends the tokens of text[start:end] to dst and returns it. The
// range is normally one paragraph: its edges count as whitespace.
func Tokenize(dst []Token, text string, start, end int) []Token {
	i := start
	spaceBefore := true
	for i < end {
		// ASCII is most of English news: its tests are written out here,
		// and only the rest is decoded.
		var r rune
		w := 1
		if c := text[i]; c < utf8.RuneSelf {
			if c == ' ' || '\t' <= c && c <= '\r' {
				i++
				spaceBefore = true
				continue
			}
			r = rune(c)
		} else {
			r, w = utf8.DecodeRuneInString(text[i:])
			if isSpace(r) {
				i += w
				spaceBefore = true
				continue
			}
		}
		var t Token
		t.Start = i
		t.SpaceBefore = spaceBefore
		switch {
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r >= utf8.RuneSelf && isAlnum(r):
			t.Kind = Word
			t.Upper = 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
			// Most words are ASCII letters and digits up to a space or
			// a plain stop; scanWord reads those that run into a rune
			// that may join more to them.
			j := AlnumEnd(text, i+w, end)
			if r >= utf8.RuneSelf || j < end && mayJoin[text[j]] && joins(text, i, j, end) {
				j = scanWord(text, i, end)
			}
			t.End = j
		case r == '\'' && i+1 < end && text[i+1] == '\'' && (i+2 >= end || text[i+2] != '\'' || spaceBefore):
			// Two apostrophes stand for a double quotation mark in some
			// archives' text: ''It's about me,'' he said. Three before a
			// word open a double and a single mark, in that order.
			t.Kind = Mark
			t.Glyph = StraightDbl
			t.End = i + 2
		case glyphOf(r) != NoGlyph:
			t.Kind = Mark
			t.Glyph = glyphOf(r)
			t.End = i + w
		default:
			t.Kind = Punct
			t.End = i + w
		}
		i = t.End
		if i >= end {
			t.SpaceAfter = true
		} else if c := text[i]; c < utf8.RuneSelf {
			t.SpaceAfter = c == ' ' || '\t' <= c && c <= '\r'
		} else {
			t.SpaceAfter = spaceAt(text, i)
		}
		spaceBefore = false
		if t.SpaceAfter && i < end && text[i] == ' ' {
			i++ // the space after the token, without a turn of the loop
			spaceBefore = true
		}
		dst = append(dst, t)
	}
	return dst
}

// joins reports whether scanWord may go on past the run of ASCII letters
// and digits text[i:j] at text[j]: at the start of a rune beyond ASCII,
// an apostrophe, a hyphen or an ampersand; at a comma between digits
// (1,000); at a dot between digits (3.5) or after a single letter (U.S.,
// J.). A comma or a dot after a word ends it, as scanWord would.
func joins(text string, i, j, end int) bool {
	switch c := text[j]; c {
	case ',':
		return j+1 < end && isDigit(rune(text[j-1])) && isDigit(rune(text[j+1]))
	case '.':
		return j-i == 1 || j+1 < end && isDigit(rune(text[j-1])) && isDigit(rune(text[j+1]))
	default:
		return c >= utf8.RuneSelf || c == '\'' || c == '-' || c == '&'
	}
}

// mayJoin marks the bytes at which [joins] may hold: the start of a rune
// beyond ASCII, an apostrophe, a hyphen, an ampersand, a dot, a comma.
var mayJoin = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || c == '\'' || c == '-' || c == '&' || c == '.' || c == ','
	}
	return t
}()

// asciiAlnum marks the ASCII letters and digits; it is indexed by any
// byte.
var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// spaceAt reports whether the rune at text[i] is whitespace.
func spaceAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isSpace(r)
}

// garbled reports whether rune r of width w at text[i], right after a
// letter, is part of a name whose encoding went wrong: a stray byte of
// Latin-1 (Jos\xe9) or the second half of UTF-8 read as Latin-1 (JosÃ©,
// where Ã© stood for é). Either way it belongs to the word.
func garbled(text string, i int, r rune, w int) bool {
	if r == utf8.RuneError && w == 1 {
		prev, _ := decodeLast(text, i)
		return isLetter(prev)
	}
	if r < 0x80 || r > 0xBF {
		return false
	}
	prev, _ := decodeLast(text, i)
	return prev == 'Ã' || prev == 'Â'
}

// scanWord returns the end of the word starting at i. Apostrophes and
// hyphens join letters; dots join single letters (U.S., a.m.); dots and
// commas join digits (2,521, 3.5).
func scanWord(text string, i, end int) int {
	singleLetters := true // every alnum run so far is one letter long
	runLen := 0
	for i < end {
		c := text[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			i++
			runLen++
			continue
		}
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
			if isAlnum(r) || runLen > 0 && garbled(text, i, r, w) {
				i += w
				runLen++
				continue
			}
		}
		if runLen > 1 {
			singleLetters = false
		}
		switch r {
		case '\'', '’', '‘', '-', '‐', '&', '.', ',':
		default:
			return i // most words end at a space or plain punctuation
		}
		prev, _ := decodeLast(text, i)
		next, _ := decode(text, i+w)
		if i+w >= end {
			next = 0
		}
		switch r {
		case '\'', '’', '‘', '-', '‐', '&':
			// ‘ between letters is a misused apostrophe: Rubio‘s.
			if isLetter(prev) && isAlnum(next) || r != '\'' && r != '’' && r != '‘' && isAlnum(prev) && isAlnum(next) {
				i += w
				runLen = 0
				continue
			}
		case '.':
			if singleLetters && runLen == 1 && isLetter(prev) {
				// U.S. or a.m.: keep the dot when a letter follows, or when
				// this closes an abbreviation of two or more letters.
				if isLetter(next) {
					i += w
					runLen = 0
					continue
				}
				if dotted(text, i) {
					return i + w
				}
			}
			if isDigit(prev) && isDigit(next) {
				i += w
				runLen = 0
				continue
			}
		case ',':
			if isDigit(prev) && isDigit(next) {
				i += w
				runLen = 0
				continue
			}
		}
		return i
	}
	return i
}

// dotted reports whether the word ending at the dot text[i] is a dotted
// abbreviation such as U.S (it holds an earlier dot).
func dotted(text string, i int) bool {
	// Look back over "X.Y" (at most a few runes): a dot two bytes back.
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		c := text[j]
		if c == '.' {
			return true
		}
		if c == ' ' || c == '\n' {
			return false
		}
	}
	return false
}

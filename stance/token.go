package stance

import (
	"unicode"
	"unicode/utf8"
)

// token is one token as the tokenizer reads it: a word (letters and
// digits, with the apostrophes and hyphens inside it) or one rune of
// punctuation. Quotation marks and whitespace are not tokens.
type token struct {
	start, end int
	n          int    // length of the key in the tokenizer's buffer
	hash       uint64 // of key
	fits       bool   // key holds the whole word (at most maxWord bytes)
	upper      bool   // a word that starts with an upper-case letter
	punct      bool
}

// tokenizer reads text[i:end] one token at a time, in one pass, keeping
// nothing but the current token: time is linear and memory constant
// whatever the text, spaces or none. It lower-cases and hashes each word
// as it reads it.
type tokenizer struct {
	text   string
	i, end int
	tok    token // the token next read
	buf    [maxWord]byte
}

func (z *tokenizer) reset(text string, from, to int) { z.text, z.i, z.end = text, from, to }

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r) || r == 0x200B
}

// isQuoteMark reports quotation marks, which are read past: “unlikely”
// is the word unlikely.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‛', '‹', '›', '`':
		return true
	}
	return false
}

// joiner returns what an apostrophe or hyphen between letters becomes in
// a key, or 0 when r does not join words.
func joiner(r rune) byte {
	switch r {
	case '\'', '’', '‘':
		return '\''
	case '-', '‐':
		return '-'
	}
	return 0
}

func (z *tokenizer) decode(i int) (rune, int) {
	if c := z.text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(z.text[i:z.end])
}

// next reads the next token into z.tok, or reports false at the end.
func (z *tokenizer) next() bool {
	for z.i < z.end {
		start := z.i
		c := z.text[start]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			z.word(start)
			return true
		case c == ' ' || c == '\n':
			z.i++
			continue
		}
		r, w := z.decode(start)
		switch {
		case isSpace(r) || isQuoteMark(r):
			z.i += w
		case isAlnum(r):
			z.word(start)
			return true
		default:
			z.i += w
			h := uint64(hashInit)
			n := copy(z.buf[:], z.text[start:z.i])
			for _, b := range z.buf[:n] {
				h = (h ^ uint64(b)) * hashPrime
			}
			z.tok = token{start: start, end: z.i, n: n, hash: h, fits: true, punct: true}
			return true
		}
	}
	return false
}

// key returns the key of the current token: lower case, apostrophes
// straight. It is valid until the next call of next.
func (z *tokenizer) key() []byte { return z.buf[:z.tok.n] }

// word reads the word starting at start into z.tok. It works on locals
// so that writing the key does not make the compiler reload the text.
func (z *tokenizer) word(start int) {
	text, end := z.text, z.end
	buf := &z.buf
	n, fits, upper := 0, true, false
	h := uint64(hashInit)
	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				upper = upper || i == start
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				if n < maxWord {
					buf[n] = c
					n++
					h = (h ^ uint64(c)) * hashPrime
				} else {
					fits = false
				}
				i++
				continue
			}
		}
		r, w := z.decode(i)
		var lower rune
		switch {
		case r >= utf8.RuneSelf && isAlnum(r):
			if i == start {
				upper = unicode.IsUpper(r)
			}
			lower = unicode.ToLower(r)
		default:
			// An apostrophe or hyphen joins the letters on either side:
			// didn’t, then-US.
			j := joiner(r)
			if j == 0 || i+w >= end {
				break
			}
			if next, _ := z.decode(i + w); !isAlnum(next) {
				break
			}
			lower = rune(j)
		}
		if lower == 0 {
			break
		}
		if size := utf8.RuneLen(lower); n+size <= maxWord {
			utf8.EncodeRune(buf[n:], lower)
			for _, b := range buf[n : n+size] {
				h = (h ^ uint64(b)) * hashPrime
			}
			n += size
		} else {
			fits = false
		}
		i += w
	}
	z.i = i
	z.tok = token{start: start, end: i, n: n, hash: h, fits: fits, upper: upper}
}

package speaker

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynlp/hearsay/internal/textseg"
)

// word is a token of the text: a word, or one punctuation rune.
type word struct {
	start, end int32
	sent, para int32 // sentence and paragraph numbers, counted from 0
	flags      wordFlags
}

type wordFlags uint8

const (
	isWord     wordFlags = 1 << iota // letters or digits, not punctuation
	isUpper                          // starts with an upper-case letter
	sentStart                        // the first word of its sentence
	possessive                       // ends in 's or ’s (or ’ after s)
	dotted                           // an abbreviation with its dot (Mr., U.S., J.)
)

// maxAbbreviation is the length of the longest of the abbreviations.
const maxAbbreviation = 4

// abbreviations take their dot into the word and do not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "adm": true, "prof": true,
	"rev": true, "st": true, "jr": true, "sr": true, "mt": true, "ft": true, "sept": true,
	"jan": true, "feb": true, "aug": true, "oct": true, "nov": true, "dec": true, "corp": true,
	"inc": true, "co": true, "no": true, "vs": true, "pres": true, "sec": true, "gens": true,
}

// tokenize appends the tokens of text to dst, and to heads whether each
// paragraph is a headline in title case, where capitals do not mark names
// (three or more capitalised words of four letters or more and no
// lower-case one). It reads every byte once; invalid UTF-8 is punctuation
// of one byte.
func tokenize(dst []word, heads []bool, text string) ([]word, []bool) {
	var sent, para int32
	newSent := true
	upper, lower := 0, 0 // capitalised and lower-case words of four bytes or more
	i := 0
	n := len(text)
	for i < n {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case alnum[c]:
				// A run of ASCII words with single spaces between them is
				// read in this loop, not a turn of the outer one each.
				for {
					flags := isWord | wordFlags(b2i('A' <= c && c <= 'Z'))*isUpper
					if newSent {
						flags |= sentStart
					}
					// Most words are ASCII letters up to a space or a
					// comma: wordEnd reads only those that run into a rune
					// that may join or end a word otherwise.
					end, more := textseg.AlnumEnd(text, i+1, n), wordFlags(0)
					if end < n && (text[end] == '-' || text[end] == '\'' || text[end] == '.' || text[end] >= utf8.RuneSelf) {
						end, more = wordEnd(text, i)
					}
					// Counted without branches, which the lengths and
					// cases of words would make unpredictable.
					long := b2i(end-i >= 4)
					upper += long & b2i(flags&isUpper != 0)
					lower += long & b2i('a' <= c && c <= 'z')
					if len(dst) == cap(dst) {
						dst = growWords(dst, n-i)
					}
					dst = append(dst, word{start: int32(i), end: int32(end), sent: sent, para: para, flags: flags | more})
					i, newSent = end, false
					if i+1 < n && text[i] == ' ' && alnum[text[i+1]] {
						i++
						c = text[i]
						continue
					}
					break
				}
				continue
			case c == ' ':
				i++
				continue
			case c == '\n':
				heads = append(heads, upper >= 3 && lower == 0)
				upper, lower = 0, 0
				para++
				if !newSent {
					sent++
					newSent = true
				}
				i++
				continue
			case c == '\t' || c == '\r' || c == '\f' || c == '\v':
				i++
				continue
			}
			w := word{start: int32(i), end: int32(i + 1), sent: sent, para: para}
			if newSent {
				w.flags |= sentStart
			}
			if len(dst) == cap(dst) {
				dst = growWords(dst, n-i)
			}
			dst = append(dst, w)
			i++
			if (c == '.' || c == '!' || c == '?') && (i >= n || text[i] == ' ' || text[i] == '\n' || closingMark(text, i)) {
				sent++
				newSent = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case 0x2010 <= r && r <= 0x2027:
			// Dashes, curly quotes, bullets, ellipsis: most runes beyond
			// ASCII in news are punctuation, neither space nor letter.
		case r == 0x2029 || r == 0x2028 || r == 0x85:
			heads = append(heads, upper >= 3 && lower == 0)
			upper, lower = 0, 0
			para++
			if !newSent {
				sent++
				newSent = true
			}
			i += size
			continue
		case unicode.IsSpace(r) || r == 0x200B:
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			flags := isWord
			if unicode.IsUpper(r) {
				flags |= isUpper
			}
			if newSent {
				flags |= sentStart
			}
			end, more := wordEnd(text, i)
			if end-i >= 4 && flags&isUpper != 0 {
				upper++ // a word starting with a non-ASCII rune is never counted lower-case
			}
			if len(dst) == cap(dst) {
				dst = growWords(dst, n-i)
			}
			dst = append(dst, word{start: int32(i), end: int32(end), sent: sent, para: para, flags: flags | more})
			i, newSent = end, false
			continue
		}
		w := word{start: int32(i), end: int32(i + size), sent: sent, para: para}
		if newSent {
			w.flags |= sentStart
		}
		if len(dst) == cap(dst) {
			dst = growWords(dst, n-i)
		}
		dst = append(dst, w)
		i += size
		if r == '…' {
			sent++
			newSent = true
		}
	}
	heads = append(heads, upper >= 3 && lower == 0)
	return dst, heads
}

// growWords makes room in dst for more of the words of a text of which
// rest bytes are left: about one word in six bytes at first, as in news,
// then room for one in two of the bytes left. Each step grows dst by a
// quarter at least, so that the steps of a text of any shape allocate a
// few times its words in all, where append's steps of a quarter would
// allocate several times more.
func growWords(dst []word, rest int) []word {
	more := max(rest/2, len(dst)/4)
	if len(dst) == 0 {
		more = rest / 6
	}
	return slices.Grow(dst, more+16)
}

// alnum marks the ASCII letters and digits; it is indexed by any byte,
// so that a scan needs no test for ASCII first.
var alnum = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// closingMark reports a closing quotation mark at text[i], after which a
// sentence ends as after a space.
func closingMark(text string, i int) bool {
	switch text[i] {
	case '"', '\'', ')':
		return true
	case 0xE2: // ” ’
		return len(text) >= i+3 && text[i+1] == 0x80 && (text[i+2] == 0x9D || text[i+2] == 0x99)
	}
	return false
}

// wordEnd returns the end of the word starting at i. Letters, digits,
// marks, hyphens and apostrophes between letters make one word; a dot
// joins single letters (U.S.) and ends an abbreviation (Mr.). It also
// returns the flags the word's end shows: possessive, dotted.
func wordEnd(text string, i int) (int, wordFlags) {
	var flags wordFlags
	start := i
	n := len(text)
	runLen := 0
	singles := true
	for i < n {
		c := text[i]
		if c < utf8.RuneSelf {
			if alnum[c] {
				j := textseg.AlnumEnd(text, i+1, n)
				runLen += j - i
				i = j
				continue
			}
			if (c == '-' || c == '\'') && i+1 < n && letterAt(text, i+1) {
				if c == '\'' && i+2 <= n && (text[i+1] == 's' || text[i+1] == 'S') && (i+2 == n || !letterAt(text, i+2)) {
					flags |= possessive
				}
				if runLen > 1 {
					singles = false
				}
				i++
				runLen = 0
				continue
			}
			if c == '.' {
				if runLen == 1 && singles && i+2 < n && letterAt(text, i+1) && text[i+2] == '.' {
					i++ // U.S.
					runLen = 0
					continue
				}
				if runLen == 1 && singles || isAbbreviation(text[start:i]) {
					flags |= dotted
					return i + 1, flags
				}
			}
			return i, flags
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '’' && i+size < n && letterAt(text, i+size) {
			if i+size+1 <= n && (text[i+size] == 's' || text[i+size] == 'S') && (i+size+1 == n || !letterAt(text, i+size+1)) {
				flags |= possessive
			}
			i += size
			runLen = 0
			singles = false
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += size
			runLen++
			continue
		}
		return i, flags
	}
	return i, flags
}

// letterAt reports a letter at text[i].
func letterAt(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// isAbbreviation reports whether w, without its dot, is one of the
// abbreviations, in any case, without allocating. Most words before a dot
// end a sentence and are longer than any abbreviation: their length
// alone answers.
func isAbbreviation(w string) bool {
	var buf [maxAbbreviation]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviations[string(buf[:len(w)])]
}

// b2i returns 1 for true and 0 for false, which the compiler makes
// without a branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

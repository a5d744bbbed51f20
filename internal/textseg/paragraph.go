package textseg

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of the original text, so
// that text[s.Start:s.End] is its text.
type Span struct{ Start, End int }

// MaxParagraph bounds the bytes of one paragraph. Longer runs of text (a
// document with no line breaks, or garbage) are cut at whitespace so that
// the per-paragraph buffers, and the reach of an unclosed quote, stay
// bounded. Real news paragraphs are far shorter.
const MaxParagraph = 64 << 10

// Paragraphs yields the paragraphs of text, trimmed of surrounding
// whitespace, in order. Every line is a paragraph, except in hard-wrapped
// text (paragraphs separated by blank lines, and no line longer than
// wrapLimit bytes), where single line breaks stay inside a paragraph.
func Paragraphs(text string) iter.Seq[Span] {
	blank := hasBlankLine(text) && !hasLongLine(text)
	return func(yield func(Span) bool) {
		i := 0
		for i < len(text) {
			// Skip whitespace between paragraphs.
			for i < len(text) {
				r, w := decode(text, i)
				if !isSpace(r) {
					break
				}
				i += w
			}
			if i >= len(text) {
				return
			}
			end := paragraphEnd(text, i, min(len(text), i+MaxParagraph+1), blank)
			next := end
			if end-i > MaxParagraph {
				end = cutAtSpace(text, i, i+MaxParagraph)
				next = end
			}
			// Trim trailing whitespace.
			e := end
			for e > i {
				r, w := decodeLast(text, e)
				if !isSpace(r) {
					break
				}
				e -= w
			}
			if !yield(Span{i, e}) {
				return
			}
			i = next
		}
	}
}

// wrapLimit is the longest line, in bytes, of text taken for hard-wrapped.
// Wrapped text keeps lines under about 80 characters; news pasted with one
// paragraph per line has lines far longer.
const wrapLimit = 160

func hasLongLine(text string) bool {
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return len(text) > wrapLimit
		}
		if i > wrapLimit {
			return true
		}
		text = text[i+1:]
	}
	return false
}

func hasBlankLine(text string) bool {
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return false
		}
		k := i + j + 1
		for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
			k++
		}
		if k < len(text) && text[k] == '\n' {
			return true
		}
		i = i + j + 1
	}
}

// paragraphEnd returns the end of the paragraph starting at i: the next line
// break, or with blank lines, the next line break followed by a blank line.
// It looks for line breaks only before stop and returns stop if it finds
// none: a paragraph too long to keep is cut anyway, and scanning it to its
// end for every cut would make a long paragraph cost quadratic time.
func paragraphEnd(text string, i, stop int, blank bool) int {
	for {
		j := strings.IndexByte(text[i:stop], '\n')
		if j < 0 {
			return stop
		}
		nl := i + j
		if !blank {
			return nl
		}
		k := nl + 1
		for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
			k++
		}
		if k >= len(text) || text[k] == '\n' {
			return nl
		}
		i = nl + 1
	}
}

// cutAtSpace returns a cut point in (start, limit]: the last whitespace in
// the second half of that range, or else limit moved back to the start of
// the rune it falls in.
func cutAtSpace(text string, start, limit int) int {
	for j, lo := limit, start+(limit-start)/2; j > lo; j-- {
		if text[j] == ' ' || text[j] == '\n' || text[j] == '\t' {
			return j
		}
	}
	// Only a rune that starts less than UTFMax bytes back can hold limit.
	// Continuation bytes with no such start are invalid runes of one byte
	// each: cutting between them keeps the cut near limit, so that a run of
	// them is not split into one-byte paragraphs.
	for j := limit - 1; j > start && j > limit-utf8.UTFMax; j-- {
		if utf8.RuneStart(text[j]) {
			if _, w := utf8.DecodeRuneInString(text[j:]); j+w > limit {
				return j
			}
			break
		}
	}
	return limit
}

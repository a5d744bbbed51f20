package textseg

import (
	"iter"
	"strings"
)

// Span is a half-open byte range [Start, End) of the original text.
type Span struct{ Start, End int }

// MaxParagraph bounds the bytes of one paragraph. Longer runs of text (a
// document with no line breaks, or garbage) are cut at whitespace so that
// the per-paragraph buffers, and the reach of an unclosed quote, stay
// bounded. Real news paragraphs are far shorter.
const MaxParagraph = 64 << 10

// Paragraphs yields the paragraphs of text, trimmed of surrounding
// whitespace, in order. When the text separates paragraphs with blank lines,
// single line breaks stay inside a paragraph (hard-wrapped text); otherwise
// every line is a paragraph.
func Paragraphs(text string) iter.Seq[Span] {
	blank := hasBlankLine(text)
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
			end := paragraphEnd(text, i, blank)
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
func paragraphEnd(text string, i int, blank bool) int {
	for {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return len(text)
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

// cutAtSpace returns a cut point in (start, limit]: the last whitespace at
// or before limit, or limit itself moved back to a rune boundary.
func cutAtSpace(text string, start, limit int) int {
	for j, lo := limit, start+(limit-start)/2; j > lo; j-- {
		if text[j] == ' ' || text[j] == '\n' || text[j] == '\t' {
			return j
		}
	}
	for limit > start+1 && limit < len(text) && text[limit]&0xC0 == 0x80 {
		limit--
	}
	return limit
}

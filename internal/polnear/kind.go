package polnear

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynlp/hearsay/quote"
)

// GoldKind derives the kind of an attribution from the quote marks in text:
// [quote.Direct] when every letter and digit of content lies inside double
// quotes, [quote.Mixed] when some do, [quote.Indirect] when none do (or the
// content has no letters or digits). Content spans are byte offsets into
// text; parts outside the text are ignored.
//
// Quotes are tracked within each paragraph, reset at every newline. “, „
// and « open a quote and ” and » close the innermost one, so a title quoted
// inside a quote stays inside it; an opening mark that follows a non-space
// and precedes a space, punctuation or the end of the text is taken for the
// closing mark it was meant to be (“expedited review“). A straight " closes
// every open quote, or opens one when none is open, and so do two straight
// apostrophes together, which some archives write for a double mark. This
// is decided here and
// not by the quote package, so the extractor is not graded by its own
// reading of the quote marks.
func GoldKind(text string, content []quote.Span) quote.Kind {
	return kindOf(text, quoted(text), content)
}

// quoted returns, for each byte of text, whether it lies inside double
// quotes. Only the first byte of each rune is meaningful.
func quoted(text string) []bool {
	inside := make([]bool, len(text))
	depth := 0 // quotes open in this paragraph
	prev := '\n'
	for i, r := range text {
		switch r {
		case '\n':
			depth = 0
		case '“', '„', '«':
			if depth > 0 && !unicode.IsSpace(prev) && closesAfter(text[i+utf8.RuneLen(r):]) {
				depth--
			} else {
				depth++
			}
		case '”', '»':
			depth = max(depth-1, 0)
		case '"':
			if depth > 0 {
				depth = 0
			} else {
				depth = 1
			}
		case '\'':
			// Two straight apostrophes stand for a double quote in some
			// archives' text (''It's about me,'' he said.); a lone one is
			// an apostrophe or a single quote.
			if i+1 < len(text) && text[i+1] == '\'' && (i == 0 || text[i-1] != '\'') {
				if depth > 0 {
					depth = 0
				} else {
					depth = 1
				}
			}
		}
		inside[i] = depth > 0
		prev = r
	}
	return inside
}

// closesAfter reports whether rest, the text after a quote mark, starts the
// way text after a closing mark does.
func closesAfter(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsSpace(r) || strings.ContainsRune(",.;:!?)—–-", r)
}

func kindOf(text string, inside []bool, content []quote.Span) quote.Kind {
	var in, out int
	for _, s := range content {
		s, ok := clamp(s, len(text))
		if !ok {
			continue
		}
		for i := s.Start; i < s.End; {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				if inside[i] {
					in++
				} else {
					out++
				}
			}
			i += size
		}
	}
	switch {
	case in > 0 && out == 0:
		return quote.Direct
	case in > 0:
		return quote.Mixed
	}
	return quote.Indirect
}

// isWordRune reports whether r counts for kinds and matching.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// clamp limits s to a text of n bytes, and reports false when nothing of it
// is left.
func clamp(s quote.Span, n int) (quote.Span, bool) {
	s.Start = max(s.Start, 0)
	s.End = min(s.End, n)
	return s, s.Start < s.End
}

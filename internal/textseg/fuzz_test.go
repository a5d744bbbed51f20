package textseg

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"",
	"\n \n",
	"“We will not retreat,” Lavrov said, “never.”",
	`"We will win," Lavrov said. "Never."`,
	"‘Rubio’s envoys’ visit won’t matter in the ’90s sense,’ Lavrov said.",
	"«We will win,» Lavrov said. »Never,« he said. „Ja,“ sagte er. ‚Nein,‘ sagte sie. ‹Oui,› dit-il.",
	"“We will win,\" Lavrov said.",
	"“He told me ‘never again’,” Witkoff said.",
	"Mr. Lavrov met Gov. Hale in the U.S. on Sept. 3. Then Sen. J. Smith Jr. spoke.",
	"Lavrov said: “We will win.\n“We always do.”\n\nNext paragraph.\n",
	"“““““““““a”””””””””",
	"\" \" \" ' ' ' ’ ’ ‘ ‘",
	"a\u00a0b\u200bc\u2028d\u3000e",
	"1,874 border crossings, 3.5 per cent, a.m., then-US, rock & roll",
	"\xff\xfe“\xff,” Lavrov said\xc3.",
	"“\xe2\x80,” Lavrov\xe2\x80\x8b said\xed\xa0\x80, “\xe2\x80\x9d",
	"\x00\x01“Q”\x7f",
}

// spaceRune is whitespace between tokens and paragraphs, defined apart from
// the package's own isSpace so that the test checks it.
func spaceRune(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' }

// allSpace reports whether text[from:to] holds nothing but whitespace.
func allSpace(text string, from, to int) bool {
	for _, r := range text[from:to] {
		if !spaceRune(r) {
			return false
		}
	}
	return true
}

// runeStarts marks the offsets a range loop over text yields, plus
// len(text): an invalid byte is a rune of its own.
func runeStarts(text string) []bool {
	b := make([]bool, len(text)+1)
	for i := range text {
		b[i] = true
	}
	b[len(text)] = true
	return b
}

// checkSegments runs every stage of the package over text and reports the
// first broken invariant, or nil.
func checkSegments(text string) error {
	onRune := runeStarts(text)
	var (
		toks    []Token
		regions []Region
		sents   []Range
		pairer  Pairer
	)
	prev := 0
	for p := range Paragraphs(text) {
		switch {
		case p.Start < prev || p.End > len(text) || p.Start >= p.End:
			return fmt.Errorf("paragraph %v out of order, empty or past the end (previous ended %d)", p, prev)
		case !onRune[p.Start] || !onRune[p.End]:
			return fmt.Errorf("paragraph %v not on rune boundaries", p)
		case !allSpace(text, prev, p.Start):
			return fmt.Errorf("paragraph %v: text before it (from %d) is not whitespace", p, prev)
		}
		first, _ := utf8.DecodeRuneInString(text[p.Start:])
		last, _ := utf8.DecodeLastRuneInString(text[:p.End])
		if spaceRune(first) || spaceRune(last) {
			return fmt.Errorf("paragraph %v not trimmed: %q", p, text[p.Start:p.End])
		}
		prev = p.End

		toks = Tokenize(toks[:0], text, p.Start, p.End)
		if err := checkTokens(text, p, toks, onRune); err != nil {
			return err
		}
		regions = pairer.Pair(regions[:0], text, toks, p.End)
		if err := checkRegions(p, toks, regions); err != nil {
			return err
		}
		sents = Sentences(sents[:0], text, toks, regions)
		if err := checkSentences(toks, sents); err != nil {
			return err
		}
	}
	if !allSpace(text, prev, len(text)) {
		return fmt.Errorf("text after the last paragraph (from %d) is not whitespace", prev)
	}
	return nil
}

// checkTokens checks that the tokens of paragraph p cover it: in order, on
// rune boundaries, with nothing but whitespace between them.
func checkTokens(text string, p Span, toks []Token, onRune []bool) error {
	at := p.Start
	for i, t := range toks {
		switch {
		case t.Start < at || t.End <= t.Start || t.End > p.End:
			return fmt.Errorf("token %d [%d,%d) out of order, empty or outside paragraph %v", i, t.Start, t.End, p)
		case !onRune[t.Start] || !onRune[t.End]:
			return fmt.Errorf("token %d [%d,%d) not on rune boundaries", i, t.Start, t.End)
		case !allSpace(text, at, t.Start):
			return fmt.Errorf("token %d: %q before it is not whitespace", i, text[at:t.Start])
		case t.SpaceBefore != (t.Start == p.Start || at < t.Start):
			return fmt.Errorf("token %d %q: SpaceBefore %v is wrong", i, t.Text(text), t.SpaceBefore)
		}
		next := p.End
		if i+1 < len(toks) {
			next = toks[i+1].Start
		}
		if t.SpaceAfter != (t.End == p.End || t.End < next) {
			return fmt.Errorf("token %d %q: SpaceAfter %v is wrong", i, t.Text(text), t.SpaceAfter)
		}
		if t.Kind != Word && t.Text(text) != "''" {
			// Marks and punctuation are one rune each, but for the two
			// apostrophes that stand for a double mark.
			if _, w := utf8.DecodeRuneInString(text[t.Start:]); t.End-t.Start != w {
				return fmt.Errorf("token %d %q of kind %d is not one rune", i, t.Text(text), t.Kind)
			}
		}
		if (t.Kind == Mark) != (t.Glyph != NoGlyph) {
			return fmt.Errorf("token %d %q: kind %d with glyph %d", i, t.Text(text), t.Kind, t.Glyph)
		}
		at = t.End
	}
	if !allSpace(text, at, p.End) {
		return fmt.Errorf("%q after the last token is not whitespace", text[at:p.End])
	}
	return nil
}

// checkRegions checks that regions are in order, do not overlap, and open
// and close at marks whose roles say so.
func checkRegions(p Span, toks []Token, regions []Region) error {
	isMark := func(i int, r Role) bool {
		return i >= 0 && i < len(toks) && toks[i].Kind == Mark && toks[i].Role == r
	}
	prevClose, prevEnd := -1, p.Start
	for i, r := range regions {
		if !isMark(r.Open, Open) {
			return fmt.Errorf("region %d %+v: token %d is not an opening mark", i, r, r.Open)
		}
		if r.Open <= prevClose || r.Start < prevEnd {
			return fmt.Errorf("region %d %+v overlaps the one before it", i, r)
		}
		if r.Start != toks[r.Open].Start {
			return fmt.Errorf("region %d %+v: does not start at its opening mark", i, r)
		}
		if r.Unclosed {
			if r.Close != -1 || r.End != p.End {
				return fmt.Errorf("region %d %+v: unclosed but has a close or ends before the paragraph %v", i, r, p)
			}
			prevClose, prevEnd = len(toks), p.End
			continue
		}
		if r.Close <= r.Open || !isMark(r.Close, Close) {
			return fmt.Errorf("region %d %+v: token %d is not a closing mark after the opening one", i, r, r.Close)
		}
		if r.End != toks[r.Close].End {
			return fmt.Errorf("region %d %+v: does not end at its closing mark", i, r)
		}
		prevClose, prevEnd = r.Close, r.End
	}
	return nil
}

// checkSentences checks that sentences cover every token, in order, with no
// gaps and no empty sentence.
func checkSentences(toks []Token, sents []Range) error {
	at := 0
	for i, s := range sents {
		if s.From != at || s.To <= s.From {
			return fmt.Errorf("sentence %d %+v: want it to start at token %d and be non-empty", i, s, at)
		}
		at = s.To
	}
	if at != len(toks) {
		return fmt.Errorf("sentences end at token %d of %d", at, len(toks))
	}
	return nil
}

func FuzzSegment(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	article, err := os.ReadFile("../../testdata/riyadh-talks.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(article)
	f.Fuzz(func(t *testing.T, b []byte) {
		if err := checkSegments(string(b)); err != nil {
			t.Fatalf("%v\ntext: %q", err, b)
		}
	})
}

// TestLongParagraphs checks the invariants where a paragraph is longer than
// MaxParagraph and is cut, which inputs small enough to fuzz never reach.
func TestLongParagraphs(t *testing.T) {
	n := 3*MaxParagraph + 17
	tests := []struct {
		name string
		text string
	}{
		{name: "words", text: strings.Repeat("word ", n/5)},
		{name: "no spaces", text: strings.Repeat("x", n)},
		{name: "two-byte runes", text: "x" + strings.Repeat("é", n/2)},
		{name: "three-byte marks", text: strings.Repeat("“", n/3) + "a"},
		{name: "four-byte runes", text: "xy" + strings.Repeat("😀", n/4)},
		{name: "continuation bytes", text: strings.Repeat("\x80", n)},
		{name: "lead bytes", text: strings.Repeat("\xe2", n)},
		{name: "truncated runes", text: strings.Repeat("\xe2\x80", n/2)},
		{name: "lines of a blank-line document", text: "a\n\n" + strings.Repeat("a line\n", n/7)},
		{name: "spaces after a line break", text: "a\n\nb\n" + strings.Repeat(" ", n) + "c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := checkSegments(tt.text); err != nil {
				t.Error(err)
			}
			longest := 0
			for p := range Paragraphs(tt.text) {
				longest = max(longest, p.End-p.Start)
			}
			if longest > MaxParagraph {
				t.Errorf("longest paragraph is %d bytes, want at most MaxParagraph (%d)", longest, MaxParagraph)
			}
		})
	}
}

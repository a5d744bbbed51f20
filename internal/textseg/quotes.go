package textseg

// Region is a top-level quotation in a paragraph: from its opening mark to
// its closing mark, both included. Quotations nested inside it (‘never
// again’ inside “...”) are part of its text and are not listed.
type Region struct {
	Open, Close int // token indexes of the marks; Close is -1 when unclosed
	Start, End  int // bytes: the opening mark's start, the closing mark's end
	// Unclosed is set when no mark closed the quotation: it then runs to the
	// end of the paragraph.
	Unclosed bool
}

// Last returns the index in toks of the last token of the quotation's own
// words: the token before its closing mark, or, when quotations nested in
// it end there too, the token before their closing marks, so that in
// "the 'Main Backer,' " the comma is what ends the outer quotation. An
// unclosed region ends with toks, the paragraph [Pairer.Pair] paired. The
// result is never before Open.
func (r Region) Last(toks []Token) int {
	end := r.Close
	if r.Unclosed || end < 0 {
		end = len(toks)
	}
	k := end - 1
	for k > r.Open && toks[k].Kind == Mark && toks[k].Role == Close {
		k--
	}
	return k
}

// maxDepth bounds quotation nesting; marks that would open deeper are
// stray. Real text nests two or three levels.
const maxDepth = 8

type opener struct {
	tok   int
	glyph Glyph
}

// Pairer decides the role of every quotation mark in a paragraph. Its stack
// is reused between paragraphs.
type Pairer struct {
	stack []opener
	// inner holds the quotations closed directly inside a top-level
	// straight " that is still open: if that mark never closes, it was a
	// stray (a scraper's leftover at a paragraph start) and they are the
	// paragraph's real quotations.
	inner []Region
	// Announced tells Pair that the text before this paragraph announced
	// a quotation ("He said:"): a straight " opening the paragraph then
	// opens that quotation even if it never closes, as quotations running
	// over several paragraphs do.
	Announced bool
}

// Pair sets the Role of every Mark token in toks (one paragraph, from
// [Tokenize]) and appends the paragraph's top-level quotations to dst, in
// order. paraEnd is the byte end of the paragraph, where an unclosed
// quotation stops.
//
// Marks pair by family (double or single) and nesting depth, not left to
// right: a closing mark closes the nearest open quotation of its family, and
// whether a mark opens or closes follows from its shape and from what
// surrounds it (space before and a letter after open; a letter before and
// space or punctuation after close), so “...", „...“ and »...« pair too.
func (p *Pairer) Pair(dst []Region, text string, toks []Token, paraEnd int) []Region {
	p.stack = p.stack[:0]
	p.inner = p.inner[:0]
	// The last mark that could close a single quotation: a ’ or ' after a plural
	// (the envoys’ visit) is an apostrophe while a later one can close.
	lastSingleClose := -1
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].Kind == Mark && toks[i].Glyph.Single() {
			if _, right := flanks(toks, i); right {
				lastSingleClose = i
				break
			}
		}
	}
	for i := range toks {
		t := &toks[i]
		if t.Kind != Mark {
			continue
		}
		t.Role = Stray
		left, right := flanks(toks, i)
		if t.Glyph.Double() {
			top := p.top(true)
			switch t.Glyph {
			case RightDbl, RightGuillemet:
				switch {
				case top >= 0:
					dst = p.close(dst, toks, top, i)
				case left || i == 0 && t.Glyph == RightDbl:
					// ” … they are nothing like us,”: a closing mark that
					// opens its paragraph has nothing to close.
					p.open(toks, i)
				}
			case StraightDbl:
				switch {
				case top >= 0 && left && !right && p.stack[top].glyph != StraightDbl:
					p.open(toks, i)
				case top >= 0:
					dst = p.close(dst, toks, top, i)
				case !(right && !left):
					p.open(toks, i)
				}
			default: // “ „ ‟ «
				if right && !left && top >= 0 {
					dst = p.close(dst, toks, top, i)
				} else {
					p.open(toks, i)
				}
			}
			continue
		}
		top := p.top(false)
		elided := left && elision(text, toks, i)
		switch t.Glyph {
		case RightSgl, RightSglGuillemet:
			switch {
			case top >= 0 && (right || !left) && !(i < lastSingleClose && plural(text, toks, i)):
				dst = p.close(dst, toks, top, i)
			case t.Glyph == RightSglGuillemet && left:
				p.open(toks, i)
			default:
				t.Role = Apostrophe
			}
		case StraightSgl:
			switch {
			case top >= 0 && (right || !left) && !(i < lastSingleClose && plural(text, toks, i)):
				dst = p.close(dst, toks, top, i)
			case left && !elided:
				p.open(toks, i)
			case !t.SpaceBefore || !t.SpaceAfter:
				t.Role = Apostrophe
			}
		default: // ‘ ‚ ‛ ‹
			switch {
			case elided:
				t.Role = Apostrophe
			case right && !left && top >= 0:
				dst = p.close(dst, toks, top, i)
			case right && !left && t.Glyph == LeftSgl:
				t.Role = Apostrophe // a misused ’ after a word: Reuters‘ Gulf desk
			default:
				p.open(toks, i)
			}
		}
	}
	if len(p.stack) > 0 {
		o := p.stack[0]
		for _, s := range p.stack[1:] {
			toks[s.tok].Role = Stray
		}
		if o.glyph == StraightDbl && len(p.inner) > 0 && !(p.Announced && o.tok == 0) {
			toks[o.tok].Role = Stray
			dst = append(dst, p.inner...)
		} else {
			dst = append(dst, Region{Open: o.tok, Close: -1, Start: toks[o.tok].Start, End: paraEnd, Unclosed: true})
		}
		p.stack = p.stack[:0]
	}
	p.inner = p.inner[:0]
	return dst
}

// top returns the stack index of the innermost open quotation that a mark
// of the given family may close: for doubles the nearest double opener; for
// singles the top of the stack only if it is a single (an apostrophe inside
// “...” must not close a ‘ opened outside it).
func (p *Pairer) top(double bool) int {
	if double {
		for k := len(p.stack) - 1; k >= 0; k-- {
			if p.stack[k].glyph.Double() {
				return k
			}
		}
		return -1
	}
	if k := len(p.stack) - 1; k >= 0 && p.stack[k].glyph.Single() {
		return k
	}
	return -1
}

func (p *Pairer) open(toks []Token, i int) {
	if len(p.stack) >= maxDepth {
		return // left Stray
	}
	toks[i].Role = Open
	p.stack = append(p.stack, opener{i, toks[i].Glyph})
}

// close closes the quotation opened at stack index k with the mark at token
// i. Quotations opened inside it and never closed become stray marks.
func (p *Pairer) close(dst []Region, toks []Token, k, i int) []Region {
	for _, s := range p.stack[k+1:] {
		toks[s.tok].Role = Stray
	}
	o := p.stack[k]
	p.stack = p.stack[:k]
	toks[i].Role = Close
	switch {
	case k == 0:
		dst = append(dst, Region{Open: o.tok, Close: i, Start: toks[o.tok].Start, End: toks[i].End})
		p.inner = p.inner[:0]
	case k == 1 && p.stack[0].glyph == StraightDbl:
		p.inner = append(p.inner, Region{Open: o.tok, Close: i, Start: toks[o.tok].Start, End: toks[i].End})
	}
	return dst
}

// flanks reports whether the mark at toks[i] can open (left-flanking) and
// whether it can close (right-flanking), with CommonMark's definition: a
// left-flanking mark is not followed by whitespace, and is followed by a
// letter or else preceded by whitespace or punctuation; right-flanking is
// the mirror image. A mark between two letters is both.
func flanks(toks []Token, i int) (left, right bool) {
	t := toks[i]
	prevPunct := i > 0 && !t.SpaceBefore && toks[i-1].Kind != Word
	nextPunct := i+1 < len(toks) && !t.SpaceAfter && toks[i+1].Kind != Word
	left = !t.SpaceAfter && (!nextPunct || t.SpaceBefore || prevPunct)
	right = !t.SpaceBefore && (!prevPunct || t.SpaceAfter || nextPunct)
	return left, right
}

// elision reports whether the mark at toks[i] begins an elided word rather
// than a quotation: ’90s, ’em, ’til, ’cause.
func elision(text string, toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].SpaceAfter || toks[i+1].Kind != Word {
		return false
	}
	w := toks[i+1].Text(text)
	if isDigit(rune(w[0])) {
		return true
	}
	switch w {
	case "em", "til", "cause", "tis", "twas", "n", "bout", "round", "nuff":
		return true
	}
	return false
}

// plural reports whether the mark at toks[i] follows a word ending in s and
// precedes a lower-case word: the shape of a plural possessive.
func plural(text string, toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].SpaceBefore || !toks[i].SpaceAfter {
		return false
	}
	p, n := toks[i-1], toks[i+1]
	return p.Kind == Word && text[p.End-1] == 's' && n.Kind == Word && !n.Upper
}

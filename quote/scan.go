package quote

import (
	"slices"
	"strings"

	"github.com/hearsaynlp/hearsay/internal/textseg"
)

// Every search for a cue or a source looks at a bounded number of tokens
// around a quotation, which keeps extraction linear however long the
// sentence.
const (
	maxReach  = 40 // tokens between a cue and the quotation it introduces
	maxPhrase = 12 // tokens in a source mention or a channel phrase
)

// scanner holds one extraction's state and the scratch buffers reused from
// paragraph to paragraph. It is not shared between goroutines.
type scanner struct {
	e       *Extractor
	text    string
	toks    []textseg.Token
	regions []textseg.Region
	sents   []textseg.Range
	owner   []int  // per region: index in out of the quote that holds it, or -1
	titled  []bool // per region: a title rather than speech (see title)
	byEnd   []int  // scratch: indices in out sorted by where the quote ends
	low     []byte // the paragraph in ASCII lower case; low[0] is text[lowAt]
	lowAt   int
	pairer  textseg.Pairer
	out     []Quote
	// contents holds the Content of the quotes of out, see add. Like out,
	// it is the caller's once extraction ends, and is made anew for each
	// text.
	contents []Span

	// prev is the index in out of the attributed quote that ended the
	// previous paragraph, or -1: a quote paragraph with no cue right after
	// it continues the same speaker.
	prev int
	// carry is the quote whose last quotation was left open at the end of
	// the previous paragraph, waiting for the next paragraph to reopen it.
	carry carried
	// lead is the attribution that ended the previous paragraph with a
	// colon ("He said:"), waiting for the quotation that opens this one.
	lead Quote
	// covered marks the tokens inside attributed quotations or quotes
	// already found; quoted marks those inside any quotation.
	covered, quoted []bool
	// phraseEnds holds, per token of the paragraph, the end of the noun
	// phrase starting there plus one, or 0 before nounPhrase reads it.
	phraseEnds []int32
	// classes holds, per token of the paragraph, its class (see class),
	// or 0 before class reads it.
	classes []uint64
	// cues is nestedReports' set of where cues start, reused.
	cues map[int]bool
	// mixedOnly keeps the report reader to clauses with a quotation.
	mixedOnly bool
	// sent is the sentence of the quotation being attributed.
	sent textseg.Range
	// orphan is a paragraph that was one closed quotation with no
	// attribution: when the next paragraph opens with a quotation that its
	// attribution follows, the orphan is that quote's first piece.
	orphan Span
	// used is the byte offset up to which this paragraph's words belong to
	// quotes already found: a cue is never used twice.
	used int
}

// carried is a quotation left open at the end of a paragraph.
type carried struct {
	active bool
	quote  int // index in out, or -1 if the open quotation had no attribution yet
	start  int // byte offset of its opening mark
	glyph  textseg.Glyph
}

// reset readies s for one extraction of text; buffers are kept.
func (s *scanner) reset(e *Extractor, text string) {
	s.e, s.text = e, text
	s.out = nil
	s.contents = nil
	s.prev = -1
	s.carry = carried{}
	s.lead = Quote{}
	s.orphan = Span{}
}

// at returns token i, or the zero Token (no kind, no text) outside the
// paragraph, so rules can look around a token without bounds checks.
// (These helpers run for every rule's every look: one unsigned
// comparison checks both ends of the paragraph.)
func (s *scanner) at(i int) textseg.Token {
	if uint(i) >= uint(len(s.toks)) {
		return textseg.Token{}
	}
	return s.toks[i]
}

// tok returns the text of token i ("" outside the paragraph).
func (s *scanner) tok(i int) string {
	if uint(i) >= uint(len(s.toks)) {
		return ""
	}
	t := &s.toks[i]
	return s.text[t.Start:t.End]
}

// word returns the text of token i if it is a word, else "".
func (s *scanner) word(i int) string {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].Kind != textseg.Word {
		return ""
	}
	t := &s.toks[i]
	return s.text[t.Start:t.End]
}

// lower returns the ASCII-lower-cased bytes of token i (nil if it is not
// a word), from a per-paragraph buffer. Callers compare it or index maps
// with string(...), which does not allocate.
func (s *scanner) lower(i int) []byte {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].Kind != textseg.Word {
		return nil
	}
	t := &s.toks[i]
	return s.low[t.Start-s.lowAt : t.End-s.lowAt]
}

// is reports whether token i is the word w, ignoring ASCII case.
func (s *scanner) is(i int, w string) bool { return string(s.lower(i)) == w }

// isAny reports whether token i is one of words, ignoring ASCII case.
func (s *scanner) isAny(i int, words ...string) bool {
	l := s.lower(i)
	if len(l) == 0 {
		return false
	}
	for _, w := range words {
		// The first byte settles most comparisons without a call.
		if len(w) == len(l) && w[0] == l[0] && string(l) == w {
			return true
		}
	}
	return false
}

// in reports whether word i is in the word set m, folding the capital of
// a capitalised word.
func (s *scanner) in(i int, m *wordSet) bool {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].Kind != textseg.Word {
		return false
	}
	if m.bit != 0 {
		want := classIn | m.bit
		return s.class(i)&want == want
	}
	return s.inWords(i, m.words)
}

// lowIn reports whether word i in lower case is in the word set m, as
// m.has(string(s.lower(i))) does.
func (s *scanner) lowIn(i int, m *wordSet) bool {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].Kind != textseg.Word {
		return false
	}
	if m.bit != 0 {
		return s.class(i)&m.bit != 0
	}
	return m.has(string(s.lower(i)))
}

// inWords is in for one set of words: word i as written, or folded if
// capitalised.
func (s *scanner) inWords(i int, m map[string]bool) bool {
	t := &s.toks[i]
	w := s.text[t.Start:t.End]
	if c := w[0]; !('A' <= c && c <= 'Z') && m[w] {
		return true // the sets are lower case: a capital never matches as written
	}
	// Fold a capitalised word ("He", "But"), not an acronym ("US", "IT").
	return t.Upper && (len(w) == 1 || len(w) > 1 && 'a' <= w[1] && w[1] <= 'z') && m[string(s.low[t.Start-s.lowAt:t.End-s.lowAt])]
}

// class returns the bits of the classed sets that word i in lower case
// is in, with classKnown set, and classIn unless in finds the word in no
// set (an acronym, or a word with a capital inside, which no set has as
// written). It looks the word up once per paragraph.
func (s *scanner) class(i int) uint64 {
	if c := s.classes[i]; c != 0 {
		return c
	}
	return s.lookUpClass(i)
}

// lookUpClass is class for a word not yet looked up, kept apart so that
// class, which mostly finds its answer kept, is inlined.
func (s *scanner) lookUpClass(i int) uint64 {
	t := &s.toks[i]
	w := s.text[t.Start:t.End]
	low := s.low[t.Start-s.lowAt : t.End-s.lowAt]
	c := classTable[string(low)] | classKnown
	if string(low) == w || t.Upper && (len(w) == 1 || len(w) > 1 && 'a' <= w[1] && w[1] <= 'z') {
		c |= classIn
	}
	s.classes[i] = c
	return c
}

// punct reports whether token i is the punctuation p.
func (s *scanner) punct(i int, p string) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	t := &s.toks[i]
	return t.Kind == textseg.Punct && s.text[t.Start:t.End] == p
}

// isMark reports whether token i is a quotation mark with role r.
func (s *scanner) isMark(i int, r textseg.Role) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	t := &s.toks[i]
	return t.Kind == textseg.Mark && t.Role == r
}

// paragraph extracts the quotes of one paragraph.
func (s *scanner) paragraph(p textseg.Span) {
	s.toks = textseg.Tokenize(s.toks[:0], s.text, p.Start, p.End)
	s.phraseEnds = slices.Grow(s.phraseEnds[:0], len(s.toks))[:len(s.toks)]
	clear(s.phraseEnds)
	s.classes = slices.Grow(s.classes[:0], len(s.toks))[:len(s.toks)]
	clear(s.classes)
	s.pairer.Announced = s.lead.Cue.Span.End > 0 || s.carry.active
	s.regions = s.pairer.Pair(s.regions[:0], s.text, s.toks, p.End)
	s.sents = textseg.Sentences(s.sents[:0], s.text, s.toks, s.regions)
	s.low = append(s.low[:0], s.text[p.Start:p.End]...)
	s.lowAt = p.Start
	textseg.LowerASCII(s.low)
	s.owner, s.titled = s.owner[:0], s.titled[:0]
	for ri := range s.regions {
		s.owner = append(s.owner, -1)
		s.titled = append(s.titled, s.title(ri))
	}
	first := len(s.out)
	s.used = p.Start
	lead := s.lead
	s.lead = Quote{}

	// A quotation left open at the end of the previous paragraph goes on
	// when this one opens with the same mark, unless it opens a new turn
	// of a transcript.
	c := s.carry
	s.carry = carried{}
	if c.active && len(s.regions) > 0 && s.regions[0].Open == 0 && s.at(0).Glyph == c.glyph && s.label(0) < 0 {
		if c.quote >= 0 && s.trailing(0, textseg.Range{From: 0, To: 0}, false) {
			// It has an attribution of its own: a new speaker's quote.
		} else if c.quote >= 0 {
			q := &s.out[c.quote]
			r := s.regions[0]
			q.Content[len(q.Content)-1].End = r.End
			q.Span.End = max(q.Span.End, r.End)
			q.Unclosed = r.Unclosed
			s.owner[0] = c.quote
		} else {
			s.regions[0].Start = c.start
		}
	}

	if lead.Cue.Span.End > 0 && len(s.regions) > 0 && s.regions[0].Open == 0 && s.owner[0] < 0 && s.label(0) < 0 {
		r := s.regions[0]
		lead.Content = []Span{{r.Start, r.End}}
		lead.Unclosed = r.Unclosed
		s.add(lead, Span{r.Start, r.End})
		if !r.Unclosed {
			s.pieces(len(s.out)-1, r.Close+1, r.Close+1)
		}
	}

	s.signature()

	si := 0
	for ri := range s.regions {
		if s.owner[ri] >= 0 || !s.hasLetters(ri) {
			continue
		}
		if s.transcript(ri) {
			continue
		}
		for si+1 < len(s.sents) && s.sents[si].To <= s.regions[ri].Open {
			si++
		}
		s.sent = s.sents[si]
		s.attribute(ri, s.sents[si])
	}
	s.continuations(first)
	s.outerAccording(first)
	s.adopt(first)
	s.indirect(first, s.e.indirect)
	s.partlyQuoted(first)
	s.laterPieces(first)

	// Remember what the next paragraph may continue.
	continued := s.prev >= 0 && len(s.out) == first && len(s.regions) > 0 && s.owner[0] == s.prev
	if !continued {
		// The last quotation with a source; reported speech after it
		// ("Ramos said, referring to ...") does not interrupt its voice.
		s.prev = -1
		for n := len(s.out) - 1; n >= first; n-- {
			if s.out[n].Kind != Indirect {
				if !s.out[n].Source.IsZero() {
					s.prev = n
				}
				break
			}
		}
		if n := len(s.out) - 1; s.prev < 0 && n >= first && len(s.regions) == 0 && !s.out[n].Source.IsZero() && !s.out[n].Cue.Belief && speechVerbs.has(s.out[n].Cue.Lemma) {
			// Reported speech alone in its paragraph: a quotation that
			// opens the next one goes on with it (Carter said that P. ⏎
			// “Q.”).
			s.prev = n
		}
	}
	if n := len(s.regions); n > 0 && s.regions[n-1].Unclosed {
		r := s.regions[n-1]
		s.carry = carried{active: true, quote: s.owner[n-1], start: r.Start, glyph: s.at(r.Open).Glyph}
	}
	s.lead = s.leadAtEnd()
}

// hasLetters reports whether regions[ri] holds a word: quotation marks
// around nothing but punctuation quote nothing.
func (s *scanner) hasLetters(ri int) bool {
	// Only this paragraph's tokens: a quotation carried over from earlier
	// paragraphs was checked there, and rescanning it would be quadratic.
	r := s.regions[ri]
	end := r.Close
	if r.Unclosed {
		end = len(s.toks)
	}
	for k := r.Open + 1; k < end; k++ {
		if s.toks[k].Kind == textseg.Word {
			return true // words are letters and digits
		}
	}
	return false
}

// dash reports whether token k is a dash that can set off an apposition.
func (s *scanner) dash(k int) bool {
	return s.punct(k, "—") || s.punct(k, "–") || s.punct(k, "-") && (s.punct(k-1, "-") || s.punct(k+1, "-"))
}

// lineBreakBefore reports whether a line break separates token k from
// the token before it.
func (s *scanner) lineBreakBefore(k int) bool {
	return k > 0 && k < len(s.toks) && strings.IndexByte(s.text[s.at(k-1).End:s.at(k).Start], '\n') >= 0
}

// stopBetween reports whether a sentence ends between tokens from and to.
func (s *scanner) stopBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if t := s.at(k); t.Kind == textseg.Punct && isStop(s.tok(k)) {
			return true
		}
	}
	return false
}

// regionOpenedAt returns the region whose opening mark is token k, or -1.
func (s *scanner) regionOpenedAt(k int) int {
	if !s.isMark(k, textseg.Open) {
		return -1
	}
	ri, ok := slices.BinarySearchFunc(s.regions, k, func(r textseg.Region, k int) int { return r.Open - k })
	if !ok {
		return -1
	}
	return ri
}

// pastTitle returns the token after the closed quoted title whose opening
// mark is token k (“Morning Desk” host Ann Ray), or k when no title opens
// there.
func (s *scanner) pastTitle(k int) int {
	if ri := s.regionOpenedAt(k); ri >= 0 && s.titled[ri] && !s.regions[ri].Unclosed {
		return s.regions[ri].Close + 1
	}
	return k
}

// titleClosedAt returns the opening mark's token of the title whose
// closing mark is token k, or -1 when token k closes no title.
func (s *scanner) titleClosedAt(k int) int {
	if !s.isMark(k, textseg.Close) {
		return -1
	}
	if ri := s.regionClosedAt(k); ri >= 0 && s.titled[ri] && s.regions[ri].Start >= s.used {
		return s.regions[ri].Open
	}
	return -1
}

// regionClosedAt returns the region whose closing mark is token k, or -1.
func (s *scanner) regionClosedAt(k int) int {
	ri, ok := slices.BinarySearchFunc(s.regions, k, func(r textseg.Region, k int) int {
		if r.Close < 0 {
			return r.Open - k // unclosed regions sort by their opening
		}
		return r.Close - k
	})
	if !ok || s.regions[ri].Close != k {
		return -1
	}
	return ri
}

// addPiece appends regions[ri] to the content of quote q and lets q own it.
func (s *scanner) addPiece(q, ri int) {
	r := s.regions[ri]
	qq := &s.out[q]
	qq.Content = append(qq.Content, Span{r.Start, r.End})
	qq.Span.End = max(qq.Span.End, r.End)
	qq.Unclosed = qq.Unclosed || r.Unclosed
	s.owner[ri] = q
}

// emit records the quote for regions[ri] found with cue c and returns its
// index in s.out. For a mixed quote the content runs from c.content to the
// end of the clause and takes in every quotation inside it.
func (s *scanner) emit(ri int, c cue, kind Kind, rule string) int {
	r := s.regions[ri]
	content := Span{r.Start, r.End}
	if kind == Mixed {
		first := min(c.content, r.Open)
		content.Start = s.at(first).Start
		if c.contentEnd > 0 {
			content.End = s.at(c.contentEnd - 1).End
		} else if c.at > r.Open {
			// Trailing attribution: the content ends with the quotation.
			content.End = r.End
		} else {
			content.End = s.clauseEnd(ri, c.entry.Lemma)
		}
	}
	if ri == 0 && r.Start < s.at(0).Start {
		content.Start = r.Start // continued from the previous paragraph
	}
	q := Quote{Kind: kind, Rule: rule, Unclosed: r.Unclosed}
	s.fill(&q, c)
	return s.add(q, content)
}

// fill sets the cue and source of q from c.
func (s *scanner) fill(q *Quote, c cue) {
	if c.end > c.at {
		q.Cue = Cue{
			Span:    Span{s.at(c.at).Start, s.at(c.end - 1).End},
			Lemma:   c.entry.Lemma,
			Class:   classOf(c.entry.Class),
			Negated: c.negated,
			Belief:  c.entry.Belief,
		}
		q.Cue.Addressee, q.Cue.Channel = s.cueParts(c)
	}
	if c.source.To > c.source.From {
		q.Source = Span{s.at(c.source.From).Start, s.at(c.source.To - 1).End}
	}
}

// add appends q with the given content, computes its Span, claims every
// quotation inside the content, and returns its index in s.out.
func (s *scanner) add(q Quote, content Span) int {
	// The content is one element of s.contents, capped so that a second
	// piece moves it out: an allocation per doubling of contents, not
	// per quote.
	s.contents = append(s.contents, content)
	k := len(s.contents)
	q.Content = s.contents[k-1 : k : k]
	q.Span = content
	for _, sp := range []Span{q.Cue.Span, q.Source} {
		if !sp.IsZero() {
			q.Span.Start = min(q.Span.Start, sp.Start)
			q.Span.End = max(q.Span.End, sp.End)
		}
	}
	if s.out == nil {
		// News has about a quote per 600 bytes, and one per 300 with
		// reported speech: start near the number this text will need
		// rather than copy the quotes at each of several doublings.
		per := 512
		if s.e.indirect {
			per = 256
		}
		s.out = make([]Quote, 0, 4+len(s.text)/per)
	}
	s.out = append(s.out, q)
	n := len(s.out) - 1
	// Claim the quotations inside the content; regions are in order, so
	// the search starts at the first that could be inside.
	first, _ := slices.BinarySearchFunc(s.regions, content.Start, func(r textseg.Region, start int) int { return r.Start - start })
	for k := first; k < len(s.regions) && s.regions[k].Start < content.End; k++ {
		if s.owner[k] < 0 && s.regions[k].End <= content.End {
			s.owner[k] = n
		}
	}
	s.used = max(s.used, q.Span.End)
	return n
}

var classByName = func() map[string]Class {
	m := make(map[string]Class, len(classNames))
	for i, n := range classNames {
		if n != "" {
			m[n] = Class(i)
		}
	}
	return m
}()

// classOf maps a lexicon class name to its Class.
func classOf(name string) Class { return classByName[name] }

package quote

import (
	"bytes"
	"slices"
	"strings"

	"github.com/hearsaynlp/hearsay/internal/cuelex"
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
	low     []byte // the paragraph in ASCII lower case; low[0] is text[lowAt]
	lowAt   int
	pairer  textseg.Pairer
	out     []Quote

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

type carried struct {
	active bool
	quote  int // index in out, or -1 if the open quotation had no attribution yet
	start  int // byte offset of its opening mark
	glyph  textseg.Glyph
}

func (s *scanner) reset(e *Extractor, text string) {
	s.e, s.text = e, text
	s.out = nil
	s.prev = -1
	s.carry = carried{}
	s.lead = Quote{}
	s.orphan = Span{}
}

// at returns token i, or the zero Token (no kind, no text) outside the
// paragraph, so rules can look around a token without bounds checks.
func (s *scanner) at(i int) textseg.Token {
	if i < 0 || i >= len(s.toks) {
		return textseg.Token{}
	}
	return s.toks[i]
}

// tok returns the text of token i ("" outside the paragraph).
func (s *scanner) tok(i int) string { return s.at(i).Text(s.text) }

// word returns the text of token i if it is a word, else "".
func (s *scanner) word(i int) string {
	if i < 0 || i >= len(s.toks) || s.at(i).Kind != textseg.Word {
		return ""
	}
	return s.at(i).Text(s.text)
}

// lower returns the ASCII-lower-cased bytes of token i (nil if it is not
// a word), from a per-paragraph buffer. Callers compare it or index maps
// with string(...), which does not allocate.
func (s *scanner) lower(i int) []byte {
	if i < 0 || i >= len(s.toks) || s.at(i).Kind != textseg.Word {
		return nil
	}
	return s.low[s.at(i).Start-s.lowAt : s.at(i).End-s.lowAt]
}

// is reports whether token i is the word w, ignoring ASCII case.
func (s *scanner) is(i int, w string) bool { return string(s.lower(i)) == w }

// isAny reports whether token i is one of words, ignoring ASCII case.
func (s *scanner) isAny(i int, words ...string) bool {
	l := s.lower(i)
	for _, w := range words {
		if string(l) == w {
			return true
		}
	}
	return false
}

func (s *scanner) in(i int, m map[string]bool) bool {
	w := s.word(i)
	if w == "" {
		return false
	}
	if m[w] {
		return true
	}
	// Fold a capitalised word ("He", "But"), not an acronym ("US", "IT").
	return s.at(i).Upper && (len(w) == 1 || len(w) > 1 && 'a' <= w[1] && w[1] <= 'z') && m[string(s.lower(i))]
}

func (s *scanner) punct(i int, p string) bool {
	return i >= 0 && i < len(s.toks) && s.at(i).IsPunct(s.text, p)
}

func (s *scanner) isMark(i int, r textseg.Role) bool {
	return i >= 0 && i < len(s.toks) && s.at(i).Kind == textseg.Mark && s.at(i).Role == r
}

// paragraph extracts the quotes of one paragraph.
func (s *scanner) paragraph(p textseg.Span) {
	s.toks = textseg.Tokenize(s.toks[:0], s.text, p.Start, p.End)
	s.pairer.Announced = s.lead.Cue.Span.End > 0 || s.carry.active
	s.regions = s.pairer.Pair(s.regions[:0], s.text, s.toks, p.End)
	s.sents = textseg.Sentences(s.sents[:0], s.text, s.toks, s.regions)
	s.low = append(s.low[:0], s.text[p.Start:p.End]...)
	s.lowAt = p.Start
	for i, c := range s.low {
		if 'A' <= c && c <= 'Z' {
			s.low[i] = c + 'a' - 'A'
		}
	}
	s.owner = s.owner[:0]
	for range s.regions {
		s.owner = append(s.owner, -1)
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
	s.adopt(first)

	// Remember what the next paragraph may continue.
	continued := s.prev >= 0 && len(s.out) == first && len(s.regions) > 0 && s.owner[0] == s.prev
	if !continued {
		s.prev = -1
		if n := len(s.out); n > first && !s.out[n-1].Source.IsZero() {
			s.prev = n - 1
		}
	}
	if n := len(s.regions); n > 0 && s.regions[n-1].Unclosed {
		r := s.regions[n-1]
		s.carry = carried{active: true, quote: s.owner[n-1], start: r.Start, glyph: s.at(r.Open).Glyph}
	}
	s.lead = s.leadAtEnd()
}

// leadAtEnd returns the attribution that ends the paragraph with a colon,
// introducing a quotation in the next one: "Caddell continued:", "The New
// York Times reports:". The zero Quote when there is none.
func (s *scanner) leadAtEnd() Quote {
	k := len(s.toks) - 1
	if k < 1 || !s.punct(k, ":") {
		return Quote{}
	}
	sent := textseg.Range{From: 0, To: len(s.toks)}
	if n := len(s.sents); n > 0 {
		sent = s.sents[n-1]
	}
	for i := k - 1; i >= sent.From && i >= k-maxReach; i-- {
		e, ok := s.cueAt(i)
		if !ok {
			continue
		}
		c := cue{at: i, end: s.channel(i, k), entry: e}
		for j := c.end; j < k; j++ {
			if t := s.at(j); t.Kind == textseg.Mark {
				return Quote{} // "He told his audience, to rowdy applause:"
			}
		}
		s.findSource(&c, sent)
		if c.source.To == c.source.From {
			return Quote{}
		}
		q := Quote{Kind: Direct, Rule: "source-cue-colon-paragraph"}
		s.fill(&q, c)
		return q
	}
	return Quote{}
}

// label returns the index of the colon that ends a transcript speaker label
// right after the opening mark of regions[ri] ("WALLACE: Let’s start ..."),
// or -1.
func (s *scanner) label(ri int) int {
	r := s.regions[ri]
	k := r.Open + 1
	for ; k < len(s.toks) && k <= r.Open+4; k++ {
		t := s.at(k)
		if t.Kind != textseg.Word {
			break
		}
		w := s.tok(k)
		if len(w) < 2 || strings.ToUpper(w) != w || !t.Upper {
			return -1
		}
	}
	if k == r.Open+1 || !s.punct(k, ":") {
		return -1
	}
	return k
}

// transcript attributes a quotation that opens with a speaker label, as
// quoted transcripts do: "PENCE: Well, look, ..."
func (s *scanner) transcript(ri int) bool {
	colon := s.label(ri)
	r := s.regions[ri]
	if colon < 0 || colon+1 >= len(s.toks) || !r.Unclosed && colon+1 >= r.Close {
		return false
	}
	end := r.End
	if !r.Unclosed {
		end = s.at(r.Close - 1).End
	}
	q := Quote{
		Kind:     Direct,
		Content:  []Span{{s.at(colon + 1).Start, end}},
		Cue:      Cue{Span: Span{s.at(colon).Start, s.at(colon).End}},
		Source:   Span{s.at(r.Open + 1).Start, s.at(colon - 1).End},
		Rule:     "transcript",
		Unclosed: r.Unclosed,
	}
	s.add(q, q.Content[0])
	s.owner[ri] = len(s.out) - 1
	return true
}

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

// attribute finds the cue and source of the quotation regions[ri], which
// lies in sentence sent, trying the layouts in order of reliability.
func (s *scanner) attribute(ri int, sent textseg.Range) {
	if s.in(s.regions[ri].Open-1, namingWords) {
		return // a title: the spot, titled “Arrogant,”
	}
	c, ok := s.nearestCue(ri, sent)
	ok = ok && c.source.To > c.source.From
	if ok && c.direct {
		if s.goesOn(ri) {
			// Lavrov said “Q” on Tuesday, ...: the clause goes on.
			s.emit(ri, c, Mixed, "source-cue-mixed")
			return
		}
		s.emit(ri, c, Direct, "source-cue-quote")
		return
	}
	if s.trailing(ri, sent, true) {
		return
	}
	if !ok && s.laterAttribution(ri, sent) {
		return
	}
	if ok {
		s.emit(ri, c, Mixed, "source-cue-mixed")
		return
	}
	if s.colonLead(ri, sent) {
		return
	}
}

// goesOn reports whether the clause that holds regions[ri] goes on with
// more reported words after its closing mark ("reported “2,521 shooting
// incidents” in the city"), rather than ending or turning to an
// attribution or a new clause.
func (s *scanner) goesOn(ri int) bool {
	r := s.regions[ri]
	if r.Unclosed {
		return false
	}
	k := r.Close + 1
	if s.punct(k, ",") || s.punct(r.Close-1, ",") || s.punct(r.Close-1, "!") || s.punct(r.Close-1, "?") {
		return false
	}
	return k < len(s.toks) && s.at(k).Kind == textseg.Word && !s.in(k, clauseBreaks) && !s.trailingAt(k)
}

// cue is a cue found before a quotation, with the words around it.
type cue struct {
	at, end int // token range of the cue: verb and its channel phrase
	entry   cuelex.Entry
	negated bool
	source  textseg.Range // token range of the source mention; empty if none
	content int           // first token of the content
	direct  bool          // nothing but punctuation between cue and quotation
	// contentEnd, when set, is the token after the content.
	contentEnd int
	fallback   bool // the source is the clause's subject, not a neighbour
}

// nearestCue looks back from the opening mark of regions[ri] to the nearest
// reporting verb in the same clause.
func (s *scanner) nearestCue(ri int, sent textseg.Range) (cue, bool) {
	open := s.regions[ri].Open
	lo := max(sent.From, open-maxReach)
	var first cue // the nearest cue, kept in case no cue has a source
	for i := open - 1; i >= lo; i-- {
		t := s.at(i)
		if t.Kind == textseg.Mark && t.Role == textseg.Close || s.punct(i, ";") || t.Start < s.used {
			break
		}
		if s.is(i, "to") && s.is(i-1, "according") {
			return s.accordingTo(i-1, open)
		}
		e, ok := s.cueAt(i)
		if !ok {
			continue
		}
		c := cue{at: i, entry: e}
		c.end = s.channel(i, open)
		k := c.end
		switch {
		case k == open:
			c.direct, c.content = true, open
		case (s.punct(k, ":") || s.punct(k, ",")) && k+1 == open:
			c.direct, c.content = true, open
		default:
			c.content = k
			if s.punct(k, ",") || s.punct(k, ":") {
				c.content = k + 1
			}
		}
		s.findSource(&c, sent)
		if !c.direct {
			c = s.outerCue(c, sent)
		}
		if c.source.To > c.source.From && s.is(c.source.From-1, "what") {
			// "condemned what he called a “brazen breach”": the naming verb
			// is inside another report's content.
			c.source = textseg.Range{}
		}
		if c.source.To == c.source.From && !c.direct {
			// A verb with no speaker of its own ("late-night tweets
			// targeting ..."): look on for the clause's real cue.
			if first.entry.Lemma == "" {
				first = c
			}
			continue
		}
		return c, true
	}
	return first, first.entry.Lemma != ""
}

// accordingTo reads "According to X, C" where the phrase starts at token
// at and the quotation opens at token open.
func (s *scanner) accordingTo(at, open int) (cue, bool) {
	end := s.nounPhrase(at+2, open)
	if end == at+2 {
		return cue{}, false
	}
	comma := end
	for comma < open && comma < end+2*maxPhrase && !s.punct(comma, ",") {
		comma++
	}
	if comma >= open || !s.punct(comma, ",") {
		return cue{}, false
	}
	c := cue{
		at: at, end: at + 2,
		entry:   cuelex.Entry{Lemma: "according to", Class: "neutral"},
		source:  textseg.Range{From: at + 2, To: comma},
		content: comma + 1,
		direct:  comma+1 == open,
	}
	return c, true
}

// outerCue returns the reporting clause that holds cue c, when there is
// one: in "Lavrov said that Washington and Moscow agreed to appoint ...",
// the quoted words are Lavrov's, not Washington's. The outer cue's content
// must begin exactly where c's source does (after an optional "that").
func (s *scanner) outerCue(c cue, sent textseg.Range) cue {
	for c.source.To > c.source.From && !c.fallback {
		from := c.source.From
		if c.source.To == from+1 && s.in(from, relativeWords) {
			// saying anybody who complains about ... “is not having a
			// good night”: the relative clause is inside the content.
			if a := s.nounPhraseBefore(from-1, sent.From); a < from {
				from = a
			}
		}
		if s.is(from-1, "that") {
			from--
		}
		found := false
		for i := from - 1; i >= sent.From && i >= from-maxReach; i-- {
			if s.punct(i, ";") || s.isMark(i, textseg.Close) {
				break
			}
			e, ok := s.cueAt(i)
			if !ok {
				continue
			}
			if end := s.channel(i, from); end == from || s.punct(end, ",") && end+1 == from {
				o := cue{at: i, end: end, entry: e, content: from}
				s.findSource(&o, sent)
				if o.source.To > o.source.From {
					c, found = o, true
				}
			}
			break
		}
		if !found {
			break
		}
	}
	return c
}

// cueAt reports whether token i is a reporting verb used as one: "said",
// "has told", but not "the report" or "Trump’s claims".
func (s *scanner) cueAt(i int) (cuelex.Entry, bool) {
	if i < 0 || i >= len(s.toks) {
		return cuelex.Entry{}, false
	}
	t := s.at(i)
	if t.Kind != textseg.Word || t.Upper {
		return cuelex.Entry{}, false
	}
	e, ok := s.e.lex.Lookup(s.tok(i))
	if !ok {
		return e, false
	}
	prev := s.lower(i - 1)
	if s.in(i-1, determiners) && !s.isAny(i-1, "one", "all", "both") || possessive(prev) {
		return e, false
	}
	if e.Form&(cuelex.Third|cuelex.Base) != 0 && e.Form&(cuelex.Past|cuelex.Participle) == 0 && nounVerbs[e.Lemma] && s.in(i+1, nounFollowers) {
		// "Republican claims of fraud", "the calls for": a plural noun.
		return e, false
	}
	if e.Form&^(cuelex.Base) == 0 || e.Form&(cuelex.Third|cuelex.Past|cuelex.Participle|cuelex.Gerund) == 0 {
		// A bare verb is a cue only after a modal, a plural subject or a
		// pronoun: "officials say", "will say", "they tell".
		if !(modals[string(prev)] || bytes.HasSuffix(prev, []byte("s")) && !functionWords[string(prev)] && !verbsInS[string(prev)] ||
			i > 0 && s.at(i-1).Upper && !s.in(i-1, capitalStops)) {
			return e, false
		}
	}
	return e, true
}

func possessive(w []byte) bool {
	return (bytes.HasSuffix(w, []byte("’s")) || bytes.HasSuffix(w, []byte("'s"))) && !contraction(w)
}

// contraction reports whether w is a pronoun with a clitic: he’s, she's,
// it’s (he is, he has).
func contraction(w []byte) bool {
	for _, suf := range []string{"’s", "'s", "’d", "'d", "’ll", "'ll"} {
		if stem, ok := bytes.CutSuffix(w, []byte(suf)); ok {
			return subjectPronouns[string(stem)]
		}
	}
	return false
}

// channel returns the end of the words that belong to the cue at token c:
// an addressee ("told reporters"), channel and time phrases ("said in a
// statement on Tuesday"). It never passes limit.
func (s *scanner) channel(c, limit int) int {
	k := c + 1
	if tellVerbs[s.e.lemma(s.tok(c))] {
		if s.in(k, subjectPronouns) || s.in(k, objectPronouns) {
			if k+1 <= limit && !s.is(k, "that") {
				k++
			}
		} else if end := s.nounPhrase(k, limit); end > k {
			k = end
		}
	}
	if addresseeVerbs[s.e.lemma(s.tok(c))] {
		// "told an invited crowd at the Union League club that ...": the
		// addressee and its setting run to the complementizer.
		for j := k; j < limit && j < k+maxPhrase+4; j++ {
			if s.is(j, "that") || j > c+1 && s.is(j, "to") && s.at(j+1).Kind == textseg.Word && !s.in(j+1, determiners) && !s.at(j+1).Upper {
				return j // "encouraged Americans to “check out” ..."
			}
			if rj := s.regionOpenedAt(j); rj >= 0 && !s.regions[rj].Unclosed {
				j = s.regions[rj].Close // a title in the setting: tells MSNBC’s “Morning Joe” that
				continue
			}
			if t := s.at(j); t.Kind != textseg.Word && !(t.Kind == textseg.Mark && t.Role == textseg.Apostrophe) && !s.punct(j, ",") {
				break
			}
			if _, ok := s.cueAt(j); ok {
				break
			}
		}
	}
	if s.isAny(k, "back", "in", "up", "out") && (s.at(k+1).Kind != textseg.Word || s.is(k+1, "that")) && k < limit {
		k++ // shot back, chimed in, spoke up, lashed out
	}
	for n := 0; n < 4 && k < limit; n++ {
		switch {
		case s.in(k, timeWords):
			k++
		case s.in(k, tailPreps) && k+1 < limit && s.phraseStart(k+1):
			end := s.nounPhrase(k+1, limit)
			if end == k+1 {
				return k
			}
			k = end
		default:
			return k
		}
	}
	return k
}

// phraseStart reports whether token k can begin the noun phrase of a
// channel or time phrase: "to reporters", "in a statement", not "to hold".
func (s *scanner) phraseStart(k int) bool {
	t := s.at(k)
	if t.Kind != textseg.Word {
		return false
	}
	if t.Upper || s.in(k, determiners) || s.in(k, objectPronouns) || s.in(k, timeWords) {
		return true
	}
	return bytes.HasSuffix(s.lower(k), []byte("s")) && s.nounLike(k)
}

var days = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today")

var objectPronouns = set("him", "her", "them", "me", "us", "you", "it", "reporters", "journalists")

// findSource fills c.source with the mention before the cue, or the
// clause's subject when the cue has none of its own ("Lavrov echoed
// Rubio’s remarks and told reporters ...").
func (s *scanner) findSource(c *cue, sent textseg.Range) {
	j := c.at - 1
	lo := max(sent.From, c.at-maxReach)
	for j >= lo && (s.in(j, preCue) || s.weekdayPhrase(j) || s.adverb(j)) {
		if s.in(j, negators) {
			c.negated = true
		}
		if s.weekdayPhrase(j) && s.isAny(j-1, "on", "last", "this") {
			j--
		}
		j--
	}
	if s.isMark(j, textseg.Close) && s.punct(j-1, ",") {
		j-- // “...,” adding: the comma inside the marks ends the clause
	}
	if j < lo {
		return
	}
	if s.isAny(j, "by", "to") && j-1 >= lo && s.at(j-1).Kind == textseg.Word && !s.at(j-1).Upper {
		// "went on to say", "continued by saying", "began by saying": the
		// cue starts at the first verb, whose subject speaks.
		v := j - 1
		if s.is(v, "on") && v-1 >= lo {
			v--
		}
		if t := s.at(v); t.Kind == textseg.Word && !t.Upper && !functionWords[string(s.lower(v))] {
			c.at = v
			s.findSource(c, sent)
			return
		}
	}
	switch {
	case s.punct(j, ",") || s.dash(j):
		if c.entry.Form&cuelex.Gerund != 0 && s.at(c.at).End-s.at(c.at).Start > 3 && bytes.HasSuffix(s.lower(c.at), []byte("ing")) {
			// ..., arguing that: the subject of the main clause speaks.
			c.source, c.fallback = s.subject(sent, c.at), true
			return
		}
		if r, ok := s.apposition(j, lo); ok {
			c.source = r
		}
	case s.isAny(j, "and", "but"):
		c.source, c.fallback = s.subject(sent, c.at), true
	default:
		if from := s.nounPhraseBefore(j, lo); from <= j {
			c.source = textseg.Range{From: from, To: j + 1}
		}
	}
}

// adverb reports whether token k is a lower-case -ly adverb ("jokingly
// said", "said bluntly").
func (s *scanner) adverb(k int) bool {
	t := s.at(k)
	w := s.lower(k)
	return t.Kind == textseg.Word && !t.Upper && len(w) > 4 && bytes.HasSuffix(w, []byte("ly")) && !lyNouns[string(w)]
}

// weekdayPhrase reports whether word j names a day ("on Tuesday said").
func (s *scanner) weekdayPhrase(j int) bool {
	return days[string(s.lower(j))]
}

// apposition handles a comma right before a cue: "Sergei Lavrov, Russia’s
// foreign minister, said" gives the name with its apposition; "Lavrov, who
// ..., said" gives the name alone.
func (s *scanner) apposition(comma, lo int) (textseg.Range, bool) {
	first := -1
	for k := comma - 1; k >= lo && k >= comma-2*maxPhrase; k-- {
		if s.punct(k, ";") || s.at(k).Kind == textseg.Mark && s.at(k).Role != textseg.Apostrophe {
			break
		}
		if !s.punct(k, ",") && !s.dash(k) {
			continue
		}
		if s.in(k+1, relativeWords) {
			if from := s.nounPhraseBefore(k-1, lo); from < k && s.named(from, k) {
				return textseg.Range{From: from, To: k}, true
			}
			return textseg.Range{}, false
		}
		if first < 0 {
			first = k
		}
	}
	if first < 0 {
		// "Gov. John Kasich (R-OH), said": a stray comma after the mention.
		if from := s.nounPhraseBefore(comma-1, lo); from < comma && s.named(from, comma) {
			return textseg.Range{From: from, To: comma}, true
		}
		return textseg.Range{}, false
	}
	if s.in(first+1, tailPreps) || s.participle(first+1) || comma == first+2 && (s.adverb(first+1) || s.in(first+1, asides)) {
		// "Lewandowski, in a statement released on Thursday, said": an
		// aside between the mention and its cue.
		if from := s.nounPhraseBefore(first-1, lo); from < first && s.named(from, first) {
			return textseg.Range{From: from, To: first}, true
		}
		return textseg.Range{}, false
	}
	if !s.asideOK(first+1, comma) {
		return textseg.Range{}, false
	}
	from := s.nounPhraseBefore(first-1, lo)
	if from >= first || !s.named(from, first) {
		// "Another delegate on the Cruz slate, Jim Poolman, said": the
		// name is between the commas.
		if s.at(comma - 1).Upper {
			if from = s.phraseBefore(first-1, lo, false); from >= first {
				from = first + 1
			}
			return textseg.Range{From: from, To: comma}, true
		}
		return textseg.Range{}, false
	}
	return textseg.Range{From: from, To: comma}, true
}

// asideOK reports whether tokens [from, to) can be an apposition between
// commas: a short phrase with no reporting verb and no quotation ("the
// Republican attorney general of Oklahoma", "a historian who attended the
// session", "Pyongyang's only ally and its lifeline to the world").
func (s *scanner) asideOK(from, to int) bool {
	if to <= from || to-from > 2*maxPhrase {
		return false
	}
	if t := s.at(from); t.Kind != textseg.Word || !t.Upper && !s.in(from, determiners) && !s.nounLike(from) && !s.modifier(from) {
		return false
	}
	for k := from; k < to; k++ {
		t := s.at(k)
		if t.Kind == textseg.Mark && t.Role == textseg.Stray || s.punct(k, ";") {
			return false // a closed title may stand in it: star of “Scandal”
		}
		if e, ok := s.cueAt(k); ok && e.Form != cuelex.Gerund {
			return false
		}
	}
	return true
}

// named reports whether tokens [from, to) hold a capitalised word or a
// pronoun: a mention of someone rather than a stray noun.
func (s *scanner) named(from, to int) bool {
	for k := from; k < to; k++ {
		if s.at(k).Kind == textseg.Word && (s.at(k).Upper || subjectPronouns[string(s.lower(k))]) {
			return true
		}
	}
	if to-from == 1 && s.isAny(from, "one", "another", "others", "some", "many", "several", "both") {
		return true
	}
	// "the governor", "federal prosecutors": a word for a speaker.
	return to > from && s.at(to-1).Kind == textseg.Word && !s.at(to-1).Upper && s.head(to-1) &&
		(to-from >= 2 && s.in(from, determiners) || s.plural(to-1))
}

// subject returns the subject of the clause that holds token limit: the
// noun phrase that opens the sentence after any introductory phrase
// ("After the talks ended, ...").
func (s *scanner) subject(sent textseg.Range, limit int) textseg.Range {
	k := sent.From
	if ri := s.regionOpenedAt(k); ri >= 0 && !s.regions[ri].Unclosed && s.regions[ri].Close < limit {
		// “By the way, ...,” Trump told a rally, saying ...
		k = s.regions[ri].Close + 1
		if s.punct(k, ",") {
			k++
		}
	}
	for k < limit && (s.at(k).Kind == textseg.Mark || s.isAny(k, "but", "and", "so", "yet", "then", "still")) {
		k++
	}
	if k < limit && !s.in(k, subjectPronouns) && (s.in(k, capitalStops) && !s.in(k, determiners) || s.in(k, functionWords)) {
		// An introductory phrase: the subject follows its comma.
		j := k
		for j < limit && j < k+maxReach && !s.punct(j, ",") {
			j++
		}
		if j >= limit || !s.punct(j, ",") {
			return textseg.Range{}
		}
		k = j + 1
	}
	end := s.nounPhrase(k, limit)
	if end == k || !s.named(k, end) && !s.in(k, determiners) {
		return textseg.Range{}
	}
	return textseg.Range{From: k, To: end}
}

// nounPhrase returns the end of the noun phrase that starts at token i, or
// i if none does; it never passes limit. It reads mentions such as "he",
// "US Secretary of State Marco Rubio", "a spokesman for the campaign",
// "Ushakov and Waltz", "Gov. Mike Pence (R-IN)".
func (s *scanner) nounPhrase(i, limit int) int {
	if i >= limit {
		return i
	}
	if s.isAny(i, "this", "that", "these", "those") && s.at(i+1).Kind == textseg.Word && s.nounLike(i+1) {
		// "this source": a determiner, not a pronoun
	} else if s.in(i, subjectPronouns) || s.in(i, objectPronouns) {
		if s.isAny(i, "that", "which", "this") {
			return i
		}
		return i + 1
	}
	if s.isAny(i, "one", "another", "others", "some", "many", "several", "both") && s.at(i+1).Kind != textseg.Word && i+1 <= limit {
		return i + 1 // “Anybody but Trump,” read one.
	}
	k := i
	if s.in(k, determiners) {
		k++
		if s.is(k, "of") && (s.in(k+1, determiners) || s.at(k+1).Upper) {
			// "one of those advisers", "some of Trump's aides"
			k += 2
		}
	}
	head := k
	end := min(limit, i+maxPhrase)
	for k < end {
		t := s.at(k)
		switch {
		case t.Kind == textseg.Word:
			w := s.lower(k)
			switch {
			case t.Upper && !capitalStops[string(w)]:
			case nounPreps[string(w)] && k > head && k+1 < end && (s.at(k+1).Upper || s.in(k+1, determiners)):
			case string(w) == "and" && k > head && k+1 < end && s.at(k+1).Upper && s.at(k-1).Upper:
			case possessive(w) && !t.Upper && k > head:
			case !t.Upper && s.nounLike(k):
			case !t.Upper && s.modifier(k) && k+1 < end && (s.at(k+1).Upper || s.nounLike(k+1)):
			case !t.Upper && k > i && !s.at(k-1).Upper && s.at(k-1).Kind == textseg.Word && s.nounVerb(k):
			default:
				return s.trimPhrase(i, k)
			}
		case t.Kind == textseg.Mark && t.Role == textseg.Apostrophe && k > head:
		case t.Kind == textseg.Punct && s.tok(k) == "." && k > head && textseg.Abbreviation(s.tok(k-1)):
		case t.Kind == textseg.Punct && s.tok(k) == "(" && k > head:
			j := k + 1
			for j < end && j < k+6 && !s.punct(j, ")") {
				j++
			}
			if !s.punct(j, ")") {
				return s.trimPhrase(i, k)
			}
			k = j
		default:
			return s.trimPhrase(i, k)
		}
		k++
	}
	return s.trimPhrase(i, k)
}

// trimPhrase drops trailing words that cannot end a mention and returns
// the new end; a phrase of determiners alone is no phrase.
func (s *scanner) trimPhrase(i, end int) int {
	for end > i && (s.in(end-1, nounPreps) || s.word(end-1) == "and" || s.in(end-1, determiners)) {
		end--
	}
	return end
}

// nounVerb reports whether word k is a reporting verb's base or -s form
// used as the noun that ends a phrase: "the congressional report said",
// "during Tuesday’s conference call".
func (s *scanner) nounVerb(k int) bool {
	e, ok := s.e.lex.Lookup(s.word(k))
	if !ok || !nounVerbs[e.Lemma] || e.Form&(cuelex.Base|cuelex.Third) == 0 {
		return false
	}
	n := s.at(k + 1)
	return n.Kind != textseg.Word || functionWords[string(s.lower(k+1))]
}

// modifier reports whether lower-case word k is a participle that can
// modify a noun inside a mention: "the retired neurosurgeon", "the
// conservative-leaning newspaper".
func (s *scanner) modifier(k int) bool {
	w := s.lower(k)
	if functionWords[string(w)] {
		return false
	}
	if _, ok := s.e.lex.Lookup(s.word(k)); ok {
		return false
	}
	return bytes.HasSuffix(w, []byte("ed")) || bytes.HasSuffix(w, []byte("ing"))
}

// nounLike reports whether lower-case word k can sit in a mention: not a
// function word, an adverb, a finite verb or a reporting verb.
func (s *scanner) nounLike(k int) bool {
	w := s.lower(k)
	if functionWords[string(w)] || irregularPasts[string(w)] || bytes.HasSuffix(w, []byte("ly")) && !lyNouns[string(w)] {
		return false
	}
	if bytes.HasSuffix(w, []byte("ed")) && string(w) != "unnamed" || bytes.HasSuffix(w, []byte("ing")) && len(w) > 5 {
		return false
	}
	if _, ok := s.e.lex.Lookup(s.word(k)); ok {
		return false
	}
	return true
}

// head reports whether lower-case word k can end a source mention: a
// plural ("officials"), a word for a person, group or document
// ("spokesman", "campaign", "statement"), or an agent noun ("narrator").
func (s *scanner) head(k int) bool {
	w := s.lower(k)
	if sourceNouns[string(w)] {
		return true // even "report", "statement", "tweet"
	}
	if !s.nounLike(k) {
		return false
	}
	for _, suf := range agentSuffixes {
		if bytes.HasSuffix(w, []byte(suf)) {
			return true
		}
	}
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i'
}

// plural reports whether lower-case word k is a plural noun.
func (s *scanner) plural(k int) bool {
	w := s.lower(k)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i'
}

// nounPhraseBefore walks left from token j (the mention's last token) and
// returns the first token of the mention, or j+1 if token j ends none. The
// last word must name a speaker: a name, a pronoun, or a noun such as
// "spokesman" or "officials".
func (s *scanner) nounPhraseBefore(j, lo int) int { return s.phraseBefore(j, lo, true) }

// phraseBefore is nounPhraseBefore; with strict false any noun may end
// the phrase, as in the apposition "an ally of GOP leadership".
func (s *scanner) phraseBefore(j, lo int, strict bool) int {
	if j < lo {
		return j + 1
	}
	if s.in(j, subjectPronouns) || contraction(s.lower(j)) {
		if s.isAny(j, "that", "this") {
			return j + 1
		}
		return j
	}
	if s.punct(j, ")") {
		k := j - 1
		for k > lo && k > j-6 && !s.punct(k, "(") {
			k--
		}
		if !s.punct(k, "(") || k-1 < lo {
			return j + 1
		}
		if from := s.nounPhraseBefore(k-1, lo); from <= k-1 {
			return from
		}
		return j + 1
	}
	t := s.at(j)
	if t.Kind != textseg.Word || t.Upper && capitalStops[string(s.lower(j))] || !t.Upper && (strict && !s.head(j) || !s.nounLike(j)) {
		return j + 1
	}
	from := j
	sawAnd := false
	for k := j - 1; k >= lo && k > j-maxPhrase; k-- {
		t := s.at(k)
		w := s.lower(k)
		ok := false
		switch {
		case s.in(k, determiners):
			// president of the union: go on over "of" to the head before it.
			if k-2 >= lo && s.is(k-1, "of") && s.at(k-2).Kind == textseg.Word && (s.at(k-2).Upper || s.nounLike(k-2)) {
				ok = true
				break
			}
			return k
		case t.Kind == textseg.Word && t.Upper && !capitalStops[string(w)]:
			ok = true
		case t.Kind == textseg.Word && possessive(w):
			ok = true
		case nounPreps[string(w)] && k-1 >= lo && s.at(k-1).Kind == textseg.Word && (s.at(k-1).Upper || s.nounLike(k-1)) &&
			(s.at(k+1).Upper || s.in(k+1, determiners)):
			ok = true
		case string(w) == "and" && k-1 >= lo && s.at(k-1).Upper && s.at(k+1).Upper:
			ok, sawAnd = true, true
		case s.punct(k, ",") && sawAnd && k-1 >= lo && s.at(k-1).Upper && s.at(k+1).Upper:
			ok = true
		case s.punct(k, ".") && k-1 >= lo && textseg.Abbreviation(s.tok(k-1)):
			ok = true
		case t.Kind == textseg.Mark && t.Role == textseg.Apostrophe:
			ok = true
		case t.Kind == textseg.Word && !t.Upper && (s.nounLike(k) || s.modifier(k) || bytes.HasSuffix(w, []byte("ing")) && !functionWords[string(w)]):
			ok = true // "a creative writing professor"
		}
		if !ok {
			break
		}
		from = k
	}
	for from < j && (s.in(from, nounPreps) || s.word(from) == "and" || s.punct(from, ",") || s.punct(from, ".")) {
		from++
	}
	return from
}

// trailing tries the layouts whose attribution follows the quotation:
// “Q,” X said. · “Q,” said X. · “Q” X said. · “Q,” X told reporters. It
// returns whether it attributed the quotation. With emit false it only
// checks.
func (s *scanner) trailing(ri int, sent textseg.Range, emit bool) bool {
	r := s.regions[ri]
	if r.Unclosed {
		return false
	}
	i := r.Close + 1
	// A quotation that ends in a comma, a question or an exclamation
	// announces its attribution: “Q,” she said several months later.
	strong := s.punct(r.Close-1, ",") || s.punct(r.Close-1, "?") || s.punct(r.Close-1, "!") || s.punct(i, ",")
	if s.punct(i, ",") {
		i++
	}
	if i >= len(s.toks) {
		return false
	}
	var c cue
	rule := ""
	if d := s.tok(i); s.at(i).Kind == textseg.Punct && (d == "―" || d == "—" || d == "–") {
		// “Q” ― Pamela Padilla: a signed quotation.
		end := s.nounPhrase(i+1, len(s.toks))
		if end == i+1 || !s.named(i+1, end) || !(s.endsAttribution(end) || s.lineBreakBefore(end)) {
			return false
		}
		if emit {
			c = cue{at: i, end: i + 1, source: textseg.Range{From: i + 1, To: end}, content: r.Open}
			s.emit(ri, c, Direct, "quote-dash-source")
		}
		return true
	}
	c, rule, ok := s.attributionAt(i, strong, strong && r.Open == sent.From)
	if !ok {
		return false
	}
	if !emit {
		return true
	}
	kind := Direct
	first := r.Open
	if r.Open > sent.From && s.leadIn(sent.From, r.Open) && !s.punct(r.Open-1, ":") {
		// Words before the quotation belong to what was said:
		// With thousands of systems, “there is no single point,” he said.
		kind, first = Mixed, sent.From
		rule = "mixed-" + rule
	}
	c.content = first
	end := max(c.end, c.source.To)
	q := s.emit(ri, c, kind, rule)
	s.pieces(q, end, s.sentenceRest(end))
	return true
}

// attributionAt reads an attribution clause that starts at token i after
// a quotation: "said Lavrov" (rule quote-cue-source) or "Lavrov said",
// "the minister told reporters" (quote-source-cue). The clause must end
// its sentence or clause, unless the caller is lenient: after “Q,” an
// inverted cue may go on ("said Caddell, speaking of ..."), and so may a
// cue after a quotation that opens its sentence.
func (s *scanner) attributionAt(i int, lenientInverted, lenient bool) (cue, string, bool) {
	if i >= len(s.toks) {
		return cue{}, "", false
	}
	if e, ok := s.inverted(i); ok {
		// “Q,” said X. · “Q,” said Friday Rep. Gwen Moore.
		from := i + 1
		if s.is(i, "according") {
			from++
		}
		for from < len(s.toks) && from < i+3 && s.in(from, timeWords) {
			from++
		}
		end := s.nounPhrase(from, len(s.toks))
		if end == from || !s.named(from, end) || s.in(from, subjectPronouns) {
			return cue{}, "", false // not "said he": that is a cue with its own clause
		}
		end = s.appositionAfter(end)
		c := cue{at: i, end: from, entry: e, source: textseg.Range{From: from, To: end}}
		if !s.endsAttribution(end) && !lenientInverted {
			return cue{}, "", false
		}
		return c, "quote-cue-source", true
	}
	if !s.at(i).Upper && !s.in(i, determiners) && !s.in(i, subjectPronouns) && !lenientInverted {
		return cue{}, "", false
	}
	end := s.nounPhrase(i, len(s.toks))
	if end == i || !s.named(i, end) {
		return cue{}, "", false
	}
	end = s.appositionBeforeCue(end)
	k := end
	if s.punct(k, ",") {
		k++ // over the comma that closes an apposition
	}
	neg := false
	for k < len(s.toks) && k < end+4 && (s.in(k, preCue) || s.adverb(k)) {
		neg = neg || s.in(k, negators)
		k++
	}
	e, ok := s.cueAt(k)
	if !ok {
		return cue{}, "", false
	}
	c := cue{at: k, entry: e, negated: neg, source: textseg.Range{From: i, To: end}}
	c.end = s.channel(k, len(s.toks))
	if !s.endsAttribution(c.end) && !lenient {
		// The cue has a clause of its own: On the broadcast of “Fox
		// News Sunday,” Pence said his running mate ...
		return cue{}, "", false
	}
	return c, "quote-source-cue", true
}

// laterAttribution reads the layout where the quotation sits inside
// reported words that an attribution closes later in the sentence:
// “You squeezed employees” to drive up the stock price, she said.
func (s *scanner) laterAttribution(ri int, sent textseg.Range) bool {
	r := s.regions[ri]
	if r.Unclosed || s.punct(r.Close-1, ",") {
		return false
	}
	for k := r.Close + 1; k < sent.To && k < r.Close+maxReach; k++ {
		t := s.at(k)
		if t.Kind == textseg.Mark || t.Kind == textseg.Punct && (s.tok(k) == ";" || s.tok(k) == ":") {
			if t.Kind == textseg.Mark && t.Role == textseg.Open {
				if rj := s.regionOpenedAt(k); rj >= 0 && !s.regions[rj].Unclosed {
					k = s.regions[rj].Close
					continue
				}
			}
			return false
		}
		if !s.punct(k, ",") {
			continue
		}
		c, rule, ok := s.attributionAt(k+1, false, false)
		if !ok {
			continue
		}
		if n := max(c.end, c.source.To); s.isMark(n, textseg.Open) || (s.punct(n, ",") || s.punct(n, ":")) && s.isMark(n+1, textseg.Open) {
			return false // "..., he said, “I never said ...”": it introduces the next quotation
		}
		c.content = sent.From
		c.contentEnd = k
		s.emit(ri, c, Mixed, "mixed-"+rule)
		return true
	}
	return false
}

// sentenceRest skips what is left of an attribution's sentence after
// token k, when it is short and holds no quotation ("she said, clapping."),
// and returns the token after it; otherwise it returns k.
func (s *scanner) sentenceRest(k int) int {
	for j := k; j < len(s.toks) && j < k+maxReach; j++ {
		t := s.at(j)
		if t.Kind == textseg.Mark {
			if t.Role == textseg.Open && j > k && s.punct(j-1, ",") {
				return j
			}
			if rj := s.regionOpenedAt(j); rj >= 0 && !s.regions[rj].Unclosed && s.owner[rj] < 0 && !s.lineBreakBefore(j) {
				j = s.regions[rj].Close // a title in passing: told NBC’s “Today” on Monday.
				continue
			}
			return k
		}
		if t.Kind == textseg.Punct && isStop(s.tok(j)) && !(s.tok(j) == "." && textseg.Abbreviation(s.tok(j-1))) {
			// Brackets and stops that close the sentence stay with it:
			// "... Nancy Pelosi (D-Calif.)."
			for s.punct(j+1, ")") || s.punct(j+1, "]") || s.punct(j+1, ".") {
				j++
			}
			return j
		}
	}
	return k
}

func isStop(p string) bool { return p == "." || p == "!" || p == "?" }

// leadIn reports whether tokens [from, to) hold words that belong to the
// content (letters, not just marks and punctuation).
func (s *scanner) leadIn(from, to int) bool {
	for k := from; k < to; k++ {
		if s.at(k).Kind == textseg.Word {
			return true
		}
	}
	return false
}

// inverted reports a cue that comes before its source after a quotation:
// “Q,” said Lavrov. · “Q,” according to officials.
func (s *scanner) inverted(i int) (cuelex.Entry, bool) {
	if s.is(i, "according") && s.is(i+1, "to") {
		return cuelex.Entry{Lemma: "according to", Class: "neutral"}, true
	}
	if s.at(i).Upper {
		return cuelex.Entry{}, false
	}
	e, ok := s.e.lex.Lookup(s.word(i))
	if !ok || e.Form&(cuelex.Past|cuelex.Third) == 0 {
		return e, false
	}
	return e, true
}

// appositionAfter extends a mention ending at token end over a following
// apposition that closes the sentence: "said Sergei Lavrov, Russia’s
// foreign minister."
func (s *scanner) appositionAfter(end int) int {
	if !s.punct(end, ",") {
		return end
	}
	if s.in(end+1, relativeWords) {
		return end
	}
	e := s.nounPhrase(end+1, len(s.toks))
	if e == end+1 {
		return end
	}
	// The apposition runs to the end of its clause: "said Michael
	// Oppenheimer, a professor of geosciences at Princeton, who ...".
	for k := e; k < len(s.toks) && k < e+2*maxPhrase; k++ {
		if s.at(k).Kind == textseg.Mark {
			return e
		}
		if s.at(k).Kind == textseg.Punct && s.endsAttribution(k) && !(s.tok(k) == "." && textseg.Abbreviation(s.tok(k-1))) {
			return k
		}
	}
	return e
}

// appositionBeforeCue extends a mention ending at token end over an
// apposition between it and the cue: “Q,” Lavrov, Russia’s foreign
// minister, said.
func (s *scanner) appositionBeforeCue(end int) int {
	if !s.punct(end, ",") {
		return end
	}
	for j := end + 1; j < len(s.toks) && j < end+2*maxPhrase; j++ {
		t := s.at(j)
		if t.Kind == textseg.Mark && t.Role != textseg.Apostrophe || t.Kind == textseg.Punct && (isStop(s.tok(j)) && !textseg.Abbreviation(s.tok(j-1)) || s.tok(j) == ";") {
			return end
		}
		if !s.punct(j, ",") {
			continue
		}
		k := j + 1
		for k < len(s.toks) && k < j+4 && s.in(k, preCue) {
			k++
		}
		if _, ok := s.cueAt(k); ok {
			// The cue follows the second comma: the mention keeps the
			// apposition ("Trump, the 2016 GOP frontrunner, said").
			return j
		}
		return end
	}
	return end
}

// dash reports whether token k is a dash that can set off an apposition.
func (s *scanner) dash(k int) bool { return s.punct(k, "—") || s.punct(k, "–") }

// lineBreakBefore reports whether a line break separates token k from
// the token before it.
func (s *scanner) lineBreakBefore(k int) bool {
	return k > 0 && k < len(s.toks) && strings.IndexByte(s.text[s.at(k-1).End:s.at(k).Start], '\n') >= 0
}

// endsAttribution reports whether an attribution may end before token k:
// at the end of the paragraph, a sentence or a clause, or before a quotation
// that continues it.
func (s *scanner) endsAttribution(k int) bool {
	if k >= len(s.toks) {
		return true
	}
	t := s.at(k)
	if t.Kind == textseg.Mark {
		return t.Role == textseg.Open
	}
	if t.Kind != textseg.Punct {
		return false
	}
	switch s.tok(k) {
	case ".", ",", "!", "?", ";", ":", ")", "—", "–", "…":
		return true
	}
	return false
}

// pieces adds to quote q the quotations that continue it after its
// attribution, which ends before token k: “We will not retreat,” Lavrov
// said, “never.” A quotation with an attribution of its own is left alone.
func (s *scanner) pieces(q, from, k int) {
	for {
		if s.punct(k, ",") || s.punct(k, ".") || s.punct(k, ":") || s.punct(k, "!") || s.punct(k, "?") {
			k++
		}
		ri := s.regionOpenedAt(k)
		if ri < 0 || s.owner[ri] >= 0 || !s.hasLetters(ri) {
			return
		}
		if c, ok := s.nearestCue(ri, textseg.Range{From: from, To: k}); ok && (c.direct || !s.stopBetween(c.at, k)) {
			return // introduced by a cue of its own: before asking her, “...”
		}
		if s.trailing(ri, textseg.Range{From: k, To: k}, false) || !s.standsAlone(ri) {
			return
		}
		s.addPiece(q, ri)
		k = s.regions[ri].Close + 1
		if s.regions[ri].Unclosed {
			return
		}
	}
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

// standsAlone reports whether nothing but punctuation follows
// regions[ri] before its sentence or paragraph ends, or another quotation
// opens: a quotation that goes on into words is part of another clause.
func (s *scanner) standsAlone(ri int) bool {
	r := s.regions[ri]
	if r.Unclosed {
		return true
	}
	for k := r.Close + 1; k < len(s.toks); k++ {
		t := s.at(k)
		switch {
		case t.Kind == textseg.Mark:
			return t.Role == textseg.Open
		case t.Kind == textseg.Word:
			// A new sentence: “never.” He left.
			return t.Upper && s.at(k-1).Kind != textseg.Word && s.punct(k-1, ".") || s.punct(k-1, "!") || s.punct(k-1, "?") ||
				t.Upper && k == r.Close+1 && (s.punct(r.Close-1, ".") || s.punct(r.Close-1, "!") || s.punct(r.Close-1, "?"))
		}
	}
	return true
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

func (s *scanner) addPiece(q, ri int) {
	r := s.regions[ri]
	qq := &s.out[q]
	qq.Content = append(qq.Content, Span{r.Start, r.End})
	qq.Span.End = max(qq.Span.End, r.End)
	qq.Unclosed = qq.Unclosed || r.Unclosed
	s.owner[ri] = q
}

// colonLead handles a mention followed by a colon at the start of a
// sentence, with no verb: Lavrov: “We not only listened ...”
func (s *scanner) colonLead(ri int, sent textseg.Range) bool {
	open := s.regions[ri].Open
	colon := open - 1
	if !s.punct(colon, ":") || colon <= sent.From {
		return false
	}
	from := sent.From
	if end := s.nounPhrase(sent.From, colon); end != colon || !s.named(sent.From, end) {
		// "... doesn’t surprise Republican pollster Daron Shaw: “...”"
		from = s.nounPhraseBefore(colon-1, sent.From)
		if from >= colon || !s.at(colon-1).Upper {
			return false
		}
	}
	c := cue{at: colon, end: colon + 1, content: open, source: textseg.Range{From: from, To: colon}}
	s.emit(ri, c, Direct, "source-colon-quote")
	return true
}

// continuations handles quotations left without attribution in this
// paragraph (which began with quote index first): a paragraph that opens
// with a quotation right after a paragraph whose quote was attributed keeps
// that speaker; anything else unattributed (scare quotes, titles, labels)
// is not speech.
func (s *scanner) continuations(first int) {
	if s.prev < 0 || len(s.regions) == 0 || s.owner[0] >= 0 || s.regions[0].Open != 0 || !s.hasLetters(0) {
		return
	}
	for _, q := range s.out[first:] {
		if q.Span.Start < s.regions[0].End {
			return
		}
	}
	p := s.out[s.prev]
	r := s.regions[0]
	if first := p.Content[0].Start; s.text[r.Start:s.at(0).End] != s.text[first:first+s.at(0).End-s.at(0).Start] {
		return // a different mark: a heading or a stray, not the same voice
	}
	if !strings.HasSuffix(p.Rule, "+continuation") {
		s.out[s.prev].Rule += "+continuation"
	}
	s.addPiece(s.prev, 0)
	if !r.Unclosed {
		s.pieces(s.prev, r.Close+1, r.Close+1)
	}
	s.used = max(s.used, r.End)
}

// adopt gives the orphan quotation of the previous paragraph to the quote
// that opens this one, when that quote is attributed after its quotation:
// “Not only can he win.” ⏎ “He may be the only one,” Viguerie notes. Then
// it records this paragraph's own orphan, if it is one.
func (s *scanner) adopt(first int) {
	o := s.orphan
	s.orphan = Span{}
	if len(s.regions) == 0 || s.regions[0].Open != 0 {
		return
	}
	if q := s.owner[0]; q >= first && !o.IsZero() && strings.HasPrefix(s.out[q].Rule, "quote-") && s.out[q].Content[0].Start == s.regions[0].Start {
		qq := &s.out[q]
		qq.Content = append([]Span{o}, qq.Content...)
		qq.Span.Start = min(qq.Span.Start, o.Start)
		return
	}
	r := s.regions[0]
	if s.owner[0] < 0 && len(s.regions) == 1 && !r.Unclosed && r.Close == len(s.toks)-1 && s.hasLetters(0) {
		s.orphan = Span{r.Start, r.End}
	}
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
			content.End = s.clauseEnd(ri)
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
		}
	}
	if c.source.To > c.source.From {
		q.Source = Span{s.at(c.source.From).Start, s.at(c.source.To - 1).End}
	}
}

// add appends q with the given content, computes its Span, claims every
// quotation inside the content, and returns its index in s.out.
func (s *scanner) add(q Quote, content Span) int {
	q.Content = []Span{content}
	q.Span = content
	for _, sp := range []Span{q.Cue.Span, q.Source} {
		if !sp.IsZero() {
			q.Span.Start = min(q.Span.Start, sp.Start)
			q.Span.End = max(q.Span.End, sp.End)
		}
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

// clauseEnd returns the byte end of a mixed quote's content that holds
// regions[ri]: the end of its clause, before a following attribution
// (", while Waltz said"), a semicolon or the sentence's final stop.
func (s *scanner) clauseEnd(ri int) int {
	r := s.regions[ri]
	if r.Unclosed {
		return r.End
	}
	end := r.Close + 1
	if s.commaEnds(r.Close) {
		return r.End
	}
	for k := r.Close + 1; k < s.sent.To && k < r.Close+4*maxReach; k++ {
		t := s.at(k)
		if t.Kind == textseg.Mark && t.Role == textseg.Open {
			// Skip over a later quotation in the same clause.
			if rj := s.regionOpenedAt(k); rj >= 0 && !s.regions[rj].Unclosed {
				k = s.regions[rj].Close
				end = k + 1
				if s.commaEnds(k) {
					break
				}
				continue
			}
		}
		if t.Kind == textseg.Punct {
			p := s.tok(k)
			if p == ";" || p == "." && !textseg.Abbreviation(s.tok(k-1)) || p == "!" || p == "?" {
				break
			}
			if p == "," && (s.in(k+1, clauseBreaks) || s.trailingAt(k+1)) {
				break
			}
			if p == "," && (s.newClause(k+1) || s.participle(k+1)) {
				break
			}
			if (p == "—" || p == "–") && s.isMark(k-1, textseg.Close) && t.SpaceBefore {
				break // “the next George Washington” – the Founding Father who ...
			}
			if p == "," || p == "—" || p == "–" || p == ":" {
				continue // not part of the content unless words follow
			}
		}
		if s.isAny(k, "and", "but", "while", "whereas") && s.newClause(k) {
			break // Trump said it was “depleted” and says he will ...
		}
		end = k + 1
	}
	return s.at(end - 1).End
}

// newClause reports whether an attribution of its own starts at token k:
// "but he said that", "while Waltz said", "and said".
func (s *scanner) newClause(k int) bool {
	if s.isAny(k, "and", "but", "while", "yet", "whereas") {
		k++
		if s.cueAfterAnd(k) {
			return true
		}
	}
	end := s.nounPhrase(k, len(s.toks))
	if end == k || !s.named(k, end) {
		return false
	}
	return s.cueAfterAnd(end)
}

// participle reports whether a participial clause starts at token k
// ("..., engaging in what analysts described as ...").
func (s *scanner) participle(k int) bool {
	t := s.at(k)
	return t.Kind == textseg.Word && !t.Upper && t.End-t.Start > 5 && bytes.HasSuffix(s.lower(k), []byte("ing"))
}

// commaEnds reports whether the quotation closed at token close ends its
// clause: it ends with a comma inside the marks and a conjunction follows
// (“true,” but in the course of their report ...).
func (s *scanner) commaEnds(close int) bool {
	if !s.punct(close-1, ",") {
		return false
	}
	if _, ok := s.cueAt(close + 1); ok {
		return true
	}
	return s.isAny(close+1, "but", "and", "while", "yet", "although", "though", "as") ||
		s.in(close+1, clauseBreaks) || s.in(close+1, tailPreps) || s.participle(close+1) ||
		s.at(close+1).Upper && s.at(close+1).Kind == textseg.Word // “...,” Clinton seized upon it
}

// cueAfterAnd reports whether a reporting verb starts a coordinated verb
// phrase at token k: "... and says", "... and also told".
func (s *scanner) cueAfterAnd(k int) bool {
	for j := k; j < len(s.toks) && j < k+3; j++ {
		if _, ok := s.cueAt(j); ok {
			return true
		}
		if !s.in(j, preCue) {
			return false
		}
	}
	return false
}

// trailingAt reports whether an attribution clause ("he said", "said
// Lavrov") starts at token k and ends a clause.
func (s *scanner) trailingAt(k int) bool {
	if _, ok := s.inverted(k); ok {
		return true
	}
	end := s.nounPhrase(k, len(s.toks))
	if end == k || end > k+maxPhrase {
		return false
	}
	for end < len(s.toks) && s.in(end, preCue) {
		end++
	}
	_, ok := s.cueAt(end)
	return ok && s.endsAttribution(s.channel(end, len(s.toks)))
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

func classOf(name string) Class { return classByName[name] }

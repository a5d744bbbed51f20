package quote

// Layouts: how a quotation and its attribution stand around each other,
// tried in order of reliability.

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynlp/hearsay/internal/cuelex"
	"github.com/hearsaynlp/hearsay/internal/textseg"
)

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
				return Quote{} // "He told the delegates, to loud cheers:"
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
	if c, ok := s.statementLead(sent, k); ok {
		q := Quote{Kind: Direct, Rule: "source-cue-colon-paragraph"}
		s.fill(&q, c)
		return q
	}
	if c, ok := s.frontedCue(sent.From, k+1); ok && sent.From == 0 {
		// "Stated Stone:" ⏎ “...”: a fronted cue and its speaker.
		q := Quote{Kind: Direct, Rule: "source-cue-colon-paragraph"}
		s.fill(&q, c)
		return q
	}
	return Quote{}
}

// statementLead reads a clause that announces a statement by naming it
// before a colon, with no reporting verb: "President Ortiz issued this
// short statement:". The clause's subject is the source and the words
// from its verb to the colon are the cue.
func (s *scanner) statementLead(sent textseg.Range, colon int) (cue, bool) {
	if !s.in(colon-1, statementNouns) {
		return cue{}, false
	}
	src := s.subject(sent, colon)
	if src.To <= src.From || src.To >= colon-1 {
		return cue{}, false
	}
	for j := src.To; j < colon; j++ {
		if s.at(j).Kind != textseg.Word {
			return cue{}, false // not "Ortiz, in his statement:" or a quotation
		}
	}
	return cue{at: src.To, end: colon + 1, source: src}, true
}

// label returns the index of the colon that ends a transcript speaker label
// right after the opening mark of regions[ri] ("HALE: Let’s begin ..."),
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
		if len(w) < 2 || !allUpper(w) || !t.Upper {
			return -1
		}
	}
	if k == r.Open+1 || !s.punct(k, ":") {
		return -1
	}
	return k
}

// allUpper reports whether w is its own upper case, strings.ToUpper(w) ==
// w, without building the upper case.
func allUpper(w string) bool {
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false // ToUpper would map it, or write an invalid byte as U+FFFD
		}
		i += size
	}
	return true
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

// attribute finds the cue and source of the quotation regions[ri], which
// lies in sentence sent, trying the layouts in order of reliability.
func (s *scanner) attribute(ri int, sent textseg.Range) {
	if s.titled[ri] {
		return
	}
	c, found := s.nearestCue(ri, sent)
	ok := found && c.source.To > c.source.From
	if found && c.what > 0 {
		s.whatQuote(ri, c)
		return
	}
	if ok && c.direct {
		if s.goesOn(ri) && c.entry != chantEntry {
			// Lavrov said “Q” on Tuesday, ...: the clause goes on. (A
			// crowd's chants are only the words in the marks.)
			s.leadPiece(s.emit(ri, c, Mixed, "source-cue-mixed"), c, sent)
			return
		}
		s.leadPiece(s.emit(ri, c, Direct, "source-cue-quote"), c, sent)
		s.echoed(ri)
		return
	}
	if s.trailing(ri, sent, true) {
		return
	}
	if !ok && s.ownedQuote(ri) {
		return
	}
	if !ok && s.laterAttribution(ri, sent) {
		return
	}
	if ok {
		s.leadPiece(s.emit(ri, c, Mixed, "source-cue-mixed"), c, sent)
		s.echoed(ri)
		return
	}
	if s.colonLead(ri, sent) {
		return
	}
	if s.announced(ri, sent) || s.subjectVerb(ri, sent) {
		return
	}
	if s.askedClause(ri, sent) {
		return
	}
	if found && c.direct && c.what == 0 && s.sentenceAfterCue(ri, c) {
		// "shook his head and said, “...”", "upon saying, “...”": a
		// cue right before the quotation reports it even when no mention
		// next to the cue names the speaker; the clause's subject is the
		// best guess, and none is better than a wrong one.
		c.source, c.fallback = s.subject(sent, c.at), true
		s.leadPiece(s.emit(ri, c, Direct, "cue-quote"), c, sent)
	}
}

// askedClause reads a question put to someone in a participle clause that
// opens the sentence: "Asked whether the plan was “fair,” 60 percent said
// no"; "When asked to explain the “reset,” she smiled." What was asked
// runs from the question word to the comma that ends the clause; the
// clause names no asker.
func (s *scanner) askedClause(ri int, sent textseg.Range) bool {
	k := sent.From
	for k < sent.From+2 && s.isAny(k, "when", "but", "and") {
		k++
	}
	if !s.is(k, "asked") || !s.isAny(k+1, "whether", "if", "how", "why", "what", "to", "about") {
		return false
	}
	r := s.regions[ri]
	if r.Unclosed || r.Open <= k+1 || r.Open > k+maxReach {
		return false
	}
	for j := k + 1; j < r.Open; j++ {
		if t := s.at(j); t.Kind == textseg.Mark || t.Kind == textseg.Punct && !s.punct(j, "-") {
			return false // a comma or a quotation before this one: not its clause
		}
	}
	end := r.Close + 1
	if !s.punct(r.Close-1, ",") {
		for j := end; j < sent.To && j < r.Close+maxPhrase; j++ {
			if t := s.at(j); t.Kind != textseg.Word {
				if s.punct(j, ",") {
					end = j
				}
				break
			}
		}
	}
	e, _ := s.cueAt(k)
	c := cue{at: k, end: k + 1, entry: e, content: k + 1, contentEnd: end}
	s.emit(ri, c, Mixed, "asked-mixed")
	return true
}

// ownedQuote reads a quotation between its speaker's possessive and a
// noun that names it as a remark: Hale’s “two percent” comment, the
// senator's “not one cent” pledge. The possessive is the source and the
// noun the cue.
func (s *scanner) ownedQuote(ri int) bool {
	r := s.regions[ri]
	n := r.Close + 1
	if r.Unclosed || !s.lowIn(n, reportNouns) || s.at(n).Upper || !possessive(s.lower(r.Open-1)) {
		return false
	}
	from := s.nounPhraseBefore(r.Open-1, max(0, r.Open-1-maxPhrase))
	if from > r.Open-1 || !s.named(from, r.Open) {
		return false
	}
	e, _ := s.e.lex.Lookup(s.word(n))
	c := cue{at: n, end: n + 1, entry: e, source: textseg.Range{From: from, To: r.Open}, content: r.Open, direct: true}
	s.emit(ri, c, Direct, "source-quote-cue")
	return true
}

// whatQuote emits the quote of regions[ri] whose cue c is "what X
// called": its content is "what" and the quotation, with the nouns the
// quotation modifies (what he calls the “crooked” nominating process).
func (s *scanner) whatQuote(ri int, c cue) {
	if r := s.regions[ri]; !r.Unclosed {
		c.contentEnd = r.Close + 1
		for k := c.contentEnd; k < r.Close+4 && !s.punct(r.Close-1, ",") && s.commonWord(k); k++ {
			c.contentEnd = k + 1
		}
	}
	q := s.emit(ri, c, Mixed, "what-source-cue")
	qq := &s.out[q]
	w := Span{s.at(c.what).Start, s.at(c.what).End}
	if w.End > qq.Content[0].Start || q > 0 && s.out[q-1].Span.End > w.Start {
		return
	}
	qq.Content = append([]Span{w}, qq.Content...)
	qq.Span.Start = min(qq.Span.Start, w.Start)
}

// commonWord reports whether token k is a lower-case word that is not a
// function word: a noun or an adjective in a phrase.
func (s *scanner) commonWord(k int) bool {
	t := s.at(k)
	return t.Kind == textseg.Word && !t.Upper && !s.in(k, functionWords)
}

// announced attributes a quotation that opens its sentence right after a
// sentence that is nothing but an attribution: "Ortiz said in a
// statement. “The dam will hold.”"
func (s *scanner) announced(ri int, sent textseg.Range) bool {
	open := s.regions[ri].Open
	if open != sent.From || !s.punct(sent.From-1, ".") {
		return false
	}
	from := sent.From - 1
	for from > 0 && from > sent.From-maxReach && !(s.at(from-1).Kind == textseg.Punct && s.endsSentence(from-1)) {
		from--
	}
	c, ok := s.attributionSentence(textseg.Range{From: from, To: sent.From})
	if !ok {
		return false
	}
	c.content = open
	s.emit(ri, c, Direct, "source-cue-stop-quote")
	return true
}

// attributionSentence reads a sentence that is nothing but a source, a cue
// and its channel, ended by a stop: "Ortiz said in a statement."
func (s *scanner) attributionSentence(sent textseg.Range) (cue, bool) {
	stop := sent.To - 1
	if !s.punct(stop, ".") {
		return cue{}, false
	}
	for i := stop - 1; i >= sent.From && i >= stop-maxPhrase; i-- {
		if t := s.at(i); t.Kind == textseg.Mark && t.Role != textseg.Apostrophe {
			return cue{}, false
		}
		e, ok := s.cueAt(i)
		if !ok {
			continue
		}
		c := cue{at: i, end: s.channel(i, stop), entry: e}
		if c.end != stop {
			return cue{}, false
		}
		s.findSource(&c, sent)
		if c.source.To <= c.source.From || c.source.From != sent.From {
			return cue{}, false
		}
		return c, true
	}
	return cue{}, false
}

// subjectVerb reads a quotation that characterizes the object of a clause
// whose verb is outside the cue lexicon: "Hale has been hammering the mayor
// as a “paper tiger”". The subject is the source, the verb the cue, and the
// content runs from the verb's object to the end of the clause. Other
// quotations after such verbs are too often scare quotes to read.
func (s *scanner) subjectVerb(ri int, sent textseg.Range) bool {
	open := s.regions[ri].Open
	src := s.subject(sent, open)
	if src.To <= src.From || !s.named(src.From, src.To) {
		return false
	}
	v := src.To
	for v < open && (s.in(v, preCue) || s.adverb(v)) {
		v++
	}
	t := s.at(v)
	if v >= open-1 || t.Kind != textseg.Word || t.Upper || s.in(v, functionWords) || s.in(v, determiners) {
		return false
	}
	k := v + 1
	if s.in(k, verbParticles) {
		k++
	}
	for j := k; j < open; j++ {
		if t := s.at(j); t.Kind != textseg.Word && !(t.Kind == textseg.Mark && t.Role == textseg.Apostrophe) || s.in(j, relativeWords) || s.is(j, "that") {
			return false // only the verb's own object before the quotation
		}
	}
	as := open - 1
	if s.in(as, articles) {
		as--
	}
	if k == open || as == k || !s.is(as, "as") && !s.sayingLike(ri, src, k) {
		return false
	}
	c := cue{at: src.To, end: v + 1, source: src, content: k}
	s.emit(ri, c, Mixed, "source-verb-mixed")
	return true
}

// title reports whether regions[ri] is a title rather than speech: the
// spot, titled “Stubborn,”; on RTV’s “Sunday Desk.” After a subject
// pronoun the naming word is a speaker's verb: whom he dubbed “Q”.
func (s *scanner) title(ri int) bool {
	k := s.regions[ri].Open - 1
	return s.in(k, namingWords) && !s.in(k-1, subjectPronouns) || s.showTitle(ri) || s.nickname(ri)
}

// nickname reports whether regions[ri] is a nickname inside a name: one
// or two capitalized words between a first and a last name (Marcia “Cia”
// Smith).
func (s *scanner) nickname(ri int) bool {
	r := s.regions[ri]
	if r.Unclosed || r.Close-r.Open < 2 || r.Close-r.Open > 3 {
		return false
	}
	for k := r.Open + 1; k < r.Close; k++ {
		if t := s.at(k); t.Kind != textseg.Word || !t.Upper {
			return false
		}
	}
	b, a := s.at(r.Open-1), s.at(r.Close+1)
	return b.Kind == textseg.Word && b.Upper && !s.in(r.Open-1, capitalStops) && a.Kind == textseg.Word && a.Upper && !s.in(r.Close+1, capitalStops)
}

// showTitle reports whether regions[ri] names a show, a book or a work:
// it follows a word for one ("the show “The Night Shift,”") or is a short
// title-case name after a possessive (on RTV’s “Sunday Desk,” the
// Courier’s “Voice of the Nation”), after such a word and a comma (in her
// memoir, “Hard Winters”), after about, on, of or during (talking about
// “Harbors: How Port Cities Rise and Fall”), or before the role and name of
// someone who makes it (“Morning Desk” host Dana Diaz).
func (s *scanner) showTitle(ri int) bool {
	r := s.regions[ri]
	if !r.Unclosed && s.in(r.Open-1, mediaNouns) {
		return true // the reality TV show “The Night Shift,” his 2019 book “A Long Road”
	}
	named := s.punct(r.Open-1, ",") && s.in(r.Open-2, mediaNouns) // in her memoir, “Hard Winters.”
	if p := r.Open - 1; s.in(p, articles) && s.isAny(p-1, "about", "on", "of", "during") || s.isAny(p, "about", "on", "of", "during") {
		named = true // talking about “Harbors: How Port Cities Rise and Fall,” a project on “Cities at Sea”
	}
	if !r.Unclosed && s.in(r.Close+1, workRoles) && s.at(r.Close+2).Upper {
		named = true // “Morning Desk” host Dana Diaz
	}
	if r.Unclosed || !named && (!possessive(s.lower(r.Open-1)) || !s.at(r.Open-1).Upper) {
		return false
	}
	words := 0
	for k := r.Open + 1; k < r.Close; k++ {
		t := s.at(k)
		if t.Kind != textseg.Word {
			continue
		}
		words++
		if words > 6 || !t.Upper && !s.lowIn(k, titleSmallWords) {
			return false
		}
	}
	return words > 0
}

// leadPiece adds to quote q the words before an attribution set off by
// commas in the middle of its sentence: in "The grain trade, she said,
// is “picking up again,”" the grain trade is part of what she said.
// The quote becomes mixed.
func (s *scanner) leadPiece(q int, c cue, sent textseg.Range) {
	first, last := c.source.From, c.end
	if c.at < c.source.From && c.entry.Lemma != "according to" {
		first, last = c.at, c.source.To // , explained Morrow,
	}
	comma := first - 1
	if q < 0 || c.fallback || !s.punct(comma, ",") || comma <= sent.From || !s.punct(last, ",") || comma-sent.From > 4*maxReach {
		return
	}
	from := sent.From
	for k := from; k < comma; k++ {
		if t := s.at(k); t.Kind == textseg.Mark && t.Role != textseg.Apostrophe {
			return
		}
	}
	if !s.leadIn(from, comma) || s.isAny(from, "during", "since", "after", "before", "over", "last", "earlier", "later") {
		// (During his time as envoy, Mr. Waltz said, ...: when and
		// where, not what.)
		return
	}
	// Only when what follows goes on with the lead's sentence (“could be
	// a good time”, is “doing better”), not when it starts one of its own.
	k := c.content
	for k < len(s.toks) && s.at(k).Kind != textseg.Word {
		k++
	}
	if k >= len(s.toks) || s.at(k).Upper && !s.isAny(from, "if", "unless") {
		// (A condition is part of the words whatever follows: "If the
		// dam breaks, Ortiz said, “We lose the valley.”")
		return
	}
	qq := &s.out[q]
	lead := Span{s.at(from).Start, s.at(comma - 1).End}
	if lead.End > qq.Content[0].Start || q > 0 && s.out[q-1].Span.End > lead.Start {
		return // taken by an earlier quote
	}
	qq.Content = append([]Span{lead}, qq.Content...)
	qq.Span.Start = min(qq.Span.Start, lead.Start)
	qq.Kind = Mixed
}

// goesOn reports whether the clause that holds regions[ri] goes on with
// more reported words after its closing mark ("reported “1,340 border
// crossings” in the region"), rather than ending or turning to an
// attribution or a new clause.
func (s *scanner) goesOn(ri int) bool {
	r := s.regions[ri]
	if r.Unclosed {
		return false
	}
	k := r.Close + 1
	if s.punct(k, ",") || s.punct(r.Close-1, ",") || s.punct(r.Close-1, "!") || s.punct(r.Close-1, "?") ||
		s.punct(r.Close-1, ".") && !textseg.Abbreviation(s.tok(r.Close-2)) {
		return false // “We listened.” Or, ...: a new sentence
	}
	if s.adjunct(k) && !s.is(k, "despite") || s.isAny(k, "on", "last", "this") && s.weekdayPhrase(k+1) {
		return false // tweeted “Thank you Indiana!” on Friday: when, not what
	}
	return k < len(s.toks) && s.at(k).Kind == textseg.Word && !s.in(k, clauseBreaks) && !s.trailingAt(k)
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
	// announces its attribution: “Q,” she said some weeks later.
	last := r.Last(s.toks) // “Q ‘T,’ ” ends in the comma inside ‘T,’
	strong := s.punct(last, ",") || s.punct(last, "?") || s.punct(last, "!") || s.punct(i, ",")
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
		if end == i+1 || !s.named(i+1, end) || !(s.endsAttribution(end) || s.lineBreakBefore(end)) ||
			!s.at(i+1).Upper || possessive(s.lower(end-1)) {
			// (Not “Q” — itself a reply to Lavrov’s “Q2”: a signature
			// is a name.)
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
	if n := max(c.end, c.source.To); s.punct(n, ":") && s.isMark(n+1, textseg.Open) && !s.punct(r.Close-1, ",") && !s.punct(i-1, ",") {
		// “We are not bankers.” Mr. Diaz said: “...”: unless the
		// quotation before it ends in a comma, an attribution that ends
		// in a colon introduces the next quotation.
		return false
	}
	if n := max(c.end, c.source.To); !strong && s.ownClause(n) {
		// “... my job.” He said, more than once, that he was leaving ...: a
		// report of its own after a quotation that ends its sentence.
		return false
	}
	if !emit {
		return true
	}
	kind := Direct
	first := r.Open
	// (Not after a colon, a dash or a parenthesis: "drew anger (“Q,”
	// wrote a member)" sets the quotation apart from the sentence.)
	if r.Open > sent.From && s.leadIn(sent.From, r.Open) && !s.punct(r.Open-1, ":") && !s.punct(r.Open-1, "(") && !s.spacedDash(r.Open-1) {
		if lead, ok := s.nearestCue(ri, sent); ok && lead.source.To > lead.source.From && !lead.direct && !(strong && s.otherSpeaker(lead, c)) {
			// Morrow said she thought it was worth asking because “most
			// people don’t know,” she said: the report before the
			// quotation is the attribution; the one after repeats it.
			s.emit(ri, lead, Mixed, "source-cue-mixed")
			s.echoed(ri)
			return true
		}
		// Words before the quotation belong to what was said:
		// With hundreds of ports, “there is no easy fix,” he said.
		kind, first = Mixed, sent.From
		rule = "mixed-" + rule
		if k := s.introEnd(sent.From, r.Open); k > sent.From {
			first = k
			if k == r.Open {
				kind, rule = Direct, strings.TrimPrefix(rule, "mixed-")
			}
		}
	}
	c.content = first
	end := max(c.end, c.source.To)
	q := s.emit(ri, c, kind, rule)
	if to := s.restOfSentence(ri, end); to > end {
		// “Only you, Sergei,” she said, would pick the moment ...: the
		// sentence the quotation broke off goes on after the attribution.
		qq := &s.out[q]
		qq.Content = append(qq.Content, Span{s.at(end + 1).Start, s.at(to - 1).End})
		qq.Span.End = max(qq.Span.End, s.at(to-1).End)
		qq.Kind = Mixed
		s.used = max(s.used, qq.Span.End)
		return true
	}
	s.pieces(q, end, s.sentenceRest(end))
	return true
}

// otherSpeaker reports whether the trailing attribution c names a speaker
// other than the source of the report lead before the quotation: in
// "Ortiz said the levee “would hold,” the engineer recalled", the engineer
// speaks and Ortiz's report is part of what was said.
func (s *scanner) otherSpeaker(lead, c cue) bool {
	if c.source.To <= c.source.From || s.in(c.source.From, subjectPronouns) || s.in(lead.source.From, subjectPronouns) {
		return false
	}
	if n := max(c.end, c.source.To); (s.punct(n, ":") || s.punct(n, ",")) && s.isMark(n+1, textseg.Open) {
		return false // “...,” Hale said: “...”: it introduces the next quotation
	}
	return !bytes.Equal(s.lower(lead.source.To-1), s.lower(c.source.To-1))
}

// restOfSentence returns the token after the unquoted words that finish
// the sentence regions[ri] broke off, when they follow the attribution
// that ends before token k after a comma and start with a word that
// cannot begin a clause of their own ("would", "that", "to"); else k.
func (s *scanner) restOfSentence(ri, k int) int {
	r := s.regions[ri]
	if !s.punct(r.Close-1, ",") || !s.punct(k, ",") || !s.in(k+1, continuers) {
		return k
	}
	for j := k + 1; j < len(s.toks) && j < k+2*maxReach; j++ {
		t := s.at(j)
		if t.Kind == textseg.Mark && t.Role != textseg.Apostrophe {
			return k
		}
		if _, ok := s.cueAt(j); ok {
			return k
		}
		if t.Kind == textseg.Punct && isStop(s.tok(j)) && !(s.tok(j) == "." && textseg.Abbreviation(s.tok(j-1))) {
			return j
		}
	}
	return k
}

// attributionAt reads an attribution clause that starts at token i after
// a quotation: "said Lavrov" (rule quote-cue-source) or "Lavrov said",
// "the minister told reporters" (quote-source-cue). The clause must end
// its sentence or clause, unless the caller is lenient: after “Q,” an
// inverted cue may go on ("said Morrow, speaking of ..."), and so may a
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
		for from < len(s.toks) && from < i+3 && s.in(from, timeWords) && (!s.at(from).Upper || s.lowIn(from, days)) {
			from++ // said Tuesday Rep. Gwen Moore, but not said This Week host Ann Ray
		}
		end := s.nounPhrase(from, len(s.toks))
		// “Q,” said the clerk. A common noun after a determiner names
		// the speaker when nothing follows it.
		common := end-from >= 2 && s.in(from, determiners) && s.at(end-1).Kind == textseg.Word && s.endsAttribution(end)
		if end == from || !s.named(from, end) && !common || s.in(from, subjectPronouns) && end == from+1 {
			return cue{}, "", false // not "said he": that is a cue with its own clause
		}
		end = s.appositionAfter(end)
		c := cue{at: i, end: from, entry: e, source: textseg.Range{From: from, To: end}}
		if !s.endsAttribution(end) && !lenientInverted {
			return cue{}, "", false
		}
		return c, "quote-cue-source", true
	}
	first := i
	i = s.pastTitle(i) // “Q,” “Morning Desk” host Ann Ray said.
	if !s.at(i).Upper && !s.in(i, determiners) && !s.in(i, subjectPronouns) && !lenientInverted {
		return cue{}, "", false
	}
	end := s.nounPhrase(i, len(s.toks))
	if end == i && lenientInverted && s.surname(i) {
		end = i + 1
	}
	for end-1 > i && s.in(end-1, preCue) {
		end-- // “Q,” Smith often said: the adverb belongs to the cue
	}
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
		// “Q,” he went on. · “Q,” Hannity started.: verbs that report
		// words only right after a quotation that announces them.
		if n, lemma := s.afterQuoteVerb(k); lenientInverted && n > k && s.endsAttribution(n) {
			c := cue{at: k, end: n, entry: cuelex.Entry{Lemma: lemma, Class: "neutral", Form: cuelex.Past}, negated: neg, source: textseg.Range{From: first, To: end}}
			return c, "quote-source-cue", true
		}
		return cue{}, "", false
	}
	c := cue{at: k, entry: e, negated: neg, source: textseg.Range{From: first, To: end}}
	c.end = s.channel(k, len(s.toks))
	if !s.endsAttribution(c.end) && !lenient {
		// The cue has a clause of its own: On the broadcast of “Sunday
		// Desk Live,” Hale said his deputy ...
		return cue{}, "", false
	}
	return c, "quote-source-cue", true
}

// surname reports whether the capitalized word at token i, which reads
// as a function word or a verb, is a speaker's surname because a
// reporting verb follows it: “...,” Read said; “...,” Will wrote.
func (s *scanner) surname(i int) bool {
	t := s.at(i)
	if t.Kind != textseg.Word || !t.Upper || s.in(i, subjectPronouns) {
		return false
	}
	e, ok := s.cueAt(i + 1)
	return ok && invertible(e)
}

// introEnd returns the token after the comma that ends an introductory
// phrase at token from, before token open ("As for his remarks, “...”"),
// or from when none does.
func (s *scanner) introEnd(from, open int) int {
	t := s.at(from)
	if !(s.isAny(from, "as", "behind", "whatever") || t.Kind == textseg.Word && t.End-t.Start > 5 && bytes.HasSuffix(s.lower(from), []byte("ing"))) {
		return from
	}
	for k := from + 1; k < open && k < from+maxReach; k++ {
		if t := s.at(k); t.Kind == textseg.Mark && t.Role != textseg.Apostrophe {
			return from
		}
		if s.punct(k, ",") {
			return k + 1
		}
	}
	return from
}

// afterQuoteVerb reads a verb at token k that reports words only right
// after them ("went on", "started", "began", "pressed") and returns the token after
// it with its lemma, or k and "".
func (s *scanner) afterQuoteVerb(k int) (int, string) {
	switch {
	case s.isAny(k, "went", "goes") && s.is(k+1, "on"):
		return k + 2, "go on"
	case s.isAny(k, "started", "starts"):
		return k + 1, "start"
	case s.isAny(k, "began", "begins"):
		return k + 1, "begin"
	case s.is(k, "reacted"):
		return k + 1, "react"
	case s.is(k, "pressed"):
		return k + 1, "press"
	case s.is(k, "surmised"):
		return k + 1, "surmise"
	case s.is(k, "retaliated"):
		return k + 1, "retaliate"
	}
	return k, ""
}

// laterAttribution reads the layout where the quotation sits inside
// reported words that an attribution closes later in the sentence:
// “You cut wages” to lift the quarterly numbers, she said.
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
			return false // "..., he said, “I never agreed ...”": it introduces the next quotation
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
			if t.Role == textseg.Open && (j > k && (s.punct(j-1, ",") || s.connective(j)) || strings.HasSuffix(s.tok(j-1), ".")) {
				// ... in Dover, Del. “...”: the dotted word ends the
				// sentence, even when it ends the mention (said Sen. Hale,
				// R-N.D. “...”).
				return j
			}
			if rj := s.regionOpenedAt(j); rj >= 0 && !s.regions[rj].Unclosed && s.owner[rj] < 0 && !s.lineBreakBefore(j) {
				j = s.regions[rj].Close // a title in passing: told RTV’s “Daybreak” on Monday.
				if s.at(j-1).Kind == textseg.Punct && isStop(s.tok(j-1)) {
					return j + 1 // said on the podcast “Off the Record.”
				}
				continue
			}
			return k
		}
		if t.Kind == textseg.Punct && isStop(s.tok(j)) && !(s.tok(j) == "." && textseg.Abbreviation(s.tok(j-1)) && !s.isMark(j+1, textseg.Open)) {
			// A stop after an abbreviation ends the sentence when a
			// quotation opens right after it: said Ms. Ortiz of Salem, Ore. “...”
			// Brackets and stops that close the sentence stay with it:
			// "... Anne Morrow (D-Ore.)."
			for s.punct(j+1, ")") || s.punct(j+1, "]") || s.punct(j+1, ".") {
				j++
			}
			return j
		}
	}
	return k
}

// spacedDash reports whether token k is a dash set off by spaces, or a
// hyphen standing for one: "Neither envoy was moved - “Nothing new ...”".
func (s *scanner) spacedDash(k int) bool {
	return s.at(k).SpaceBefore && (s.punct(k, "—") || s.punct(k, "–") || s.punct(k, "-"))
}

// isStop reports whether punctuation p ends a sentence.
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
	case "-":
		return s.spacedDash(k) // Mr. Hale said - but
	}
	return false
}

// pieces adds to quote q the quotations that continue it after its
// attribution, which ends before token k: “We will not retreat,” Lavrov
// said, “never.” A quotation with an attribution of its own is left alone.
func (s *scanner) pieces(q, from, k int) {
	if s.punct(from, ",") && s.is(from+1, "adding") {
		// “Q,” he said, adding that ... “Q2”: the addition is a report
		// of its own, and the words after it go on with it.
		return
	}
	for {
		if s.punct(k, ",") || s.punct(k, ".") || s.punct(k, ":") || s.punct(k, "!") || s.punct(k, "?") {
			k++
		}
		for j := k; j < k+3; j++ {
			if s.isMark(j, textseg.Open) && s.connective(j) {
				k = j // “Q,” he said, but “Q2”: the same voice goes on
				break
			}
		}
		ri := s.regionOpenedAt(k)
		if ri < 0 || s.owner[ri] >= 0 || !s.hasLetters(ri) {
			return
		}
		if c, ok := s.nearestCue(ri, textseg.Range{From: from, To: k}); ok && (c.direct || !s.stopBetween(c.at, k)) {
			return // introduced by a cue of its own: before asking her, “...”
		}
		if s.trailing(ri, textseg.Range{From: k, To: k}, false) {
			return
		}
		if !s.standsAlone(ri) {
			// “It's really just a fee hike” for the largest ports.
			// The sentence goes on past the quotation; it is the same
			// speaker's if no attribution of its own follows.
			if end := s.unattributedRest(ri); end > 0 {
				s.addPiece(q, ri)
				qq := &s.out[q]
				qq.Content[len(qq.Content)-1].End = s.toks[end-1].End
				qq.Span.End = max(qq.Span.End, s.toks[end-1].End)
				qq.Kind = Mixed // words of the sentence outside the marks
				s.used = max(s.used, qq.Span.End)
				for rj := ri + 1; rj < len(s.regions) && s.regions[rj].End <= qq.Span.End; rj++ {
					if s.owner[rj] < 0 {
						s.owner[rj] = q // the quotations later in the same sentence
					}
				}
			} else if s.punct(k-1, ",") {
				// “I like the plan,” he said, “I will never vote for it”
				// and vowed ...: the interrupted quotation goes on, though
				// its sentence turns to other words.
				s.addPiece(q, ri)
			}
			return
		}
		s.addPiece(q, ri)
		k = s.regions[ri].Close + 1
		if s.regions[ri].Unclosed {
			return
		}
	}
}

// unattributedRest returns the token after the words that follow
// regions[ri] to the end of its sentence, when they hold no reporting verb
// and no quotation; else 0.
func (s *scanner) unattributedRest(ri int) int {
	r := s.regions[ri]
	for k := r.Close + 1; k < len(s.toks) && k < r.Close+maxReach; k++ {
		t := s.at(k)
		if rj := s.regionOpenedAt(k); rj >= 0 && !s.regions[rj].Unclosed && s.owner[rj] < 0 {
			k = s.regions[rj].Close // “...'' and his aides ''simply waiting it out''
			continue
		}
		if t.Kind == textseg.Mark && t.Role != textseg.Apostrophe {
			return 0
		}
		if _, ok := s.cueAt(k); ok {
			return 0
		}
		if t.Kind == textseg.Punct && isStop(s.tok(k)) && !(s.tok(k) == "." && textseg.Abbreviation(s.tok(k-1))) {
			return k
		}
	}
	if len(s.toks) < r.Close+maxReach {
		return len(s.toks)
	}
	return 0
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

// colonLead handles a mention followed by a colon at the start of a
// sentence, with no verb: Lavrov: “We not only listened ...”
func (s *scanner) colonLead(ri int, sent textseg.Range) bool {
	open := s.regions[ri].Open
	colon := open - 1
	if !s.punct(colon, ":") || colon <= sent.From {
		return false
	}
	if c, ok := s.statementLead(sent, colon); ok {
		c.content = open
		s.emit(ri, c, Direct, "source-colon-quote")
		return true
	}
	if c, ok := s.clauseLead(sent, colon); ok && s.standsAlone(ri) {
		c.content = open
		s.emit(ri, c, Direct, "source-verb-colon-quote")
		return true
	}
	from := sent.From
	if end := s.nounPhrase(sent.From, colon); end != colon || !s.named(sent.From, end) {
		// "... comes as no shock to Kremlin adviser Yuri Ushakov: “...”"
		from = s.nounPhraseBefore(colon-1, sent.From)
		if from >= colon || !s.at(colon-1).Upper {
			return false
		}
	}
	c := cue{at: colon, end: colon + 1, content: open, source: textseg.Range{From: from, To: colon}}
	if s.goesOn(ri) {
		// Rubio: ‘Old Demands’ Have ‘No Place At The Table.’ (a headline
		// whose words go on past the quotation)
		s.emit(ri, c, Mixed, "source-colon-mixed")
		return true
	}
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
	if !s.standsAlone(0) {
		return // “Harbor Lights” was written by Morrow: a title, not more of the quote
	}
	if p.Kind != Indirect && !s.sameMarks(p, s.text[r.Start:s.at(0).End]) {
		return // a different mark: a heading or a stray, not the same voice
	}
	if p.Kind == Indirect {
		if rest := strings.TrimLeft(s.text[r.End:], " \t\r\n"); strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "―") || strings.HasPrefix(rest, "–") {
			return // signed on the next line: the signature names its speaker
		}
		s.out[s.prev].Kind = Mixed // reported speech, then quoted words
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

// signature attributes the orphan quotation of the previous paragraph to
// a paragraph that opens by signing it with a dash and a name:
// "“The port pays no rent.” ⏎ - Ortiz." (rule quote-dash-source).
func (s *scanner) signature() {
	o := s.orphan
	if o.IsZero() || len(s.toks) < 2 || s.at(0).Kind != textseg.Punct {
		return
	}
	switch s.tok(0) {
	case "-", "—", "―", "–":
	default:
		return
	}
	end := s.nounPhrase(1, len(s.toks))
	if end == 1 || !s.named(1, end) || !s.at(1).Upper || !s.endsAttribution(end) {
		return
	}
	s.orphan = Span{}
	q := Quote{Kind: Direct, Rule: "quote-dash-source"}
	s.fill(&q, cue{at: 0, end: 1, source: textseg.Range{From: 1, To: end}})
	s.add(q, o)
}

// sameMarks reports whether quote p opens its words with mark: its first
// piece starts with it, or, for a mixed quote whose attribution follows
// its first piece, that piece holds it (The port needs managers “who ...,”
// Ortiz said).
func (s *scanner) sameMarks(p Quote, mark string) bool {
	first := p.Content[0]
	if strings.HasPrefix(s.text[first.Start:first.End], mark) {
		return true
	}
	return strings.HasPrefix(p.Rule, "mixed-quote-") && strings.Contains(s.text[first.Start:first.End], mark)
}

// adopt gives the orphan quotation of the previous paragraph to the quote
// that opens this one, when that quote is attributed after its quotation:
// “Not only can he lead.” ⏎ “He may be the only choice,” Morrow notes. Then
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

// partlyQuoted makes mixed the reported speech found in this paragraph
// whose content holds a quotation in double marks: "According to a
// source, Hale was “unreachable,”" reports words partly in quotes.
func (s *scanner) partlyQuoted(first int) {
	ri := 0
	for n := first; n < len(s.out); n++ {
		q := &s.out[n]
		if q.Kind != Indirect {
			continue
		}
		for ri < len(s.regions) && s.regions[ri].End <= q.Span.Start {
			ri++
		}
		for k := ri; k < len(s.regions) && s.regions[k].Start < q.Span.End; k++ {
			r := s.regions[k]
			if r.Unclosed || s.titled[k] || !s.at(r.Open).Glyph.Double() || !s.hasLetters(k) || !spansHold(q.Content, Span{r.Start, r.End}) {
				continue
			}
			q.Kind = Mixed
			if s.owner[k] < 0 {
				s.owner[k] = n
			}
		}
	}
}

// spansHold reports whether one of spans holds sp.
func spansHold(spans []Span, sp Span) bool {
	for _, c := range spans {
		if c.Start <= sp.Start && sp.End <= c.End {
			return true
		}
	}
	return false
}

// laterPieces adds to an attributed quote the quotation sentences of its
// paragraph that follow it with no attribution of their own, after words
// of the writer's that hold no reporting verb: “The water came fast,”
// Ortiz said. The farm lies low. “We lost the barn.”
func (s *scanner) laterPieces(first int) {
	if len(s.out) == first {
		return
	}
	// The paragraph's quotes by where they end, to find the one that ends
	// last before each quotation in one pass.
	s.byEnd = s.byEnd[:0]
	for n := first; n < len(s.out); n++ {
		s.byEnd = append(s.byEnd, n)
	}
	slices.SortFunc(s.byEnd, func(a, b int) int { return s.out[a].Span.End - s.out[b].Span.End })
	si, next, q := 0, 0, -1
	for ri := range s.regions {
		r := s.regions[ri]
		for next < len(s.byEnd) && s.out[s.byEnd[next]].Span.End <= r.Start {
			q = s.byEnd[next]
			next++
		}
		if q < 0 || s.owner[ri] >= 0 || s.titled[ri] || !s.hasLetters(ri) || s.out[q].Source.IsZero() {
			continue
		}
		for si+1 < len(s.sents) && s.sents[si].To <= r.Open {
			si++
		}
		lead := s.sents[si].From
		if lead != r.Open && !s.shortLead(lead, r.Open) || !s.standsAlone(ri) || !s.quietBetween(s.tokenAfter(s.out[q].Span.End), lead) {
			continue
		}
		s.addPiece(q, ri)
		if lead != r.Open {
			// Instead, “he simply talks like a tired envoy.”: the word that
			// leads into the quotation is part of what was said.
			qq := &s.out[q]
			qq.Content[len(qq.Content)-1].Start = s.at(lead).Start
			qq.Kind = Mixed
		}
		if s.out[q].Kind == Indirect {
			s.out[q].Kind = Mixed
		}
		s.used = max(s.used, r.End)
	}
}

// tokenAfter returns the first token that starts at or after byte offset off.
func (s *scanner) tokenAfter(off int) int {
	k, _ := slices.BinarySearchFunc(s.toks, off, func(t textseg.Token, off int) int { return t.Start - off })
	return k
}

// quietBetween reports whether tokens [from, to) are a short stretch (a
// sentence or two, 2*maxReach tokens at most) with no reporting verb and no
// quotation mark: the writer's own words between two pieces of a quote.
func (s *scanner) quietBetween(from, to int) bool {
	if to-from > 2*maxReach {
		return false
	}
	for k := from; k < to; k++ {
		if t := s.at(k); t.Kind == textseg.Mark && t.Role != textseg.Apostrophe {
			return false
		}
		if _, ok := s.cueAt(k); ok {
			return false
		}
	}
	return true
}

// clauseLead reads a clause with a subject and a verb outside the cue
// lexicon that introduces a quotation with a colon: "She turned to the
// crowd again: “...”". The subject is the source; the words from the
// verb to the colon are the cue.
func (s *scanner) clauseLead(sent textseg.Range, colon int) (cue, bool) {
	src := s.subject(sent, colon)
	if src.To <= src.From || src.To >= colon || colon-src.To > maxPhrase {
		return cue{}, false
	}
	if t := s.at(src.To); t.Kind != textseg.Word || t.Upper || s.in(src.To, functionWords) && !s.in(src.To, preCue) {
		return cue{}, false
	}
	for j := src.To; j < colon; j++ {
		if s.at(j).Kind != textseg.Word {
			return cue{}, false
		}
	}
	return cue{at: src.To, end: colon + 1, source: src}, true
}

// connective reports whether "and" or "but", with "still" or "also" after
// it, stands right before token k: "..., but “Q2”", "and still “Q2”".
func (s *scanner) connective(k int) bool {
	if s.isAny(k-1, "still", "also") {
		k--
	}
	return s.isAny(k-1, "and", "but")
}

// sentenceAfterCue reports whether the quotation regions[ri] is a sentence
// of its own that cue c, right before it, introduces with a comma or a
// colon: “..., saying, “I think ...”", not “called it “fraud””.
func (s *scanner) sentenceAfterCue(ri int, c cue) bool {
	open := s.regions[ri].Open
	if !(s.punct(open-1, ",") || s.punct(open-1, ":")) || namingVerbs.has(c.entry.Lemma) || c.entry.Lemma == "read" {
		return false
	}
	t := s.at(open + 1)
	return t.Kind == textseg.Word && t.Upper
}

// ownClause reports whether the words a cue reports start at token n: a
// "that", perhaps after an aside set off by commas (said, twice, that).
func (s *scanner) ownClause(n int) bool {
	if s.is(n, "that") {
		return true
	}
	if !s.punct(n, ",") {
		return false
	}
	for k := n + 1; k < n+6 && k < len(s.toks); k++ {
		if s.punct(k, ",") {
			return s.is(k+1, "that")
		}
		if s.at(k).Kind != textseg.Word {
			return false
		}
	}
	return false
}

// sayingLike reports whether regions[ri], in the object of a verb whose
// subject is src, reads as words someone said rather than a name: four
// words or more, not all capitalized, after a subject that is a person
// (a pronoun or a name, not "Those services"), with no other verb between
// token k, where the object starts, and the quotation.
func (s *scanner) sayingLike(ri int, src textseg.Range, k int) bool {
	if !s.in(src.From, subjectPronouns) && (!s.at(src.From).Upper || s.in(src.From, determiners)) {
		return false
	}
	for j := k; j < s.regions[ri].Open; j++ {
		if _, ok := s.cueAt(j); ok || s.participle(j) {
			return false // sent an email vowing to “...”: the nearer verb reports
		}
	}
	r := s.regions[ri]
	n, lower := 0, false
	for k := r.Open + 1; k < r.Close && n < 8; k++ {
		if t := s.at(k); t.Kind == textseg.Word {
			n++
			lower = lower || !t.Upper && !s.lowIn(k, titleSmallWords)
		}
	}
	return n >= 4 && lower
}

// shortLead reports whether tokens [from, open) are a few words and a comma
// that lead a sentence into its quotation: "Instead,", "Unless further
// rivals quit the race,", but not a cue ("Adding,").
func (s *scanner) shortLead(from, open int) bool {
	if open-from < 2 || open-from > maxPhrase || !s.punct(open-1, ",") {
		return false
	}
	for k := from; k < open-1; k++ {
		if s.at(k).Kind != textseg.Word {
			return false
		}
		if _, ok := s.e.lex.Lookup(string(s.lower(k))); ok {
			return false // "Adding, “...”": an attribution of its own
		}
	}
	return true
}

// echoed reads an attribution that repeats the speaker of regions[ri],
// already attributed by a cue before it, and ends its sentence right
// before a quotation that opens the next: in "McCaskill scolded him: “Q,”
// she said. “Q2”", she said attributes Q2, which is a quote of its own.
func (s *scanner) echoed(ri int) {
	r := s.regions[ri]
	if r.Unclosed || !s.punct(r.Close-1, ",") {
		return
	}
	i := r.Close + 1
	c, rule, ok := s.attributionAt(i, true, false)
	if !ok {
		return
	}
	end := max(c.end, c.source.To)
	if !s.punct(end, ".") {
		return
	}
	rj := s.regionOpenedAt(end + 1)
	if rj < 0 || s.owner[rj] >= 0 || s.titled[rj] || !s.hasLetters(rj) {
		return
	}
	c.content = s.regions[rj].Open
	q := s.emit(rj, c, Direct, rule)
	if rr := s.regions[rj]; !rr.Unclosed {
		s.pieces(q, rr.Close+1, rr.Close+1)
	}
}

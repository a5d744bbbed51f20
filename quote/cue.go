package quote

// Cues: the reporting verbs and phrases that mark an attribution, and the
// channel and addressee words that go with them.

import (
	"bytes"

	"github.com/hearsaynlp/hearsay/internal/cuelex"
	"github.com/hearsaynlp/hearsay/internal/textseg"
)

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
	// what, when set, is the token of "what" in "what X called “Q”": the
	// word stands for the thing named and is a piece of the content.
	what int
}

// nearestCue looks back from the opening mark of regions[ri] to the nearest
// reporting verb in the same clause.
func (s *scanner) nearestCue(ri int, sent textseg.Range) (cue, bool) {
	open := s.regions[ri].Open
	lo := max(sent.From, open-maxReach)
	var first cue // the nearest cue, kept in case no cue has a source
	var named cue // a cue in "what X called “Q”", kept in case no other cue has a source
	for i := open - 1; i >= lo; i-- {
		t := s.at(i)
		if o := s.titleClosedAt(i); o >= 0 && i < open-1 {
			// said on RTV’s “Sunday Desk” that he would “think it over”: a
			// title is part of the cue's channel, not a quotation of its own.
			i = o
			continue
		}
		if t.Kind == textseg.Mark && t.Role == textseg.Close || s.punct(i, ";") || t.Start < s.used {
			break
		}
		if s.is(i, "to") && s.is(i-1, "according") {
			return s.accordingTo(i-1, open)
		}
		if s.isAny(i, "put", "puts") && s.is(i+1, "it") {
			if c, ok := s.asPutIt(i, open, sent); ok {
				return c, true
			}
		}
		if c, ok := s.nounCue(i); ok {
			return c, true
		}
		if c, ok := s.chantCue(i, open, sent); ok {
			return c, true
		}
		if i == sent.From {
			if c, ok := s.frontedCue(i, open); ok {
				return c, true
			}
		}
		if c, ok := s.wentOn(i, open, sent); ok {
			return c, true
		}
		e, ok := s.cueAt(i)
		if !ok || e.Lemma == "show" && !s.is(i+1, "that") {
			// (A show or a poll shows things, not words, unless "that"
			// follows: showing a convoy to the tune of “Morning Mist”.)
			continue
		}
		c := cue{at: i, entry: e}
		c.end = s.channel(i, open)
		for p := s.pastTitle(c.end); p > c.end && p <= open; p = s.pastTitle(c.end) {
			c.end = p // said on RTV’s “Sunday Desk” that
		}
		k := c.end
		switch {
		case k == open && thingVerbs.has(e.Lemma):
			continue // accepted “about $40,000”: a thing, not words
		case k == open:
			c.direct, c.content = true, open
		case (s.punct(k, ":") || s.punct(k, ",")) && k+1 == open:
			c.direct, c.content = true, open
		case s.asideBefore(k, open):
			// replied dryly, with a shrug: “Q”: an aside between the
			// cue and its quotation.
			c.direct, c.content = true, open
		case s.colonSentence(k, ri):
			// answered with a phrase that might have come from Lavrov
			// himself: “Do not ...”: a colon sets off a whole sentence.
			c.direct, c.content = true, open
		default:
			c.content = s.contentStart(k, open)
		}
		if !c.direct && e.ThatOnly && !s.clauseStart(c.content) {
			// "accepted “about $40,000” from ...", "responded with chants
			// of “Bring them home”": such a verb reports words only in a
			// clause (wrote that ..., wrote Ortiz has ...).
			continue
		}
		s.findSource(&c, sent)
		if w := s.passiveWhat(c.at); w >= 0 && namingVerbs.has(e.Lemma) {
			// "reopened what had been known as the “Salt Road”": the name
			// and "what" are the words, said by no one named.
			c.what, c.source = w, textseg.Range{}
			return c, true
		}
		if c.source.To == c.source.From && s.isAny(i-1, "and", "but") {
			c.source = s.lastSource(sent, i-1)
		}
		if c.source.To == c.source.From && invertible(e) && s.punct(i-1, ",") {
			// "Because of the weather, explained Morrow, “...”": the
			// speaker follows a cue set off by commas.
			if end := s.nounPhrase(i+1, open); end > i+1 && s.named(i+1, end) && s.punct(end, ",") && end+1 == open {
				c.source, c.end = textseg.Range{From: i + 1, To: end}, i+1
				c.direct, c.content = true, open
			}
		}
		if !c.direct {
			c = s.coordinated(c, open)
			c = s.outerCue(c, sent)
		} else {
			// Mr. Lavrov said, most diplomats in Moscow have come to believe
			// “...”: a report inside another report belongs to the outer.
			if o := s.outerCue(c, sent); o.at != c.at {
				o.direct = false
				c = o
			}
		}
		if c.source.To == c.source.From+1 && bytes.HasPrefix(s.lower(c.source.From), []byte("what")) {
			// "for what’s now widely called “shuttle diplomacy”": what
			// is named, not who speaks.
			c.source = textseg.Range{}
		}
		if c.source.To > c.source.From && namingVerbs.has(e.Lemma) && s.isAny(c.source.From-1, "which", "who", "whom") {
			// "the deal, which he called “a disgrace,”": the relative word
			// stands for the thing named and is a piece of the content.
			c.what = c.source.From - 1
			return c, true
		}
		if c.source.To > c.source.From && s.is(c.source.From-1, "what") {
			// "condemned what he called a “reckless stunt”": the naming verb
			// is inside another report's content. Without such a report,
			// "under what Mr. Hale calls the “old harbor” model" is a
			// quote of its own.
			if named.entry.Lemma == "" {
				named, named.what = c, c.source.From-1
			}
			c.source = textseg.Range{}
			if c.direct {
				continue // what Ortiz called “a timing problem”
			}
		}
		if !c.direct && c.source.To > c.source.From && s.relativeSource(c) {
			// "reject the backing of a former envoy who suggested
			// that ...": a report inside a relative clause is part of
			// the content of the clause's own cue, if it has one.
			if first.entry.Lemma == "" {
				first = c
			}
			continue
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
	if named.entry.Lemma != "" && first.at <= named.at {
		return named, true
	}
	return first, first.entry.Lemma != ""
}

// passiveWhat returns the token of "what" before the auxiliaries of a
// passive cue at token at ("what is called", "what had been called"), or
// -1.
func (s *scanner) passiveWhat(at int) int {
	k := at - 1
	for k >= 0 && k > at-4 && s.isAny(k, "is", "was", "are", "were", "been", "has", "had", "have", "being") {
		k--
	}
	if k == at-1 || k < 0 || !s.is(k, "what") {
		return -1
	}
	return k
}

// relativeSource reports whether the source of cue c is a relative word:
// "an envoy who suggested". A relative clause with a source of its own
// ("whom he described as “calm”") reports that source's words.
func (s *scanner) relativeSource(c cue) bool {
	return c.source.To == c.source.From+1 && s.in(c.source.From, relativeWords)
}

// clauseStart reports whether a clause may start at token k: "that", a
// pronoun, a name or a determiner.
func (s *scanner) clauseStart(k int) bool {
	t := s.at(k)
	return t.Kind == textseg.Word && (t.Upper || s.is(k, "that") || s.in(k, subjectPronouns) || s.in(k, determiners))
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

// asPutIt reads "As Ms. Hale put it in a memo, the port is ...", whose
// cue "put it" is at token at and whose quotation opens at token open.
func (s *scanner) asPutIt(at, open int, sent textseg.Range) (cue, bool) {
	j := at - 1
	for j > sent.From && s.adverb(j) {
		j-- // "recently put it"
	}
	src := textseg.Range{From: s.phraseBefore(j, sent.From, false), To: j + 1}
	if s.punct(j, ",") {
		// "as Mike Waltz, a longtime ally of the envoy, put it"
		r, ok := s.apposition(j, sent.From)
		if !ok {
			return cue{}, false
		}
		src = r
	}
	if src.From >= src.To || !s.is(src.From-1, "as") || !s.named(src.From, src.To) {
		return cue{}, false
	}
	end := s.channel(at+1, open)
	if !s.punct(end, ",") && !s.punct(end, ":") {
		return cue{}, false
	}
	c := cue{
		at: at, end: end,
		entry:   cuelex.Entry{Lemma: "put", Class: "neutral"},
		source:  src,
		content: end + 1,
		direct:  end+1 == open,
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
			// saying anyone who objects to ... “is not reading the
			// fine print”: the relative clause is inside the content.
			if a := s.nounPhraseBefore(from-1, sent.From); a < from {
				from = a
			}
		}
		for s.adverb(from-1) || s.isAny(from-1, "even", "only", "still") {
			from-- // "conceded that even he thought"
		}
		from = s.quantifierBefore(from)
		if s.is(from-1, "that") {
			from--
		}
		found := false
		for i := from - 1; i >= sent.From && i >= from-maxReach; i-- {
			if o := s.titleClosedAt(i); o >= 0 {
				i = o
				continue
			}
			if s.punct(i, ";") || s.isMark(i, textseg.Close) {
				break
			}
			e, ok := s.cueAt(i)
			if !ok {
				continue
			}
			if end := s.channel(i, from); end == from || s.punct(end, ",") && end+1 == from && !s.in(sent.From, subordinators) {
				o := cue{at: i, end: end, entry: e, content: from}
				s.findSource(&o, sent)
				// (Not "Turning grave as he went on, Mr. Rubio added:":
				// a subordinate clause before the comma reports nothing.)
				if o.source.To > o.source.From && !(end != from && s.in(o.source.From-1, subordinators)) {
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

// wentOn reads "went on" ending at token i right before a quotation:
// "She went on: “...”".
func (s *scanner) wentOn(i, open int, sent textseg.Range) (cue, bool) {
	if !s.is(i, "on") || !s.isAny(i-1, "went", "goes", "go") || i+2 != open || !s.punct(i+1, ":") && !s.punct(i+1, ",") {
		return cue{}, false
	}
	c := cue{at: i - 1, end: i + 1, entry: goOnEntry, content: open, direct: true}
	s.findSource(&c, sent)
	return c, c.source.To > c.source.From
}

// frontedCue reads a cue that opens its sentence ahead of its speaker:
// "Said Ortiz, “...”", "Said Anne Morrow, who worked with Hale, “...”".
func (s *scanner) frontedCue(i, open int) (cue, bool) {
	if !s.at(i).Upper || !s.punct(open-1, ",") && !s.punct(open-1, ":") {
		return cue{}, false
	}
	e, ok := s.e.lex.Lookup(s.word(i))
	if !ok || !invertible(e) {
		return cue{}, false
	}
	end := s.nounPhrase(i+1, open)
	if end == i+1 || !s.at(i+1).Upper || !s.named(i+1, end) || !s.punct(end, ",") && !s.punct(end, ":") {
		return cue{}, false
	}
	for j := end; j < open; j++ {
		if s.at(j).Kind == textseg.Mark && s.at(j).Role != textseg.Apostrophe {
			return cue{}, false
		}
	}
	return cue{at: i, end: i + 1, entry: e, source: textseg.Range{From: i + 1, To: end}, content: open, direct: true}, true
}

// nounCue reads a report named by a noun with its owner before it and its
// clause after it: "her remark that “the door is still open”",
// "Ortiz’s claim that ...". The owner is the source.
func (s *scanner) nounCue(i int) (cue, bool) {
	if !s.lowIn(i, reportNouns) || !s.is(i+1, "that") || i < 1 {
		return cue{}, false
	}
	var src textseg.Range
	switch w := s.lower(i - 1); {
	case s.isAny(i-1, "his", "her", "their"):
		src = textseg.Range{From: i - 1, To: i}
	case possessive(w) && s.at(i-1).Upper:
		src = textseg.Range{From: s.nounPhraseBefore(i-1, max(0, i-1-maxPhrase)), To: i}
		if src.From > i-1 {
			src.From = i - 1
		}
	default:
		return cue{}, false
	}
	e, _ := s.e.lex.Lookup(s.word(i))
	return cue{at: i, end: i + 1, entry: e, source: src, content: i + 1}, true
}

// chantCue reads a crowd's words named by a noun right before them:
// "responded with chants of “Not one inch”", "their cries of “Shame!”".
// The owner before the noun, or else the clause's subject, is the source.
func (s *scanner) chantCue(i, open int, sent textseg.Range) (cue, bool) {
	if i+2 != open || !s.is(i+1, "of") || !s.in(i, chantNouns) {
		return cue{}, false
	}
	j := i - 1
	for j > sent.From && s.at(j).Kind == textseg.Word && !s.at(j).Upper && !s.in(j, determiners) && !s.in(j, tailPreps) && j > i-3 {
		j-- // "spontaneous chants", "near-constant calls"
	}
	c := cue{at: i, end: i + 2, entry: chantEntry, content: open, direct: true}
	if s.isAny(j, "his", "her", "their") || possessive(s.lower(j)) && s.at(j).Upper {
		c.source = textseg.Range{From: j, To: j + 1}
	} else {
		c.source, c.fallback = s.subject(sent, i), true
	}
	return c, true
}

// asideBefore reports whether tokens [k, open) are an aside that ends in a
// comma or colon right before the quotation: words of manner or setting
// ("dryly, with a shrug:", "again using a formal tone,"), with no
// clause of their own (no "that", no subject, no reporting verb). An aside
// is short: longer words are reported ("said no matter what the council
// decides on the budget next spring, “...”").
func (s *scanner) asideBefore(k, open int) bool {
	if !(s.punct(open-1, ",") || s.punct(open-1, ":")) || open-1 <= k || open-k > maxPhrase || s.objectBefore(k, open) {
		// (Not "added the words, “Anne Morrow.”": an object is part
		// of what was said.)
		return false
	}
	for j := k; j < open-1; j++ {
		t := s.at(j)
		if t.Kind == textseg.Mark && t.Role != textseg.Apostrophe || s.is(j, "that") || s.in(j, subjectPronouns) || s.in(j, auxiliaries) || s.punct(j, ";") || t.Kind == textseg.Punct && isStop(s.tok(j)) {
			return false
		}
		if _, ok := s.cueAt(j); ok {
			return false
		}
	}
	return true
}

// colonSentence reports whether the quotation opening at token open is a
// sentence of its own set off by a colon from the words after a cue ending
// before token k: the colon comes right before the mark, and the quotation
// opens with a capital and ends with a stop, so no attribution of its own
// follows it.
func (s *scanner) colonSentence(k, ri int) bool {
	r := s.regions[ri]
	open := r.Open
	if !(s.punct(open-1, ":") || s.punct(open-1, ",")) || open-1 <= k || s.punct(open-1, ",") && s.objectBefore(k, open) || s.is(k, "that") || s.in(k, subjectPronouns) || r.Unclosed || !isStop(s.tok(r.Close-1)) {
		return false
	}
	if t := s.at(open + 1); t.Kind != textseg.Word || !t.Upper {
		return false
	}
	for j := k; j < open-1; j++ {
		if t := s.at(j); t.Kind == textseg.Mark && t.Role != textseg.Apostrophe || s.punct(j, ";") || t.Kind == textseg.Punct && isStop(s.tok(j)) {
			return false
		}
		if s.punct(open-1, ",") && (s.in(j, subjectPronouns) || s.in(j, auxiliaries) || s.is(j, "that")) {
			return false
		}
		if _, ok := s.cueAt(j); ok {
			return false
		}
	}
	return true
}

// objectBefore reports whether tokens [k, open) before a quotation are
// the cue's object, part of what was said ("added the words, “...”"): a
// phrase that opens with an article and names no time ("a day earlier").
func (s *scanner) objectBefore(k, open int) bool {
	if !s.isAny(k, "the", "a", "an") {
		return false
	}
	for j := k + 1; j < open; j++ {
		if s.in(j, timeWords) || s.isAny(j, "day", "days", "ago") {
			return false
		}
	}
	return true
}

// intentAfterThing reports whether the verb in -s at token i, after the
// singular noun at token b, promises or vows to do something: in "The
// (new county) plan promises to “restore order”" it is a verb; in "the
// campaign promises to voters" a plural noun.
func (s *scanner) intentAfterThing(b, i int) bool {
	a := b - 1 // the article, perhaps before modifiers: the new county plan
	for a > b-3 && !s.in(a, articles) && s.at(a).Kind == textseg.Word && !s.at(a).Upper && (s.nounLike(a) || s.modifier(a)) {
		a--
	}
	return s.is(i+1, "to") && s.in(a, articles) && s.nounLike(b) && !s.plural(b) &&
		!s.in(i+2, determiners) && !s.plural(i+2) && !s.at(i+2).Upper
}

// cueAt reports whether token i is a reporting verb used as one: "said",
// "has told", but not "the report" or "Ortiz’s claims".
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
	if s.in(i-1, determiners) && !s.isAny(i-1, "one", "all", "both") && (e.Form&(cuelex.Past|cuelex.Participle) == 0 || s.in(i-1, articles)) &&
		!(e.Lemma == "say" && !s.in(i-1, articles) && !s.isAny(i-1, "no", "any", "every", "each", "another")) || possessive(prev) {
		// (But a quantifier stands for its people before "say": "most
		// say", "one in five say".)
		return e, false
	}
	b := i - 1 // the word before, past an adverb: "Mrs. Hale routinely pledges to"
	if s.adverb(b) && s.at(b-1).Kind == textseg.Word && (s.at(b-1).Upper || s.in(b-1, subjectPronouns)) {
		b--
	}
	if e.Form&(cuelex.Third|cuelex.Base) != 0 && e.Form&(cuelex.Past|cuelex.Participle) == 0 && nounVerbs.has(e.Lemma) && s.in(i+1, nounFollowers) &&
		!s.in(b, subjectPronouns) && !s.isAny(b, "will", "would", "could", "should", "can", "may", "might", "must", "did") &&
		!(s.at(b).Upper && s.at(b-1).Upper && !s.in(b, capitalStops)) &&
		!(s.at(b).Upper && s.at(b-1).Kind != textseg.Word && s.is(i+1, "to") && !s.in(i+2, determiners)) &&
		!s.intentAfterThing(b, i) &&
		!(e.Form&cuelex.Base != 0 && !s.at(b).Upper && s.plural(b) && s.nounLike(b) && !s.lowIn(b, functionWords) && !s.lowIn(b, verbsInS)) {
		// "Republican claims of fraud", "the calls for": a plural noun;
		// but "He calls for", "Marco Rubio calls for", "the voters vow
		// to" (after a plural noun) is a verb.
		return e, false
	}
	if e.Form&^(cuelex.Base) == 0 || e.Form&(cuelex.Third|cuelex.Past|cuelex.Participle|cuelex.Gerund) == 0 {
		// A bare verb is a cue only after a modal, a plural subject or a
		// pronoun: "officials say", "will say", "they tell", "leaders who
		// say", "official data suggest".
		p := i - 1
		for p > i-3 && (s.adverb(p) || s.isAny(p, "often", "also", "always", "never", "now", "still", "only", "just", "even", "today", "here", "there")) {
			p-- // "Mexicans often say", "defenders today argue", "polls there show"
		}
		if s.punct(p, ",") && s.in(p-1, asides) && s.punct(p-2, ",") {
			p -= 3 // "Proponents of the bill, however, say"
		} else if s.punct(p, ",") {
			// "His critics, many of them Catholics, argue": the subject
			// stands before the apposition's first comma.
			for j := p - 1; j > p-2*maxPhrase && j > 0; j-- {
				if t := s.at(j); t.Kind == textseg.Mark && t.Role != textseg.Apostrophe || s.punct(j, ";") || t.Kind == textseg.Punct && isStop(s.tok(j)) {
					break
				}
				if s.punct(j, ",") {
					if s.plural(j-1) && s.nounLike(j-1) {
						p = j - 1
					}
					break
				}
			}
		}
		prev = s.lower(p)
		if !(modals.has(string(prev)) || bytes.HasSuffix(prev, []byte("s")) && !functionWords.has(string(prev)) && !verbsInS.has(string(prev)) ||
			p >= 0 && s.at(p).Upper && !s.in(p, capitalStops) && !(e.Lemma == "state" && !s.plural(p)) ||
			e.Lemma == "say" && (s.bareSay(i, p) || s.is(p, "who")) || s.pluralOf(p) ||
			s.isAny(p, "and", "but") && (s.is(i+1, "that") || e.Lemma == "say" && s.in(i+1, subjectPronouns)) ||
			s.isAny(p, "data", "people")) {
			// (Not "Oregon state delegate Anne Morrow": after a
			// singular name, state is a noun.)
			return e, false
		}
	}
	return e, true
}

// pluralOf reports whether token p ends a noun phrase whose head, before
// "of", is plural: "Opponents of the port plan", "supporters of Mr. Ortiz".
func (s *scanner) pluralOf(p int) bool {
	for j := p - 1; j > 0 && j > p-6; j-- {
		if s.is(j, "of") {
			return j-1 < p && s.plural(j-1) && s.nounLike(j-1)
		}
		if t := s.at(j); t.Kind != textseg.Word && !(t.Kind == textseg.Mark && t.Role == textseg.Apostrophe) {
			return false
		}
	}
	return false
}

// bareSay reports whether the bare "say" at token i, whose nearest word
// before it other than an adverb is token p, has a subject ending there
// that the plural test missed: a number ("4 in 10 say", "42% say", "one
// in five say"), a collective or
// irregular plural ("sources close to the envoy say", "people say"), or
// an apposition closed by a comma ("Hale, along with Ann Ortiz, say").
// The words that follow must open a clause: "say, 2020" is an example, not a
// report.
func (s *scanner) bareSay(i, p int) bool {
	if p < 0 || i+1 >= len(s.toks) || s.at(i+1).Kind != textseg.Word {
		return false
	}
	if s.punct(p, ",") {
		return p > 0 && (s.at(p-1).Kind == textseg.Word || s.punct(p-1, "%")) && !s.punct(p-2, ",")
	}
	if s.punct(p, "%") || s.in(p, numberWords) && s.isAny(p-1, "in", "all", "of") {
		return true // "42% say", "one in five say", "majorities in all three say"
	}
	return s.at(p).Kind == textseg.Word && !s.in(p, functionWords) && !s.in(p, determiners) && !possessive(s.lower(p))
}

// numberWords are the small numbers written as words.
var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// possessive reports whether lower-cased word w ends in ’s or 's and is
// no pronoun contraction (he’s).
func possessive(w []byte) bool {
	return (bytes.HasSuffix(w, []byte("’s")) || bytes.HasSuffix(w, []byte("'s"))) && !contraction(w)
}

// contraction reports whether w is a pronoun with a clitic: he’s, she's,
// it’s (he is, he has).
func contraction(w []byte) bool {
	for _, suf := range []string{"’s", "'s", "’d", "'d", "’ll", "'ll"} {
		if stem, ok := bytes.CutSuffix(w, []byte(suf)); ok {
			return subjectPronouns.has(string(stem))
		}
	}
	return false
}

// channel returns the end of the words that belong to the cue at token c:
// an addressee ("told reporters"), channel and time phrases ("said in a
// statement on Tuesday"). It never passes limit.
func (s *scanner) channel(c, limit int) int {
	k := c + 1
	lemma := s.e.lemma(s.tok(c))
	if lemma == "refer" && s.is(k, "to") && k < limit {
		return k + 1 // "refers to the envoy as “Steve”": what follows is said
	}
	if lemma == "call" && s.isAny(k, "for", "on") && k < limit {
		k++ // "calls for a “fresh start”": a phrasal verb
	}
	if tellVerbs.has(lemma) {
		if p := s.pastTitle(k); p < limit {
			k = p // told “Morning Desk” host Dana Diaz
		}
		if s.in(k, subjectPronouns) || s.in(k, objectPronouns) {
			if k+1 <= limit && !s.is(k, "that") {
				k++
			}
		} else if end := s.nounPhrase(k, limit); end > k && !s.in(end, auxiliaries) {
			// (not "told the port’s cranes are not safe": a subject)
			k = s.pastOwnedTitle(end, limit) // told RTV’s “Early Edition”
		}
	}
	if lemma == "ask" && !s.in(k, objectPronouns) {
		// "asked the Riyadh audience, “If ...”": whom, right before the
		// question.
		if end := s.nounPhrase(k, limit); end > k && (end == limit || s.punct(end, ",") && end+1 == limit) {
			return end
		}
	}
	if addresseeVerbs.has(lemma) {
		// "told a small gathering at the Harbor Hall club that ...": the
		// addressee and its setting run to the complementizer.
		for j := k; j < limit && j < k+maxPhrase+4; j++ {
			if s.is(j, "that") || s.in(j, whWords) {
				return j
			}
			if j > c+1 && s.is(j, "to") && s.nounPhrase(c+1, j) == j && s.at(j+1).Kind == textseg.Word && !s.in(j+1, determiners) && !s.at(j+1).Upper {
				return c + 1 // "encouraged listeners to “look closer” ...": whom to do what is reported
			}
			if rj := s.regionOpenedAt(j); rj >= 0 && !s.regions[rj].Unclosed {
				j = s.regions[rj].Close // a title in the setting: tells RTV’s “Sunday Desk” that
				continue
			}
			if t := s.at(j); t.Kind != textseg.Word && !(t.Kind == textseg.Mark && t.Role == textseg.Apostrophe) && !s.punct(j, ",") {
				break
			}
			if _, ok := s.cueAt(j); ok {
				break
			}
			if s.punct(j-1, ",") && (s.in(j, irregularPasts) || s.pastVerb(j)) {
				// "The turning point, Ushakov wrote, came in March, when":
				// a verb after the comma is the sentence's own.
				break
			}
		}
	}
	if s.isAny(k, "back", "in", "up", "out") && (s.at(k+1).Kind != textseg.Word || s.is(k+1, "that") || s.in(k+1, tailPreps) || s.in(k+1, timeWords)) && k < limit {
		k++ // shot back, chimed in, spoke up, lashed out
	}
	for n := 0; n < 4 && k < limit; n++ {
		switch {
		case s.in(k, timeWords):
			k++
		case s.is(k, "by") && s.isAny(k+1, "email", "e-mail", "phone", "telephone", "text", "letter") && k+2 <= limit:
			k += 2 // said by email
		case s.is(k, "to") && toVerbs.has(lemma) && !s.at(k+1).Upper && !s.in(k+1, determiners) && !s.in(k+1, objectPronouns):
			return k // "vowed to focus on", "agreed to boss": an infinitive, not a listener
		case s.in(k, tailPreps) && k+1 < limit && s.phraseStart(k+1):
			end := s.nounPhrase(k+1, limit)
			if end == k+1 {
				return k
			}
			k = s.pastOwnedTitle(end, limit) // said on RTV’s “Face the Week”: a title in the setting
		default:
			return k
		}
	}
	return k
}

// pastOwnedTitle returns the token after a closed title that opens at
// token k right after a possessive and closes before limit ("RTV’s
// “Early Edition”"), or k when none does.
func (s *scanner) pastOwnedTitle(k, limit int) int {
	if rj := s.regionOpenedAt(k); rj >= 0 && !s.regions[rj].Unclosed && possessive(s.lower(k-1)) && s.regions[rj].Close < limit {
		return s.regions[rj].Close + 1
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
	if t.Upper || s.in(k, determiners) || s.in(k, objectPronouns) || s.in(k, timeWords) || s.year(k) {
		return true
	}
	return bytes.HasSuffix(s.lower(k), []byte("s")) && s.nounLike(k)
}

var days = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today")

var objectPronouns = set("him", "her", "them", "me", "us", "you", "it", "reporters", "journalists")

// adverb reports whether token k is a lower-case -ly adverb ("jokingly
// said", "said bluntly").
func (s *scanner) adverb(k int) bool {
	t := s.at(k)
	w := s.lower(k)
	return t.Kind == textseg.Word && !t.Upper && len(w) > 4 && bytes.HasSuffix(w, []byte("ly")) && !s.lowIn(k, lyNouns)
}

// weekdayPhrase reports whether word j names a day ("on Tuesday said").
func (s *scanner) weekdayPhrase(j int) bool {
	return s.lowIn(j, days)
}

// inverted reports a cue that comes before its source after a quotation:
// “Q,” said Lavrov. · “Q,” according to officials.
func (s *scanner) inverted(i int) (cuelex.Entry, bool) {
	if s.is(i, "according") && s.is(i+1, "to") {
		return accordingEntry, true
	}
	if s.at(i).Upper {
		return cuelex.Entry{}, false
	}
	e, ok := s.e.lex.Lookup(s.word(i))
	if !ok || !invertible(e) {
		return e, false
	}
	return e, true
}

// invertible reports whether a cue can stand before its speaker ("said
// Lavrov"): a past or -s form of a verb that takes no object (“Scandal,”
// thanked Ortiz is a verb and its object, not said Ortiz).
func invertible(e cuelex.Entry) bool {
	return e.Form&(cuelex.Past|cuelex.Third) != 0 && !objectVerbs.has(e.Lemma)
}

// accordingEntry is the cue entry of "according to".
var accordingEntry = cuelex.Entry{Lemma: "according to", Class: "neutral"}

// chantEntry is the cue entry of "chants of" before a quotation.
var chantEntry = cuelex.Entry{Lemma: "chant", Class: "manner"}

// goOnEntry is the entry of "went on" before a quotation.
var goOnEntry = cuelex.Entry{Lemma: "go on", Class: "neutral"}

// quantifierBefore returns the first token of a quantity phrase that ends
// right before token from ("a lot of voters", "most of the delegates"),
// or from itself: the quantity belongs to the mention.
func (s *scanner) quantifierBefore(from int) int {
	if !s.is(from-1, "of") {
		return from
	}
	if s.is(from-2, "lot") && s.is(from-3, "a") {
		return from - 3
	}
	if s.isAny(from-2, "many", "most", "some", "all", "few", "half", "none", "several") {
		return from - 2
	}
	return from
}

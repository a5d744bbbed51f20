package quote

// Indirect speech: reported content with no quotation marks, "Lavrov said
// the talks were useful", "the talks were useful, Lavrov said".

import (
	"bytes"
	"slices"
	"strings"

	"github.com/hearsaynlp/hearsay/internal/cuelex"
	"github.com/hearsaynlp/hearsay/internal/textseg"
)

// indirect finds the reports without quotation marks in this paragraph,
// whose quotes so far begin at s.out[first]: a reporting verb with a
// source, outside every quotation and every quote already found.
func (s *scanner) indirect(first int, all bool) {
	s.covered = slices.Grow(s.covered[:0], len(s.toks))[:len(s.toks)]
	s.quoted = slices.Grow(s.quoted[:0], len(s.toks))[:len(s.toks)]
	clear(s.covered)
	clear(s.quoted)
	for ri, r := range s.regions {
		end := r.Close
		if r.Unclosed {
			end = len(s.toks) - 1
		}
		for k := r.Open; k <= end && k < len(s.toks); k++ {
			s.quoted[k] = true
			s.covered[k] = s.owner[ri] >= 0 || r.Unclosed
		}
	}
	for _, q := range s.out[first:] {
		// Only the parts: a source read from the clause's subject may
		// stand far from its cue, with another report between them.
		for _, c := range q.Content {
			s.cover(c)
		}
		s.cover(q.Cue.Span)
		s.cover(q.Source)
	}
	s.mixedOnly = !all
	ri := 0
	for _, sent := range s.sents {
		for ri < len(s.regions) && s.regions[ri].Open < sent.From {
			ri++
		}
		if all && s.headlineReport(sent) {
			continue
		}
		next := ri // the next quotation nobody attributed
		for i := sent.From; i < sent.To; i++ {
			if !all {
				// Without indirect speech, only a cue shortly before a
				// quotation nobody attributed is worth reading.
				for next < len(s.regions) && (s.regions[next].Open <= i || s.owner[next] >= 0 || s.regions[next].Unclosed || s.titled[next]) {
					next++
				}
				if next >= len(s.regions) || s.regions[next].Open >= sent.To {
					break
				}
				if s.regions[next].Open-i > maxReach {
					i = s.regions[next].Open - maxReach - 1
					continue
				}
			}
			if s.covered[i] || s.quoted[i] || s.at(i).Kind != textseg.Word {
				continue
			}
			if w := s.tok(i); !s.e.lex.Maybe(w) && len(w) != len("according") {
				continue // most words: no cue starts here
			}
			if end, ok := s.report(i, sent); ok {
				i = end - 1
			}
		}
	}
}

// cover marks the tokens inside span as taken.
func (s *scanner) cover(span Span) {
	k, _ := slices.BinarySearchFunc(s.toks, span.Start, func(t textseg.Token, start int) int { return t.Start - start })
	for ; k < len(s.toks) && s.toks[k].End <= span.End; k++ {
		s.covered[k] = true
	}
}

// report tries to read an indirect report whose cue is token i, in
// sentence sent, and returns the token after it.
func (s *scanner) report(i int, sent textseg.Range) (int, bool) {
	var c cue
	size := s.at(i).End - s.at(i).Start
	if size == len("according") && s.is(i, "according") && s.is(i+1, "to") {
		return s.accordingToReport(i, sent)
	}
	if size == len("asked") && s.is(i, "asked") {
		if end, ok := s.askedReport(i, sent); ok {
			return end, true
		}
	}
	e, ok := s.cueAt(i)
	phrase := false
	if t := s.at(i); t.Kind == textseg.Word && !t.Upper && i+1 < sent.To && s.at(i+1).Kind == textseg.Word {
		if pe, found := s.e.lex.Phrase(s.tok(i), s.tok(i+1)); found && (ok || !s.in(i-1, determiners)) {
			e, ok, phrase = pe, true, true // "pointed out", "made clear"
		}
	}
	if !ok || s.passive(i, e) || e.Class == "no_content" && !s.is(i+1, "to") || e.Lemma == "continue" && s.is(i+1, "to") {
		return 0, false // "continues to lead"; but "declined to comment" reports a refusal
	}
	c = cue{at: i, entry: e}
	plain := s.channel(i, sent.To)
	if phrase {
		plain = max(plain, i+2)
	}
	if e.Lemma == "quote" && s.is(i+1, "as") && s.isAny(i+2, "saying", "telling") {
		plain = s.channel(i+2, sent.To) // "was quoted as saying"
	}
	if plain > i+1 && s.isAny(plain-1, "there", "here") && (s.in(plain, auxiliaries) || s.isAny(plain, "be", "been", "’s", "'s")) {
		plain-- // "says there was a problem": there opens the content
	}
	c.end = s.particle(plain, e.Lemma, sent.To)
	if objectFirst[e.Lemma] && c.end > i+1 && s.is(c.end, "to") && !s.in(i+1, tailPreps) {
		// "urged Republicans to join": who is urged belongs to what is.
		c.end = i + 1
	}
	topic := c.end > plain
	forward := c.end < sent.To && s.at(c.end).Kind == textseg.Word && s.reportCanStart(c.end, e, topic)
	if !forward && !s.endsReport(c.end, sent) && !s.punct(i-1, ",") {
		return 0, false // no layout below can hold: spare the source search
	}
	s.findSource(&c, sent)
	if c.source.To <= c.source.From {
		s.looseSource(&c, sent)
	}
	rule := "indirect-source-cue"
	from, to := c.end, 0
	inv, invOK := cue{}, false
	if s.punct(i-1, ",") && (s.at(i+1).Upper || s.in(i+1, determiners)) {
		// "..., said Mindy Romero, director of ...": the source follows.
		inv, invOK = s.invertedReport(i, sent)
	}
	switch {
	case invOK:
		c, rule = inv, "indirect-content-cue-source"
		from, to = sent.From, i-1
	case c.source.To > c.source.From && forward:
		// Lavrov said (that) the talks were useful.
		to = s.reportEnd(from, sent)
		if f := s.objectTopic(from, to, e.Lemma); f > from {
			// "praised Trump for speaking out": the object joins the cue.
			from, c.end = f, f
		}
		if npObject[e.Lemma] {
			to = s.objectEnd(from, to)
		}
	case c.source.To > c.source.From && s.punct(c.source.From-1, ",") && c.source.From-1 > sent.From && s.endsReport(c.end, sent):
		// The talks were useful, Lavrov said.
		rule = "indirect-content-source-cue"
		from, to = sent.From, c.source.From-1
		if s.punct(c.end, ",") && c.end+1 < sent.To && s.at(c.end+1).Kind == textseg.Word && !s.newClause(c.end+1) && !s.participle(c.end+1) {
			// Many of the closures, he said, have involved public courses.
			if to2 := s.reportEnd(c.end+1, sent); to2 > c.end+1 && to > from && !s.mixedOnly && !s.anyQuoted(from, to2) {
				q := Quote{Kind: Indirect, Rule: rule}
				s.fill(&q, c)
				n := s.add(q, Span{s.toks[from].Start, s.toks[to-1].End})
				qq := &s.out[n]
				qq.Content = append(qq.Content, Span{s.toks[c.end+1].Start, s.toks[to2-1].End})
				qq.Span.End = max(qq.Span.End, s.toks[to2-1].End)
				s.cover(qq.Span)
				return to2, true
			}
		}
	default:
		if c2, ok := s.invertedReport(i, sent); ok {
			c, rule = c2, "indirect-content-cue-source"
			from, to = sent.From, i-1
			break
		}
		return 0, false
	}
	if to <= from || !s.leadIn(from, to) {
		return 0, false
	}
	quoted := false
	for k := from; k < to; k++ {
		if s.covered[k] {
			if k == from || rule != "indirect-source-cue" {
				return 0, false
			}
			// Another attribution takes over: the content ends before it
			// and its punctuation ("... ― Trump boasted, “...”").
			to = k
			for to > from && s.at(to-1).Kind == textseg.Punct {
				to--
			}
			break
		}
		quoted = quoted || s.quoted[k]
	}
	if to <= from || !s.leadIn(from, to) {
		return 0, false
	}
	kind := Indirect
	if quoted {
		// The clause holds a quotation the layouts left unattributed.
		kind, rule = Mixed, strings.Replace(rule, "indirect", "mixed", 1)
	} else if s.mixedOnly {
		return 0, false
	}
	q := Quote{Kind: kind, Rule: rule}
	s.fill(&q, c)
	n := s.add(q, Span{s.toks[from].Start, s.toks[to-1].End})
	s.cover(s.out[n].Span)
	return max(to, c.end, c.source.To), true
}

// particle extends a cue that ends before token k over the preposition
// that introduces its topic, with the adverbs before it: "spoke
// passionately about", "called for", "pointed to", "agreed with", "argued
// in favor of". What follows is the content.
func (s *scanner) particle(k int, lemma string, limit int) int {
	j := k
	for j < limit && j < k+3 && (s.adverb(j) || s.isAny(j, "out", "up", "at", "length", "little", "much", "nothing", "publicly")) {
		if s.is(j, "at") && !s.is(j+1, "length") {
			break
		}
		j++
	}
	if j+1 >= limit || s.at(j+1).Kind != textseg.Word {
		return k
	}
	w := string(s.lower(j))
	if w == "in" && s.is(j+1, "favor") && s.is(j+2, "of") && j+3 < limit {
		return j + 3
	}
	if w == "about" || w == "of" || topicPreps[lemma][w] {
		return j + 1
	}
	return k
}

// npObject lists the cues whose content is often a noun phrase: "attacked
// Machado in early-morning tweets" reports Machado, not the tweets.
var npObject = set("attack", "praise", "note", "cite", "endorse", "question", "mention", "acknowledge",
	"condemn", "thank", "defend", "criticize", "criticise", "blast", "slam", "hail", "welcome", "applaud",
	"reject", "dismiss", "dispute", "echo", "highlight", "tout", "commend", "denounce", "decry", "lambaste",
	"mock", "blame", "laud", "credit", "propose", "challenge", "accept", "announce")

// objectEnd returns where a noun-phrase object that starts at token from
// ends, before a trailing adjunct or channel ("in early-morning tweets",
// "in a statement", ", who is 70"), or to when the content is a clause of
// its own.
func (s *scanner) objectEnd(from, to int) int {
	if s.is(from, "that") || s.in(from, whWords) {
		return to
	}
	for j := from; j < to; j++ {
		if s.in(j, auxiliaries) || s.at(j).Kind == textseg.Mark && s.at(j).Role != textseg.Apostrophe {
			return to // a clause: "noted the talks were useful"
		}
	}
	for j := from + 1; j < to; j++ {
		if s.punct(j, ",") && s.in(j+1, relativeWords) || s.isAny(j, "during", "after", "before", "following", "because", "since", "when", "amid", "despite") || s.isAny(j, "in", "on") && s.channelNoun(j+1) {
			return j
		}
	}
	return to
}

// reportCanStart reports whether reported words can start at token k after
// a cue of entry e, which took a topic preposition when topic is set: a
// complementizer, a noun phrase or a clause, not an adjunct ("said
// matter-of-factly", "charged with assault", "respond in kind"). A cue of
// thatOnly reports only through "that" or a topic.
func (s *scanner) reportCanStart(k int, e cuelex.Entry, topic bool) bool {
	if topic || s.is(k, "that") {
		return true
	}
	if e.ThatOnly {
		return false
	}
	if s.is(k, "to") {
		return e.Class == "directive" || e.Class == "no_content" || toVerbs[e.Lemma]
	}
	if s.isAny(k, "when", "if") && !questionVerbs[e.Lemma] {
		return false // "said when she resigned": an adjunct
	}
	if s.in(k, whWords) || s.in(k, subjectPronouns) || s.in(k, objectPronouns) || s.in(k, determiners) || s.at(k).Upper ||
		s.isAny(k, "there", "not", "yes", "no", "nearly", "only", "just", "so", "for") {
		return true
	}
	return !s.in(k, functionWords) && !s.adverb(k)
}

// questionVerbs report questions, which may open with when or if.
var questionVerbs = set("ask", "question", "wonder", "inquire", "explain", "query")

// toVerbs lists the cues other than directives that report an intention
// with "to": "agreed to meet", "refused to say".
var toVerbs = set("agree", "offer", "ask", "threaten", "vow", "pledge", "promise", "decline", "refuse",
	"hope", "expect", "claim", "vote", "demand", "tell", "remind")

// objectFirst lists the directive verbs whose object is part of what
// they report: "urged Republicans to join the ranks".
var objectFirst = set("urge", "warn", "tell", "remind", "encourage", "ask", "order", "instruct", "advise", "invite", "implore", "press", "beg", "exhort", "challenge", "dare", "direct", "command", "request")

// topicPreps lists, by lemma, the prepositions other than about and of
// that introduce what a reporting verb reports: "called for", "pointed to".
var topicPreps = map[string]map[string]bool{
	"call": set("for", "on"), "ask": set("for"), "plead": set("for"), "appeal": set("for"),
	"argue": set("for", "against"), "comment": set("on"), "elaborate": set("on"), "remark": set("on"),
	"report": set("on"), "point": set("to"), "refer": set("to"), "respond": set("to"), "reply": set("to"),
	"object": set("to"), "admit": set("to"), "confess": set("to"), "speak": set("on"),
	"testify": set("to", "against", "on"), "agree": set("with", "on", "to"), "disagree": set("with", "on"),
	"concur": set("with"), "warn": set("against"), "caution": set("against"), "rule": set("against", "on"),
	"protest": set("against"), "cry": set("for"),
}

// looseSource is the last resort for a finite cue whose subject the
// mention rules did not read ("Six in 10 say", "Marley Anderson, 21, a
// junior from Las Vegas, said"): the phrase that ends right before it.
func (s *scanner) looseSource(c *cue, sent textseg.Range) {
	if c.entry.Form&(cuelex.Past|cuelex.Third|cuelex.Base) == 0 {
		return
	}
	j := c.at - 1
	lo := max(sent.From, c.at-maxReach)
	for j >= lo && (s.in(j, preCue) || s.adverb(j)) {
		if s.in(j, negators) {
			c.negated = true
		}
		j--
	}
	if j < lo || s.at(j).Kind != textseg.Word || s.in(j, functionWords) && !s.in(j, subjectPronouns) {
		return
	}
	from := s.phraseBefore(j, lo, false)
	if from > j {
		from = j
	}
	if c.entry.Lemma != "say" {
		// Any other cue needs a subject that opens its clause: "The fund
		// warned", "Still, the Commission on Presidential Debates says".
		if !s.in(from, determiners) && !s.at(from).Upper || from > sent.From && !s.punct(from-1, ",") && !s.isAny(from-1, "and", "but", "that", "when", "as", "while") {
			return
		}
	}
	c.source = textseg.Range{From: from, To: j + 1}
}

// headlineReport reads a headline in title case, "Obama Says Museum Will
// Tell of Suffering" or "Clinton Hid Health Problems, Former Doctor Says",
// whose cue is capitalised like every other word.
func (s *scanner) headlineReport(sent textseg.Range) bool {
	if !s.at(sent.From).Upper {
		return false
	}
	words, upper := 0, 0
	for k := sent.From; k < sent.To; k++ {
		if t := s.at(k); t.Kind == textseg.Word && t.End-t.Start > 3 {
			words++
			if t.Upper {
				upper++
			} else if lower := words - upper; lower >= 2 && lower*4 > words {
				return false // most headlines give up here after a few words
			}
		}
	}
	if words < 4 || upper*5 < words*4 {
		return false
	}
	last := sent.To
	for last > sent.From && s.at(last-1).Kind == textseg.Punct {
		last--
	}
	for i := sent.From + 1; i < last; i++ {
		e, ok := s.e.lex.Lookup(s.tok(i))
		if !ok || !s.at(i).Upper || e.Form&cuelex.Third == 0 || e.Class == "no_content" {
			continue
		}
		var c cue
		var from, to int
		if i == last-1 {
			// Clinton Hid Health Problems, Former Doctor Says.
			comma := i - 1
			for comma > sent.From && !s.punct(comma, ",") {
				comma--
			}
			if comma <= sent.From || comma == i-1 {
				return false
			}
			c = cue{at: i, end: i + 1, entry: e, source: textseg.Range{From: comma + 1, To: i}}
			from, to = sent.From, comma
		} else {
			// Obama Says Museum Will Tell of Suffering.
			src := sent.From
			for k := i - 1; k > sent.From; k-- {
				if s.punct(k, ",") || s.punct(k, ":") {
					src = k + 1
					break
				}
			}
			if src >= i {
				return false
			}
			c = cue{at: i, end: i + 1, entry: e, source: textseg.Range{From: src, To: i}}
			from, to = i+1, last
		}
		kind, rule := Indirect, "indirect-headline"
		for k := from; k < to; k++ {
			if s.covered[k] {
				return false
			}
			if s.quoted[k] && strings.ContainsAny(s.tok(k), "“”\"") {
				// Single marks in a headline set off a title or a
				// scare quote as often as words said.
				kind, rule = Mixed, "mixed-headline"
			}
		}
		if !s.leadIn(from, to) {
			return false
		}
		q := Quote{Kind: kind, Rule: rule}
		s.fill(&q, c)
		n := s.add(q, Span{s.toks[from].Start, s.toks[to-1].End})
		s.cover(s.out[n].Span)
		return true
	}
	return false
}

// askedReport reads the question of an introductory "Asked whether C,"
// or "When asked about C,", or of "X was asked whether C": a report with
// no source of its own.
func (s *scanner) askedReport(i int, sent textseg.Range) (int, bool) {
	p := i - 1
	if s.is(p, "when") && p >= sent.From {
		p--
	}
	if s.isAny(p, "and", "but") && p >= sent.From {
		p--
	}
	passive := false
	if s.isAny(p, "was", "were", "been", "being") && p >= sent.From {
		// "He was asked whether ...": the question, with no source.
		passive = true
	} else if p >= sent.From && !s.punct(p, ",") {
		return 0, false
	}
	k := i + 1
	for k < sent.To && k < i+8 && !s.in(k, whWords) && !s.isAny(k, "whether", "about") {
		if s.at(k).Kind != textseg.Word {
			return 0, false
		}
		k++
	}
	if k >= sent.To || k >= i+8 {
		return 0, false
	}
	cueEnd := i + 1
	if s.is(k, "about") {
		k++
		cueEnd = k
	}
	to := k
	for to < sent.To && !s.punct(to, ",") && s.at(to).Kind != textseg.Mark {
		to++
	}
	if passive {
		to = s.reportEnd(k, sent)
	} else if !s.punct(to, ",") || to+1 >= sent.To {
		return 0, false
	}
	if to <= k {
		return 0, false
	}
	for j := k; j < to; j++ {
		if s.covered[j] || s.quoted[j] {
			return 0, false
		}
	}
	c := cue{at: i, end: cueEnd, entry: askedEntry}
	q := Quote{Kind: Indirect, Rule: "indirect-asked"}
	s.fill(&q, c)
	n := s.add(q, Span{s.toks[k].Start, s.toks[to-1].End})
	s.cover(s.out[n].Span)
	return to, true
}

// askedEntry is the cue entry of an introductory "Asked".
var askedEntry = cuelex.Entry{Lemma: "ask", Class: "neutral", Form: cuelex.Past}

// invertedReport reads ", said Lavrov." after reported words.
func (s *scanner) invertedReport(i int, sent textseg.Range) (cue, bool) {
	if !s.punct(i-1, ",") || i-1 <= sent.From {
		return cue{}, false
	}
	c, rule, ok := s.attributionAt(i, false, false)
	if !ok || rule != "quote-cue-source" || !s.endsReport(max(c.end, c.source.To), sent) {
		return cue{}, false
	}
	return c, true
}

// accordingToReport reads "According to X, C" and "C, according to X."
func (s *scanner) accordingToReport(i int, sent textseg.Range) (int, bool) {
	// The source runs to the end of its phrase: "a new poll by the
	// Harvard University Institute of Politics".
	end := i + 2
	for end < sent.To && end < i+2+3*maxPhrase && s.at(end).Kind != textseg.Mark && !s.punct(end, ",") && !s.punct(end, ";") &&
		!(isStop(s.tok(end)) && !(s.tok(end) == "." && textseg.Abbreviation(s.tok(end-1)))) {
		end++
	}
	if end == i+2 || !s.leadIn(i+2, end) {
		return 0, false
	}
	c := cue{at: i, end: i + 2, entry: accordingEntry, source: textseg.Range{From: i + 2, To: end}}
	var from, to int
	switch {
	case (i == sent.From || s.at(i).Upper || s.punct(i-1, ",") && i-1-sent.From <= 4) && s.punct(end, ","):
		// "But, according to the poll, 46 percent remain undecided."
		from, to = end+1, s.reportEnd(end+1, sent)
	case s.punct(i-1, ",") && s.endsReport(end, sent):
		from, to = sent.From, i-1
	case i-1 > sent.From && s.at(i-1).Kind == textseg.Word && s.endsReport(end, sent) && (end >= sent.To || isStop(s.tok(end))):
		// "Clinton leads by 271 delegates according to a count by the AP."
		from, to = sent.From, i
	default:
		return 0, false
	}
	if to <= from || !s.leadIn(from, to) {
		return 0, false
	}
	for k := from; k < to; k++ {
		if s.covered[k] {
			return 0, false
		}
	}
	q := Quote{Kind: Indirect, Rule: "indirect-according-to"}
	s.fill(&q, c)
	n := s.add(q, Span{s.toks[from].Start, s.toks[to-1].End})
	s.cover(s.out[n].Span)
	return max(to, end), true
}

// endsReport reports whether token k ends the sentence (or its last
// clause), so that what came before the attribution is its content.
func (s *scanner) endsReport(k int, sent textseg.Range) bool {
	if k >= sent.To {
		return true
	}
	t := s.at(k)
	return t.Kind == textseg.Punct && (isStop(s.tok(k)) || s.tok(k) == "," || s.tok(k) == ";")
}

// reportEnd returns the token after the content that starts at token k:
// the end of its clause, before a following attribution, a semicolon or
// the sentence's final stop.
func (s *scanner) reportEnd(k int, sent textseg.Range) int {
	end := k
	// "that if Iran were a stock, he would advise buying it": the comma
	// after an opening subordinate clause leads to its main clause.
	sub := s.is(k, "that") && s.in(k+1, leadClauses) || s.in(k, leadClauses)
	for j := k; j < sent.To && j < k+4*maxReach; j++ {
		t := s.at(j)
		if rj := s.regionOpenedAt(j); rj >= 0 && s.owner[rj] < 0 && !s.regions[rj].Unclosed && !s.covered[j] {
			// A quotation nobody attributed: the report is mixed.
			j = s.regions[rj].Close
			end = j + 1
			if s.commaEnds(j) {
				break
			}
			continue
		}
		if t.Kind == textseg.Mark && t.Role != textseg.Apostrophe {
			break
		}
		if t.Kind == textseg.Punct {
			p := s.tok(j)
			if p == ";" || p == "―" && !s.dashPair(j, sent) || isStop(p) && !(p == "." && textseg.Abbreviation(s.tok(j-1))) {
				break
			}
			if p == "," && sub {
				sub = false
				continue
			}
			if p == "," && (s.in(j+1, clauseBreaks) && !s.in(j+1, relativeWords) || s.newClause(j+1) || s.trailingAt(j+1) || s.isAny(j+1, "according", "compared") || s.is(j+1, "but") && !s.in(j+2, auxiliaries) && !s.in(j+2, modals) && !negatedAux(s.lower(j+2)) || s.is(j+1, "and") && s.clauseAt(j+2) || s.gerundCue(j+1) || s.finalApposition(j, j-k, sent)) {
				break
			}
			if p == "," || p == "—" || p == "–" || p == ":" || p == "(" {
				continue
			}
		}
		if j > k && t.Kind == textseg.Word && t.End-t.Start <= len("whereas") && (s.isAny(j, "but", "while", "whereas") && s.newClause(j) || s.is(j, "and") && (s.speechAfterAnd(j+1) || s.isAny(j+1, "he", "she", "they", "we", "i"))) {
			break // "... and said", "... while Waltz said"; not "Russia and the US agreed"
		}
		end = j + 1
	}
	return end
}

// finalApposition reports whether the comma at token j, into tokens
// into the content, opens a description of the proper name before it: a
// relative clause ("said he backed Ms. Ortiz, who ...") or an apposition
// that runs to the end of the sentence ("said he did not support Mr.
// Trump, the party's nominee."). It is not part of what was reported.
func (s *scanner) finalApposition(j, into int, sent textseg.Range) bool {
	if !s.at(j-1).Upper || s.at(j-1).Kind != textseg.Word {
		return false
	}
	if s.isAny(j+1, "who", "which") {
		return into > 2 // not the subject: "Trump, who ..., would win"
	}
	if !s.isAny(j+1, "the", "a", "an") {
		return false
	}
	for k := j + 2; k < sent.To && k < j+maxPhrase; k++ {
		if s.at(k).Kind == textseg.Punct {
			return s.endsSentence(k)
		}
		if s.at(k).Kind == textseg.Mark || s.in(k, auxiliaries) || s.in(k, relativeWords) || s.in(k, modals) {
			return false
		}
	}
	return false
}

// dashPair reports whether the dash at token j opens or closes a
// parenthetical: another such dash is near it in the sentence.
func (s *scanner) dashPair(j int, sent textseg.Range) bool {
	for k := max(sent.From, j-4*maxPhrase); k < sent.To && k < j+4*maxPhrase; k++ {
		if k == j {
			continue
		}
		if s.punct(k, s.tok(j)) {
			return true
		}
	}
	return false
}

// objectTopic returns where the topic starts in content [from, to) that
// opens with the object of a cue and a preposition ("Trump for speaking
// out", "Mrs. Clinton about the merger"), or from when it does not.
func (s *scanner) objectTopic(from, to int, lemma string) int {
	preps := objectTopics[lemma]
	if preps == nil {
		return from
	}
	end := s.nounPhrase(from, to)
	if end == from || end+1 >= to || !preps[string(s.lower(end))] {
		return from
	}
	return end + 1
}

// objectTopics lists, by lemma, the prepositions that bring in what a cue
// reports after its object: "questioned Pence about", "accused him of".
var objectTopics = map[string]map[string]bool{
	"ask": set("about"), "question": set("about"), "challenge": set("about"), "praise": set("for"),
}

// leadClauses open a subordinate clause before its main clause.
var leadClauses = set("if", "when", "while", "although", "though", "because", "since", "once", "unless", "after", "before", "as")

// negatedAux reports whether lower-case word w is a negated auxiliary
// ("couldn't", "won’t").
func negatedAux(w []byte) bool {
	return bytes.HasSuffix(w, []byte("n't")) || bytes.HasSuffix(w, []byte("n’t"))
}

// speechAfterAnd is cueAfterAnd for verbs of speech: "... and said"
// starts the speaker's next report, "... and refused to drop the gun" and
// "... and thought of the days" go on with the reported words.
func (s *scanner) speechAfterAnd(k int) bool {
	for j := k; j < len(s.toks) && j < k+3; j++ {
		if e, ok := s.cueAt(j); ok {
			return !e.Belief && e.Class != "no_content"
		}
		if !s.in(j, preCue) {
			return false
		}
	}
	return false
}

// gerundCue reports whether token k is the -ing form of a reporting verb
// ("..., telling reporters", "..., recalling an anecdote"): the same
// speaker's next report.
func (s *scanner) gerundCue(k int) bool {
	e, ok := s.cueAt(k)
	return ok && e.Form&cuelex.Gerund != 0 && bytes.HasSuffix(s.lower(k), []byte("ing"))
}

// clauseAt reports whether a clause with a subject of its own starts at
// token k: a noun phrase and a finite verb ("..., and both sides are not
// that far apart").
func (s *scanner) clauseAt(k int) bool {
	if !s.in(k, subjectPronouns) && !s.in(k, determiners) && !s.at(k).Upper {
		return false
	}
	end := s.nounPhrase(k, len(s.toks))
	if end == k {
		return false
	}
	for end < len(s.toks) && end < k+maxPhrase && (s.adverb(end) || s.isAny(end, "also", "already", "still", "now", "actually", "never", "not")) {
		end++
	}
	if s.in(end, auxiliaries) || s.in(end, irregularPasts) {
		return true
	}
	if t := s.at(end); t.Kind == textseg.Word && !t.Upper && t.End-t.Start > 4 && bytes.HasSuffix(s.lower(end), []byte("ed")) {
		return true
	}
	_, ok := s.cueAt(end)
	return ok
}

// passive reports whether the participle cue at token i is passive ("was
// charged with", "has been endorsed by"): its subject is not the speaker.
func (s *scanner) passive(i int, e cuelex.Entry) bool {
	if e.Form&cuelex.Participle == 0 || s.is(i+1, "as") {
		return false // "was quoted as saying"
	}
	j := i - 1
	for j > i-3 && s.adverb(j) {
		j--
	}
	return s.isAny(j, "was", "were", "been", "being", "be", "is", "are", "get", "got")
}

// anyQuoted reports whether a token in [from, to) is inside a quotation.
func (s *scanner) anyQuoted(from, to int) bool {
	for k := from; k < to; k++ {
		if s.quoted[k] {
			return true
		}
	}
	return false
}

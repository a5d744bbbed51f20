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
	if all {
		s.nestedReports(first)
	}
}

// nestedReports reads the reports inside other reports' words, or in
// clauses no layout read, in this paragraph, whose quotes so far begin at
// s.out[first]: see nestedReport.
func (s *scanner) nestedReports(first int) {
	cues := false // s.cues holds where the cues found so far start
	for _, sent := range s.sents {
		for i := sent.From + 2; i < sent.To; i++ {
			if s.quoted[i] || !s.e.lex.Maybe(s.tok(i)) || s.nestedRelative(i, sent) < 0 {
				continue
			}
			if !cues {
				cues = true
				if s.cues == nil {
					s.cues = make(map[int]bool)
				}
				clear(s.cues)
				for _, q := range s.out[first:] {
					s.cues[q.Cue.Span.Start] = true
				}
			}
			if !s.cues[s.at(i).Start] {
				s.nestedReport(i, sent)
			}
		}
	}
}

// nestedReport reads a report inside another's words whose cue, token i,
// follows a relative word and a pronoun: "a fair deal, which I said was
// not a surrender", "what he said is rising interest". Its
// content is the relative word and what follows the cue; it takes no
// tokens, since the words stay the outer report's too.
func (s *scanner) nestedReport(i int, sent textseg.Range) {
	e, ok := s.cueAt(i)
	r := s.nestedRelative(i, sent)
	if !ok || e.Form&(cuelex.Past|cuelex.Third|cuelex.Base) == 0 || !speechVerbs.has(e.Lemma) || r < 0 {
		return
	}
	to := s.reportEnd(i+1, sent)
	if to <= i+1 || s.at(i+1).Kind != textseg.Word || s.anyQuoted(i+1, to) {
		return
	}
	c := cue{at: i, end: i + 1, entry: e, source: textseg.Range{From: r + 1, To: i}}
	q := Quote{Kind: Indirect, Rule: "indirect-nested"}
	s.fill(&q, c)
	n := s.add(q, Span{s.at(r).Start, s.at(r).End})
	qq := &s.out[n]
	qq.Content = append(qq.Content, Span{s.toks[i+1].Start, s.toks[to-1].End})
	qq.Span.End = max(qq.Span.End, s.toks[to-1].End)
}

// nestedRelative returns the relative word before the cue at token i
// whose clause the cue's report sits in, or -1: a pronoun between them
// ("which I said was not"), or a noun phrase when the words after the cue
// go on with a verb whose subject is the relative word ("which critics
// said was unfair", "who Kremlin aides say is close").
func (s *scanner) nestedRelative(i int, sent textseg.Range) int {
	if i-2 < sent.From {
		return -1
	}
	if s.isAny(i-2, "which", "what", "that") && s.in(i-1, subjectPronouns) && !s.in(i-1, relativeWords) {
		return i - 2
	}
	if !(s.in(i+1, auxiliaries) || s.in(i+1, modals) || negatedAux(s.lower(i+1)) || s.in(i+1, irregularPasts) || s.pastVerb(i+1) && !s.is(i+1, "had")) {
		return -1
	}
	for r := i - 2; r >= sent.From && r >= i-6; r-- {
		if s.isAny(r, "which", "that", "who") {
			if s.in(r+1, subjectPronouns) || s.nounPhrase(r+1, i) != i {
				return -1
			}
			return r
		}
		if t := s.at(r); t.Kind != textseg.Word && !(t.Kind == textseg.Punct && s.tok(r) == ".") {
			return -1
		}
	}
	return -1
}

// relativeReport reports whether a relative clause that starts at token k
// holds a report of its own: "which he said would be its last", "who
// aides say is close to".
func (s *scanner) relativeReport(k int, sent textseg.Range) bool {
	if !s.isAny(k, "which", "who") {
		return false
	}
	if s.is(k, "who") && s.cueAfterAnd(k+1) {
		return true // "..., who said they might vote again"
	}
	for m := k + 2; m < sent.To && m <= k+6; m++ {
		if _, ok := s.cueAt(m); ok {
			return s.nestedRelative(m, sent) == k
		}
	}
	return false
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
	if i == sent.From && s.at(i).Upper && size > len("ing") && bytes.HasSuffix(s.lower(i), []byte("ing")) {
		return s.openingGerund(i, sent)
	}
	e, ok := s.cueAt(i)
	if ok && s.is(i-1, "as") && s.is(i+1, "by") && e.Form&cuelex.Participle != 0 {
		return s.asReportedBy(i, e, sent)
	}
	phrase := false
	if t := s.at(i); t.Kind == textseg.Word && !t.Upper && i+1 < sent.To && s.at(i+1).Kind == textseg.Word {
		if pe, found := s.e.lex.Phrase(s.tok(i), s.tok(i+1)); found && (ok || !s.in(i-1, determiners)) {
			e, ok, phrase = pe, true, true // "pointed out", "made clear"
		}
	}
	if ok && (s.is(i+1, "by") || agentless.has(e.Lemma)) && e.Form&cuelex.Participle != 0 && !physicalSenses.has(e.Lemma) && !e.Belief {
		aux := s.passiveAux(i, sent)
		if aux <= sent.From && s.is(i+1, "by") {
			// "a claim rejected by two audits", "a fact
			// first reported by the Courier": the noun is what was said.
			aux = s.reducedRelative(i, sent)
		}
		if aux > sent.From {
			if end, ok := s.passiveReport(i, aux, e, sent); ok {
				return end, true
			}
		}
	}
	if !ok || s.passive(i, e) || e.Class == "no_content" && !s.isAny(i+1, "to", "comment") || e.Lemma == "continue" && s.is(i+1, "to") {
		return 0, false // "continues to lead"; but "declined to comment" reports a refusal
	}
	if e.Lemma == "challenge" && s.isAny(i-1, "is", "are", "was", "were") && s.at(i+1).Upper {
		return 0, false // "who is challenging Sen. Ortiz": running against her in an election
	}
	if namingVerbs.has(e.Lemma) && s.namingParticiple(i, sent) {
		return 0, false // "a website called Morning Ledger Today": a name, not words said
	}
	c = cue{at: i, entry: e}
	plain := s.channel(i, sent.To)
	if phrase {
		plain = max(plain, i+2)
	}
	if e.Lemma == "quote" && s.is(i+1, "as") && s.isAny(i+2, "saying", "telling") {
		plain = s.channel(i+2, sent.To) // "was quoted as saying"
	}
	if plain > i+1 && s.isAny(plain-1, "there", "here", "this", "that") && (s.in(plain, auxiliaries) || s.isAny(plain, "be", "been", "’s", "'s")) {
		plain-- // "says there was a problem", "told reporters this was": the word opens the content
	}
	c.end = s.particle(plain, e.Lemma, sent.To)
	if k := s.particle(i+1, e.Lemma, sent.To); k > i+1 && c.end == plain && !phrase && !s.weekdayPhrase(k) && !s.in(k, months) {
		// "pointed to the polls", "agreed with the senator": the
		// preposition right after the verb brings in its topic, not a
		// channel or an addressee.
		c.end = k
	}
	if objectFirst.has(e.Lemma) && c.end > i+1 && s.is(c.end, "to") && !s.in(i+1, tailPreps) {
		// "urged Europeans to join": who is urged belongs to what is.
		c.end = i + 1
	}
	topic := c.end > plain
	if s.is(c.end, "anonymity") && s.is(c.end-1, "of") || e.Lemma == "call" && c.end == i+1 && s.convenes(c.end) {
		// "spoke on the promise of anonymity" says how, not what; "called
		// an emergency meeting" convenes one.
		return 0, false
	}
	if s.adverb(c.end) && (s.is(c.end+1, "that") || s.in(c.end+1, whWords)) {
		c.end++ // "argued strongly that", "asked repeatedly why": how it was said
	}
	forward := c.end < sent.To && s.at(c.end).Kind == textseg.Word && s.reportCanStart(c.end, e, topic)
	start := c.end // where forward content starts
	if !forward && s.punct(c.end, ":") && c.end+2 < sent.To && s.at(c.end+1).Kind == textseg.Word && s.at(c.end+1).Upper && !s.quoted[c.end+1] {
		// "An aide asked: Did they discuss the maps?": the words
		// follow the colon, unquoted.
		forward, start = true, c.end+1
	} else if !forward && !topic {
		// "said Tuesday during a stop in Jeddah, that ...", "now
		// says, however, that ...": an adjunct before the that-clause.
		if k := s.thatAfterAdjunct(c.end, sent); k > c.end {
			forward, start = true, k
		}
	}
	if forward && e.Lemma == "add" && !s.is(start, "that") && !s.clauseAt(start) && !s.in(start, subjectPronouns) {
		// "added 14 courses", "adds a new element to the mix": a thing
		// added, not words.
		forward = false
	}
	if !forward && !s.endsReport(c.end, sent) && !s.punct(i-1, ",") {
		return 0, false // no layout below can hold: spare the source search
	}
	s.findSource(&c, sent)
	if c.source.To <= c.source.From {
		s.looseSource(&c, sent)
	}
	if c.source.To <= c.source.From {
		c.source = s.openingSubject(c, sent)
	}
	if c.source.To <= c.source.From {
		c.source = s.asideSubject(c, sent)
	}
	if c.source.To <= c.source.From && forward && s.thatClause(c) {
		// "Hale, for his part, has disputed that ...": a that-clause marks
		// the verb as a report, whose speaker is its clause's subject.
		c.source = s.subjectOf(c.at, sent)
	}
	if c.source.To <= c.source.From && forward && s.is(i-1, "to") && !e.Belief && e.Class != "no_content" && s.purpose(i-1) {
		// "posted on Monday to say she had never ...", "went on radio
		// to declare ...": the infinitive tells what the subject did it for.
		c.source = s.subjectOf(c.at, sent)
	}
	rule := "indirect-source-cue"
	from, to := c.end, 0
	inv, invOK := cue{}, false
	if s.punct(i-1, ",") && (s.at(i+1).Upper || s.in(i+1, determiners)) && !(forward && c.source.To > c.source.From && c.source.To < i-2 && s.punct(c.source.To, ",")) {
		// "..., said Ana Morrow, director of ...": the source follows.
		// (Not "Ortiz, for example, endorsed Lee": that comma closes
		// an aside after the speaker.)
		inv, invOK = s.invertedReport(i, sent)
	}
	switch {
	case invOK:
		c, rule = inv, "indirect-content-cue-source"
		from, to = s.trailingStart(sent.From, i-1), i-1
	case (c.source.To > c.source.From || s.clauseGerund(i) || s.prepGerund(i)) && forward:
		// Lavrov said (that) the talks were useful.
		from = start
		to = s.reportEnd(from, sent)
		if c.source.To == c.source.From+1 && s.in(c.source.From, relativeWords) && s.punct(c.source.From-1, ",") {
			// "Sen. Blake, who endorsed Ortiz on Tuesday, is making his
			// case": the relative clause ends where its antecedent's
			// verb comes.
			for j := from + 1; j+1 < to; j++ {
				if s.punct(j, ",") && (s.in(j+1, auxiliaries) || s.in(j+1, irregularPasts) || s.pastVerb(j+1) && !s.gerundCue(j+1)) {
					to = j
					break
				}
			}
		}
		if c.source.To == c.source.From+1 && s.isAny(c.source.From, "who", "that") {
			to = s.relativeObjectEnd(from, to)
		}
		if s.prepGerund(i) && s.opensSentence(i, sent) || s.leadClauseCue(i, sent) {
			// "After reading the letter, Hale said ...": the phrase
			// ends at the comma before its main clause.
			for j := from + 1; j < to; j++ {
				if s.punct(j, ",") && s.clauseAt(j+1) {
					to = j
					break
				}
			}
		}
		if c.source.To <= c.source.From && s.prepGerund(i) {
			if s.anyQuoted(from, to) {
				return 0, false // the mixed layouts read quotations with their own speakers
			}
			c.source = s.gerundSubject(i, to, sent)
		}
		if f := s.objectTopic(from, to, e.Lemma); f > from {
			// "praised Ortiz for speaking out": the object joins the cue.
			from, c.end = f, f
		} else if f := s.thatAfterObject(from, to); f > from {
			// "agreed with the president that C", "denied the notion that
			// C": the clause is what was said.
			from, c.end = f, f
		}
		if npObject.has(e.Lemma) {
			to = s.objectEnd(from, to)
		}
		to = s.objectAdjunct(from, to, c)
	case c.source.To > c.source.From && s.punct(c.source.From-1, ",") && c.source.From-1 > sent.From && s.endsReport(c.end, sent):
		// The talks were useful, Lavrov said.
		rule = "indirect-content-source-cue"
		from, to = s.trailingStart(sent.From, c.source.From-1), c.source.From-1
		if s.punct(c.end, ",") && c.end+1 < sent.To && s.at(c.end+1).Kind == textseg.Word && !s.newClause(c.end+1) && !s.participle(c.end+1) {
			// Most of the convoys, he said, have crossed at night.
			if to2 := s.reportEnd(c.end+1, sent); to2 > c.end+1 && to > from && !s.mixedOnly && !s.anyQuoted(from, to2) {
				s.addSplit(c, rule, from, to, c.end+1, to2)
				return to2, true
			}
		}
	case c.source.To > c.source.From && s.is(c.source.From-1, "as") && c.source.From-1 >= sent.From && s.punct(c.end, ",") && c.end+1 < sent.To &&
		(c.source.From-1 == sent.From || s.punct(c.source.From-2, ",") || s.isAny(c.source.From-2, "but", "and")):
		// "As The Riyadh Courier reported, C": the writer's aside
		// before the words it reports.
		rule = "indirect-as-reported"
		from = c.end + 1
		to = s.reportEnd(from, sent)
	case c.source.To > c.source.From && s.is(c.source.From-1, "as") && s.punct(c.source.From-2, ",") && c.source.From-2 > sent.From && s.endsReport(c.end, sent):
		// "C, as The Hill reported."
		rule = "indirect-as-reported"
		from, to = s.trailingStart(sent.From, c.source.From-2), c.source.From-2
	default:
		if c2, ok := s.invertedReport(i, sent); ok {
			c, rule = c2, "indirect-content-cue-source"
			from, to = s.trailingStart(sent.From, i-1), i-1
			break
		}
		return 0, false
	}
	if to <= from || !s.leadIn(from, to) {
		return 0, false
	}
	if rule == "indirect-content-source-cue" && to-from <= 5 && (s.in(from, capitalStops) && !s.in(from, determiners) && !s.isAny(from, "or", "and", "but", "so", "yet") || s.adverb(from)) && !s.hasVerb(from, to) {
		// "Like Mr. Hale, she has made peace with ...", "For example, I
		// was told": a short opening phrase with no verb is the writer's
		// lead-in, not words reported.
		return 0, false
	}
	if rule == "indirect-source-cue" && s.is(from, "to") && c.source.To == c.source.From+1 && s.isAny(c.source.From, "who", "that") {
		// "Hale, who has pledged to build a bridge, ...": a relative
		// clause that tells what someone means to do describes them; it
		// rarely reports what they said.
		return 0, false
	}
	quoted := false
	for k := from; k < to; k++ {
		if s.covered[k] && (rule == "indirect-content-source-cue" || rule == "indirect-as-reported" && from == sent.From) && !s.anyQuoted(from, to) {
			// "The agency cited a set of doubts, officials said": the
			// report holds another one, whose words stay its own too.
			continue
		}
		if s.covered[k] {
			if k == from || rule != "indirect-source-cue" {
				return 0, false
			}
			// Another attribution takes over: the content ends before it
			// and its punctuation ("... ― Ortiz boasted, “...”").
			to = s.trimEnd(from, k, true)
			if to-from < 2 {
				return 0, false // "She said, though, that she hopes “...”": the other has it all
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
	s.addReport(kind, rule, c, s.span(from, to))
	return max(to, c.end, c.source.To), true
}

// relativeObjectEnd returns where the object of a cue in a relative
// clause, content [from, to), ends: before the main clause's own
// reporting verb in "Voters who praised the plan said it would help", or
// to.
func (s *scanner) relativeObjectEnd(from, to int) int {
	if s.is(from, "that") || s.in(from, whWords) || s.in(from, subjectPronouns) || s.is(from, "whatever") {
		return to
	}
	for j := from + 1; j < to && j < from+maxPhrase; j++ {
		if s.at(j).Kind != textseg.Word || s.in(j, auxiliaries) || s.in(j, modals) || s.in(j, relativeWords) || s.in(j, subjectPronouns) || s.is(j, "that") {
			return to
		}
		if e, ok := s.cueAt(j); ok && e.Form&(cuelex.Past|cuelex.Third|cuelex.Base) != 0 && !s.is(j-1, "to") {
			return j
		}
		if s.finiteBetween(j, j+1) {
			return to
		}
	}
	return to
}

// openingGerund reads a report whose cue, token i, is a gerund that opens
// its sentence ("Noting that only one senator had voted with them, Tester
// added ..."): the words run to the comma before the main clause, whose
// subject speaks.
func (s *scanner) openingGerund(i int, sent textseg.Range) (int, bool) {
	e, ok := s.e.lex.Lookup(s.tok(i))
	if !ok || e.Form&cuelex.Gerund == 0 || e.Belief || e.Class == "no_content" || e.Lemma == "speak" {
		return 0, false // (not "Speaking on his radio show, ...": a setting)
	}
	c := cue{at: i, end: s.particle(i+1, e.Lemma, sent.To), entry: e}
	if c.end >= sent.To || !s.reportCanStart(c.end, e, c.end > i+1) {
		return 0, false
	}
	to := -1
	for j := c.end + 1; j < sent.To && j < c.end+4*maxReach; j++ {
		if s.covered[j] || s.quoted[j] {
			return 0, false
		}
		if s.punct(j, ",") && s.clauseAt(j+1) {
			to = j
			break
		}
	}
	if to < 0 {
		return 0, false
	}
	if c.source = s.subjectAfter(to, sent); c.source.To <= c.source.From {
		return 0, false
	}
	s.addReport(Indirect, "indirect-source-cue", c, s.span(c.end, to))
	return to, true
}

// passiveReport reads "C was first reported by X", "C was criticized by
// X", "C was announced", whose cue, token i, is a passive participle of
// entry e with auxiliaries from token aux: the subject is what was said,
// the agent after "by", if any, its source. The caller has checked that
// aux comes after the sentence's first token.
func (s *scanner) passiveReport(i, aux int, e cuelex.Entry, sent textseg.Range) (int, bool) {
	end := i + 1
	if s.is(i+1, "by") {
		end = s.nounPhrase(i+2, sent.To)
		if end == i+2 || s.anyCovered(i+2, end) {
			return 0, false
		}
	}
	if !s.endsReport(end, sent) {
		return 0, false
	}
	last := aux - 1
	from := last
	if !s.in(last, relativeWords) && !s.in(last, subjectPronouns) {
		if from = s.phraseBefore(last, max(sent.From, last-maxPhrase), false); from > last {
			return 0, false
		}
	}
	if s.anyCovered(from, aux) || s.anyQuoted(from, aux) {
		return 0, false
	}
	c := cue{at: i, end: i + 1, entry: e}
	if end > i+1 {
		c.source = textseg.Range{From: i + 2, To: end}
	}
	s.addReport(Indirect, "indirect-passive", c, s.span(from, last+1))
	return end, true
}

// agentless lists the cues whose passive reports its subject even without
// an agent: "the deal was announced", "the price was not disclosed".
var agentless = set("announce", "declare", "confirm", "reveal", "report", "disclose")

// reducedRelative returns where the participle at token i and the
// adverbs before it start when they follow a noun they describe ("a fact
// later confirmed", "an allegation rejected"), or -1.
func (s *scanner) reducedRelative(i int, sent textseg.Range) int {
	k := i
	for k-1 > sent.From && k > i-3 && (s.adverb(k-1) || s.isAny(k-1, "later", "first", "since", "also", "recently", "widely")) {
		k--
	}
	t := s.at(k - 1)
	if k-1 <= sent.From || t.Kind != textseg.Word || t.Upper || s.lowIn(k-1, functionWords) || !s.nounLike(k-1) || s.is(k-1, "as") {
		return -1
	}
	if _, ok := s.cueAt(k - 1); ok {
		return -1
	}
	return k
}

// physicalSenses lists the cues whose passive is seldom about words: "was
// shot by an officer", "was fired by the board", "was continued by".
var physicalSenses = set("shoot", "fire", "continue", "read", "sing", "post", "refuse", "decline")

// passiveAux returns the first token of the auxiliaries of the passive
// participle at token i ("was first reported", "has been criticized"), or
// -1 when no form of "be" stands within three words before it.
func (s *scanner) passiveAux(i int, sent textseg.Range) int {
	aux := -1
	for j := i - 1; j >= sent.From && j >= i-3; j-- {
		if s.isAny(j, "was", "were", "is", "are", "been", "be", "being") {
			aux = j
			break
		}
		if !s.adverb(j) && !s.in(j, preCue) {
			return -1
		}
	}
	for aux > sent.From && s.in(aux-1, preCue) && !s.in(aux-1, relativeWords) {
		aux-- // "has been", "had also been"
	}
	return aux
}

// asReportedBy reads "As reported by X, C" and "C, as reported by X.",
// whose cue, token i, is a participle of entry e.
func (s *scanner) asReportedBy(i int, e cuelex.Entry, sent textseg.Range) (int, bool) {
	end := i + 2
	for end < sent.To && end < i+2+maxPhrase && (s.at(end).Kind == textseg.Word || s.punct(end, ".") && s.abbreviationAt(end-1)) {
		end++
	}
	if end == i+2 || !s.leadIn(i+2, end) {
		return 0, false
	}
	c := cue{at: i, end: i + 2, entry: e, source: textseg.Range{From: i + 2, To: end}}
	var from, to int
	switch {
	case s.punct(end, ",") && (i-1 == sent.From || s.punct(i-2, ",") || s.isAny(i-2, "but", "and")):
		from, to = end+1, s.reportEnd(end+1, sent)
	case s.punct(i-2, ",") && i-2 > sent.From && s.endsReport(end, sent):
		from, to = sent.From, i-2
	default:
		return 0, false
	}
	if to <= from || !s.leadIn(from, to) || s.anyCovered(from, to) || s.anyQuoted(from, to) {
		return 0, false
	}
	s.addReport(Indirect, "indirect-as-reported", c, s.span(from, to))
	return max(to, end), true
}

// asReported reports whether the aside "as X reported" or "as reported by
// X" starts at token k: a report whose words come before or after it.
func (s *scanner) asReported(k int) bool {
	if !s.is(k, "as") {
		return false
	}
	if e, ok := s.cueAt(k + 1); ok && e.Form&cuelex.Participle != 0 && s.is(k+2, "by") {
		return true
	}
	end := s.nounPhrase(k+1, len(s.toks))
	if end == k+1 || end > k+1+maxPhrase {
		return false
	}
	e, ok := s.cueAt(end)
	return ok && e.Form&(cuelex.Past|cuelex.Third) != 0 && !e.Belief && e.Class != "no_content"
}

// trailingStart returns where the reported words start when they run
// from token from to the attribution that follows them at token to ("C,
// Lavrov said"): after the writer's lead-in, ended by a colon or a lone
// dash before a clause of its own ("Tenant groups have been
// busy: C, according to X").
func (s *scanner) trailingStart(from, to int) int {
	start := from
	// "Despite costly defeats, Ortiz remains committed, her aide said":
	// a prepositional phrase that opens the sentence sets the scene.
	if s.isAny(from, "despite", "with", "on", "in", "during", "amid", "at") {
		for j := from + 1; j+2 < to && j < from+maxPhrase; j++ {
			if s.punct(j, ",") {
				if s.clauseAt(j + 1) {
					start = j + 1
				}
				break
			}
		}
	}
	for j := from + 1; j+2 < to; j++ {
		switch {
		case s.punct(j, ":") || s.dash(j) && !s.dashPair(j, textseg.Range{From: from, To: to}):
			if s.clauseAt(j+1) || (s.in(j+1, determiners) || s.at(j+1).Upper || s.in(j+1, subjectPronouns) && !s.in(j+1, relativeWords)) && s.finiteBetween(j+1, min(to, j+8)) {
				start = j + 1
			}
		}
	}
	return start
}

// thatAfterAdjunct returns the "that" that opens reported words after an
// adjunct starting at token k, set off by commas or dashes or made of
// prepositional phrases with no verb ("during a stop in Jeddah,
// that", "— in a memo, oddly enough — that", "however that"), or k when
// there is none.
func (s *scanner) thatAfterAdjunct(k int, sent textseg.Range) int {
	for j := k; j < sent.To && j < k+maxReach; j++ {
		if t := s.at(j); t.Kind == textseg.Mark || s.in(j, auxiliaries) || s.punct(j, ";") || t.Kind == textseg.Punct && isStop(s.tok(j)) {
			return k
		}
		if _, ok := s.cueAt(j); ok && j > k {
			return k
		}
		if !s.is(j, "that") || j <= k+1 {
			continue
		}
		if s.punct(j-1, ",") || s.dash(j-1) || s.isAny(j-1, "however", "though", "too", "also", "again") {
			if t := s.at(j + 1); t.Kind == textseg.Word && !s.in(j+1, auxiliaries) && !s.in(j+1, modals) && !s.pastVerb(j+1) {
				return j
			}
		}
		return k
	}
	return k
}

// clauseGerund reports whether the cue at token i is an -ing form after a
// comma ("..., noting that"), which reports what the subject of the
// clause before it said even when no mention rule could read it.
func (s *scanner) clauseGerund(i int) bool {
	e, ok := s.cueAt(i)
	return ok && s.punct(i-1, ",") && e.Form&cuelex.Gerund != 0 && bytes.HasSuffix(s.lower(i), []byte("ing"))
}

// prepGerund reports whether the cue at token i is an -ing form after a
// preposition ("by promising to", "after reciting", "while saying that",
// "in addition to stating"): the subject of the main clause speaks.
func (s *scanner) prepGerund(i int) bool {
	e, ok := s.cueAt(i)
	if !ok || e.Form&cuelex.Gerund == 0 || !bytes.HasSuffix(s.lower(i), []byte("ing")) {
		return false
	}
	return s.isAny(i-1, "by", "after", "before", "while", "without", "besides", "despite", "in", "when", "since") ||
		s.is(i-1, "to") && s.is(i-2, "addition")
}

// gerundSubject returns the subject of the clause whose verb the gerund
// phrase at token i, whose words end before token to, modifies: after the
// comma that closes the phrase when it opens the sentence ("After reading
// the letter, Hale said"), else the sentence's subject ("Mr. Rubio has
// won over allies by promising ...").
func (s *scanner) gerundSubject(i, to int, sent textseg.Range) textseg.Range {
	if s.opensSentence(i, sent) {
		if !s.punct(to, ",") {
			return textseg.Range{}
		}
		return s.subjectAfter(to, sent)
	}
	return s.subjectOf(i, sent)
}

// subjectAfter returns the subject of the main clause after the comma at
// token comma that closes an opening phrase, or the empty range when no
// short noun phrase follows it.
func (s *scanner) subjectAfter(comma int, sent textseg.Range) textseg.Range {
	if end := s.nounPhrase(comma+1, sent.To); end > comma+1 && end-comma-1 <= maxPhrase {
		return textseg.Range{From: comma + 1, To: end}
	}
	return textseg.Range{}
}

// opensSentence reports whether the gerund at token i stands in a phrase
// that opens its sentence: "After reciting", "But in addition to stating".
func (s *scanner) opensSentence(i int, sent textseg.Range) bool {
	first := s.afterConjunctions(i, sent)
	return first < i && i-first <= 4 && s.in(first, capitalStops)
}

// afterConjunctions returns the first token of sentence sent, before
// token i, past the conjunctions that open it ("But", "And so").
func (s *scanner) afterConjunctions(i int, sent textseg.Range) int {
	first := sent.From
	for first < i && s.isAny(first, "but", "and", "so", "yet") {
		first++
	}
	return first
}

// leadClauseCue reports whether the cue at token i stands in a
// subordinate clause that opens its sentence ("While Ramos said that ...,
// he appears", "As she spoke about the plan, aides"): what it reports
// ends at the comma before the main clause.
func (s *scanner) leadClauseCue(i int, sent textseg.Range) bool {
	first := s.afterConjunctions(i, sent)
	if first >= i || i-first > maxPhrase || !s.in(first, leadClauses) {
		return false
	}
	for k := first + 1; k < i; k++ {
		if s.at(k).Kind != textseg.Word {
			return false
		}
	}
	return true
}

// thatClause reports whether the finite cue c is followed by a that-clause
// ("has denied that Morrow ...") or an indirect question ("revealed why
// ..."), not by a relative clause ("states that vote") nor after "to",
// whose subject may be anyone's.
func (s *scanner) thatClause(c cue) bool {
	if s.isAny(c.end, "whether", "why", "how") && c.entry.Form&(cuelex.Past|cuelex.Third|cuelex.Base) != 0 && !s.is(c.at-1, "to") {
		return true // "then revealed why ...": an indirect question
	}
	if !s.is(c.end, "that") || c.entry.Form&(cuelex.Past|cuelex.Third|cuelex.Base) == 0 || s.is(c.at-1, "to") {
		return false
	}
	if c.entry.Form&cuelex.Past == 0 && nounVerbs.has(c.entry.Lemma) && bytes.HasSuffix(s.lower(c.at), []byte("s")) {
		return false // "the states that", "attacks that": plural nouns
	}
	k := c.end + 1
	return s.at(k).Kind == textseg.Word && !s.in(k, auxiliaries) && !s.in(k, modals) && !s.pastVerb(k) && !s.isAny(k, "have", "has")
}

// convened are the things a cue such as "call" convenes or draws rather
// than reports: "called an emergency meeting", "called attention to".
var convened = set("meeting", "session", "election", "elections", "vote", "strike", "conference", "summit",
	"hearing", "recess", "halt", "truce", "ceasefire", "attention", "mind", "referendum", "snap", "emergency", "special", "press")

// convenes reports whether the object that starts at token k is a thing
// convened or drawn: "an emergency meeting", "more attention".
func (s *scanner) convenes(k int) bool {
	if s.isAny(k, "a", "an", "more", "much", "no", "new", "fresh") {
		k++
	}
	return s.in(k, convened)
}

// namingVerbs are the cues that also name things: "a group called Color
// of Change", "a program dubbed Fast and Furious".
var namingVerbs = set("call", "dub", "term", "label", "brand", "title", "name", "nickname", "describe")

// namingParticiple reports whether the participle at token i names what an
// indefinite noun phrase before it stands for: "traced the rumor to a
// website called Morning Ledger Today", "A firm called Meridian
// Holdings gave $8,000". Such a phrase is no speaker: after a verb or a
// preposition it is an object; at the head of its clause, a verb of its
// own follows the name.
func (s *scanner) namingParticiple(i int, sent textseg.Range) bool {
	if !bytes.HasSuffix(s.lower(i), []byte("ed")) {
		return false
	}
	j := i - 1
	for j >= sent.From && j > i-6 && s.at(j).Kind == textseg.Word && !s.in(j, capitalStops) && !s.in(j, functionWords) && !s.isAny(j, "a", "an", "another", "one") {
		j-- // back over the noun and its modifiers: "a super PAC called"
	}
	if j == i-1 && !s.isAny(j, "another", "one") || !s.isAny(j, "a", "an", "another", "one") && !(s.is(j, "sometimes") || s.is(j, "also")) {
		return false
	}
	if j > sent.From && !s.punct(j-1, ",") && !s.punct(j-1, ":") {
		return true // "to a website called": the phrase is an object
	}
	// At the head of its clause: "A firm called Meridian Holdings
	// gave ...", but not "A spokesman called Ortiz a liar".
	k := i + 1
	for k < sent.To && k < i+1+maxPhrase && (s.at(k).Upper || s.at(k).Kind == textseg.Mark || s.isAny(k, "of", "for", "the")) {
		k++
	}
	return k > i+1 && (s.in(k, auxiliaries) || s.pastVerb(k) || s.in(k, irregularPasts) || s.punct(k, ","))
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
	if w == "about" || w == "of" || topicPreps[lemma].has(w) {
		return j + 1
	}
	return k
}

// npObject lists the cues whose content is often a noun phrase: "attacked
// Morrow in late-night posts" reports Morrow, not the posts.
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

// objectAdjunct returns where reported words [from, to) that open with
// a noun phrase and go on with the writer's adjunct end: "endorsed Hale
// last month", "praised Ortiz at a press conference", "denied the charges
// through her lawyer", "endorsed Morrow and has stood at his side",
// "said so in March". It returns to when the phrase is the subject of
// a clause ("said the talks in Riyadh were useful") or no adjunct follows.
func (s *scanner) objectAdjunct(from, to int, c cue) int {
	if s.isAny(from, "so", "yes") {
		if from+1 < to && s.adjunctAt(from+1, to, c) {
			return from + 1
		}
		return to
	}
	if s.in(from, subjectPronouns) && !s.in(from, objectPronouns) || contraction(s.lower(from)) {
		return to // "I'd visit Riyadh once before I retired": a clause
	}
	end := s.nounPhrase(from, to)
	if end == from+1 && s.is(from, "her") && s.at(end).Kind == textseg.Word && !s.in(end, functionWords) {
		end = max(end, s.nounPhrase(end, to)) // "her friendship": a possessive, not the pronoun
	}
	if s.in(end, auxiliaries) || s.in(end, modals) && !s.is(end, "to") || negatedAux(s.lower(end)) || s.pastVerb(end) || s.in(end, irregularPasts) || s.in(end, verbsInS) {
		return to // the phrase is the subject of a clause
	}
	for end > from && end+1 < to && (s.isAny(end, "of", "for", "about", "against") || s.is(end, "to") && s.toObject(end+1)) {
		// "Kyiv's commitment to the truce": the phrase goes on over its
		// complement.
		e2 := s.nounPhrase(end+1, to)
		if e2 <= end+1 {
			break
		}
		end = e2
	}
	for k := from + 1; k < end; k++ {
		// The phrase reads on over a name or a preposition that may
		// start the adjunct: "Hale Wednesday", "Ortiz at a press
		// conference".
		if s.in(k, days) || s.isAny(k, "at", "in", "on") && s.timeOrChannel(k+1) {
			end = s.trimPhrase(from, k)
			break
		}
	}
	if end > from && end < to && s.adjunctAt(end, to, c) {
		return end
	}
	return to
}

// toObject reports whether token k, after "to", starts the object of the
// preposition rather than an infinitive: "commitment to peace and", "a
// threat to the party", not "to help spread the word".
func (s *scanner) toObject(k int) bool {
	if s.in(k, determiners) || s.at(k).Upper {
		return true
	}
	n := s.at(k + 1)
	return s.nounLike(k) && (n.Kind != textseg.Word || s.in(k+1, functionWords) && !s.in(k+1, determiners) && !s.in(k+1, objectPronouns))
}

// adjunctAt reports whether the words at token k, after a noun phrase
// and before token to, are the writer's adjunct rather than the rest of
// what was reported: a relative clause, a time, a preposition that brings
// in when, where or through whom, a subordinate clause ("as she left"),
// a purpose ("sought anonymity to describe"), or "and" with a verb of
// the speaker's ("endorsed Hale and drafted the bill", after a cue in
// -ing "criticizing the negotiators and refusing to ...").
func (s *scanner) adjunctAt(k, to int, c cue) bool {
	switch {
	case s.isAny(k, "as", "before", "when") && (s.clauseAt(k+1) || s.in(k+1, subjectPronouns) && !s.in(k+1, relativeWords)):
		return true // "slammed Waltz as the summit draws nearer"
	case s.isAny(k, "after", "before", "by") && s.participle(k+1):
		return true // "spoke of her travels before savaging Mr. Rubio"
	case s.is(k, "to") && !objectFirst.has(c.entry.Lemma) && !toVerbs.has(c.entry.Lemma) && c.entry.Class != "directive" && s.at(k+1).Kind == textseg.Word && !s.at(k+1).Upper && !s.in(k+1, determiners) && !s.in(k+1, functionWords) &&
		(s.in(k-1, objectPronouns) || s.at(k-1).Upper || s.is(k-1, "anonymity")):
		// "sought anonymity to describe the private talks": a
		// purpose.
		if e, ok := s.e.lex.Lookup(s.word(k + 1)); ok && e.Form&cuelex.Base == 0 {
			return false
		}
		return true
	case s.is(k, "and") && s.participle(k+1) && c.entry.Form&cuelex.Gerund != 0 && bytes.HasSuffix(s.lower(c.at), []byte("ing")) && c.end == c.at+1:
		return true
	case s.punct(k, ","):
		if !s.participle(k+1) || s.isAny(k+1, "including", "numbering") {
			return false // a list, an apposition or a relative clause goes on with the phrase
		}
		for j := k + 2; j < to; j++ {
			if s.in(j, auxiliaries) || s.in(j, modals) || s.pastVerb(j) || s.in(j, irregularPasts) {
				return false // "Millennials, numbering 75 million, surpassed": a subject
			}
		}
	case s.is(k, "and"):
		return s.in(k+1, auxiliaries) || s.in(k+1, irregularPasts) || s.pastVerb(k+1) || s.in(k+1, verbsInS)
	case s.in(k, days) || s.isAny(k, "last", "this", "earlier", "recently", "again", "repeatedly", "publicly", "directly", "constantly", "twice"):
	case s.isAny(k, "in", "at", "on"):
		if !s.timeOrChannel(k + 1) {
			return false
		}
	case s.isAny(k, "during", "amid", "via", "through", "despite", "without"):
	default:
		return false
	}
	// Not the subject of a clause: "said the talks in Riyadh were useful".
	for j := k + 1; j < to && !s.punct(j, ","); j++ {
		if s.in(j, relativeWords) || s.isAny(j, "that", "and", "but") {
			break
		}
		if (s.in(j, auxiliaries) || s.in(j, modals) || s.in(j, irregularPasts) || s.pastVerb(j) || negatedAux(s.lower(j))) && !s.in(j, months) {
			return false // (but "in late May": a month)
		}
	}
	return true
}

// timeOrChannel reports whether the object of "in" that starts at token k
// says when or through what: "in December", "in 2013", "in early June",
// "in a statement", "at a rally", "on Tuesday".
func (s *scanner) timeOrChannel(k int) bool {
	if s.in(k, months) || s.isAny(k, "early", "late", "recent", "the past") {
		return true
	}
	if w := s.tok(k); w != "" && '0' <= w[0] && w[0] <= '9' && !s.is(k-1, "at") {
		return true
	}
	if s.in(k, days) {
		return true
	}
	if s.is(k, "the") && s.isAny(k+1, "condition", "record", "sidelines") || s.isAny(k, "multiple", "several", "many") && s.is(k+1, "occasions") {
		return true // "on the condition of anonymity", "on multiple occasions"
	}
	return s.in(k, determiners) && (s.channelNoun(k+1) || s.in(k+1, events) || s.in(k+2, events)) || s.at(k).Upper && s.channelNoun(k)
}

// events are the occasions at which things are said: "at a rally", "in a
// news conference".
var events = set("rally", "rallies", "event", "events", "conference", "debate", "hearing", "forum", "meeting",
	"dinner", "fundraiser", "speech", "luncheon", "breakfast", "summit", "convention", "briefing", "town")

// months are the names of the months.
var months = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")

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
		// "found the plan would cost more", "wrote the agents knew": a
		// clause with a subject and a verb, not a thing found or written.
		return bareClause.has(e.Lemma) && s.finiteClause(k)
	}
	if s.is(k, "to") {
		return e.Class == "directive" || e.Class == "no_content" || toVerbs.has(e.Lemma)
	}
	if s.in(k, leadClauses) || s.is(k, "despite") {
		if !s.isAny(k, "if", "when", "despite", "although", "though", "unless", "once") {
			return false // "said as she left", "said because ...": the writer's adjunct
		}
		// "said when she resigned": an adjunct; but "said if she were
		// mayor, the fund would ...": the reported words open with one.
		return s.is(k, "if") && questionVerbs.has(e.Lemma) || s.leadsMainClause(k)
	}
	if s.is(k, "at") && s.isAny(k+1, "least", "most") || s.isAny(k, "more", "fewer", "less") && s.is(k+1, "than") {
		return true // "reported at least four convoys crossed the border"
	}
	if s.in(k, whWords) || s.in(k, subjectPronouns) || s.in(k, objectPronouns) || s.in(k, determiners) || s.at(k).Upper ||
		s.isAny(k, "there", "not", "yes", "no", "nearly", "only", "just", "so", "for") {
		return true
	}
	return !s.in(k, functionWords) && !s.adverb(k)
}

// leadsMainClause reports whether the subordinate clause or phrase that
// opens at token k ("if she were mayor", "despite all that") is followed
// in its sentence by a main clause: after a comma, a subject and a finite
// verb ("..., the fund would be"); without one, a subject pronoun and an
// auxiliary ("if elected mayor she could work").
func (s *scanner) leadsMainClause(k int) bool {
	for j := k + 1; j < len(s.toks) && j < k+maxReach; j++ {
		t := s.at(j)
		if t.Kind == textseg.Mark || t.Kind == textseg.Punct && (isStop(s.tok(j)) || s.tok(j) == ";") {
			return false
		}
		if s.punct(j, ",") {
			return s.clauseAt(j+1) && !s.trailingAt(j+1)
		}
		if j > k+2 && s.isAny(j, "he", "she", "they", "we", "i", "it") && (s.in(j+1, modals) || s.in(j+1, auxiliaries)) {
			return true
		}
	}
	return false
}

// bareClause lists the cues of thatOnly that also take a clause without
// "that": "found the plan would cost more", "wrote the agents knew".
var bareClause = set("find", "learn", "write", "maintain")

// finiteClause reports whether a clause starts at token k: a short noun
// phrase with a subject's first word, then an auxiliary, a modal or a
// verb in the past ("the plan would cost", "the agents knew").
func (s *scanner) finiteClause(k int) bool {
	if !s.in(k, subjectPronouns) && !s.in(k, determiners) && !s.at(k).Upper || s.in(k, relativeWords) {
		return false
	}
	end := s.nounPhrase(k, len(s.toks))
	if end == k || end > k+5 {
		return false
	}
	if s.pastVerb(end) && !s.in(end, auxiliaries) {
		// "the agents knew", not "a large pledged donor base" or "the
		// speech delivered by": a participle that modifies a noun.
		return !s.is(end+1, "by") && (s.in(end+1, determiners) || s.in(end+1, objectPronouns) || !s.nounLike(end+1))
	}
	return s.in(end, auxiliaries) || s.in(end, modals) && !s.is(end, "to") || s.in(end, irregularPasts)
}

// questionVerbs report questions, which may open with when or if.
var questionVerbs = set("ask", "question", "wonder", "inquire", "explain", "query")

// toVerbs lists the cues other than directives that report an intention
// with "to": "agreed to meet", "refused to say".
var toVerbs = set("agree", "offer", "ask", "threaten", "vow", "pledge", "promise", "decline", "refuse",
	"hope", "expect", "claim", "vote", "demand", "tell", "remind")

// objectFirst lists the directive verbs whose object is part of what
// they report: "urged Europeans to join the push".
var objectFirst = set("urge", "warn", "tell", "remind", "encourage", "ask", "order", "instruct", "advise", "invite", "implore", "press", "beg", "exhort", "challenge", "dare", "direct", "command", "request")

// topicPreps lists, by lemma, the prepositions other than about and of
// that introduce what a reporting verb reports: "called for", "pointed to".
var topicPreps = map[string]*wordSet{
	"call": set("for", "on"), "ask": set("for"), "plead": set("for"), "appeal": set("for"),
	"argue": set("for", "against"), "comment": set("on"), "elaborate": set("on"), "remark": set("on"),
	"report": set("on"), "point": set("to"), "refer": set("to"), "respond": set("to"), "reply": set("to"),
	"object": set("to"), "admit": set("to"), "confess": set("to"), "speak": set("on"),
	"testify": set("to", "against", "on"), "agree": set("with", "on", "to"), "disagree": set("with", "on"),
	"concur": set("with"), "warn": set("against"), "caution": set("against"), "rule": set("against", "on"),
	"protest": set("against"), "cry": set("for"),
}

// looseSource is the last resort for a finite cue whose subject the
// mention rules did not read ("Six in 10 say", "Lena Hale, 21, a
// student from Jeddah, said"): the phrase that ends right before it.
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
	if j >= lo && c.entry.Lemma == "say" && (s.punct(j, "%") || s.in(j, numberWords)) {
		// "42% say", "About one in five say": the share runs back to
		// where its clause starts.
		from := j
		for from > lo && from > j-6 && !s.punct(from-1, ",") && !s.punct(from-1, ":") && !s.isAny(from-1, "but", "and") {
			from--
		}
		c.source = textseg.Range{From: from, To: j + 1}
		return
	}
	if j < lo || s.at(j).Kind != textseg.Word || s.in(j, functionWords) && !s.in(j, subjectPronouns) {
		return
	}
	from := s.phraseBefore(j, lo, false)
	if from > j {
		from = j
	}
	if r, ok := s.relativeHead(from, lo); ok {
		c.source = r // "Voters who praised the plan said"
		return
	}
	if c.entry.Lemma != "say" {
		// Any other cue needs a subject that opens its clause: "The fund
		// warned", "Still, the Riyadh Chamber of Commerce says".
		if !s.in(from, determiners) && !s.at(from).Upper || from > sent.From && !s.punct(from-1, ",") && !s.isAny(from-1, "and", "but", "that", "when", "as", "while") {
			return
		}
	}
	c.source = textseg.Range{From: from, To: j + 1}
}

// openingSubject is the last resort for a finite cue whose subject is a
// long noun phrase that opens its clause, with modifiers the mention rules
// do not read: "A Ledger/Marist poll of Nevada released on Monday
// showed", "Court records from the 2019 tax year show", "Polls there
// show". It returns the empty range when the words before the cue are no
// such phrase.
func (s *scanner) openingSubject(c cue, sent textseg.Range) textseg.Range {
	if c.entry.Form&(cuelex.Past|cuelex.Third|cuelex.Base) == 0 || !findingVerbs.has(c.entry.Lemma) {
		return textseg.Range{}
	}
	j := c.at - 1
	lo := max(sent.From, c.at-2*maxPhrase)
	for j >= lo && (s.in(j, preCue) || s.adverb(j)) {
		if s.in(j, auxiliaries) || s.in(j, modals) {
			return textseg.Range{} // "has shown": the mention rules read such subjects
		}
		j--
	}
	if j < lo || s.at(j).Kind != textseg.Word || s.in(j, functionWords) && !s.is(j, "there") {
		return textseg.Range{}
	}
	from := j
	for from > lo {
		k := from - 1
		t := s.at(k)
		if t.Kind == textseg.Mark && t.Role != textseg.Apostrophe || t.Kind == textseg.Punct && !s.punct(k, "/") && !s.punct(k, "-") && !(s.punct(k, ".") && s.abbreviationAt(k-1)) {
			break
		}
		if !t.Upper && s.isAny(k, "that", "and", "but", "while", "because", "as", "if", "when", "although", "though", "whereas", "so") {
			break
		}
		from = k
	}
	if from > sent.From && !s.punct(from-1, ",") && !s.punct(from-1, ";") && !s.punct(from-1, ":") && !s.in(from-1, functionWords) {
		return textseg.Range{} // the phrase must open a clause
	}
	if t := s.at(from); !(s.in(from, determiners) && !s.in(from, subjectPronouns) || t.Upper && !s.in(from, capitalStops) || s.plural(from) && s.nounLike(from) || t.Kind == textseg.Word && '0' <= s.tok(from)[0] && s.tok(from)[0] <= '9') {
		return textseg.Range{}
	}
	nouns := 0
	for k := from; k <= j; k++ {
		if s.in(k, auxiliaries) || s.in(k, modals) || negatedAux(s.lower(k)) || s.in(k, irregularPasts) && k == from+1 {
			return textseg.Range{} // a clause of its own
		}
		if e, ok := s.cueAt(k); ok && e.Form&cuelex.Third != 0 && e.Form&cuelex.Base == 0 && !s.in(k-1, determiners) {
			return textseg.Range{}
		}
		if s.at(k).Upper || s.nounLike(k) {
			nouns++
		}
	}
	if nouns == 0 {
		return textseg.Range{}
	}
	return textseg.Range{From: from, To: j + 1}
}

// asideSubject is the last resort for a finite cue right after a comma
// that closes a long aside on the subject that opens the sentence, which
// the mention rules do not read when the aside holds reports of its own:
// "Gov. Dana Morrow of Utah, a Democrat who has declined to back Ms.
// Ortiz, said", "The judges who ruled that ..., for instance, said". It
// returns the empty range when the sentence opens otherwise.
func (s *scanner) asideSubject(c cue, sent textseg.Range) textseg.Range {
	if !s.punct(c.at-1, ",") || c.entry.Form&(cuelex.Past|cuelex.Third) == 0 || c.at-1-sent.From > 4*maxPhrase {
		return textseg.Range{}
	}
	from := sent.From
	if s.isAny(from, "but", "and") {
		from++
	}
	end := s.nounPhrase(from, c.at)
	if end <= from || end >= c.at-1 || !(s.punct(end, ",") || s.in(end, relativeWords) || s.is(end, "that") && !s.in(end+1, auxiliaries)) || !s.named(from, end) && !s.head(end-1) {
		return textseg.Range{}
	}
	for k := end; k < c.at-1; k++ {
		if t := s.at(k); t.Kind == textseg.Punct && (isStop(s.tok(k)) && !(s.tok(k) == "." && s.abbreviationAt(k-1)) || s.punct(k, ";")) {
			return textseg.Range{}
		}
	}
	return textseg.Range{From: from, To: end}
}

// findingVerbs are the cues whose subject is often a document, a poll or
// a count with modifiers of its own: "A poll released on Tuesday showed".
var findingVerbs = set("show", "find", "reveal", "report", "indicate", "suggest", "say", "confirm", "estimate", "predict")

// headlineReport reads a headline in title case, "Lavrov Says Riyadh
// Talks Will Ease Fears" or "Witkoff Kept Peace Map From Allies, Former
// Aide Says", whose cue is capitalised like every other word.
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
			// Hale Hid Loan Records, Former Aide Says.
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
			// Lavrov Says Riyadh Talks Will Ease Fears.
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
			c = cue{at: i, end: s.particle(i+1, e.Lemma, last), entry: e, source: textseg.Range{From: src, To: i}}
			from, to = c.end, last
			for k := from + 2; k < last; k++ {
				if s.punct(k, ",") || s.isAny(k, "after", "as", "amid", "over", "before", "while", "despite", "following", "during") {
					// Ortiz Slams Council On Budget After Vote; Lavrov
					// Says Talks Helped, Calls ...: the writer's
					// setting or the next act.
					to = k
					break
				}
			}
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
		s.addReport(kind, rule, c, s.span(from, to))
		return true
	}
	return false
}

// askedReport reads the question of an introductory "Asked whether C,"
// or "When asked about C,", or of "X was asked whether C": a report with
// no source of its own.
func (s *scanner) askedReport(i int, sent textseg.Range) (int, bool) {
	p := i - 1
	when := s.is(p, "when") && p >= sent.From
	if when {
		p--
	}
	if s.isAny(p, "and", "but") && p >= sent.From {
		p--
	}
	passive := false
	if s.isAny(p, "was", "were", "been", "being") && p >= sent.From {
		// "He was asked whether ...": the question, with no source.
		passive = true
	} else if p >= sent.From && !s.punct(p, ",") && !when {
		return 0, false // "when asked" may follow the answer: "said no when asked whether"
	}
	k := i + 1
	for k < sent.To && k < i+8 && !s.in(k, whWords) && !s.isAny(k, "whether", "about", "which", "whom") {
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
	if passive || when && p >= sent.From && !s.punct(p, ",") {
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
	s.addReport(Indirect, "indirect-asked", c, s.span(k, to))
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
	if !ok || rule != "quote-cue-source" || !s.endsReport(max(c.end, c.source.To), sent) || s.clauseVerb(c.source.From+1, c.source.To) {
		// "Kasich, a Republican, said the family deserved better": a
		// phrase with a verb of its own after the cue is a clause, the
		// words reported, not the speaker.
		return cue{}, false
	}
	return c, true
}

// accordingToReport reads "According to X, C" and "C, according to X."
func (s *scanner) accordingToReport(i int, sent textseg.Range) (int, bool) {
	// The source runs to the end of its phrase: "a fresh survey by the
	// Riyadh Institute of Public Affairs".
	end := i + 2
	for end < sent.To && end < i+2+3*maxPhrase && !s.punct(end, ",") && !s.punct(end, ";") &&
		!(isStop(s.tok(end)) && !(s.tok(end) == "." && textseg.Abbreviation(s.tok(end-1)))) {
		if s.at(end).Kind == textseg.Mark {
			// According to her “clawback” plan: a title or a scare quote
			// inside the source.
			rj := s.regionOpenedAt(end)
			if rj < 0 || s.regions[rj].Unclosed || end == i+2 || s.regions[rj].Close >= min(sent.To, end+maxPhrase) || s.punct(s.regions[rj].Close-1, ",") {
				break
			}
			end = s.regions[rj].Close
		}
		end++
	}
	if end == i+2 || !s.leadIn(i+2, end) {
		return 0, false
	}
	c := cue{at: i, end: i + 2, entry: accordingEntry, source: textseg.Range{From: i + 2, To: end}}
	if p := s.pointerBefore(i, sent); p >= 0 && s.endsReport(end, sent) && !s.covered[p] {
		// "That's according to exit polls": the pronoun stands for the
		// words of the sentence before.
		w := s.at(p)
		stem := len(s.tok(p))
		if k := strings.IndexAny(s.tok(p), "’'"); k > 0 {
			stem = k
		}
		s.addReport(Indirect, "indirect-according-to", c, Span{w.Start, w.Start + stem})
		return end, true
	}
	var from, to int
	switch {
	case (i == sent.From || s.at(i).Upper || s.punct(i-1, ",") && i-1-sent.From <= 4) && s.punct(end, ","):
		// "But, according to the survey, 38 percent still hesitate."
		from, to = end+1, s.reportEnd(end+1, sent)
	case s.punct(i-1, ",") && s.endsReport(end, sent):
		from, to = s.trailingStart(sent.From, i-1), i-1
		if s.punct(end, ",") && end+1 < sent.To && s.at(end+1).Kind == textseg.Word && !s.finiteBetween(from, to) {
			// "At the root of the delay, according to Yuri Ushakov, is
			// ...": the aside splits one clause, which goes on after it.
			if to2 := s.reportEnd(end+1, sent); to2 > end+1 && !s.anyQuoted(end+1, to2) && !s.anyCovered(from, to2) && s.leadIn(from, to) {
				s.addSplit(c, "indirect-according-to", from, to, end+1, to2)
				return to2, true
			}
		}
	case i-1 > sent.From && s.at(i-1).Kind == textseg.Word && s.endsReport(end, sent) && (end >= sent.To || isStop(s.tok(end))):
		// "Ortiz leads by 40 seats according to a tally by the Courier."
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
	s.addReport(Indirect, "indirect-according-to", c, s.span(from, to))
	return max(to, end), true
}

// pointerBefore returns the "that" or "this" that opens the sentence right
// before "is according to" at token i ("That's according to", "This is
// according to"), or -1.
func (s *scanner) pointerBefore(i int, sent textseg.Range) int {
	switch {
	case i-1 == sent.From && (s.isAny(i-1, "that’s", "that's", "this’s")):
		return i - 1
	case i-2 == sent.From && s.isAny(i-1, "is", "was") && s.isAny(i-2, "that", "this"):
		return i - 2
	}
	return -1
}

// addReport adds the report of cue c whose words are content, and marks
// its tokens as taken.
func (s *scanner) addReport(kind Kind, rule string, c cue, content Span) {
	q := Quote{Kind: kind, Rule: rule}
	s.fill(&q, c)
	n := s.add(q, content)
	s.cover(s.out[n].Span)
}

// addSplit adds the indirect report of cue c whose content is tokens
// [from, to) and [from2, to2), split by its attribution: "Most of the
// delays, she said, have involved border posts."
func (s *scanner) addSplit(c cue, rule string, from, to, from2, to2 int) {
	q := Quote{Kind: Indirect, Rule: rule}
	s.fill(&q, c)
	n := s.add(q, Span{s.toks[from].Start, s.toks[to-1].End})
	qq := &s.out[n]
	qq.Content = append(qq.Content, Span{s.toks[from2].Start, s.toks[to2-1].End})
	qq.Span.End = max(qq.Span.End, s.toks[to2-1].End)
	s.cover(qq.Span)
}

// finiteBetween reports whether tokens [from, to) hold a finite verb: an
// auxiliary or a past tense.
func (s *scanner) finiteBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if s.in(k, auxiliaries) || s.in(k, irregularPasts) || s.pastVerb(k) && !s.at(k).Upper {
			return true
		}
	}
	return false
}

// clauseVerb reports whether tokens [from, to) hold a finite verb outside
// a relative clause: "the city deserved better" is a clause; "Hale,
// who worked at the embassy" and "the governor challenged by Ortiz"
// are speakers.
func (s *scanner) clauseVerb(from, to int) bool {
	for k := from; k < to && !s.in(k, relativeWords); k++ {
		if s.finiteBetween(k, k+1) && !s.is(k+1, "by") {
			return true
		}
	}
	return false
}

// anyCovered reports whether a token in [from, to) belongs to a quote
// already found.
func (s *scanner) anyCovered(from, to int) bool {
	for k := from; k < to; k++ {
		if s.covered[k] {
			return true
		}
	}
	return false
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
	// "that if the ruble were a horse, he would bet on it": the comma
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
			if p == ";" || p == "―" && !s.dashPair(j, sent) || isStop(p) && !(p == "." && s.abbreviationAt(j-1)) {
				break
			}
			if j > k && (s.spacedDash(j) || p == "--") && !s.dashPair(j, sent) && (s.isAny(j+1, "but", "though", "although", "yet", "while") || s.clauseAt(j+1) || s.is(j+1, "and") && s.clauseAt(j+2)) {
				// "said the plan would pass - but the votes are not there": a
				// lone dash before a clause of the writer's. (A pair of
				// dashes sets off an aside inside the words.)
				break
			}
			if p == "," && j == k+1 && s.is(k, "that") {
				// "that, according to the poll, C", "that, while ..., C":
				// an aside, then the clause.
				sub = true
				continue
			}
			if p == "," && sub {
				sub = false
				continue
			}
			if p == "," && s.isAny(j+1, "but", "and") && s.is(j+2, "that") {
				continue // "that C, but that C2": one report of two clauses
			}
			// "found that 31 percent backed him, while 26 percent ...": a
			// contrast goes on with the report unless a speaker of its
			// own follows (newClause, shareSays); so does "but" before a
			// phrase ("not just a mistake, but a disaster").
			if p == "," && (s.in(j+1, clauseBreaks) && !s.in(j+1, relativeWords) && !s.is(j+1, "while") || s.asReported(j+1) || s.newClause(j+1) || s.trailingAt(j+1) || s.isAny(j+1, "according", "compared") || s.is(j+1, "but") && !s.in(j+2, auxiliaries) && !s.in(j+2, modals) && !negatedAux(s.lower(j+2)) && !s.isAny(j+2, "a", "an", "also", "not", "only", "rather") || s.is(j+1, "and") && s.clauseAt(j+2) || s.gerundCue(j+1) || s.finalApposition(j, j-k, sent)) {
				break
			}
			if p == "," && s.is(j+1, "and") && (s.pastVerb(j+2) || s.in(j+2, irregularPasts) || s.isAny(j+2, "has", "have")) && !s.isAny(j+2, "was", "were", "had", "did") && !s.commaBefore(max(k, j-maxPhrase/2), j) {
				break // "praised her plan, and lashed out at ...": the speaker's next act
			}
			if p == "," && s.is(j+1, "while") && s.participle(j+2) {
				break // "..., while taking aim at the unions": what the speaker did meanwhile
			}
			if (p == "," || s.spacedDash(j)) && s.relativeReport(j+1, sent) {
				break // "..., which the audit said were hidden": a report of its own
			}
			if p == "," || p == "—" || p == "–" || p == ":" || p == "(" {
				continue
			}
		}
		if j > k && s.isAny(j, "and", "while", "but", "after", "whereas") {
			if s.isAny(j, "but", "while", "whereas") && s.newClause(j) || s.is(j, "and") && (s.speechAfterAnd(j+1) || s.isAny(j+1, "he", "she", "they", "we", "i") && s.speechAfterAnd(j+2)) {
				// "... and said", "... and she accused", "... while Waltz said";
				// not "Russia and the US agreed", nor "... and she had to wait":
				// the reported clause goes on.
				break
			}
			if s.shareSays(j+1) || s.isAny(j+1, "another", "others") && s.cueAfterAnd(j+2) {
				break // "... and one in four said", "while another says": the next share's answer
			}
		}
		end = j + 1
	}
	return s.trimEnd(k, end, false)
}

// commaBefore reports whether a comma stands in tokens [from, to): the
// last item of a list comes after it ("fuel, reopened ports, and
// repaved roads").
func (s *scanner) commaBefore(from, to int) bool {
	for j := from; j < to; j++ {
		if s.punct(j, ",") {
			return true
		}
	}
	return false
}

// purpose reports whether the "to" at token k opens an infinitive of
// purpose after the clause's own words, not after a verb that takes an
// object and an infinitive ("urged him to", "wants to"): a time, a place
// or a channel comes right before it.
func (s *scanner) purpose(k int) bool {
	return s.in(k-1, timeWords) || s.weekdayPhrase(k-1) || s.isAny(k-1, "here", "there", "twitter", "facebook", "television", "radio") ||
		s.at(k-1).Upper && s.isAny(k-2, "on", "in", "at") || s.in(k-1, channelNouns) && s.in(k-2, articles)
}

// shareSays reports whether a share of people who say something starts at
// token k: "one in four said", "22 percent said", "more than 4 in 10
// say", "nearly three in five said".
func (s *scanner) shareSays(k int) bool {
	w := s.tok(k)
	if w == "" || !('0' <= w[0] && w[0] <= '9') && !s.in(k, numberWords) && !s.isAny(k, "more", "nearly", "about", "almost", "only", "half", "most", "just", "fewer", "less", "over", "roughly", "some") {
		return false
	}
	for j := k + 1; j < len(s.toks) && j < k+8; j++ {
		if e, ok := s.cueAt(j); ok {
			return e.Lemma == "say" && e.Form&(cuelex.Past|cuelex.Third|cuelex.Base) != 0
		}
		t := s.at(j)
		if t.Kind != textseg.Word && !s.punct(j, "%") {
			return false
		}
		if !s.isAny(j, "in", "of", "than", "percent", "them", "those", "half", "a", "third", "thirds", "quarter", "quarters", "fifth", "fifths") && !s.in(j, numberWords) && !('0' <= s.tok(j)[0] && s.tok(j)[0] <= '9') && !s.plural(j) {
			return false
		}
	}
	return false
}

// trimEnd returns the end of reported words [from, to) without the
// function words they cannot end on, and with punct their punctuation: "will
// brand you a traitor and Channel Five will accuse you" reports
// "you a traitor".
func (s *scanner) trimEnd(from, to int, punct bool) int {
	for to > from+1 && (punct && s.at(to-1).Kind == textseg.Punct || s.isAny(to-1, "and", "or", "but", "to", "of", "for", "the", "a", "an", "with")) {
		to--
	}
	return to
}

// abbreviationAt reports whether token k, or its last part after a hyphen,
// is an abbreviation whose period does not end the sentence: "Sen.",
// "(R-Wis.)", "then-Sen.".
func (s *scanner) abbreviationAt(k int) bool {
	w := s.tok(k)
	if h := strings.LastIndexByte(w, '-'); h >= 0 && h+1 < len(w) {
		w = w[h+1:]
	}
	return textseg.Abbreviation(w)
}

// finalApposition reports whether the comma at token j, into tokens
// into the content, opens a description of the proper name before it: a
// relative clause ("said he backed Ms. Ortiz, who ...") or an apposition
// that runs to the end of the sentence ("said he did not support Mr.
// Hale, the party's nominee.", "said she would repeal the rule, a
// measure which drew complaints."). It is not part of what was reported.
// An apposition with a verb of its own ("a candidate who is running") or
// a list ("lower fares, a new station and more buses") goes on with it.
func (s *scanner) finalApposition(j, into int, sent textseg.Range) bool {
	if s.at(j-1).Kind != textseg.Word {
		return false
	}
	if s.isAny(j+1, "who", "which") {
		return s.at(j-1).Upper && into > 2 // not the subject: "Hale, who ..., would win"
	}
	if !s.isAny(j+1, "the", "a", "an") {
		return false
	}
	for k := j + 2; k < sent.To && k < j+3*maxPhrase; k++ {
		if s.at(k).Kind == textseg.Punct {
			return s.endsSentence(k)
		}
		if s.at(k).Kind == textseg.Mark || s.in(k, auxiliaries) || s.in(k, modals) || s.isAny(k, "and", "or") {
			return false // a clause of its own, or a list: "..., a tax cut and a bridge"
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
// opens with the object of a cue and a preposition ("Ortiz for speaking
// out", "Mrs. Hale about the merger"), or from when it does not.
func (s *scanner) objectTopic(from, to int, lemma string) int {
	preps := objectTopics[lemma]
	if preps == nil {
		return from
	}
	end := s.nounPhrase(from, to)
	if end == from || end+1 >= to || !s.lowIn(end, preps) {
		return from
	}
	return end + 1
}

// objectTopics lists, by lemma, the prepositions that bring in what a cue
// reports after its object: "questioned Pence about", "accused him of".
var objectTopics = map[string]*wordSet{
	"ask": set("about"), "question": set("about"), "challenge": set("about"), "praise": set("for"),
}

// thatAfterObject returns where a that-clause starts in content [from,
// to) that opens with a name or a pronoun and then "that": "Lavrov that
// he would raise the issue", "with Witkoff that Riyadh is the best
// venue". It returns from otherwise: after a common noun "that" most
// often opens a relative clause ("the report that he wrote"), and the noun
// belongs to what was said ("denied accusations that ...").
func (s *scanner) thatAfterObject(from, to int) int {
	k := from
	if s.is(k, "with") {
		k++
	}
	end := s.nounPhrase(k, to)
	if end <= k || end+1 >= to || !s.is(end, "that") || s.in(end+1, auxiliaries) || s.in(end+1, modals) || s.pastVerb(end+1) {
		return from
	}
	if end == k+1 && s.in(k, objectPronouns) || s.at(k).Upper && s.at(end-1).Upper && !s.in(k, capitalStops) {
		return end
	}
	return from
}

// leadClauses open a subordinate clause before its main clause.
var leadClauses = set("if", "when", "while", "although", "though", "because", "since", "once", "unless", "after", "before", "as")

// negatedAux reports whether lower-case word w is a negated auxiliary
// ("couldn't", "won’t").
func negatedAux(w []byte) bool {
	return bytes.HasSuffix(w, []byte("n't")) || bytes.HasSuffix(w, []byte("n’t"))
}

// speechAfterAnd is cueAfterAnd for verbs of speech: "... and said"
// starts the speaker's next report, "... and refused to leave the room" and
// "... and thought of her family" go on with the reported words.
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
	if s.isAny(k, "he", "she", "it") && end == k+1 && s.at(end).Kind == textseg.Word && !s.at(end).Upper && bytes.HasSuffix(s.lower(end), []byte("s")) && !s.in(end, functionWords) {
		return true // "she plans to cheer for Boston"
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

// hasVerb reports whether words [from, to) hold a verb the lists know.
func (s *scanner) hasVerb(from, to int) bool {
	for j := from; j < to; j++ {
		if s.in(j, auxiliaries) || s.in(j, modals) && !s.is(j, "to") || s.in(j, irregularPasts) || s.pastVerb(j) || negatedAux(s.lower(j)) || s.in(j, verbsInS) {
			return true
		}
		if _, ok := s.e.lex.Lookup(s.word(j)); ok {
			return true
		}
	}
	return false
}

package quote

// Content: where a mixed quote's reported words end.

import (
	"bytes"

	"github.com/hearsaynlp/hearsay/internal/textseg"
)

// clauseEnd returns the byte end of a mixed quote's content that holds
// regions[ri] and is reported by a cue of lemma lemma: the end of its
// clause, before a following attribution (", while Waltz said"), a
// semicolon or the sentence's final stop.
func (s *scanner) clauseEnd(ri int, lemma string) int {
	r := s.regions[ri]
	if r.Unclosed {
		return r.End
	}
	end := r.Close + 1
	if s.commaEnds(r.Close) || lemma != "say" && s.andSubject(r.Close) {
		return r.End
	}
	for k := r.Close + 1; k < s.sent.To && k < r.Close+4*maxReach; k++ {
		t := s.at(k)
		if s.isMark(k-1, textseg.Close) && t.Kind == textseg.Word && s.newClause(k) {
			// was “useful” he insisted they had met: a clause with a
			// report of its own starts right after the mark.
			break
		}
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
			if p == "," && s.in(s.sent.From, subordinators) && s.at(k+1).Upper {
				// Though she called for “...” for shippers, Morrow
				// restricted ...: the subordinate clause ends at its comma.
				break
			}
			if p == "," && lemma != "say" && s.pastVerb(k+1) && !s.isAny(k+1, "was", "were", "had", "did", "compared", "based", "provided") {
				// suggested her tone was “shrill,” called her ...: the
				// speaker's next act, after a cue other than "said".
				// (Not "compared with", "based on": prepositions.)
				break
			}
			if p == "," && s.ownClauseAt(k+1) {
				// ..., Hale jabbed at Morrow on Monday: a clause of
				// the writer's with a subject and a verb of its own.
				break
			}
			if p == "," && (s.newClause(k+1) || s.participle(k+1) || s.isAny(k+1, "a", "an") || s.in(k+1, commaBreaks) || s.is(k+1, "but") && s.pastVerb(k+2)) {
				// ..., a swipe at ...: the writer's comment on the words
				break
			}
			if s.spacedDash(k) && !s.isMark(k+1, textseg.Open) && !(s.punct(k+1, "-") && s.isMark(k+2, textseg.Open)) {
				// “a second Yalta” – the wartime summit that ...; was
				// “heartened” by the offer — a small gain ...
				break
			}
			if p == "," || p == "—" || p == "–" || p == ":" {
				continue // not part of the content unless words follow
			}
		}
		if s.punct(k, "(") && s.isMark(k-1, textseg.Close) && !s.isMark(k+1, textseg.Open) {
			break // “traitors” (although he conceded ...): the writer's aside
		}
		if s.adjunct(k) && s.asQuote(ri) {
			// “a dead end” Tuesday on The Evening Hour; “a bad bargain”
			// during a stop in Riyadh: when and where, not what.
			break
		}
		if s.isMark(k-1, textseg.Close) && s.frame(k) {
			// “wait and see” in response: the writer's frame for the
			// words, not the words.
			break
		}
		if s.isAny(k, "in", "on") && s.channelNoun(k+1) {
			// ... “Q” in a Facebook post: where it was said, not what.
			break
		}
		if lemma != "say" && s.isMark(k-1, textseg.Close) && s.nextAct(k) {
			// called the truce “a hollow gesture” and faulted Kyiv ...;
			// vowed to be “the envoy who ends it” before listing ...: the
			// speaker's next act, not the words. (After "said", the verb
			// is more often the reported clause's own: said Witkoff was
			// “far too eager” and misread ...)
			break
		}
		if s.isAny(k, "and", "but", "while", "whereas") && (s.newClause(k) || s.shareSays(k+1) || lemma != "say" && s.isAny(k+1, "he", "she", "they")) {
			// Morrow said it was “drained” and says he will ...; called
			// him a “decent man” and he didn’t ...: the speaker's next act.
			// (After "said", "and he" goes on with the reported clause:
			// said he was “tired” and he wanted to rest.)
			break
		}
		end = k + 1
	}
	return s.at(end - 1).End
}

// newClause reports whether an attribution of its own starts at token k:
// "but he said that", "while Waltz said", "and said".
func (s *scanner) newClause(k int) bool {
	if s.isAny(k, "and", "but", "while", "yet", "whereas", "though", "although") {
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

// ownClauseAt reports whether a name and a finite verb start a clause at
// token k: "Hale jabbed", "Morrow campaigned", "Ortiz is".
func (s *scanner) ownClauseAt(k int) bool {
	if !s.at(k).Upper {
		return false
	}
	end := s.nounPhrase(k, len(s.toks))
	if end == k || end > k+4 || !s.named(k, end) {
		return false
	}
	return s.pastVerb(end) || s.in(end, irregularPasts) || s.isAny(end, "is", "are", "has", "have", "will")
}

// participle reports whether a participial clause starts at token k
// ("..., prompting what diplomats called ..."); "including" is a
// preposition that goes on with the words.
func (s *scanner) participle(k int) bool {
	t := s.at(k)
	return t.Kind == textseg.Word && !t.Upper && t.End-t.Start > 5 && bytes.HasSuffix(s.lower(k), []byte("ing")) && !s.is(k, "including")
}

// commaEnds reports whether the quotation closed at token close ends its
// clause: it ends with a comma inside the marks and a conjunction follows
// (“accurate,” but in the body of the memo ...). After “...,” and the
// reported words usually go on, unless a new attribution starts, which
// clauseEnd checks.
func (s *scanner) commaEnds(close int) bool {
	if !s.punct(close-1, ",") {
		return false
	}
	if _, ok := s.cueAt(close + 1); ok {
		return true
	}
	if s.is(close+1, "but") && s.isAny(close+2, "also", "only", "because", "is", "are", "was", "were", "a", "an") {
		// “entitled to be wary,” but also open to ...; “negotiable,” but
		// only minor details: the contrast is part of the words.
		return false
	}
	return s.isAny(close+1, "but", "while", "yet", "although", "though", "as") ||
		s.in(close+1, clauseBreaks) && !s.in(close+1, relativeWords) || s.in(close+1, tailPreps) || s.participle(close+1) ||
		s.at(close+1).Upper && s.at(close+1).Kind == textseg.Word // “...,” Ortiz seized upon it
}

// andSubject reports whether the quotation closed at token close ends in
// a comma inside the marks and "and" then opens a clause with a subject of
// its own: called the pact “folly,” and Hale ...; described it as
// “a highway,” and his partner talks ...: the writer goes on.
func (s *scanner) andSubject(close int) bool {
	return s.punct(close-1, ",") && s.is(close+1, "and") &&
		(s.at(close+2).Upper && s.at(close+2).Kind == textseg.Word || s.isAny(close+2, "his", "her", "their", "its"))
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

// contentStart returns the first token of a mixed quote's content whose
// cue's words end before token k and whose quotation opens at token open:
// k itself, after a comma, a colon or "about" there (joked about his
// “patience”: the topic is what was said), or the "that" after a setting
// the cue's channel did not take in ("said Friday during a briefing in
// Riyadh, that states ...").
func (s *scanner) contentStart(k, open int) int {
	if s.punct(k, ",") || s.punct(k, ":") || s.is(k, "about") {
		return k + 1
	}
	for j := k; j < open && j < k+maxReach; j++ {
		if s.is(j, "to") && j < k+maxPhrase && s.setting(k) && s.infinitive(j, open) {
			// promised Sunday at a rally to end ...: the setting, then
			// the words.
			return j
		}
		if s.is(j, "that") && j < k+maxPhrase && (s.isAny(k, "of", "regarding") || s.setting(k) && s.clauseStart(j+1)) {
			// stated of the pipeline dispute that ...: the topic, then the
			// words.
			return j
		}
		if t := s.at(j); t.Kind == textseg.Mark && t.Role != textseg.Apostrophe || s.is(j, "that") {
			break
		}
		if _, ok := s.cueAt(j); ok {
			break
		}
		if s.punct(j, ",") && s.is(j+1, "that") {
			return j + 1
		}
	}
	return k
}

// channelNoun reports whether a phrase naming where words were said
// starts at token k: "a statement", "his Facebook post", "Twitter".
func (s *scanner) channelNoun(k int) bool {
	for j := k; j < k+4 && j < len(s.toks); j++ {
		if s.in(j, channelNouns) && !s.modifiesNoun(j) {
			return true
		}
		if t := s.at(j); t.Kind != textseg.Word && !(t.Kind == textseg.Mark && t.Role == textseg.Apostrophe) {
			return false
		}
	}
	return false
}

// modifiesNoun reports whether the word at token j modifies a noun after
// it rather than heading its phrase: "email server", "post office".
func (s *scanner) modifiesNoun(j int) bool {
	t := s.at(j + 1)
	return t.Kind == textseg.Word && !t.Upper && s.nounLike(j+1) && !s.in(j+1, timeWords)
}

// pastVerb reports whether token k looks like a verb in the past tense
// that starts a predicate of its own: "..., but played down the dispute".
func (s *scanner) pastVerb(k int) bool {
	t := s.at(k)
	return t.Kind == textseg.Word && !t.Upper && (bytes.HasSuffix(s.lower(k), []byte("ed")) || s.isAny(k, "had", "was", "were", "did"))
}

// nextAct reports whether a verb phrase without a subject of its own starts
// at token k: "and" or "before" and then a verb, perhaps after an adverb
// ("and cast doubt", "and also likened", "before floating").
func (s *scanner) nextAct(k int) bool {
	if !s.isAny(k, "and", "before") {
		return false
	}
	j := k + 1
	if s.is(j, "also") || bytes.HasSuffix(s.lower(j), []byte("ly")) {
		j++
	}
	if t := s.at(j); t.Kind != textseg.Word || t.Upper {
		return false
	}
	if s.is(k, "before") {
		return s.participle(j)
	}
	if s.isAny(j, "has", "have") && s.at(j+1).Kind == textseg.Word {
		j++ // "and has invited": a perfect
	}
	return s.pastVerb(j) && !s.isAny(j, "was", "were") || s.in(j, irregularPasts) || s.participle(j)
}

// asQuote reports whether regions[ri] says what something was described
// as: "criticized the law as a “crazy system”".
func (s *scanner) asQuote(ri int) bool {
	k := s.regions[ri].Open - 1
	if s.in(k, articles) {
		k--
	}
	return s.is(k, "as")
}

// frame reports whether a phrase of the writer's that frames the words
// starts at token k: "in response", "in reply", "for instance", "when
// asked", "when pressed".
func (s *scanner) frame(k int) bool {
	return s.is(k, "in") && s.isAny(k+1, "response", "reply") || s.is(k, "for") && s.is(k+1, "instance") ||
		s.is(k, "when") && s.isAny(k+1, "asked", "pressed")
}

// adjunct reports whether an adjunct of the writer's that ends reported
// words starts at token k: a day ("Wednesday"), "during", "despite" or
// "amid" and a phrase, or "as", "after" or "before" and a clause ("as he
// faces", "after she attacked").
func (s *scanner) adjunct(k int) bool {
	if s.weekdayPhrase(k) || s.isAny(k, "during", "despite", "amid") {
		return true
	}
	return s.isAny(k, "as", "after", "before") && s.in(k+1, subjectPronouns)
}

// setting reports whether a phrase of when or where starts at token k:
// "in a statement on Monday", "at a rally", "Sunday": after the cue, it
// comes before the "that" of the reported clause and is no part of it.
func (s *scanner) setting(k int) bool {
	return s.isAny(k, "in", "at", "on", "during", "for") || s.in(k, timeWords)
}

// infinitive reports whether "to" at token j opens an infinitive that runs
// to the quotation opening at token open: a verb follows, not a noun
// phrase ("to the mayor", "to reporters"), and no "that" comes after it
// (within the reach of a cue).
func (s *scanner) infinitive(j, open int) bool {
	t := s.at(j + 1)
	if t.Kind != textseg.Word || t.Upper || s.in(j+1, determiners) || s.in(j+1, objectPronouns) {
		return false
	}
	for i := j + 2; i < open && i < j+maxReach; i++ {
		if s.is(i, "that") {
			return false
		}
	}
	return true
}

package quote

// Mentions: the noun phrase that names who said something, read left or
// right of a cue, with its appositions.

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/hearsaynlp/hearsay/internal/cuelex"
	"github.com/hearsaynlp/hearsay/internal/textseg"
)

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
	if s.punct(j, ",") && s.in(j-1, asides) && s.punct(j-2, ",") {
		j -= 3 // Proponents of the bill, however, say: an aside
	}
	if s.punct(j, ",") && s.pairAside(j-2) && s.punct(j-3, ",") {
		j -= 4 // Morrow, for example, endorsed: a two-word aside
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
		if t := s.at(v); t.Kind == textseg.Word && !t.Upper && !s.lowIn(v, functionWords) {
			at := c.at
			c.at = v
			if s.findSource(c, sent); c.source.To > c.source.From {
				return
			}
			c.at = at // "ended his speech by saying": no verb before "by"
		}
	}
	if c.entry.Form&cuelex.Gerund != 0 && (s.isAny(j, "by", "before", "after", "while", "without") && (c.direct || s.punct(j-1, ",") || s.reportOpens(c.at)) || s.isAny(j, "in", "upon")) && bytes.HasSuffix(s.lower(c.at), []byte("ing")) {
		// "ended his speech by saying “Enough delays”", "paused before
		// asking them, “...”": the clause's subject speaks.
		c.source, c.fallback = s.subject(sent, c.at), true
		return
	}
	switch {
	case s.punct(j, ",") || s.dash(j):
		if c.entry.Form&cuelex.Gerund != 0 && s.at(c.at).End-s.at(c.at).Start > 3 && bytes.HasSuffix(s.lower(c.at), []byte("ing")) {
			// ..., arguing that: the subject of the main clause speaks.
			c.source, c.fallback = s.subject(sent, c.at), true
			if s.in(c.source.To, functionWords) || s.in(c.source.To, determiners) {
				c.source.To = s.nameBeforeVerb(c.source) // Ortiz rails against ..., saying
			}
			return
		}
		if r, ok := s.apposition(j, lo); ok {
			c.source = r
		}
	case s.isAny(j, "and", "but"):
		c.source, c.fallback = s.subject(sent, c.at), true
		if bytes.HasSuffix(s.lower(c.at), []byte("s")) {
			c.source.To = s.nameBeforeVerb(c.source)
		}
		if c.source.To == c.source.From {
			c.source = s.clauseSubject(j, lo)
		}

	default:
		if from := s.nounPhraseBefore(j, lo); from <= j {
			c.source = textseg.Range{From: from, To: j + 1}
			if r, ok := s.relativeHead(from, lo); ok && c.entry.Form&cuelex.Gerund == 0 {
				c.source = r
			}
		}
	}
	if c.source.To == c.source.From && (c.entry.Form&(cuelex.Past|cuelex.Third) != 0 || c.entry.Lemma == "say" && bytes.HasPrefix(s.lower(c.at), []byte("say")) && !s.in(c.at-1, preCue) && !s.isAny(c.at-1, "to", "cannot")) && speechVerbs.has(c.entry.Lemma) {
		// (A bare or -ing say too: "Opponents of the plan, however,
		// say", "Hale opened the session saying", but not "refused to
		// say".)
		c.source = s.subjectOf(c.at, sent)
	}
}

// nameBeforeVerb returns the end of a subject that ends in a verb in -s
// after a name or a singular noun, as one coordinated with a cue in -s
// does: in "Ortiz (often) rails against the rules and says", Ortiz
// speaks, and in "The mayor rails ... and says", the mayor. Otherwise it
// returns src.To.
func (s *scanner) nameBeforeVerb(src textseg.Range) int {
	last := src.To - 1
	if last <= src.From || s.at(last).Upper || !s.plural(last) {
		return src.To
	}
	for k := last - 1; k >= src.From && k >= last-2; k-- {
		if t := s.at(k); t.Kind == textseg.Word && (t.Upper || s.head(k) && !s.plural(k)) {
			return k + 1 // Ortiz rails, the mayor rails
		}
		if !s.adverb(k) && !s.in(k, preCue) {
			return src.To
		}
	}
	return src.To
}

// relativeHead returns the noun phrase a relative clause describes when
// the phrase that ends before a cue, starting at token from, is the
// object of that clause's verb: in "Voters who praised the plan said",
// the voters speak, not the plan.
func (s *scanner) relativeHead(from, lo int) (textseg.Range, bool) {
	v := from - 1
	if v-1 < lo || s.at(v).Kind != textseg.Word || s.at(v).Upper || s.in(v, functionWords) || !s.isAny(v-1, "who", "that") {
		return textseg.Range{}, false
	}
	if head := s.nounPhraseBefore(v-2, lo); head <= v-2 && !s.in(v-2, subjectPronouns) {
		return textseg.Range{From: head, To: v - 1}, true
	}
	return textseg.Range{}, false
}

// reportOpens reports whether the words of the cue whose verb is token at
// start right after it, perhaps after an adverb, with "that" or a
// quotation: "by warning that", "by warning darkly that",
// "while praising “...”".
func (s *scanner) reportOpens(at int) bool {
	if s.adverb(at + 1) {
		at++
	}
	return s.is(at+1, "that") || s.isMark(at+1, textseg.Open)
}

// lastSource returns the source of the last quote found, when its cue is
// in sentence sent before token j: in "Though she called it “outrageous”
// and called for ...", the second verb shares the first one's subject.
// Zero when there is none.
func (s *scanner) lastSource(sent textseg.Range, j int) textseg.Range {
	if len(s.out) == 0 {
		return textseg.Range{}
	}
	p := s.out[len(s.out)-1]
	if p.Source.IsZero() || p.Cue.Span.Start < s.at(sent.From).Start || p.Span.End > s.at(j).Start {
		return textseg.Range{}
	}
	return textseg.Range{From: s.tokenAfter(p.Source.Start), To: s.tokenAfter(p.Source.End)}
}

// clauseSubject returns the pronoun or name that opens the clause
// coordinated before token j, after a dash or a semicolon: in "For that
// she earned his scorn - he called her “timid” and said", he. Zero when there
// is none.
func (s *scanner) clauseSubject(j, lo int) textseg.Range {
	for k := j - 1; k > lo; k-- {
		if t := s.at(k); t.Kind == textseg.Mark && t.Role != textseg.Apostrophe {
			if rj := s.regionClosedAt(k); rj >= 0 && s.regions[rj].Open > lo {
				k = s.regions[rj].Open // called her “timid” and said
				continue
			}
			return textseg.Range{}
		}
		if s.dash(k) || s.spacedDash(k) || s.punct(k, ";") {
			if end := s.nounPhrase(k+1, j); end > k+1 && s.named(k+1, end) {
				if _, ok := s.cueAt(end); ok {
					return textseg.Range{From: k + 1, To: end}
				}
			}
			return textseg.Range{}
		}
	}
	return textseg.Range{}
}

// subjectOf returns the subject of the sentence when the finite cue at
// token at is its verb, with words between them that hold no quotation
// and no other reporting verb: "Rich Ortiz, a farmer who has run the
// valley's co-op since 2008, said". Zero when there is none.
func (s *scanner) subjectOf(at int, sent textseg.Range) textseg.Range {
	src := s.subject(sent, at)
	if src.To <= src.From || src.To > at || at-src.To > 3*maxPhrase {
		return textseg.Range{}
	}
	for k := src.To; k < at; k++ {
		if t := s.at(k); t.Kind == textseg.Mark && t.Role != textseg.Apostrophe || s.punct(k, ";") || s.punct(k, ":") {
			return textseg.Range{}
		}
		if _, ok := s.cueAt(k); ok {
			return textseg.Range{}
		}
	}
	return src
}

// apposition handles a comma right before a cue: "Sergei Lavrov, Russia’s
// foreign minister, said" gives the name with its apposition; "Lavrov, who
// ..., said" gives the name alone.
func (s *scanner) apposition(comma, lo int) (textseg.Range, bool) {
	first := -1
	for k := comma - 1; k >= lo && k >= comma-3*maxPhrase; k-- {
		if s.isMark(k, textseg.Close) {
			if rj := s.regionClosedAt(k); rj >= 0 && s.regions[rj].Open > lo {
				k = s.regions[rj].Open // a title in the aside: co-author of “Sea Lanes,”
				continue
			}
		}
		if s.punct(k, ";") || s.at(k).Kind == textseg.Mark && s.at(k).Role != textseg.Apostrophe {
			break
		}
		if !s.punct(k, ",") && !s.dash(k) {
			continue
		}
		if s.in(k+1, relativeWords) {
			j := k - 1
			if (s.adverb(j) || s.in(j, asides)) && s.punct(j-1, ",") {
				j -= 2 // "Hale, meanwhile, who holds no seat on the board, said"
			}
			if from := s.nounPhraseBefore(j, lo); from <= j && s.named(from, j+1) {
				return textseg.Range{From: from, To: j + 1}, true
			}
			return textseg.Range{}, false
		}
		if first < 0 {
			first = k
		}
	}
	if first < 0 {
		// "Gov. Anne Hale (R-OR), said": a stray comma after the mention.
		if from := s.nounPhraseBefore(comma-1, lo); from < comma && s.named(from, comma) {
			return textseg.Range{From: from, To: comma}, true
		}
		return textseg.Range{}, false
	}
	if s.in(first+1, tailPreps) || s.participle(first+1) || s.pastAside(first+1) || comma == first+2 && (s.adverb(first+1) || s.in(first+1, asides)) {
		// "Morrow, in a note posted on Friday, said": an
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
		// "Another member of the Russian team, Pavel Orlov, said": the
		// name is between the commas.
		if s.at(first+1).Upper && s.named(first+1, comma) {
			if from = s.phraseBefore(first-1, lo, false); from >= first {
				from = first + 1
			}
			return textseg.Range{From: from, To: comma}, true
		}
		return textseg.Range{}, false
	}
	return textseg.Range{From: from, To: comma}, true
}

// pastAside reports whether a past participle and a preposition open an
// aside at token k: "That memo, filed in court, says", "The email, sent
// to staff, said".
func (s *scanner) pastAside(k int) bool {
	return (s.pastVerb(k) && bytes.HasSuffix(s.lower(k), []byte("ed")) || s.in(k, irregularPasts)) &&
		(s.in(k+1, tailPreps) || s.is(k+1, "by") || s.isAny(k+1, "late", "early", "last"))
}

// asideOK reports whether tokens [from, to) can be an apposition between
// commas: a short phrase with no reporting verb and no quotation ("the
// longtime harbor master of Salem", "a diplomat who attended the
// session", "Minsk's closest partner and its main creditor").
func (s *scanner) asideOK(from, to int) bool {
	if s.in(from, asides) && from+1 < to {
		from++ // "Ann Ortiz, also a mayoral candidate, called"
	}
	if to <= from || to-from > 2*maxPhrase {
		return false
	}
	if t := s.at(from); t.Kind != textseg.Word || !t.Upper && !s.in(from, determiners) && !s.nounLike(from) && !s.modifier(from) && !s.passiveAside(from) {
		return false
	}
	for k := from; k < to; k++ {
		if k == from && s.passiveAside(from) {
			continue
		}
		t := s.at(k)
		if t.Kind == textseg.Mark && t.Role == textseg.Stray || s.punct(k, ";") {
			return false // a closed title may stand in it: star of “Undertow”
		}
		if e, ok := s.cueAt(k); ok && e.Form != cuelex.Gerund && !s.relativeBefore(from, k) {
			return false // but "the head of the group that urges ..."
		}
	}
	return true
}

// passiveAside reports whether a participle of a reporting verb opens an
// aside at token k: "Mr. Hale, asked about the delays, had said".
func (s *scanner) passiveAside(k int) bool {
	e, ok := s.cueAt(k)
	return ok && e.Form&cuelex.Participle != 0 && !s.in(k+1, subjectPronouns) && !s.in(k+1, objectPronouns)
}

// relativeBefore reports whether a relative word (that, who, which) stands
// in [from, k).
func (s *scanner) relativeBefore(from, k int) bool {
	for j := from; j < k; j++ {
		if s.in(j, relativeWords) || s.is(j, "that") {
			return true
		}
	}
	return false
}

// named reports whether tokens [from, to) hold a capitalised word or a
// pronoun: a mention of someone rather than a stray noun.
func (s *scanner) named(from, to int) bool {
	for k := from; k < to; k++ {
		if s.at(k).Kind == textseg.Word && (s.at(k).Upper || s.lowIn(k, subjectPronouns)) {
			return true
		}
	}
	if to-from == 1 && s.isAny(from, "one", "another", "others", "some", "many", "several", "both") {
		return true
	}
	// "the governor", "federal prosecutors": a word for a speaker.
	if h := s.placeHead(to-1, from); to > from && h >= 0 {
		to = h + 1 // "officials in the county": the word before the place
	}
	return to > from && s.at(to-1).Kind == textseg.Word && !s.at(to-1).Upper && s.head(to-1) &&
		(to-from >= 2 && (s.in(from, determiners) || s.openingThat(from)) || s.plural(to-1))
}

// openingThat reports whether token k is a capital That used as a
// determiner, as in "That letter demanded": mid-sentence a lower-case
// that more often opens a clause ("said that officials").
func (s *scanner) openingThat(k int) bool {
	return s.at(k).Upper && s.is(k, "that") && s.nounLike(k+1)
}

// subject returns the subject of the clause that holds token limit: the
// noun phrase that opens the sentence after any introductory phrase
// ("After the talks ended, ...").
func (s *scanner) subject(sent textseg.Range, limit int) textseg.Range {
	k := sent.From
	if ri := s.regionOpenedAt(k); ri >= 0 && !s.regions[ri].Unclosed && s.regions[ri].Close < limit {
		// “By the way, ...,” Hale told a meeting, saying ...
		k = s.regions[ri].Close + 1
		if s.punct(k, ",") {
			k++
		}
		if _, ok := s.inverted(k); ok && !s.is(k, "according") {
			// “Oh, let him choose,” said Anne Morrow, urging ...: the
			// subject follows the inverted cue.
			if end := s.nounPhrase(k+1, limit); end > k+1 && s.named(k+1, end) {
				return textseg.Range{From: k + 1, To: end}
			}
		}
	}
	for k < limit && (s.at(k).Kind == textseg.Mark || s.isAny(k, "but", "and", "so", "yet", "then", "still")) {
		k++
	}
	k = s.afterDateline(k, limit)
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
		if k+1 < limit && s.year(k) && s.punct(k+1, ",") {
			k += 2 // On March 3, 2021, Hale ...: the year after the day
		}
	}
	end := s.nounPhrase(k, limit)
	if end > k && s.punct(end, ",") && s.isAny(end-1, "later", "earlier", "ago") {
		// "A week later, he made a call": a time phrase, then the subject.
		k = end + 1
		end = s.nounPhrase(k, limit)
	}
	if end == k || !s.named(k, end) && !s.in(k, determiners) {
		return textseg.Range{}
	}
	return textseg.Range{From: k, To: end}
}

// number reports whether token k is written in digits.
func (s *scanner) number(k int) bool {
	w := s.tok(k)
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// year reports whether token k is a four-digit year such as 2015.
func (s *scanner) year(k int) bool {
	w := s.tok(k)
	return len(w) == 4 && (w[0] == '1' || w[0] == '2') && strings.Trim(w, "0123456789") == ""
}

// afterDateline returns the token after a dateline that starts at token
// k ("WASHINGTON —", "PORTSMOUTH, N.H. —"): words in capitals and a dash.
// It returns k when there is none.
func (s *scanner) afterDateline(k, limit int) int {
	for j := k; j < limit && j < k+6; j++ {
		t := s.at(j)
		switch {
		case t.Kind == textseg.Word && t.Upper && t.End-t.Start > 1 && !strings.ContainsFunc(s.tok(j), unicode.IsLower):
		case s.punct(j, ",") || s.punct(j, "."):
		case j > k && (s.dash(j) || s.punct(j, "―") || s.punct(j, "-")):
			return j + 1
		default:
			return k
		}
	}
	return k
}

// nounPhrase returns the end of the noun phrase that starts at token i, or
// i if none does; it never passes limit. It reads mentions such as "he",
// "US Secretary of State Marco Rubio", "a spokesman for the campaign",
// "Ushakov and Waltz", "Gov. Anne Hale (R-OR)".
func (s *scanner) nounPhrase(i, limit int) int {
	if i < 0 || i >= len(s.toks) || limit < i+maxPhrase || !memoPhrases {
		return s.readNounPhrase(i, limit)
	}
	// Rules ask for the phrase at a token again and again (after a cue,
	// after a comma, from each cue before it): it is read once per
	// paragraph. It depends only on the tokens, and on limit only below
	// i+maxPhrase.
	if end := s.phraseEnds[i]; end != 0 {
		return int(end) - 1
	}
	end := s.readNounPhrase(i, limit)
	s.phraseEnds[i] = int32(end) + 1
	return end
}

// memoPhrases turns on the reuse of nounPhrase's answers; tests turn it
// off to check that the answers are the same without.
var memoPhrases = true

// readNounPhrase is nounPhrase without the reuse.
func (s *scanner) readNounPhrase(i, limit int) int {
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
		return i + 1 // “Anyone but Hale,” read one.
	}
	k := i
	if s.in(k, determiners) {
		k++
		if s.is(k, "of") && (s.in(k+1, determiners) || s.at(k+1).Upper) {
			// "one of those advisers", "some of Hale's aides"
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
			case t.Upper && !s.lowIn(k, capitalStops):
			case t.Upper && string(w) == "watch" && k > head && s.at(k-1).Upper: // Judicial Watch
			case k > head && k+1 < end && s.innerStop(k): // Morning This Week
			case t.Upper && len(w) == 1 && s.punct(k+1, "."): // an initial: Anne B. Ortiz
			case s.placePrep(k) && k > head && k+1 < end && s.prepObject(k+1):
			case string(w) == "and" && k > head && k+1 < end && s.at(k+1).Upper && (s.at(k-1).Upper || s.head(k-1)):
			case k > head && k+1 < end && s.ingModifier(k):
			case possessive(w) && !t.Upper && k > head:
			case !t.Upper && k > head && s.at(k-1).Upper && s.in(k, articles) && !s.isAny(k, "this", "that"):
				// "told host Dana Diaz a loss is ...": an article after a
				// name starts a new phrase.
				return s.trimPhrase(i, k)
			case !t.Upper && k > head && s.plural(k) && s.in(k+1, articles) && !s.isAny(k+1, "this", "that"):
				// "The Ortiz campaign backs the rules": a word in -s
				// before an article is the verb.
				return s.trimPhrase(i, k)
			case !t.Upper && s.nounLike(k):
			case string(w) == "state" && k+1 < end && s.at(k+1).Upper && !s.in(k+1, capitalStops): // state Sen. Ann Ray
			case !t.Upper && k > head && s.is(k-1, "of") && s.prepObject(k): // secretary of state
			case !t.Upper && s.modifier(k) && k+1 < end && (s.at(k+1).Upper || s.nounLike(k+1) && !s.in(k+1, determiners)) &&
				!(k > head && s.at(k-1).Upper && !s.in(k-1, capitalStops) && bytes.HasSuffix(w, []byte("ed"))):
				// (Not "Hale defended harbor fees": after a name, a
				// word in -ed is its verb.)
			case !t.Upper && k > i && !s.at(k-1).Upper && s.at(k-1).Kind == textseg.Word && s.nounVerb(k):
			default:
				return s.trimPhrase(i, k)
			}
		case t.Kind == textseg.Mark && t.Role == textseg.Apostrophe && k > head:
		case t.Kind == textseg.Punct && s.tok(k) == "/" && k > i && s.number(k-1) && s.number(k+1): // 9/11 survivor Ann Ortiz
		case t.Kind == textseg.Punct && s.tok(k) == "$" && s.number(k+1): // the $15 wage campaign
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

// innerStop reports whether token k is a capital word that opens
// sentences but stands inside a name between two capitalised words:
// "Morning This Week".
func (s *scanner) innerStop(k int) bool {
	return s.at(k).Upper && s.in(k, nameStops) && s.at(k-1).Upper && !s.in(k-1, capitalStops) &&
		s.at(k+1).Kind == textseg.Word && s.at(k+1).Upper && !s.in(k+1, capitalStops)
}

// prepObject reports whether token k can start the object of a
// preposition inside a mention: "of the union", "for Hale", "for
// committee Democrats".
func (s *scanner) prepObject(k int) bool {
	t := s.at(k)
	if s.is(k-1, "of") && t.Kind == textseg.Word && !t.Upper && !s.lowIn(k, functionWords) {
		if e, ok := s.e.lex.Lookup(s.word(k)); ok && e.Form&cuelex.Base != 0 {
			return true // after "of" a verb's base form is a noun: secretary of state
		}
		if s.nounLike(k) && s.lowIn(k-2, sourceNouns) {
			return true // the board of education
		}
	}
	return t.Upper || s.in(k, determiners) || s.punct(k, "$") && s.number(k+1) ||
		t.Kind == textseg.Word && s.nounLike(k) && s.at(k+1).Kind == textseg.Word && s.at(k+1).Upper && !s.in(k+1, capitalStops)
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
// used as the noun that ends a phrase: "the harbor board's report said",
// "during Friday’s conference call".
func (s *scanner) nounVerb(k int) bool {
	e, ok := s.e.lex.Lookup(s.word(k))
	if !ok {
		return s.lowIn(k, gerundNouns) // "a court filing", though file reports nothing
	}
	if !(nounVerbs.has(e.Lemma) && e.Form&(cuelex.Base|cuelex.Third) != 0 || s.lowIn(k, gerundNouns)) {
		return false
	}
	if e.Form&(cuelex.Third|cuelex.Past) != 0 && s.at(k-1).Kind == textseg.Word && !s.at(k-1).Upper && (s.head(k-1) || s.placeHead(k-1, 0) >= 0) {
		return false // "the letter reads", "the sign read": a speaker and its verb
	}
	n := s.at(k + 1)
	if n.Kind != textseg.Word || s.lowIn(k+1, functionWords) || s.modifierNoun(k) {
		return true
	}
	_, ok = s.cueAt(k + 1) // "the report concluded"
	return ok
}

// modifierNoun reports whether word k, a reporting verb's base form, is
// a noun between an article and the noun it modifies: "the state health
// department", "the report card".
func (s *scanner) modifierNoun(k int) bool {
	if !s.in(k-1, articles) || s.isAny(k-1, "this", "that") || !s.nounLike(k+1) {
		return false
	}
	e, ok := s.e.lex.Lookup(s.word(k))
	return ok && e.Form&cuelex.Base != 0 && nounVerbs.has(e.Lemma)
}

// modifier reports whether lower-case word k is a participle that can
// modify a noun inside a mention: "the retired diplomat", "the
// left-leaning weekly".
func (s *scanner) modifier(k int) bool {
	w := s.lower(k)
	if s.lowIn(k, functionWords) {
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
	if s.at(k).Kind != textseg.Word {
		return false
	}
	w := s.lower(k)
	if s.lowIn(k, functionWords) || s.lowIn(k, irregularPasts) || bytes.HasSuffix(w, []byte("ly")) && !s.lowIn(k, lyNouns) {
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
	if s.lowIn(k, sourceNouns) {
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
// the phrase, as in the apposition "an ally of the port board".
func (s *scanner) phraseBefore(j, lo int, strict bool) int {
	if j < lo {
		return j + 1
	}
	if s.isAny(j, "them", "us", "those") && j-2 >= lo && s.is(j-1, "of") && (s.in(j-2, determiners) || s.in(j-2, numberWords) || s.isAny(j-2, "none", "half")) {
		return j - 2 // "most of them said", "none of those"
	}
	if s.in(j, objectPronouns) && !s.in(j, subjectPronouns) && j-3 >= lo && s.in(j-1, nounPreps) && s.postmodifier(j-2) {
		// "people close to him": the head stands before the phrase.
		k := j - 2
		if s.postAdjective(k) {
			k--
		}
		if from := s.phraseBefore(k, lo, strict); from <= k {
			return from
		}
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
	if t.Kind == textseg.Word && !t.Upper && s.is(j-1, "of") && j-2 >= lo && s.prepObject(j) && !s.nounLike(j) {
		// "the secretary of state said": the head stands before "of".
		if from := s.phraseBefore(j-2, lo, strict); from <= j-2 {
			return from
		}
	}
	if t.Kind != textseg.Word || t.Upper && s.lowIn(j, capitalStops) || !t.Upper && (strict && !s.head(j) && s.placeHead(j, lo) < 0 || !s.nounLike(j) && !s.lowIn(j, sourceNouns)) {
		return j + 1
	}
	from := j
	sawAnd := false
	for k := j - 1; k >= lo && k > j-maxPhrase; k-- {
		t := s.at(k)
		w := s.lower(k)
		ok := false
		switch {
		case s.openingThat(k):
			return k // That letter
		case s.in(k, determiners):
			// president of the union: go on over "of" to the head before it.
			if k-2 >= lo && s.ingModifier(k-1) {
				ok = true // a lawyer representing the city
				break
			}
			if k-2 >= lo && s.placePrep(k-1) && s.at(k-2).Kind == textseg.Word && (s.is(k-1, "of") && (s.at(k-2).Upper || s.nounLike(k-2)) || s.postmodifier(k-2)) {
				ok = true
				break
			}
			return k
		case t.Kind == textseg.Word && t.Upper && (!capitalStops.has(string(w)) || s.innerStop(k)):
			ok = true
		case t.Kind == textseg.Word && possessive(w):
			ok = true
		case s.placePrep(k) && k-1 >= lo && s.at(k-1).Kind == textseg.Word && (s.at(k-1).Upper || s.nounLike(k-1) || s.lowIn(k-1, sourceNouns)) &&
			s.prepObject(k+1):
			ok = true
		case string(w) == "and" && k-1 >= lo && s.at(k-1).Upper && (s.at(k+1).Upper || s.in(k+1, determiners) && s.at(k+2).Upper):
			ok, sawAnd = true, true // Ushakov and Waltz, Russia and the US
		case s.punct(k, ",") && sawAnd && k-1 >= lo && s.at(k-1).Upper && s.at(k+1).Upper:
			ok = true
		case s.punct(k, ".") && k-1 >= lo && textseg.Abbreviation(s.tok(k-1)):
			ok = true
		case s.punct(k, "$") && s.number(k+1):
			ok = true // the $15 wage campaign
		case t.Kind == textseg.Mark && t.Role == textseg.Apostrophe:
			ok = true
		case t.Kind == textseg.Word && !t.Upper && (s.nounLike(k) || s.modifier(k) || s.modifierNoun(k) || bytes.HasSuffix(w, []byte("ing")) && !functionWords.has(string(w))):
			ok = true // "a visiting law professor"
		case t.Kind == textseg.Word && !t.Upper && sourceNouns.has(string(w)) && s.placePrep(k+1):
			ok = true // "a tweet from the county", though tweet is a verb too
		case string(w) == "state" && k-1 >= lo && s.at(k-1).Upper:
			ok = true // "Oregon state delegate"
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

// placeHead returns the speaker's noun when lower-case word j ends a
// place or a field after it, which then heads the mention: "a sign on
// the barn", "a spokesman for the county", "officials in the county",
// "the board of education". It returns -1 when there is none.
func (s *scanner) placeHead(j, lo int) int {
	if !s.nounLike(j) || s.number(j) {
		return -1
	}
	if j-3 >= lo && s.is(j-1, "the") && s.placePrep(j-2) && s.postmodifier(j-3) {
		if s.postAdjective(j-3) && j-4 >= lo {
			return j - 4 // a source close to the county
		}
		return j - 3
	}
	if j-2 >= lo && s.is(j-1, "of") && s.lowIn(j-2, sourceNouns) {
		return j - 2
	}
	return -1
}

// ingModifier reports whether the -ing word at token k, after a
// speaker's noun and before an article, describes that speaker: "a
// lawyer representing the city", "residents opposing the plan".
func (s *scanner) ingModifier(k int) bool {
	if !s.participle(k) || s.in(k, functionWords) || s.in(k, tailPreps) || s.isAny(k, "regarding", "concerning", "according", "including") || !s.in(k+1, articles) || s.isAny(k+1, "this", "that") || !(s.lowIn(k-1, sourceNouns) || s.plural(k-1) && s.head(k-1)) {
		return false
	}
	_, ok := s.e.lex.Lookup(s.word(k))
	return !ok // not "officials saying the", a cue of its own
}

// placePrep reports whether token k is a preposition that joins a
// speaker's noun to what follows it in a mention read leftwards: "a
// spokesman for the county", "a sign on the barn", "a sign outside the
// courthouse".
func (s *scanner) placePrep(k int) bool {
	return s.in(k, nounPreps) || s.isAny(k, "on", "outside") && s.is(k+1, "the") && s.lowIn(k-1, sourceNouns)
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
	// The apposition runs to the end of its clause: "said Daniel
	// Morrow, a lecturer in shipping law at Salem, who ...".
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
	// Up to three asides: "Anne Hale, the mayor of Salem, one of the
	// towns suing the port, said".
	for j, asides := end+1, 0; j < len(s.toks) && j < end+4*maxPhrase && asides < 3; j++ {
		if rj := s.regionOpenedAt(j); rj >= 0 && j > end+1 && !s.regions[rj].Unclosed && s.regions[rj].Close < end+4*maxPhrase {
			// A title in the aside: host of “Morning Desk,” said.
			j = s.regions[rj].Close
			if _, ok := s.cueAt(j + 1); ok && s.punct(j-1, ",") {
				return j + 1
			}
			continue
		}
		t := s.at(j)
		if t.Kind == textseg.Mark && t.Role != textseg.Apostrophe || t.Kind == textseg.Punct && (s.endsSentence(j) || s.tok(j) == ";") {
			return end
		}
		if !s.punct(j, ",") {
			continue
		}
		k := j + 1
		for k < len(s.toks) && k < j+4 && (s.in(k, preCue) || s.adverb(k)) {
			k++
		}
		if _, ok := s.cueAt(k); ok {
			// The cue follows the comma: the mention keeps the
			// apposition ("Hale, the early favorite in the race, said").
			return j
		}
		asides++
	}
	return end
}

// coordinated returns the subject's own reporting verb when cue c took the
// subject of its clause across "and" and that subject's verb reports too:
// in "She says she is proud and expects “a solid share”", what she says
// runs from "she is proud" on. A second verb that reports on its own
// (said, added), names (called), agrees or is a gerund (accusing) keeps
// its own quote. Otherwise it returns c.
func (s *scanner) coordinated(c cue, open int) cue {
	if !c.fallback || c.source.To <= c.source.From || speechVerbs.has(c.entry.Lemma) || objectVerbs.has(c.entry.Lemma) ||
		c.entry.Class == "endorse" || bytes.HasSuffix(s.lower(c.at), []byte("ing")) {
		return c
	}
	j := c.at - 1
	for j > c.source.To && (s.in(j, preCue) || s.adverb(j)) {
		j--
	}
	if !s.isAny(j, "and", "but") {
		return c
	}
	v := c.source.To
	for v < j && (s.in(v, preCue) || s.adverb(v)) {
		v++
	}
	e, ok := s.cueAt(v)
	if !ok || e.Form&(cuelex.Past|cuelex.Third) == 0 || !speechVerbs.has(e.Lemma) || s.reportOpens(c.at) && s.quotedCue(v, j) {
		return c
	}
	end := s.channel(v, open)
	o := cue{at: v, end: end, entry: e, source: c.source, content: s.contentStart(end, open)}
	if o.content >= j {
		return c
	}
	return o
}

// quotedCue reports whether the cue at token v already has a quote of
// its own that ends before token j: in "claims that the plan is “dead,”
// and asserts that ...", the first verb's words stop at "and", and the
// second verb, opening its own "that", reports on its own.
func (s *scanner) quotedCue(v, j int) bool {
	if len(s.out) == 0 {
		return false
	}
	p := s.out[len(s.out)-1]
	return p.Cue.Span.Start == s.at(v).Start && p.Span.End <= s.at(j).Start
}

// endsSentence reports whether token j is a stop that ends a sentence: not
// the dot of an abbreviation, nor one a comma follows (R-Ky., said).
func (s *scanner) endsSentence(j int) bool {
	p := s.tok(j)
	return s.at(j).Kind == textseg.Punct && isStop(p) && !(p == "." && (textseg.Abbreviation(s.tok(j-1)) || s.punct(j+1, ",")))
}

// pairAside reports whether tokens k and k+1 are a two-word aside set off
// by commas between a mention and its cue: "for example", "in turn".
func (s *scanner) pairAside(k int) bool {
	return s.is(k, "for") && s.isAny(k+1, "example", "instance") || s.is(k, "in") && s.isAny(k+1, "turn", "fact") || s.is(k, "of") && s.is(k+1, "course")
}

// postmodifier reports whether the word at token k and the preposition
// after it start a phrase that describes a source mention from behind:
// "a person familiar with the talks", "people close to him", "aides to
// the senator", "a spokesman for the campaign".
func (s *scanner) postmodifier(k int) bool {
	if s.postAdjective(k) {
		return true
	}
	return !s.is(k+1, "with") && (s.lowIn(k, sourceNouns) || s.plural(k) && s.head(k))
}

// postAdjective reports whether the word at token k is an adjective or
// participle that follows the source it describes: "familiar", "close".
func (s *scanner) postAdjective(k int) bool {
	return s.isAny(k, "familiar", "close", "briefed", "involved")
}

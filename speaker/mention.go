package speaker

import (
	"slices"
	"strings"

	"github.com/hearsaynlp/hearsay/quote"
)

// kind is what a mention is, as far as its own words tell.
type kind uint8

const (
	noKind  kind = iota
	name         // a name: "Sergei Lavrov", "Putin aide Yuri Ushakov", "Lavrov"
	pronoun      // "he", "they"
	role         // a role with no name: "the Russian foreign minister"
	org          // "the Kremlin", "the ministry"
	anon         // "a senior official", "sources"
	doc          // "a statement", "The New York Post"
	other        // a nominal whose head no list knows: "the debate moderators"
)

// mention is one mention of a possible speaker, in word indexes and spans
// into the text.
type mention struct {
	span      quote.Span // the whole phrase
	name      quote.Span // the name without a possessive ending; zero when none
	title     quote.Span // the role as written; zero when none
	affil     string     // the affiliation of the role: a country, or as written
	head      quote.Span // the head noun of a nominal
	first     int32      // the first and last words of the name
	last      int32
	kind      kind
	gender    gender
	plural    bool
	indef     bool    // an indefinite determiner: "a spokesman", "some officials"
	person    bool    // the words show a person: a title, honorific or given name
	source    bool    // the mention is a quote's source
	group     int32   // the source group, or -1
	also      []int32 // further speakers of a "they" resolved to a coordinated source
	sent      int32
	para      int32
	speaker   int32 // index into the speakers being built; -1 when none
	method    Method
	reason    string
	label     string // the canonical name of a nominal, when not its text
	relative  bool   // "who", "which": refers to the mention just before
	possessor bool   // led by "his", "her", "its", "their"
	the       bool   // led by "the"
	coord     int32  // the name before this one in a coordination outside sources, or -1
	quoted    bool   // inside the content of a quote
	narration int32  // sentences up to this one not wholly inside quotes, see countNarration
	nation    bool   // a country, its capital or its nationality
	former    bool   // the role is held no longer: "former", "ex-", "then-"
	word      int32  // the first word
	firstPers bool   // "I", "we"
	work      bool   // the quoted title of a work: "“Dunes”"
}

// determiners lead nominals; the value is true for indefinite ones.
var determiners = map[string]bool{
	"the": false, "this": false, "that": false, "these": false, "those": false,
	"his": false, "her": false, "their": false, "its": false, "our": false, "my": false, "your": false,
	"a": true, "an": true, "another": true, "some": true, "several": true, "many": true, "most": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "both": false, "all": true,
	"other": true, "no": true, "any": true, "each": true, "every": true, "such": true, "few": true,
	"numerous": true, "multiple": true, "none": true, "neither": true,
}

// indefinites are the pronouns of unnamed people: a source that is one of
// them is anonymous.
var indefinites = map[string]bool{
	"everyone": true, "everybody": true, "someone": true, "somebody": true, "anyone": true,
	"anybody": true, "nobody": true,
}

// pronouns maps the pronouns a source can be to their gender; plural ones
// are marked by plural below.
var pronouns = map[string]gender{
	"he": male, "him": male, "himself": male, "his": male, "she": female, "her": female, "herself": female,
	"they": unknownGender, "them": unknownGender, "it": unknownGender, "its": unknownGender, "we": unknownGender,
	"their": unknownGender, "our": unknownGender, "my": unknownGender, "your": unknownGender,
	"that": unknownGender, "whom": unknownGender, "whose": unknownGender,
	"i": unknownGender, "you": unknownGender, "who": unknownGender, "which": unknownGender,
	"us": unknownGender, "me": unknownGender, "themselves": unknownGender,
}

// possessives are the pronouns that lead a nominal as its possessor.
var possessives = map[string]gender{
	"his": male, "her": female, "its": unknownGender, "their": unknownGender,
	"our": unknownGender, "my": unknownGender, "your": unknownGender,
}

// honorifics before a name, and the gender they give.
var honorifics = map[string]gender{
	"mr": male, "mr.": male, "mrs": female, "mrs.": female, "ms": female, "ms.": female,
	"miss": female, "sir": male, "dame": female, "lord": male, "lady": female,
	"dr.": unknownGender, "dr": unknownGender, "sen.": unknownGender, "rep.": unknownGender,
	"gov.": unknownGender, "gen.": unknownGender, "lt.": unknownGender, "col.": unknownGender,
	"sgt.": unknownGender, "capt.": unknownGender, "adm.": unknownGender, "prof.": unknownGender,
	"rev.": unknownGender, "pres.": unknownGender, "sec.": unknownGender,
}

// qualifiers stand between a determiner or affiliation and a title.
var qualifiers = map[string]bool{
	"former": true, "then": true, "senior": true, "top": true, "acting": true, "interim": true,
	"outgoing": true, "incoming": true, "longtime": true, "long-time": true, "new": true, "current": true,
	"retired": true, "veteran": true, "key": true, "leading": true, "chief": true, "deputy": true,
	"assistant": true, "associate": true, "special": true, "late": true, "fellow": true, "ex": true,
	"presumptive": true, "likely": true, "official": true, "anonymous": true, "unnamed": true,
	"high-ranking": true, "high-level": true, "two": true, "three": true, "several": true,
}

// connectors may stand inside a name between capitalised words.
var connectors = map[string]bool{
	"of": true, "de": true, "van": true, "von": true, "bin": true, "al": true, "del": true,
	"la": true, "da": true, "der": true, "di": true, "du": true, "le": true, "for": true, "and": false,
}

// capitalStops are capitalised words that begin sentences and are not
// names.
var capitalStops = map[string]bool{
	"the": true, "a": true, "an": true, "but": true, "and": true, "or": true, "in": true, "on": true,
	"at": true, "for": true, "with": true, "after": true, "before": true, "as": true, "if": true,
	"when": true, "while": true, "although": true, "though": true, "it": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "our": true, "its": true, "my": true, "your": true,
	"there": true, "here": true, "yet": true, "so": true, "then": true, "now": true, "also": true,
	"still": true, "meanwhile": true, "however": true, "speaking": true, "according": true,
	"asked": true, "what": true, "who": true, "why": true, "how": true, "where": true, "which": true,
	"not": true, "no": true, "yes": true, "to": true, "from": true, "by": true, "of": true, "about": true,
	"because": true, "since": true, "until": true, "during": true, "despite": true, "instead": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "mr": true, "mrs": true, "ms": true, "is": true, "was": true,
	"do": true, "does": true, "did": true, "can": true, "will": true, "would": true, "should": true,
	"could": true, "may": true, "some": true, "many": true, "most": true, "all": true, "one": true,
	"two": true, "every": true, "each": true, "both": true, "other": true, "another": true,
	"read": true, "see": true, "watch": true, "click": true, "please": true, "more": true, "just": true,
	"even": true, "only": true, "like": true, "unlike": true, "once": true, "over": true, "under": true,
	"last": true, "next": true, "earlier": true, "later": true, "today": true, "tonight": true,
	"yesterday": true, "tomorrow": true, "photo": true, "image": true, "video": true, "advertisement": true,
	// Negative quantifiers are never names: "None of the candidates said".
	"none": true, "neither": true, "nobody": true, "nothing": true,
	// Headings and stage words glued to what follows: "ABSTRACT.",
	// "Enter The Washington Post".
	"abstract": true, "enter": true,
	"late": true, "early": true, "therefore": true, "thus": true, "together": true, "back": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true,
}

// lower returns the lower-cased text of word w in st.buf; index maps with
// string(b) so that the lookup does not allocate.
func (st *state) lower(w int) []byte {
	return st.lowerRange(w, w+1)
}

// lowerRange returns the lower-cased words lo..hi joined by single spaces.
func (st *state) lowerRange(lo, hi int) []byte {
	if lo < hi && st.singleSpaced(lo, hi) {
		// Most phrases are written so, and are a piece of st.low: capped,
		// so that appending to it never writes into st.low.
		b := st.low[st.words[lo].start:st.words[hi-1].end]
		st.buf = b[:len(b):len(b)]
		return st.buf
	}
	b := st.joined[:0]
	for k := lo; k < hi; k++ {
		if k > lo {
			b = append(b, ' ')
		}
		// Copy and lower in one pass: words are short, and a copy call
		// for each costs more than the bytes.
		w := st.text[st.words[k].start:st.words[k].end]
		from := len(b)
		b = slices.Grow(b, len(w))[:from+len(w)]
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[from+i] = c
		}
	}
	st.joined, st.buf = b, b
	return b
}

// singleSpaced reports whether words lo..hi are each one space apart.
func (st *state) singleSpaced(lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		if end := st.words[k-1].end; st.words[k].start != end+1 || st.text[end] != ' ' {
			return false
		}
	}
	return true
}

// bare returns the lower-cased word w without a possessive ending.
func (st *state) bare(w int) []byte {
	b := st.lower(w)
	if st.words[w].flags&possessive != 0 {
		b = trimPossessive(b)
	}
	return b
}

// trimPossessive returns b without a possessive ending ("'s", "’s").
func trimPossessive[S ~string | ~[]byte](b S) S {
	switch {
	case len(b) > 2 && b[len(b)-2] == '\'':
		return b[:len(b)-2]
	case len(b) > 4 && string(b[len(b)-4:len(b)-1]) == "’":
		return b[:len(b)-4]
	}
	return b
}

// wordText returns the text of word w without a possessive ending.
func (st *state) wordText(w int) string {
	s := st.text[st.words[w].start:st.words[w].end]
	if st.words[w].flags&possessive != 0 {
		return trimPossessive(s)
	}
	return s
}

func (st *state) isWord(w int) bool  { return st.words[w].flags&isWord != 0 }
func (st *state) isUpper(w int) bool { return st.words[w].flags&isUpper != 0 }
func (st *state) punct(w int, p string) bool {
	return st.words[w].flags&isWord == 0 && st.text[st.words[w].start:st.words[w].end] == p
}

// titleAt returns the number of words of the longest title starting at
// word w and ending by hi, or 0.
func (st *state) titleAt(w, hi int) (int, gender) {
	in := st.info(w)
	if in.titleLen == 1 && in.bits&known != 0 {
		return 1, in.title
	}
	for n := min(int(in.titleLen), hi-w); n > 0; n-- {
		if !st.isWord(w + n - 1) {
			continue
		}
		b := st.titleKey(w, w+n)
		if st.words[w+n-1].flags&possessive != 0 {
			b = trimPossessive(b)
		}
		if g, ok := st.lx.titles[string(b)]; ok {
			return n, g
		}
	}
	return 0, unknownGender
}

// titleKey is lowerRange with a leading "then-" or "ex-" dropped from the
// first word.
func (st *state) titleKey(lo, hi int) []byte {
	b := st.lowerRange(lo, hi)
	for _, p := range [...]string{"then-", "ex-", "former-"} {
		if len(b) > len(p) && string(b[:len(p)]) == p {
			return b[len(p):]
		}
	}
	return b
}

// nationAt returns the country of the longest nationality or country
// name starting at word w and ending by hi.
func (st *state) nationAt(w, hi int) (int, string) {
	for n := min(int(st.info(w).nationLen), hi-w); n > 0; n-- {
		b := st.titleKey(w, w+n)
		if st.words[w+n-1].flags&possessive != 0 {
			b = trimPossessive(b)
		}
		if c, ok := st.lx.nationalities[string(b)]; ok {
			return n, c
		}
	}
	return 0, ""
}

// nounAt returns the class of the noun phrase ending at word hi-1 (one or
// two words).
func (st *state) nounAt(lo, hi int) (nounClass, int) {
	if hi <= lo || st.info(hi-1).bits&nounLast == 0 {
		return noClass, 0
	}
	for n := min(st.lx.maxNoun, hi-lo); n > 1; n-- {
		if c, ok := st.lx.nouns[string(st.lowerRange(hi-n, hi))]; ok {
			return c, n
		}
	}
	if c := st.info(hi - 1).noun; c != noClass {
		return c, 1
	}
	return noClass, 0
}

// maxMention is the most words a mention is read in.
const maxMention = 40

// parse reads the words lo..hi as one mention (no coordination).
func (st *state) parse(lo, hi int) mention {
	m := mention{speaker: -1}
	for lo < hi && !st.isWord(lo) {
		lo++
	}
	for hi > lo && !st.isWord(hi-1) {
		hi--
	}
	if lo >= hi {
		return m
	}
	m.span = quote.Span{Start: int(st.words[lo].start), End: int(st.words[hi-1].end)}
	m.sent, m.para = st.words[lo].sent, st.words[lo].para
	m.word = int32(lo)
	if hi-lo > maxMention {
		return m // no mention is this long: an unrecognised source
	}
	for k := lo; k < hi; k++ {
		if st.words[k].end-st.words[k].start > maxWord {
			return m
		}
	}
	if hi-lo == 1 && (st.info(lo).bits&pronounWord != 0 || st.words[lo].flags&possessive == 0 && st.containsApostrophe(lo)) {
		if g, ok := pronouns[string(cutApostrophe(st.lower(lo)))]; ok {
			m.kind = pronoun
			m.gender = g
			st.buf = cutApostrophe(st.buf)
			switch string(st.buf) {
			case "they", "them", "we", "us", "themselves", "their", "our":
				m.plural = true
			case "who", "which", "that", "whom", "whose":
				m.relative = true
			}
			switch string(st.buf) {
			case "i", "we", "me", "us", "you", "my", "our", "your":
				m.firstPers = true
			}
			return m
		}
	}
	if hi-lo == 1 && indefinites[string(st.lowerShort(lo))] {
		m.kind = anon // "Everyone can see it", though it open a sentence
		m.head = m.span
		return m
	}
	if st.info(lo).bits&determiner != 0 && hi-lo > 1 {
		m.indef = determiners[string(st.lower(lo))]
		if g, ok := possessives[string(st.buf)]; ok {
			m.possessor = true
			m.gender = g
			m.plural = string(st.buf) == "their"
			m.firstPers = string(st.buf) == "my" || string(st.buf) == "our" || string(st.buf) == "your"
		}
		m.the = string(st.buf) == "the"
		lo++
	}
	// Walk the words: modifiers, titles, then a name or a head noun, up to
	// a preposition that starts a complement ("the wife of a man").
	p := lo
	affilLo, affilHi := -1, -1
	restLo := lo
	for p < hi {
		if !st.isWord(p) {
			p++
			restLo = p
			continue
		}
		if p == restLo && p+1 < hi && st.isUpper(p+1) && st.age(p) {
			p++ // "82-year-old Harold Finch": an age is no part of a name
			restLo = p
			continue
		}
		if st.info(p).bits&honorific != 0 && p+1 < hi && st.isUpper(p+1) {
			g := honorifics[string(st.lower(p))]
			m.person = true
			if g != unknownGender {
				m.gender = g
			} else {
				m.title = st.span(p, p+1)
			}
			p++
			restLo = p
			break // a name follows, though it be a title's word: "Mr. Justice"
		}
		if n, g := st.titleAt(p, hi); n > 0 {
			if restLo < p {
				affilLo, affilHi = restLo, p
			}
			m.former = false
			for k := restLo; k <= p; k++ {
				if st.isWord(k) && st.formerAt(k) {
					m.former = true
				}
			}
			m.title = st.span(p, p+n)
			if g != unknownGender {
				m.gender = g
			}
			m.person = true
			p += n
			restLo = p
			continue
		}
		if p > lo && !st.isUpper(p) && st.info(p).bits&preposition != 0 && (p+1 >= hi || !st.isUpper(p+1) || !st.isUpper(p-1)) {
			hi = p
			break
		}
		p++
	}
	if affilLo >= 0 {
		m.affil = st.affiliation(affilLo, affilHi)
	}
	// A capitalised title that ends a run of names is a surname ("Ann
	// Justice", "Martin Luther King").
	if restLo >= hi && affilLo >= 0 && st.isUpper(int(st.wordAt(m.title.Start))) {
		k := affilHi
		for k > affilLo && st.isWord(k-1) && st.isUpper(k-1) && st.words[k-1].flags&possessive == 0 {
			if n, _ := st.nationAt(k-1, k); n > 0 || parties[string(st.lower(k-1))] != "" {
				break
			}
			k--
		}
		if k < affilHi {
			restLo = k
			m.title, m.affil, m.person, m.former = quote.Span{}, "", false, false
			if k > affilLo {
				m.affil = st.affiliation(affilLo, k)
			}
		}
	}
	// What follows the last title: a name, a head noun, or nothing.
	if restLo >= hi {
		if !m.title.IsZero() {
			m.kind = role
			m.head = m.title
			m.plural = false
		}
		return m
	}
	allUpper := true
	for k := restLo; k < hi; k++ {
		if !st.isWord(k) {
			continue
		}
		if st.isUpper(k) && k == restLo && st.words[k].flags&sentStart != 0 {
			// "Sources said", "Officials say": a capital only because the
			// sentence starts there.
			if _, ok := st.lx.nouns[string(st.lower(k))]; ok && !st.givenBefore(k, hi) {
				allUpper = false
				continue
			}
		}
		if !st.isUpper(k) && !(connectors[string(st.lower(k))] && k > restLo && k+1 < hi && st.isUpper(k+1)) {
			allUpper = false
		}
	}
	if !allUpper {
		// "the independent Federal Grain Office": lower-case
		// modifiers before an organisation's name.
		k := hi
		for k > restLo+1 && st.isWord(k-1) && st.isUpper(k-1) {
			k--
		}
		if c, _ := st.nounAt(k, hi); hi-k >= 2 && k > restLo && (c == orgNoun || c == docNoun || st.info(k).bits&nameGiven != 0) && st.isWord(k-1) && !st.isUpper(k-1) {
			restLo, allUpper = k, true // or a person's: "basketball great Ann Lee"
		}
	}
	if !allUpper {
		// A nominal: its head is the last word.
		c, n := st.nounAt(restLo, hi)
		m.head = st.span(hi-max(n, 1), hi)
		if restLo < hi-n && m.affil == "" {
			m.affil = st.affiliation(restLo, hi-max(n, 1))
		}
		switch c {
		case orgNoun:
			m.kind = org
		case anonNoun:
			m.kind = anon
			m.plural = st.text[m.head.End-1] == 's'
		case docNoun:
			m.kind = doc
		default:
			switch {
			case !m.title.IsZero():
				m.kind = role
				m.head = m.title
			default:
				if n, _ := st.pluralTitle(hi - 1); n {
					m.kind = role
					m.title = st.span(hi-1, hi)
					m.head = m.title
					m.plural = true
					return m
				}
				m.kind = other
			}
		}
		return m
	}
	// "The Media And Marco Rubio" of a headline in title case: the name
	// is after the last "And".
	if int(m.para) < len(st.headline) && st.headline[m.para] {
		for k := hi - 2; k > restLo; k-- {
			if string(st.lowerShort(k)) == "and" {
				restLo = k + 1
				break
			}
		}
	}
	// "NBC’s Owen Pratt": a possessive before a name is its
	// affiliation.
	for k := restLo; k < hi-1 && m.title.IsZero(); k++ {
		if st.words[k].flags&possessive != 0 && st.isWord(k+1) && st.isUpper(k+1) {
			m.affil = st.affiliation(restLo, k+1)
			restLo = k + 1
			break
		}
	}
	// Party and nationality words before a name are its affiliation
	// ("Democrat Mary Hale"), when a name of two words remains.
	for m.title.IsZero() && restLo < hi-2 {
		if c, _ := st.nounAt(restLo, hi); c == orgNoun || c == docNoun || st.orgBeforeOf(restLo, hi) {
			break // "North Dakota School of Music", "Texas Department of Transportation"
		}
		n, c := st.nationAt(restLo, hi)
		if n == 0 {
			if a, ok := parties[string(st.lower(restLo))]; ok {
				n, c = 1, a
			}
		}
		if n == 0 || n > hi-restLo-2 {
			break
		}
		m.affil = c
		restLo += n
	}
	// A capitalised name: a person's unless the lexicon says otherwise.
	m.first, m.last = int32(restLo), int32(hi-1)
	m.name = quote.Span{Start: int(st.words[restLo].start), End: int(st.words[hi-1].end)}
	if st.words[hi-1].flags&possessive != 0 {
		m.name.End = m.name.Start + len(st.text[m.name.Start:st.words[hi-1].start]) + len(st.wordText(hi-1))
	}
	if m.title.IsZero() && !m.person && hi-restLo == 1 {
		if st.info(restLo).bits&capStop != 0 {
			return nothing(m) // "One said"
		}
		if st.lx.nouns[string(st.bare(restLo))] == anonNoun || st.nationals(restLo) {
			m.kind = anon // "Republicans", "Democrats", "Germans"
			m.plural = true
			return m
		}
	}
	m.kind = name
	if c, _ := st.nounAt(restLo, hi); (c == orgNoun || c == docNoun) && !st.givenAlone(restLo, hi) {
		// "Justice Department": a title word can start an organisation's name.
		if !m.title.IsZero() && m.title.End == m.name.Start-1 {
			m.name.Start = m.title.Start
			m.first = int32(st.wordAt(m.title.Start))
			m.title = quote.Span{}
			m.person = false
			m.gender = unknownGender
		}
		if m.title.IsZero() && !m.person {
			m.kind = org
			if c == docNoun {
				m.kind = doc
			}
			return m
		}
	}
	if m.title.IsZero() && !m.person {
		if st.event(restLo, hi) {
			return nothing(m)
		}
		// "Association of Harbor Pilots", "Department of Homeland
		// Security": an organisation's noun before "of".
		if st.orgBeforeOf(restLo, hi) {
			m.kind = org
			return m
		}
		if n, _ := st.nationAt(restLo, hi); n == hi-restLo {
			m.kind = org
			m.nation = true
			return m
		}
		if hi-restLo == 1 && st.acronym(restLo) {
			m.kind = org
			return m
		}
	}
	if g, ok := st.lx.names[string(st.lower(restLo))]; ok && hi-restLo > 1 {
		m.person = true
		if m.gender == unknownGender {
			m.gender = g
		}
	}
	return m
}

// nothing returns m as no mention at all, only its place in the text.
func nothing(m mention) mention {
	return mention{speaker: -1, span: m.span, sent: m.sent, para: m.para, word: m.word}
}

// events are the last words of the names of days, events, prizes and
// shows: "Labor Day", "the Iowa State Fair", "the World Series".
var events = map[string]bool{
	"day": true, "eve": true, "week": true, "weekend": true, "games": true, "olympics": true,
	"festival": true, "fair": true, "cup": true, "awards": true, "series": true, "bowl": true,
	"parade": true, "marathon": true, "show": true,
}

// event reports whether the name lo..hi is of a day, an event or a
// place rather than of anyone who could speak: it ends in an event's
// word, or begins with "World" ("World of Sports", "World Trade Center";
// an organisation's noun, "World Bank", is read before), and is not a
// given name and a surname ("Doris Day"; "Rachel Maddow Show" is a show).
func (st *state) event(lo, hi int) bool {
	return hi-lo > 1 && (hi-lo > 2 || st.info(lo).bits&nameGiven == 0) && (events[string(st.bare(hi-1))] || string(st.lower(lo)) == "world")
}

// nationals reports whether word w is the plural of a nationality
// adjective, a people: "Germans", "Iraqis", not "Americas".
func (st *state) nationals(w int) bool {
	b := st.lower(w)
	if len(b) < 4 || b[len(b)-1] != 's' {
		return false
	}
	c, ok := st.lx.nationalities[string(b[:len(b)-1])]
	return ok && !strings.EqualFold(c, string(b[:len(b)-1]))
}

// givenBefore reports whether word k, a noun that opens the sentence, is
// a given name before a capitalised word: "Bill Clinton said", not "Sources
// said".
func (st *state) givenBefore(k, hi int) bool {
	return st.info(k).bits&nameGiven != 0 && k+1 < hi && st.isUpper(k+1)
}

// givenAlone reports whether the name lo..hi is one given name that is
// also a noun, capitalised inside its sentence with no determiner before
// it: "her husband, Bill", not "the Bill".
func (st *state) givenAlone(lo, hi int) bool {
	return hi-lo == 1 && st.info(lo).bits&nameGiven != 0 && st.words[lo].flags&sentStart == 0 &&
		(lo == 0 || st.info(lo-1).bits&determiner == 0)
}

// orgBeforeOf reports whether the name lo..hi has an organisation's noun
// before its first "of": "Association of Harbor Pilots".
func (st *state) orgBeforeOf(lo, hi int) bool {
	for k := lo + 1; k < hi-1; k++ {
		if st.isWord(k) && string(st.lower(k)) == "of" {
			c, _ := st.nounAt(lo, k)
			return c == orgNoun
		}
	}
	return false
}

// containsApostrophe reports an apostrophe in word w: "he’s" may be a
// pronoun.
func (st *state) containsApostrophe(w int) bool {
	s := st.text[st.words[w].start:st.words[w].end]
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' || s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
			return true
		}
	}
	return false
}

// cutApostrophe returns b up to an apostrophe: "he" of "he’s", "she’ll".
func cutApostrophe(b []byte) []byte {
	for i := 0; i < len(b); i++ {
		if b[i] == '\'' || b[i] == 0xE2 && i+2 < len(b) && b[i+1] == 0x80 && b[i+2] == 0x99 {
			return b[:i]
		}
	}
	return b
}

// formerAt reports a word that makes a role a former one: "former",
// "ex", or a word starting "then-", "ex-" or "former-".
func (st *state) formerAt(w int) bool {
	b := st.lower(w)
	switch {
	case string(b) == "former" || string(b) == "ex":
		return true
	case len(b) > 5 && string(b[:5]) == "then-", len(b) > 3 && string(b[:3]) == "ex-", len(b) > 7 && string(b[:7]) == "former-":
		return true
	}
	return false
}

// age reports whether word w gives an age: "82-year-old".
func (st *state) age(w int) bool {
	s := st.text[st.words[w].start:st.words[w].end]
	return len(s) > 9 && s[0] >= '0' && s[0] <= '9' && strings.HasSuffix(s, "-year-old")
}

// pluralTitle reports a plural of a title at word w ("senators",
// "candidates").
func (st *state) pluralTitle(w int) (bool, gender) {
	b := st.lower(w)
	if len(b) < 4 || b[len(b)-1] != 's' {
		return false, unknownGender
	}
	g, ok := st.lx.titles[string(b[:len(b)-1])]
	return ok, g
}

// wordAt returns the word that starts at byte offset b.
func (st *state) wordAt(b int) int {
	lo, _ := st.wordsIn(quote.Span{Start: b, End: b})
	return lo
}

// prepositions end a nominal's head: "the wife of a man", "a spokesman for
// the campaign".
var prepositions = map[string]bool{
	"of": true, "for": true, "at": true, "in": true, "with": true, "from": true, "on": true,
	"by": true, "to": true, "who": true, "that": true, "which": true, "whose": true, "about": true,
	"representing": true, "close": true, "familiar": true, "involved": true, "led": true,
}

// issued are the participles that say when or by whom a document came
// out; they end a nominal's head as prepositions do, and are no part of
// its name: "a poll released Thursday" is a poll.
var issued = map[string]bool{"released": true, "issued": true, "published": true, "conducted": true, "commissioned": true}

// parties are party words that stand before names as an affiliation.
var parties = map[string]string{
	"republican": "Republican", "democrat": "Democratic", "democratic": "Democratic", "gop": "Republican",
	"labour": "Labour", "tory": "Conservative", "conservative": "Conservative", "liberal": "Liberal",
	"libertarian": "Libertarian", "independent": "Independent",
}

// acronym reports a word of two or more capital letters (FBI, NATO).
func (st *state) acronym(w int) bool {
	s := st.wordText(w)
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('A' <= c && c <= 'Z' || c == '.') {
			return false
		}
	}
	return true
}

// span returns the span of words lo..hi.
func (st *state) span(lo, hi int) quote.Span {
	return quote.Span{Start: int(st.words[lo].start), End: int(st.words[hi-1].end)}
}

// affiliation reads the modifiers before a title: a nationality becomes
// its country, anything else capitalised is kept as written without a
// possessive ending ("Putin", "White House"); lower-case qualifiers
// ("former", "senior") are dropped.
func (st *state) affiliation(lo, hi int) string {
	for lo < hi && (!st.isWord(lo) || !st.isUpper(lo) && st.nationLower(lo, hi) == "") {
		lo++
	}
	if lo >= hi {
		return ""
	}
	if n, c := st.nationAt(lo, hi); n > 0 {
		return c
	}
	end := hi
	for end > lo && (!st.isWord(end-1) || !st.isUpper(end-1)) {
		end--
	}
	if end <= lo {
		return ""
	}
	s := st.text[st.words[lo].start:st.words[end-1].start]
	return st.text[st.words[lo].start : int(st.words[lo].start)+len(s)+len(st.wordText(end-1))]
}

// nationLower returns the country of a lower-case word that names one
// ("then-us"), or "".
func (st *state) nationLower(lo, hi int) string {
	_, c := st.nationAt(lo, hi)
	return c
}

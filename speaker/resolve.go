package speaker

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/hearsaynlp/hearsay/quote"
)

// window is how many mentions back a pronoun looks for its referent, and
// sentences how many sentences.
const (
	window    = 40
	sentences = 6
)

// resolve decides, in text order, the speakers of the mentions that are
// not names: roles, pronouns and nominals.
func (st *state) resolve() {
	for oi, mi := range st.order {
		m := &st.ments[mi]
		if m.source && st.loneQuantifier(m) {
			// "each", "all" (even "Each", read as a name): of the
			// group before.
			m.kind, m.plural, m.name, m.speaker = pronoun, true, quote.Span{}, -1
			st.plural(oi, m)
			continue
		}
		if m.speaker >= 0 || !m.source && m.kind != pronoun && m.kind != role && m.kind != anon {
			continue
		}
		if m.source && m.name.IsZero() && m.kind != pronoun && m.kind != noKind {
			if c := st.apposed(m); c >= 0 {
				st.join(m, c, Named)
				continue
			}
		}
		if m.source && m.kind != pronoun && m.kind != name && st.partOf(oi, m) {
			continue
		}

		switch m.kind {
		case name, org, doc:
			if m.speaker < 0 && m.name.IsZero() {
				st.nominal(m)
			} else if m.speaker < 0 {
				st.join(m, st.newCluster(m), Named)
			}
		case anon, other:
			if c := st.describedPerson(m); c >= 0 {
				st.join(m, c, ByRole)
				continue
			}
			st.nominal(m)
		case role:
			st.role(m)
		case pronoun:
			if m.quoted {
				continue
			}
			st.pronoun(oi, m)
		}
	}
}

// partOf resolves a plural partitive source to the whole it is a part
// of: "most of whom" as the relative pronoun of the phrase before it
// ("former ambassadors and envoys -- most of whom"), "many of his
// supporters" as "his supporters". It reports whether it decided m,
// which it leaves unresolved, with the reason, when "whom" has no
// antecedent. "One of the candidates" is one person, not the candidates,
// and is left alone.
func (st *state) partOf(oi int, m *mention) bool {
	_, hi := st.wordsIn(m.span)
	w := int(m.word) + 2
	switch {
	case w >= hi:
		return false
	case st.partitive(m):
		switch string(st.lowerShort(int(m.word))) {
		case "many", "most", "some", "several", "all", "few", "both", "none", "neither", "each":
		default:
			return false
		}
	case w+1 < hi && string(st.lowerShort(w)) == "of" && determiners[string(st.lowerShort(int(m.word)))] && shares[string(st.lowerShort(w-1))]:
		w++ // "a majority of voters", "a group of doctors"
	default:
		return false
	}
	switch string(st.lowerShort(w)) {
	case "whom", "which":
		st.relativePronoun(oi, m)
		return true
	}
	np := st.parse(w, hi)
	np.source = true
	switch np.kind {
	case org, doc, anon, other:
		if np.name.IsZero() {
			st.nominal(&np)
		}
	case role:
		st.role(&np)
	}
	if np.speaker < 0 {
		return false
	}
	st.join(m, np.speaker, np.method)
	m.also = np.also
	return true
}

// apposed returns the speaker of the name a nominal stands in apposition
// to, set off by a comma ("Halvard Energy, another drilling company"; "his
// daughter, Ellie, a college freshman"), or -1.
func (st *state) apposed(m *mention) int32 {
	w := int(m.word)
	if w < 2 || !st.punct(w-1, ",") || !st.isWord(w-2) || st.words[w-2].sent != m.sent {
		return -1
	}
	switch string(st.lower(w)) {
	case "a", "an", "the", "another":
	default:
		return -1
	}
	if _, hi := st.wordsIn(m.span); m.source && hi < len(st.words) && st.isWord(hi) && st.words[hi].sent == m.sent && !st.isUpper(hi) && !prepositions[string(st.lower(hi))] {
		return -1 // "of Hale, the campaign gains": a subject, no apposition
	}
	oi := st.orderOf(m)
	for b := oi - 1; b >= 0 && b >= oi-4; b-- {
		p := &st.ments[st.order[b]]
		if p.span.End != int(st.words[w-2].end) {
			continue
		}
		if p.kind != name && p.kind != org && p.kind != doc || p.name.IsZero() || p.source || p.nation {
			return -1
		}
		if m.kind == role && (p.kind != name || p.speaker >= 0 && st.notPerson(&st.clusters[p.speaker])) {
			return -1 // "before the Foreign Relations Committee, the senator": an office is no body's
		}
		if f := int(p.word); f > 0 && st.isWord(f-1) && st.words[f-1].flags&sentStart != 0 && prepositions[string(st.lower(f-1))] {
			return -1 // "In Tulsa, the mayor": an opening phrase
		}
		// A name no one made a speaker becomes one: a given name, or a
		// name the nominal says is a thing ("Forward88, a super PAC")
		// that does not open its sentence ("Overall, the fund").
		if p.speaker < 0 && p.kind == name && (st.givenName(p) ||
			m.kind != anon && m.kind != role && st.words[p.word].flags&sentStart == 0) {
			if g, ok := st.lx.names[string(st.lower(int(p.first)))]; ok && p.last == p.first {
				p.person, p.gender = true, g // "his daughter, Ellie, a college freshman"
			}
			st.join(p, st.newCluster(p), Named)
		}
		return p.speaker
	}
	return -1
}

// nominal gives an organisation, anonymous or document nominal ("the
// ministry", "a senior official", "a statement") a speaker: a named
// organisation whose name ends in the head noun when exactly one does,
// otherwise one speaker per distinct wording.
func (st *state) nominal(m *mention) {
	var head string // lower-cased, of a definite organisation nominal
	if m.kind == org && !m.head.IsZero() && !m.indef {
		head = strings.ToLower(st.text[m.head.Start:m.head.End])
		var buf [4]string
		if cs := st.orgIndex()[head]; len(cs) == 1 {
			if mods := st.modifiers(m, buf[:0]); len(mods) == 0 || hasStem(st.text[st.clusters[cs[0]].name.Start:st.clusters[cs[0]].name.End], mods) {
				st.join(m, cs[0], ByRole)
				return
			}
		}
	}
	if m.kind == org && !m.head.IsZero() && !m.indef && !m.possessor && !m.plural && placeKinds[head] {
		// "the state" is the state last named: Florida.
		oi := st.orderOf(m)
		for i := oi - 1; i >= 0 && i >= oi-kindWindow; i-- {
			if p := &st.ments[st.order[i]]; p.nation && p.speaker >= 0 {
				st.join(m, p.speaker, ByRole)
				return
			}
		}
	}
	if m.kind == org && !m.head.IsZero() && !m.indef && !m.possessor && !m.plural && firmKinds[head] {
		if c := st.firm(m); c >= 0 {
			st.clusters[c].typ = Organisation
			st.join(m, c, ByRole)
			return
		}
	}
	if (m.kind == org || m.kind == doc) && !m.head.IsZero() && !m.indef && !m.plural && (!m.possessor || st.titledKind(m)) {
		if c := st.ofKind(m); c >= 0 {
			if cl := &st.clusters[c]; cl.typ == Unknown && m.kind == org && !cl.person {
				cl.typ = Organisation // "the union" says what the United Dock Workers are
			}
			st.join(m, c, ByRole)
			return
		}
	}
	if c := st.sameHead(m); c >= 0 {
		st.join(m, c, ByRole)
		return
	}
	// An organisation or group of a person's: "her campaign", "the
	// Rubio campaign" are the Rubio campaign, "his surrogates" the
	// Waltz surrogates.
	if (m.kind == org || m.possessor) && !m.head.IsZero() {
		owner := int32(-1)
		if m.possessor && m.gender != unknownGender {
			// "his", "her": a person's, whatever the number of the
			// head ("his supporters").
			owner = st.antecedent(st.orderOf(m), m)
		} else if m.affil != "" {
			if c, ok := st.byName[m.affil]; ok && st.personLike(&st.clusters[c]) {
				owner = c // "Marco Rubio’s campaign"
			} else if cs := st.bySur[m.affil]; len(cs) > 0 && st.personLike(&st.clusters[cs[0]]) {
				owner = cs[0]
			}
		}
		if owner >= 0 && st.clusters[owner].surname != "" {
			m.label = st.clusters[owner].surname + " " + strings.ToLower(st.text[m.head.Start:m.head.End])
		}
	}
	if m.label == "" && !m.indef && st.pair(m) {
		return
	}
	label := m.label
	if label == "" {
		if h := st.wordAt(m.head.End); !m.head.IsZero() && h < len(st.words) && int(st.words[h].start) < m.span.End && issued[string(st.lowerShort(h))] {
			label = spaced(strings.ToLower(st.text[m.span.Start:m.head.End])) // "a poll released Thursday"
		} else if st.fresh(m) {
			// "the new poll" is the poll the text spoke of.
			label = strings.ToLower(st.wordText(int(m.word)) + " " + st.text[m.head.Start:m.head.End])
		} else {
			label = spaced(strings.ToLower(st.text[m.span.Start:m.span.End]))
			if _, hi := st.wordsIn(m.span); hi > 0 && st.words[hi-1].flags&possessive != 0 {
				label = trimPossessive(label) // "The campaign’s" (statement) is the campaign
			}
		}
	}
	typ := Anonymous
	switch m.kind {
	case org:
		typ = Organisation
	case doc:
		typ = Document
	case other:
		typ = Unknown
	}
	st.join(m, st.labelled(label, typ, m.span.Start), Named)
}

// labelled returns the speaker of the nominals worded label, made with
// type typ, first mentioned at byte first, when there is none.
func (st *state) labelled(label string, typ Type, first int) int32 {
	if c, ok := st.byNoun[label]; ok {
		return c
	}
	c := int32(len(st.clusters))
	st.clusters = append(st.clusters, cluster{label: label, typ: typ, first: first})
	st.byNoun[label] = c
	return c
}

// firm returns the speaker of definite nominal m whose head is a firm's
// ("the bank"), or -1: after "Halvard Trust", the organisation, or name
// that shows nothing of a person, last named outside quotes; a one-word
// one far back only when it spoke ("Norvale said").
func (st *state) firm(m *mention) int32 {
	oi := st.orderOf(m)
	for i := oi - 1; i >= 0 && i >= oi-kindWindow; i-- {
		p := &st.ments[st.order[i]]
		if p.speaker < 0 && p.kind == name && !p.name.IsZero() && !p.person && p.sent >= m.sent-1 && st.subject(i) {
			// "Norvale rose 1 percent. The retailer said": a name
			// that showed nothing yet, just before.
			st.join(p, st.nameCluster(p), Named)
		}
		if p.speaker < 0 || p.nation || p.kind == pronoun || p.quoted {
			continue
		}
		cl := &st.clusters[p.speaker]
		if !(cl.typ == Organisation && !cl.name.IsZero() || st.thing(cl) && (cl.words > 1 || p.sent >= m.sent-1 || p.source)) {
			continue
		}
		if st.firmNamed(p) {
			return p.speaker
		}
		// "lending giant Norvale ... Norvale was sued by the Wexley
		// Institute, and the company": a name the text called a firm
		// just before, over a nearer organisation.
		for j := i - 1; j >= 0 && j >= oi-kindWindow; j-- {
			q := &st.ments[st.order[j]]
			if q.sent < m.sent-1 {
				break
			}
			if q.kind == name && !q.name.IsZero() && !q.person && st.firmNamed(q) {
				c := st.nameCluster(q)
				st.join(q, c, Named)
				return c
			}
		}
		return p.speaker
	}
	return -1
}

// nameCluster returns the cluster of name mention p's name, made when
// there is none.
func (st *state) nameCluster(p *mention) int32 {
	if c, ok := st.byName[st.nameText(p)]; ok {
		return c
	}
	return st.newCluster(p)
}

// coordinatedGroup returns the speaker of the plural nominals that end
// with the one at st.order[k] and are joined to it by "and" or commas
// ("workers, retirees and donors"), labelled with all their words, or -1
// when no plural nominal is joined to it.
func (st *state) coordinatedGroup(k int) int32 {
	p := &st.ments[st.order[k]]
	first := p
	for n, j := 0, k-1; j >= 0 && n < 4; n, j = n+1, j-1 {
		q := &st.ments[st.order[j]]
		_, qhi := st.wordsIn(q.span)
		if !q.plural || q.kind != anon || !q.name.IsZero() || q.span.End > first.span.Start || !st.coordinator(qhi, int(first.word)) {
			break
		}
		first = q
	}
	if first == p {
		return -1
	}
	start := first.span.Start
	if w := int(first.word); w > 0 && st.isUpper(w-1) && st.singleSpaced(w-1, w+1) && st.words[w-1].flags&sentStart == 0 {
		start = int(st.words[w-1].start) // "HP workers and retirees"
	}
	return st.labelled(spaced(strings.ToLower(st.text[start:p.span.End])), Anonymous, first.span.Start)
}

// fresh reports whether definite nominal m is its determiner, its head
// and, between them, only words that say it is recent: "the new poll",
// "the latest study".
func (st *state) fresh(m *mention) bool {
	if m.indef || m.possessor || m.head.IsZero() || m.head.End != m.span.End {
		return false
	}
	switch string(st.lowerShort(int(m.word))) {
	case "the", "this", "that":
	default:
		return false // "whose new book" is someone's
	}
	h := st.wordAt(m.head.Start)
	if h < int(m.word)+2 || h > int(m.word)+3 {
		return false
	}
	for w := int(m.word) + 1; w < h; w++ {
		if !recent[string(st.lowerShort(w))] {
			return false
		}
	}
	return true
}

// recent are the adjectives that tell only when a document came out.
var recent = map[string]bool{"new": true, "latest": true, "recent": true}

// sameHead returns the speaker of the nearest earlier nominal with the
// head noun of m, a definite nominal of a determiner and a head only, that
// says more than m does (an indefinite one by a name): "this poll" is "The Meridian
// tracking poll" of the sentence before, "the experts" the
// "tax experts". It returns -1 when there is none in the sentences before
// m.
func (st *state) sameHead(m *mention) int32 {
	if m.kind != doc && m.kind != anon && m.kind != other || m.head.IsZero() || m.head.End-m.head.Start > maxHead || m.indef || m.possessor || st.wordAt(m.head.Start) != int(m.word)+1 {
		return -1
	}
	switch string(st.lowerShort(int(m.word))) {
	case "the", "this", "that", "these", "those":
	default:
		return -1
	}
	head := singular(strings.ToLower(st.text[m.head.Start:m.head.End]))
	oi := st.orderOf(m)
	for k := oi - 1; k >= 0 && k >= oi-window; k-- {
		p := &st.ments[st.order[k]]
		if p.sent < m.sent-sentences {
			break
		}
		if p.speaker < 0 || p.head.IsZero() || p.head.End-p.head.Start > maxHead || p.kind != m.kind || p.span.End-p.span.Start <= m.span.End-m.span.Start || st.partitive(p) || p.indef && !st.named(p) {
			continue
		}
		ph := singular(strings.ToLower(st.text[p.head.Start:p.head.End]))
		if st.clusters[p.speaker].typ == Person || ph != head && !(findings[ph] && findings[head]) {
			continue
		}
		return p.speaker
	}
	return -1
}

// named reports whether a word of nominal m after its first is
// capitalised: "a Bloomberg poll" names its poll, "a new poll" does not.
func (st *state) named(m *mention) bool {
	for w := int(m.word) + 1; w < len(st.words) && int(st.words[w].start) < m.span.End; w++ {
		if st.isWord(w) && st.isUpper(w) {
			return true
		}
	}
	return false
}

// loneQuantifier reports whether mention m is a quantifier standing
// alone for a group named before it: "each" of "Rubio and Lavrov ...
// each said", "all" of "the experts ... all said", or "they all".
func (st *state) loneQuantifier(m *mention) bool {
	lo, hi := st.wordsIn(m.span)
	if hi-lo == 2 && string(st.lowerShort(lo)) == "they" {
		switch string(st.lowerShort(lo + 1)) {
		case "all", "both":
			return true // "they all"
		}
	}
	if hi-lo != 1 {
		return false
	}
	switch string(st.lowerShort(int(m.word))) {
	case "all", "both", "each", "many", "most", "some", "several":
		return true
	}
	return false
}

// shares are the nouns of a part of a group, or of a group, that an
// indefinite determiner and "of" make a partitive: "a majority of
// voters", "a group of doctors" are voters and doctors.
var shares = map[string]bool{
	"majority": true, "minority": true, "number": true, "group": true, "handful": true,
	"third": true, "quarter": true, "half": true, "dozen": true, "couple": true, "lot": true,
	"plurality": true, "coalition": true, "crowd": true, "host": true, "slew": true,
}

// maxShort is the length in bytes of the longest word the rules of this
// file look for.
const maxShort = 12

// maxHead is the longest head noun, in bytes, that [state.sameHead]
// compares.
const maxHead = 40

// lowerShort returns the lower-cased word w when it has at most maxShort
// bytes, else nil: the words these rules look for are short, and a long
// word ("AAAA..." as long as the text) is not lowered at every mention in
// it, which would take time quadratic in its length.
func (st *state) lowerShort(w int) []byte {
	if st.words[w].end-st.words[w].start > maxShort {
		return nil
	}
	return st.lower(w)
}

// singular returns a lower-case noun less a plural "s" ("polls", not
// "analysis" or "press").
func singular(w string) string {
	if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "us") {
		return w
	}
	return strings.TrimSuffix(w, "s")
}

// findings are the heads of documents that report findings, any of
// which a definite one may call another: "a Reuters survey ... The study
// found".
var findings = map[string]bool{"poll": true, "survey": true, "study": true, "analysis": true, "report": true, "review": true}

// partitive reports whether nominal m is a part of a larger whole: "one
// of the first polls", "many of his supporters".
func (st *state) partitive(m *mention) bool {
	w := int(m.word) + 1
	return w < len(st.words) && int(st.words[w].start) < m.span.End && string(st.lowerShort(w)) == "of"
}

// spaced returns s with every run of white space, non-breaking spaces and
// line breaks among them, made one space: a label reads "a Bloomberg
// poll" however the text spaced it.
func spaced(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// kinds maps the head noun of a definite organisation or outlet nominal
// to the words that name an organisation of that kind: "the agency" is
// the Department of Energy, "the union" the Association of
// Harbor Pilots, "the party" the GOP. An empty list means any named
// outlet.
var kinds = map[string][]string{
	"agency":      {"agency", "bureau", "department", "office", "administration", "service", "commission", "investigations"},
	"bureau":      {"agency", "bureau", "department", "office", "administration", "service"},
	"department":  {"department", "agency"},
	"union":       {"union", "association", "federation", "workers", "brotherhood", "teamsters"},
	"court":       {"court"},
	"party":       {"party", "gop"},
	"film":        {titled},
	"documentary": {titled},
	"movie":       {titled},
	"book":        {titled},
	"memoir":      {titled},
	"account":     {titled},
	"newspaper":   {},
	"paper":       {},
	"magazine":    {},
	"network":     {},
	"outlet":      {},
	"station":     {},
	"channel":     {},
}

// firmKinds are the heads of definite nominals that stand for the
// company last named.
var firmKinds = map[string]bool{
	"bank": true, "company": true, "firm": true, "corporation": true, "lender": true,
	"giant": true, "retailer": true, "automaker": true, "insurer": true, "conglomerate": true, "manufacturer": true,
}

// firmNamed reports whether name mention p follows a firm's kind noun in
// its sentence: "lending giant Norvale", "the bank Halvard".
func (st *state) firmNamed(p *mention) bool {
	w := int(p.first) - 1
	return w >= 0 && st.isWord(w) && st.words[w].sent == p.sent && firmKinds[string(st.lowerShort(w))]
}

// placeKinds are the heads of definite nominals that stand for the
// country or state last named.
var placeKinds = map[string]bool{"state": true, "country": true, "nation": true}

// titledKind reports whether nominal m's head names a titled work: "her
// account" may be the memoir named before it.
func (st *state) titledKind(m *mention) bool {
	w := kinds[strings.ToLower(st.text[m.head.Start:m.head.End])]
	return len(w) > 0 && w[0] == titled
}

// titled in a kind's list means a work named by its quoted title.
const titled = "\x00titled"

// kindWindow is how many mentions back a kind nominal looks for its
// organisation.
const kindWindow = 200

// ofKind returns the most recently mentioned named organisation before m
// whose name has a word of the kind of m's head noun (or, for an outlet,
// the most recently mentioned named outlet), or -1.
func (st *state) ofKind(m *mention) int32 {
	head := strings.ToLower(st.text[m.head.Start:m.head.End])
	words, ok := kinds[head]
	if st.news(m, head) {
		words, ok = nil, true // "the news organization", "the news agency": an outlet
	}
	if !ok {
		return -1
	}
	var buf [4]string
	mods := st.modifiers(m, buf[:0])
	nm := len(mods)
	found := int32(-1)
	oi := st.orderOf(m)
	for i := oi - 1; i >= 0 && i >= oi-kindWindow; i-- {
		c := st.ments[st.order[i]].speaker
		if c < 0 {
			continue
		}
		cl := &st.clusters[c]
		name := cl.label
		if !cl.name.IsZero() {
			name = st.text[cl.name.Start:cl.name.End]
		} else if cl.typ != Organisation || name == "" || name[0] < 'A' || name[0] > 'Z' {
			continue
		}
		if len(words) == 0 {
			if cl.typ == Document {
				return c
			}
			if !cl.person && st.capitalThe(&st.ments[st.order[i]]) {
				cl.typ = Document // an outlet no list knows
				return c
			}
			continue
		}
		if words[0] == titled {
			if cl.work {
				return c
			}
			continue
		}
		if cl.typ == Person || !hasWord(name, words) {
			continue
		}
		if nm == 0 || hasStem(name, mods) {
			return c
		}
		if found < 0 {
			found = c
		}
	}
	return found
}

// news reports whether nominal m's head, head in lower case, is a body's
// and the word before it "news": "the news organization" is an outlet,
// "the news media" and "the news reports" are none. An editorial board
// speaks for its paper.
func (st *state) news(m *mention, head string) bool {
	w := st.wordAt(m.head.Start) - 1
	if w <= int(m.word) {
		return false
	}
	switch string(st.lowerShort(w)) {
	case "news":
		return newsBodies[head]
	case "editorial":
		return head == "board"
	}
	return false
}

// newsBodies are the heads that "news" before them makes an outlet.
var newsBodies = map[string]bool{
	"organization": true, "organisation": true, "service": true, "agency": true, "outlet": true,
	"site": true, "website": true, "network": true, "channel": true, "company": true, "operation": true,
}

// capitalThe reports whether name mention p opens with a capital "The"
// inside its sentence, as a newspaper's name does: "the editors of The
// Advocate".
func (st *state) capitalThe(p *mention) bool {
	w := int(p.first) - 1
	return p.kind == name && w >= 0 && st.words[w].flags&sentStart == 0 && st.text[st.words[w].start:st.words[w].end] == "The"
}

// modifiers appends to buf the words of nominal m between its determiner
// and its head, lower case and less a final "s", four at most: "appeals"
// of "the appeals court" picks the Court of Appeals over the Supreme
// Court.
func (st *state) modifiers(m *mention, buf []string) []string {
	for w := int(m.word) + 1; w < len(st.words) && int(st.words[w].start) < m.head.Start && len(buf) < 4; w++ {
		if st.isWord(w) {
			buf = append(buf, strings.TrimSuffix(string(st.lower(w)), "s"))
		}
	}
	return buf
}

// hasStem reports whether name has, case folded and less a final "s", one
// of stems.
func hasStem(name string, stems []string) bool {
	for _, f := range strings.Fields(name) {
		for _, s := range stems {
			if strings.EqualFold(strings.TrimSuffix(f, "s"), s) {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether name has, case folded, one of words.
func hasWord(name string, words []string) bool {
	for _, f := range strings.Fields(name) {
		for _, w := range words {
			if strings.EqualFold(f, w) {
				return true
			}
		}
	}
	return false
}

// pairNouns are the heads of a nominal of two that names places or
// organisations, not people: "the two countries".
var pairNouns = map[string]bool{"countries": true, "nations": true, "states": true, "companies": true, "governments": true}

// pairGender gives the sex of the people a gendered nominal of two names.
var pairGender = map[string]gender{"women": female, "men": male, "sisters": female, "brothers": male}

// pair resolves a nominal of two ("both men", "the two candidates", "this
// pair of envoys") to the two people (or, for "the two
// countries", the two organisations) most recently named before it, and
// reports whether it did.
func (st *state) pair(m *mention) bool {
	dual, both := false, false
	for i := int(m.word); i < len(st.words) && int(st.words[i].start) < m.span.End; i++ {
		switch string(st.lowerShort(i)) {
		case "both":
			dual, both = true, true
		case "two", "pair":
			dual = true
		case "and":
			if both {
				return false // "both experts and investigators" names its two
			}
		}
	}
	if !dual {
		return false
	}
	head := strings.ToLower(st.text[m.head.Start:m.head.End]) // "" when there is none
	places, sex := pairNouns[head], pairGender[head]
	oi := st.orderOf(m)
	var two [2]int32
	n := 0
	for k := oi - 1; k >= 0 && k >= oi-window && n < 2; k-- {
		p := &st.ments[st.order[k]]
		if p.sent < m.sent-sentences {
			break
		}
		if p.speaker < 0 || p.kind != name && p.kind != org || p.quoted || n == 1 && two[0] == p.speaker {
			continue
		}
		cl := &st.clusters[p.speaker]
		if places == st.personLike(cl) || cl.typ == Document || sex != unknownGender && cl.gender != sex {
			continue // ("both women" are two women)
		}
		two[n] = p.speaker
		n++
	}
	if n < 2 {
		return false
	}
	st.join(m, two[1], ByRole)
	m.also = append(m.also, two[0])
	return true
}

// orderOf returns the position of mention m in the order, by its start.
func (st *state) orderOf(m *mention) int {
	oi, _ := slices.BinarySearchFunc(st.order, m.span.Start, func(mi int32, at int) int { return st.ments[mi].span.Start - at })
	return oi
}

// orgIndex returns the organisations by the lower-cased last word of their
// name, built on first use: "the ministry" may be the Foreign Ministry.
func (st *state) orgIndex() map[string][]int32 {
	if st.orgs == nil {
		st.orgs = make(map[string][]int32)
		for c := range st.clusters {
			if cl := &st.clusters[c]; cl.typ == Organisation && cl.surname != "" {
				k := strings.ToLower(cl.surname)
				st.orgs[k] = append(st.orgs[k], int32(c))
			}
		}
	}
	return st.orgs
}

// roleAt keys the holders of a role: its key (see roleKey) and the
// affiliation named with it.
type roleAt struct{ key, affil string }

// role resolves a role nominal to the one person in the document who holds
// the role; an indefinite one ("an aide") is anonymous.
func (st *state) role(m *mention) {
	if m.indef {
		m.kind = anon
		st.nominal(m)
		return
	}
	key := st.roleKey(st.text[m.title.Start:m.title.End])
	if c := st.spouse(m, key); c >= 0 {
		st.join(m, c, ByRole)
		return
	}
	if m.plural {
		key = strings.TrimSuffix(key, "s")
	}
	if m.former && !strings.HasPrefix(key, "former ") {
		key = "former " + key
	}
	found, n := int32(-1), 0
	var all []int32
	ck := roleAt{key, m.affil}
	if r, ok := st.roles[ck]; ok {
		all = r
	} else {
		all = st.holders(key, m.affil)
		st.roles[ck] = all
	}
	n = len(all)
	if n > 0 {
		found = all[0]
	}
	if m.plural && n < 2 && !m.indef && !m.possessor && m.source && st.listed(m) && !st.twoNouns(m) {
		if ps := st.recentPeople(m, key, all); len(ps) > 1 {
			// "the candidates" no two are called: the people the
			// sentences before spoke of.
			st.join(m, ps[0], ByRole)
			m.also = ps[1:]
			return
		}
	}
	if m.plural && n > 1 {
		// "the senators": every person who holds the role.
		st.join(m, all[0], ByRole)
		m.also = all[1:]
		return
	}
	switch n {
	case 1:
		st.join(m, found, ByRole)
		m.method = ByRole
	case 0:
		if m.plural {
			// "retired generals and admirals" no one named holds:
			// a group, anonymous as "officials" is.
			m.kind = anon
			st.nominal(m)
			return
		}
		if c := st.roleAntecedent(m, key); c >= 0 {
			st.join(m, c, ByRole)
			return
		}
		m.reason = fmt.Sprintf("no person in the document holds the role %q", key)
	default:
		// "The president" among several presidents is the one the
		// text spoke of last, when no other is near.
		if c := st.lastOf(m, all); c >= 0 {
			st.join(m, c, ByRole)
			return
		}
		m.reason = fmt.Sprintf("%d people in the document hold the role %q", n, key)
	}
}

// recentPeople returns the people named outside quotes in m's sentence,
// before it, and the few sentences before that, in text order, after
// the people of holders; nil when there are none.
func (st *state) recentPeople(m *mention, key string, holders []int32) []int32 {
	ps := slices.Clone(holders)
	oi := st.orderOf(m)
	from := oi
	for k := oi - 1; k >= 0 && k >= oi-window; k-- {
		if st.ments[st.order[k]].sent < m.sent-peopleSentences {
			break
		}
		from = k
	}
	for k := from; k < oi; k++ {
		p := &st.ments[st.order[k]]
		if p.speaker < 0 || p.quoted || p.kind != name && p.kind != pronoun || slices.Contains(ps, p.speaker) {
			continue
		}
		if cl := &st.clusters[p.speaker]; (cl.typ == Person || cl.person) && (len(holders) > 0 || len(cl.keys) == 0 || st.fits(cl, key, "")) {
			ps = append(ps, p.speaker) // (not a "defense secretary" among "the candidates")
		}
	}
	return ps
}

// listed reports whether m is a mention of the text, not the whole a
// partitive ("most of the candidates") is a part of.
func (st *state) listed(m *mention) bool {
	oi := st.orderOf(m)
	return oi < len(st.order) && st.ments[st.order[oi]].span == m.span
}

// twoNouns reports whether nominal m joins two nouns with "and": "both
// lawyers and judges" names its sets.
func (st *state) twoNouns(m *mention) bool {
	for i := int(m.word); i < len(st.words) && int(st.words[i].start) < m.span.End; i++ {
		if string(st.lowerShort(i)) == "and" {
			return true
		}
	}
	return false
}

// peopleSentences is how many sentences back [state.recentPeople] looks.
const peopleSentences = 4

// roleAntecedent returns the person a definite role nominal source no one
// named holds refers back to, as "he" or "she" would ("Porter said ... The
// candidate added"), or -1: news names a person before it calls them by
// a bare office. The role's gender, when it has one, must fit.
func (st *state) roleAntecedent(m *mention, key string) int32 {
	if !m.source || m.possessor || m.quoted || strings.HasPrefix(key, "former ") || kin[key] || !st.participleBefore(m, st.wordAt(m.title.Start)) {
		return -1
	}
	return st.justNamed(m)
}

// describedPerson returns the person a definite nominal source whose head
// no list knows but that names a person ("the 43-year-old", "the
// self-described populist") refers back to, as an office no one
// holds does in [state.roleAntecedent], or -1.
func (st *state) describedPerson(m *mention) int32 {
	if m.kind != other || !m.source || !m.the || m.plural || m.possessor || m.quoted ||
		!st.personHead(m) || !st.plainBefore(m, st.wordAt(m.head.Start)) {
		return -1
	}
	return st.justNamed(m)
}

// personHead reports whether m has a head noun that names a person by
// age or by an agent's ending: "43-year-old", "investor", "populist",
// "committeeman".
func (st *state) personHead(m *mention) bool {
	if m.head.IsZero() {
		return false
	}
	h := strings.ToLower(st.text[m.head.Start:m.head.End])
	if strings.HasSuffix(h, "-year-old") {
		return true
	}
	if len(h) < 6 || notAgents[h] {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "man"} {
		if strings.HasSuffix(h, suf) {
			return true
		}
	}
	return false
}

// notAgents end as agent nouns do but name no person.
var notAgents = map[string]bool{
	"former": true, "latter": true, "number": true, "matter": true, "border": true, "corner": true,
	"answer": true, "quarter": true, "winter": true, "summer": true, "member": true, "chapter": true,
}

// justNamed returns the person a nominal source m that calls someone by
// an office or a description refers back to: the one "he" or "she" would
// be, named outside quotes in its sentence or the one before, or -1.
func (st *state) justNamed(m *mention) int32 {
	oi := st.orderOf(m)
	c := st.antecedent(oi, m)
	if c < 0 || !st.clusters[c].person {
		return -1 // an office is held by someone the text shows is a person
	}
	for k := oi - 1; k >= 0 && k >= oi-window; k-- {
		p := &st.ments[st.order[k]]
		if p.quoted {
			continue
		}
		if p.speaker == c {
			if m.sent-p.sent > 1 {
				return -1 // not just before: more likely someone new
			}
			return c
		}
		if p.kind == anon && !p.plural {
			return -1 // "a White House official ... The aide": the unnamed one
		}
	}
	return -1
}

// plainBefore reports whether only lower-case words ("the self-described
// populist") stand between the determiner of m and its head, word t: a
// capitalised one ("the Ohio investor") or a possessive one ("the fund's
// lawyer") tells another person from the one just named.
func (st *state) plainBefore(m *mention, t int) bool {
	if t == int(m.word)+1 {
		return true
	}
	if !m.the || t <= int(m.word) || t-int(m.word) > maxModifiers {
		return false
	}
	for k := int(m.word) + 1; k < t; k++ {
		if st.isUpper(k) || st.words[k].flags&possessive != 0 || contrastive[string(st.lowerShort(k))] {
			return false // "the fund's lawyer", "the other candidate"
		}
	}
	return true
}

// participleBefore reports whether the title of m, word t, follows its
// determiner or a participle after it: "the retired surgeon".
func (st *state) participleBefore(m *mention, t int) bool {
	if t == int(m.word)+1 {
		return true
	}
	return t == int(m.word)+2 && m.the && bytes.HasSuffix(st.lowerShort(t-1), []byte("ed")) && st.plainBefore(m, t)
}

// contrastive words set a person apart from the one just named.
var contrastive = map[string]bool{"other": true, "fellow": true, "rival": true, "opposing": true}

// maxModifiers is how many words may stand between a determiner and a
// head that refers back to the person just named.
const maxModifiers = 3

// spouse returns the person "her husband" or "his wife" is: the one other
// person named in the text with the surname of the one "her" or "his" is
// and of the sex of the title; -1 when there is none or several.
func (st *state) spouse(m *mention, key string) int32 {
	if !m.possessor || key != "husband" && key != "wife" {
		return -1
	}
	own := *m
	switch string(st.lowerShort(int(m.word))) {
	case "his":
		own.gender = male
	case "her":
		own.gender = female
	default:
		return -1
	}
	owner := st.antecedent(st.orderOf(m), &own)
	if owner < 0 || st.clusters[owner].surname == "" {
		return -1
	}
	sex := female
	if key == "husband" {
		sex = male
	}
	found := int32(-1)
	cs := st.bySur[st.clusters[owner].surname]
	for _, c := range cs[:min(len(cs), maxSameName)] {
		if cl := &st.clusters[c]; c != owner && cl.typ == Person && cl.gender != own.gender {
			if found >= 0 || cl.gender != sex && cl.gender != unknownGender {
				return -1
			}
			found = c
		}
	}
	return found
}

// kin are titles of a person that are no office: "the woman", "the
// widow" is mostly someone the text has not named.
var kin = map[string]bool{
	"man": true, "woman": true, "father": true, "mother": true, "husband": true, "wife": true,
	"son": true, "daughter": true, "brother": true, "sister": true, "widow": true,
}

// lastOf returns, of the clusters cs, the one mentioned last before m,
// or -1 when none is mentioned before it or another of cs is mentioned
// too in the sentences before m.
func (st *state) lastOf(m *mention, cs []int32) int32 {
	last := int32(-1)
	for k := st.orderOf(m) - 1; k >= 0; k-- {
		p := &st.ments[st.order[k]]
		if last >= 0 && p.sent < m.sent-sentences {
			break
		}
		if c := p.speaker; c >= 0 && c != last && slices.Contains(cs, c) {
			if last >= 0 {
				return -1
			}
			last = c
		}
	}
	return last
}

// holders returns the people who hold the role key (with affiliation
// affil, when given).
func (st *state) holders(key, affil string) []int32 {
	if st.byHead == nil {
		st.byHead = make(map[string][]int32)
		for c := range st.clusters {
			cl := &st.clusters[c]
			for _, k := range cl.keys {
				h := titleHead(k)
				if l := st.byHead[h]; len(l) == 0 || l[len(l)-1] != int32(c) {
					st.byHead[h] = append(l, int32(c))
				}
			}
		}
	}
	var all []int32
	for _, c := range st.byHead[titleHead(key)] {
		cl := &st.clusters[c]
		if (cl.typ == Person || cl.person) && st.fits(cl, key, affil) {
			all = append(all, c)
		}
	}
	return all
}

// fits reports whether a person holds the role key (with affiliation
// affil, when given): the same title, or a one-word title that is the
// head of theirs ("minister" for "foreign minister").
func (st *state) fits(cl *cluster, key, affil string) bool {
	for i, k := range cl.keys {
		if k != key && !(strings.IndexByte(key, ' ') < 0 && titleHead(k) == titleHead(key)) {
			continue
		}
		if affil == "" || strings.EqualFold(cl.roles[i].Affiliation, affil) {
			return true
		}
	}
	return false
}

// titleHead returns the head word of a lower-case title: the word before
// "of" ("secretary" of "secretary of state"), else the last word.
func titleHead(t string) string {
	if w, _, ok := strings.Cut(t, " "); ok && subordinate[w] {
		return t // a vice president is not "the president"
	}
	if i := strings.Index(t, " of "); i >= 0 {
		t = t[:i]
	}
	if i := strings.LastIndexByte(t, ' '); i >= 0 {
		t = t[i+1:]
	}
	if s, ok := titleSynonyms[t]; ok {
		return s
	}
	return t
}

// subordinate words make a title another office than its head's.
var subordinate = map[string]bool{
	"vice": true, "deputy": true, "assistant": true, "under": true, "lieutenant": true,
	"associate": true, "former": true,
}

// titleSynonyms map title heads that name one role to one of them.
var titleSynonyms = map[string]string{
	"nominee": "candidate", "frontrunner": "candidate", "front-runner": "candidate",
	"advisor": "adviser", "chairwoman": "chairman", "chair": "chairman", "chairperson": "chairman",
	"spokeswoman": "spokesman", "spokesperson": "spokesman", "congresswoman": "congressman",
	"representative": "congressman", "lawmaker": "congressman", "justice": "judge",
}

// pronoun resolves a pronoun source: "he" and "she" to the earlier person
// that fits best (below); "they" to the nearest coordinated source or
// organisation; "it" to the nearest organisation or document; "who" and
// "which" to the phrase just before them. A nominal led by a possessive
// ("his eyes") is resolved as its possessor.
func (st *state) pronoun(oi int, m *mention) {
	word := string(cutApostrophe(st.lower(int(m.word)))) // "it" of "it’s"
	switch {
	case m.firstPers:
		switch word {
		case "i", "me", "my":
			if m.quoted {
				break
			}
			if c := st.signature(oi, m); c >= 0 {
				if cl := &st.clusters[c]; cl.typ == Unknown {
					cl.typ = Person // a letter is signed by a person
				}
				st.join(m, c, Pronoun)
				return
			}
			if st.author >= 0 {
				st.join(m, st.author, Pronoun)
				return
			}
		}
		m.reason = "first-person source"
		return
	case m.relative:
		st.relativePronoun(oi, m)
		return
	case m.plural:
		st.plural(oi, m)
		return
	case word == "it" || word == "its":
		if c := st.antecedentIt(oi, m); c >= 0 {
			if cl := &st.clusters[c]; st.thing(cl) {
				cl.typ = Organisation // "it" is said of no person
			}
			st.join(m, c, Pronoun)
			return
		}
		m.reason = "no earlier organisation or document for \"it\""
		return
	}
	if c := st.cataphor(oi, m); c >= 0 {
		st.join(m, c, Pronoun)
		return
	}
	c, unnamed := st.antecedentOrUnnamed(oi, m)
	if c >= 0 {
		st.join(m, c, Pronoun)
		return
	}
	if unnamed != nil {
		m.reason = fmt.Sprintf("%q is the unnamed %q before it", word, st.text[unnamed.span.Start:unnamed.span.End])
		return
	}
	if c := st.headlineReferent(oi, m); c >= 0 {
		st.join(m, c, Pronoun)
		return
	}
	m.reason = fmt.Sprintf("no earlier person fits %q", word)
}

// cataphor returns the person a "he" or "she" in an opening phrase refers
// forward to, the subject just after the phrase's comma ("In his bill,
// Morrow cited ...", "Ever since she backed him, Ms. Pike has ..."),
// or -1 when the sentence opens otherwise or no person of fitting gender
// stands there.
func (st *state) cataphor(oi int, m *mention) int32 {
	first := int(m.word)
	for first > 0 && st.words[first-1].sent == m.sent && st.words[first-1].para == m.para {
		if first--; int(m.word)-first > cataphorWords {
			return -1 // too far into its sentence to be in an opening phrase
		}
	}
	for first < int(m.word) && !st.isWord(first) {
		first++ // a closing quote mark the sentence before left
	}
	if !openers[string(st.lowerShort(first))] {
		return -1
	}
	comma := -1
	for w := int(m.word) + 1; w < len(st.words) && w <= int(m.word)+cataphorWords && st.words[w].sent == m.sent; w++ {
		if st.punct(w, ",") {
			comma = w
			break
		}
	}
	if comma < 0 {
		return -1
	}
	for k := oi + 1; k < len(st.order) && k <= oi+window; k++ {
		p := &st.ments[st.order[k]]
		if int(p.word) <= comma {
			continue
		}
		if int(p.word) != comma+1 || p.kind != name || p.speaker < 0 || p.quoted {
			return -1
		}
		if cl := &st.clusters[p.speaker]; st.personLike(cl) && (cl.gender == unknownGender || cl.gender == m.gender) {
			return p.speaker
		}
		return -1
	}
	return -1
}

// cataphorWords bounds how far [state.cataphor] looks back from a
// pronoun for its sentence's start, and on for the comma that ends the
// opening phrase.
const cataphorWords = 20

// openers begin an opening phrase before a sentence's subject.
var openers = map[string]bool{
	"in": true, "after": true, "before": true, "when": true, "while": true, "since": true, "ever": true,
	"as": true, "although": true, "though": true, "despite": true, "because": true, "if": true,
	"during": true, "with": true, "on": true, "at": true, "for": true, "once": true, "until": true,
}

// antecedent returns the person a "he" or "she" refers to, or -1. Of the
// people mentioned in the sentences before it (and in its own, before it),
// it takes the best by a score: a subject (a source, or the first
// mention of its sentence) counts most, then a gender known to fit, then
// evidence that the name is a person's, less a little per sentence back.
func (st *state) antecedent(oi int, m *mention) int32 {
	c, _ := st.antecedentOrUnnamed(oi, m)
	return c
}

// antecedentOrUnnamed is [state.antecedent] that also weighs the people
// the text does not name ("the woman"): when one of them scores best, it
// returns -1 and that nominal, for "she" is then the unnamed woman, not a
// named one before.
func (st *state) antecedentOrUnnamed(oi int, m *mention) (int32, *mention) {
	best, bestScore := int32(-1), -1<<30
	var unnamed *mention
	seen := 0
	for k := oi - 1; k >= 0 && k >= oi-window; k-- {
		p := &st.ments[st.order[k]]
		if p.narration < m.narration-sentences {
			break
		}
		if st.unnamedPerson(p, m) {
			if score := st.salience(k, p, m) + genderBonus + personBonus - seen; score > bestScore {
				best, bestScore, unnamed = -1, score, p
			}
			seen++
			continue
		}
		if p.speaker < 0 || p.kind == pronoun && !p.source && (p.quoted || p.sent != m.sent) {
			// (A pronoun no quote made a source counts in its own
			// sentence only: "He met Zelensky, where he said".)
			continue
		}
		cl := &st.clusters[p.speaker]
		if p.plural || !st.personLike(cl) || m.gender != unknownGender && cl.gender != unknownGender && cl.gender != m.gender {
			continue // (a plural is no "he": "reporters")
		}
		if p.kind == name && p.para != m.para && st.alone(p) {
			continue // a signature ends the letter above it
		}
		score := st.salience(k, p, m)
		if st.laterSource(k) {
			score -= subjectBonus
		}
		if cl.gender == m.gender && m.gender != unknownGender {
			score += genderBonus
		}
		if cl.person {
			score += personBonus
		}
		score -= seen // nearer first among equals
		seen++
		if score > bestScore {
			best, bestScore, unnamed = p.speaker, score, nil
		}
	}
	return best, unnamed // (best is -1 when unnamed is set)
}

// unnamedPerson reports whether mention p is "the woman" or "the man",
// unresolved, and of the sex of pronoun m. (Not an office no one named
// holds, "the former first lady", which may be a named holder's after
// all; nor "her daughter", after which "she" is mostly the mother.)
func (st *state) unnamedPerson(p, m *mention) bool {
	if p.kind != role || p.speaker >= 0 || p.plural || p.quoted || p.possessor || p.gender != m.gender {
		return false
	}
	t := st.text[p.title.Start:p.title.End]
	return strings.EqualFold(t, "woman") || strings.EqualFold(t, "man")
}

// headlineReferent returns, for a "he" or "she" in a headline that no
// earlier person fits ("Widow Presses Rubio On His Silence"), the
// first person of fitting gender named in the paragraphs after it, or -1.
func (st *state) headlineReferent(oi int, m *mention) int32 {
	if int(m.para) >= len(st.headline) || !st.headline[m.para] {
		return -1
	}
	for k := oi + 1; k < len(st.order) && k <= oi+window; k++ {
		p := &st.ments[st.order[k]]
		if p.para == m.para || p.speaker < 0 || p.kind != name || p.quoted {
			continue
		}
		if cl := &st.clusters[p.speaker]; st.personLike(cl) && (cl.gender == unknownGender || cl.gender == m.gender) {
			return p.speaker
		}
	}
	return -1
}

// signature returns the person whose name, alone in its paragraph, signs
// the piece after first-person mention m (a letter to the editor ends
// "John Carter."), or -1: the first such name among the next mentions.
func (st *state) signature(oi int, m *mention) int32 {
	for k := oi + 1; k < len(st.order) && k <= oi+window; k++ {
		p := &st.ments[st.order[k]]
		if p.kind != name || p.speaker < 0 || p.last == p.first || p.quoted {
			continue
		}
		if st.alone(p) {
			return p.speaker
		}
	}
	return -1
}

// alone reports whether mention p fills its paragraph, less a closing
// full stop: a signature.
func (st *state) alone(p *mention) bool {
	first, last := int(p.word), int(p.last)+1
	for last < len(st.words) && last-int(p.last) < 4 && st.words[last].para == p.para && st.words[last].flags&isWord == 0 {
		last++ // the closing full stop
	}
	return (first == 0 || st.words[first-1].para != p.para) && (last >= len(st.words) || st.words[last].para != p.para)
}

// antecedentIt returns the organisation or document an "it" refers to, or
// -1: of those mentioned in the sentences before it, the best by the score
// of [state.antecedent] without the person and gender terms.
func (st *state) antecedentIt(oi int, m *mention) int32 {
	best, bestScore := int32(-1), -1<<30
	seen := 0
	for k := oi - 1; k >= 0 && k >= oi-window; k-- {
		p := &st.ments[st.order[k]]
		if p.narration < m.narration-sentences {
			break
		}
		if p.speaker < 0 {
			continue
		}
		if cl := &st.clusters[p.speaker]; cl.typ != Organisation && cl.typ != Document && !st.thing(cl) {
			continue
		}
		score := st.salience(k, p, m) - seen
		seen++
		if score > bestScore {
			best, bestScore = p.speaker, score
		}
	}
	return best
}

// salience scores mention p, at k in the order, as the antecedent of
// pronoun m: a subject or source counts, distance and quotation cost.
func (st *state) salience(k int, p, m *mention) int {
	score := -perSentence * int(m.sent-p.sent)
	if st.subject(k) {
		score += subjectBonus
	}
	if p.source {
		score += sourceBonus
	}
	if p.quoted {
		score -= quotedMalus
	}
	return score
}

// The weights of [state.antecedent]'s score, set on the PolNeAR dev split.
const (
	perSentence  = 4  // lost per sentence between the pronoun and the mention
	subjectBonus = 3  // a source, or the first mention of its sentence
	sourceBonus  = 2  // a source
	genderBonus  = 5  // the person's gender is known and fits
	personBonus  = 5  // a title, honorific or given name shows a person
	quotedMalus  = 12 // the mention is inside a quote's content
	coordBonus   = 10 // for "they", a coordination of names
	pluralBonus  = 3  // for "they", a plural group ("voters"), over an organisation
)

// givenName reports whether name mention m is of several words or a
// common given name: not a place like "Md.".
func (st *state) givenName(m *mention) bool {
	if m.last > m.first {
		return true
	}
	_, ok := st.lx.names[string(st.lower(int(m.first)))]
	return ok
}

// notPerson reports whether a cluster is an organisation or document.
func (st *state) notPerson(cl *cluster) bool { return cl.typ == Organisation || cl.typ == Document }

// modifier reports whether name mention p, after a determiner, modifies
// the noun after it: "a Rubio campaign driver".
func (st *state) modifier(p *mention) bool {
	n, b := int(p.last)+1, int(p.first)-1
	if p.kind != name || b < 0 || n >= len(st.words) || !st.isWord(b) || !st.isWord(n) || st.isUpper(n) {
		return false
	}
	_, det := determiners[string(st.lower(b))]
	return det && st.words[int(p.last)].flags&possessive == 0
}

// beforeNoun reports whether name mention p modifies the noun at k, the
// word before a "who", from one or two words before it in lower case with
// no determiner: "Rubio" of "a Rubio backer who" is not who, but
// "Hale" of "Hale is a lawyer who" may be.
func (st *state) beforeNoun(p *mention, k int) bool {
	n := int(p.last) + 1
	if p.kind != name || n > k || k-n > 1 || st.words[p.last].flags&possessive != 0 {
		return false
	}
	for w := n; w <= k; w++ {
		if !st.isWord(w) || st.isUpper(w) {
			return false
		}
		if _, det := determiners[string(st.lowerShort(w))]; det {
			return false
		}
	}
	return true
}

// renamedGroup returns the plural group that the nominal at word d, which
// a relative pronoun follows, renames after a comma or "are":
// "superdelegates, the party elders who", "Superdelegates are the
// members who" are the superdelegates. It returns nil when there is
// none.
func (st *state) renamedGroup(oi, d int) *mention {
	if d < 2 || !(st.punct(d-1, ",") || st.isWord(d-1) && (string(st.lower(d-1)) == "are" || string(st.buf) == "were")) {
		return nil
	}
	end := int(st.words[d-2].end)
	for b := oi - 1; b >= 0 && b >= oi-window; b-- {
		p := &st.ments[st.order[b]]
		if p.span.End < end {
			return nil
		}
		if p.span.End == end && p.kind == anon && p.plural && p.speaker >= 0 && !p.quoted {
			return p
		}
	}
	return nil
}

// coordinators join relative clauses: "who ... and who".
var coordinators = map[string]bool{"and": true, "or": true, "but": true}

// relativeWords is how many words back a "which" after "and" looks for
// the "which" before it.
const relativeWords = 30

// nearWords is how many words back a "who" looks for a person.
const nearWords = 10

// setOff reports whether word w is a comma or a dash, which set a
// relative clause off: "PCA - which".
func (st *state) setOff(w int) bool {
	if st.isWord(w) {
		return false
	}
	switch st.text[st.words[w].start:st.words[w].end] {
	case ",", "—", "–", "-":
		return true
	}
	return false
}

// relativePronoun resolves "who" and "which" to the phrase before them:
// the mention just before in the same sentence, or else the noun phrase
// ending before the pronoun ("economists, who").
func (st *state) relativePronoun(oi int, m *mention) {
	w := int(m.word)
	k := w - 1
	if k > 0 && st.punct(k, "-") && st.punct(k-1, "-") {
		k -= 2 // "--" written as two hyphens
	} else if k >= 0 && (st.setOff(k) || st.punct(k, "--")) {
		k-- // (a lone hyphen between spaces is a dash too)
	}
	who := string(st.lower(w)) == "who"
	if k >= 0 && st.isWord(k) && coordinators[string(st.lowerShort(k))] {
		// "someone who ..., who ... and who": the "who" before.
		for b := oi - 1; b >= 0 && b >= oi-window; b-- {
			p := &st.ments[st.order[b]]
			if p.sent != m.sent {
				break
			}
			if p.relative && p.speaker >= 0 {
				st.join(m, p.speaker, Pronoun)
				m.also = p.also
				return
			}
		}
		// Or the relative word before, though no quote made it a
		// source: "PCA - which was founded in 2010 and which has".
		rel := string(st.lowerShort(w))
		for b := k - 1; b > 0 && b > k-relativeWords && st.words[b].sent == m.sent; b-- {
			if st.isWord(b) && string(st.lowerShort(b)) == rel {
				if st.setOff(b - 1) {
					first := st.parse(b, b+1)
					first.source = true
					st.relativePronoun(st.orderOf(&first), &first)
					if first.speaker >= 0 {
						st.join(m, first.speaker, Pronoun)
						m.also = first.also
						return
					}
				}
				break
			}
		}
		m.reason = "relative pronoun with no antecedent"
		return
	}
	// "Forward88, a super PAC that": the name the phrase before stands in
	// apposition to.
	for d := k; d > 0 && d > k-6 && st.isWord(d) && st.words[d].sent == m.sent; d-- {
		if _, ok := determiners[string(st.lower(d))]; ok {
			if np := st.parse(d, k+1); np.kind != name && np.kind != pronoun && np.kind != noKind {
				if c := st.apposed(&np); c >= 0 {
					st.join(m, c, Pronoun)
					return
				}
			}
			if p := st.renamedGroup(oi, d); p != nil {
				st.join(m, p.speaker, Pronoun)
				return
			}
			break
		}
	}
	if k >= 0 && oi > 0 {
		// The mention just before: "Laura, who" (a name no one else
		// made a speaker is a person's when "who" follows it).
		p, pk := &st.ments[st.order[oi-1]], oi-1
		for b := oi - 2; b >= 0 && b >= oi-4; b-- {
			// "his wife, Laura, who": the mention that ends last.
			if q := &st.ments[st.order[b]]; q.span.End > p.span.End {
				p, pk = q, b
			}
		}
		adjacent := p.span.End >= int(st.words[k].start) && p.sent == m.sent
		if adjacent && p.speaker < 0 && who && p.kind == name && !p.name.IsZero() && st.givenName(p) {
			p.person = true
			st.join(p, st.newCluster(p), Named)
		}
		if adjacent && p.speaker < 0 && string(st.lowerShort(w)) == "which" && p.kind == name && !p.name.IsZero() && st.words[p.word].flags&sentStart == 0 {
			// "employers such as Norvale, which": a thing's name.
			st.join(p, st.newCluster(p), Named)
		}
		if adjacent && p.speaker >= 0 && !(who && st.notPerson(&st.clusters[p.speaker])) {
			// (But "a records clerk at the Commerce Department who": a
			// department is no "who".)
			if p.plural && len(p.also) == 0 {
				if c := st.coordinatedGroup(pk); c >= 0 {
					st.join(m, c, Pronoun) // "workers and retirees who"
					return
				}
			}
			st.join(m, p.speaker, Pronoun)
			m.also = p.also
			return
		}
		// Or a person a few words back: "Karen Ellison Voss, 47, of
		// Dunmore, Pa., who".
		for b := oi - 1; b >= 0 && who; b-- {
			p := &st.ments[st.order[b]]
			if p.sent != m.sent || p.span.End < int(st.words[max(k-nearWords, 0)].start) {
				break
			}
			if p.speaker >= 0 && p.kind != pronoun && st.clusters[p.speaker].typ == Person && !st.modifier(p) && !st.beforeNoun(p, k) {
				st.join(m, p.speaker, Pronoun)
				m.also = p.also
				return
			}
			if p.kind == role {
				break // "the Green Party nominee for mayor, who": no one further back
			}
		}
	}
	s := k
	for s >= 0 && s > k-8 && st.isWord(s) && st.words[s].sent == m.sent && !prepositions[string(st.lower(s))] {
		if _, ok := determiners[string(st.buf)]; ok {
			break
		}
		s--
	}
	if s < 0 || !st.isWord(s) || prepositions[string(st.lower(s))] || st.words[s].sent != m.sent {
		s++
	}
	if s > k {
		m.reason = "relative pronoun with no antecedent"
		return
	}
	np := st.parse(s, k+1)
	switch np.kind {
	case name:
		n := st.text[np.name.Start:np.name.End]
		if c, ok := st.byName[n]; ok {
			st.join(m, c, Pronoun)
			return
		}
		if c := st.pick(st.bySur[n], &np); c >= 0 {
			st.join(m, c, Pronoun)
			return
		}
	case org, doc, anon, other:
		np.source = true
		st.nominal(&np)
		if np.speaker >= 0 {
			st.join(m, np.speaker, Pronoun)
			return
		}
	case role:
		st.role(&np)
		if np.speaker >= 0 {
			st.join(m, np.speaker, Pronoun)
			m.also = np.also
			return
		}
	}
	m.reason = "relative pronoun with no antecedent"
}

// thing reports whether a name's cluster shows nothing of a person: no
// title, honorific or given name, no gender ("the United Nations said").
func (st *state) thing(cl *cluster) bool {
	return !cl.name.IsZero() && !cl.person && cl.gender == unknownGender && cl.typ != Organisation && cl.typ != Document
}

// personLike reports whether a cluster may be a person: the text shows it,
// or it is a name of two or more words that no list calls anything else.
func (st *state) personLike(cl *cluster) bool {
	return cl.typ == Person || cl.person || cl.typ == Unknown && cl.words >= 2 && !cl.name.IsZero()
}

// subject reports whether the mention at position oi of the order is the
// first mention of its sentence or a source.
func (st *state) subject(oi int) bool {
	m := &st.ments[st.order[oi]]
	if m.source {
		return true
	}
	if st.firstOfSentence(oi) {
		return !st.opening(m)
	}
	// Or the one after an opening phrase: "By May, Mook had".
	return st.firstOfSentence(oi-1) && st.opening(&st.ments[st.order[oi-1]])
}

// firstOfSentence reports whether the mention at position oi of the order
// is the first of its sentence.
func (st *state) firstOfSentence(oi int) bool {
	return oi == 0 || st.ments[st.order[oi-1]].sent != st.ments[st.order[oi]].sent
}

// opening reports whether mention m follows a preposition that opens its
// sentence: "Labor Day" of "By Labor Day, he had hired staff" is no subject.
func (st *state) opening(m *mention) bool {
	w := int(m.word) - 1
	if w < 0 || st.words[w].flags&sentStart == 0 {
		return false
	}
	lw := string(st.lowerShort(w))
	return openers[lw] || lw == "by"
}

// laterSource reports whether the mention at position oi of the order is
// a source after another source of its sentence, as Y is in "X said that
// ..., whereas Y acknowledged": not the subject of the sentence, whose
// first source is.
func (st *state) laterSource(oi int) bool {
	m := &st.ments[st.order[oi]]
	if !m.source {
		return false
	}
	for k := oi - 1; k >= 0 && k >= oi-window && st.ments[st.order[k]].sent == m.sent; k-- {
		if p := &st.ments[st.order[k]]; p.source && p.group != m.group {
			return true
		}
	}
	return false
}

// plural resolves "they" to an earlier coordinated source or pair of
// names, plural group or organisation: of those mentioned in the
// sentences before it, the best by the score of [state.antecedent]
// without the person and gender terms, a coordination of names counting
// extra.
func (st *state) plural(oi int, m *mention) {
	best, bestScore, bestK := int32(-1), -1<<30, -1
	var bestAlso []int32
	plural, bestPlural := false, false
	var also []int32
	seen := 0
	for k := oi - 1; k >= 0 && k >= oi-window; k-- {
		p := &st.ments[st.order[k]]
		if p.narration < m.narration-sentences {
			break
		}
		if p.speaker < 0 || p.kind == pronoun && !p.plural {
			continue // "it" is one body, not the many of "they"
		}
		also = also[:0]
		main := p.speaker
		bonus := 0
		plural = false
		switch {
		case p.group >= 0 && st.groups[p.group].mhi-st.groups[p.group].mlo > 1:
			gr := st.groups[p.group]
			main = -1
			for g := gr.mlo; g < gr.mhi; g++ {
				if c := st.ments[g].speaker; c >= 0 && main < 0 {
					main = c
				} else if c >= 0 && c != main && !slices.Contains(also, c) {
					also = append(also, c)
				}
			}
			bonus = coordBonus
		case p.coord >= 0 && p.kind == name:
			// Both names of "Rubio and Waltz" (or all of a list).
			also = append(also, p.speaker)
			for q, n := p.coord, 0; q >= 0 && n < 8; q, n = st.ments[q].coord, n+1 {
				if c := st.ments[q].speaker; c >= 0 && !slices.Contains(also, c) {
					also = append(also, c)
				}
			}
			if len(also) < 2 {
				continue
			}
			slices.Reverse(also) // in text order: the first name leads
			main, also = also[0], also[1:]
			bonus = coordBonus
		case p.plural:
			also = append(also, p.also...)
			bonus = pluralBonus
			plural = true
		case st.clusters[p.speaker].typ == Organisation:
		case st.thing(&st.clusters[p.speaker]) && st.clusters[p.speaker].words == 1 && !p.nation && p.kind == name && !st.givenName(p):
			// "Factwise checked the figure ... they released": a
			// one-word name that shows nothing of a person may be a
			// body.
		default:
			continue
		}
		score := st.salience(k, p, m) + bonus - seen
		seen++
		if score > bestScore {
			best, bestScore, bestK, bestPlural = main, score, k, plural
			bestAlso = append(bestAlso[:0], also...)
		}
	}
	if best < 0 {
		m.reason = "no earlier group fits \"they\""
		return
	}
	if bestPlural && len(bestAlso) == 0 {
		if c := st.coordinatedGroup(bestK); c >= 0 {
			best = c // "workers and retirees" are one group
		}
	}
	if cl := &st.clusters[best]; len(bestAlso) == 0 && st.thing(cl) {
		cl.typ = Organisation // "they" is said of a body, not of one person
	}
	st.join(m, best, Pronoun)
	m.also = append(m.also[:0:0], bestAlso...)
}

// doc builds the result: the attributions in the order of quotes, and
// the speakers by first mention — every person the text names and every
// speaker an attribution resolves to.
func (st *state) doc(quotes []quote.Quote, qgroup []int32) Doc {
	var d Doc
	d.Attributions = make([]Attribution, len(quotes))
	qorder := make([]int, len(quotes))
	for i := range qorder {
		qorder[i] = i
	}
	slices.SortStableFunc(qorder, func(a, b int) int { return quotes[a].Span.Start - quotes[b].Span.Start })
	// Speakers as cluster numbers first; renumbered below.
	prev := -1
	var scratch []int
	backing := make([]int, 0, len(quotes)+4)
	for _, qi := range qorder {
		q := quotes[qi]
		a := &d.Attributions[qi]
		a.Quote = q
		spk := scratch[:0]
		switch g := qgroup[qi]; {
		case g >= 0:
			gr := st.groups[g]
			for k := gr.mlo; k < gr.mhi; k++ {
				m := &st.ments[k]
				if m.speaker < 0 {
					if a.Reason == "" {
						a.Reason = m.reason
					}
					continue
				}
				spk = appendUnique(spk, int(m.speaker))
				for _, c := range m.also {
					spk = appendUnique(spk, int(c))
				}
				a.Method = max(a.Method, m.method)
			}
			if len(spk) > 0 {
				a.Reason = ""
			} else if a.Reason == "" {
				a.Reason = "unrecognised source"
			}
		case !q.Source.IsZero():
			a.Reason = "source span outside the text"
		case prev >= 0 && st.near(quotes[prev].Span.End, q.Span.Start):
			spk = append(spk, d.Attributions[prev].Speakers...)
			a.Method = Continuation
		default:
			a.Reason = "no source mention"
		}
		if len(spk) == 0 {
			a.Method = None
		} else {
			prev = qi
		}
		// The speakers of all attributions share one array.
		backing = append(backing, spk...)
		a.Speakers = backing[len(backing)-len(spk) : len(backing) : len(backing)]
		scratch = spk
		for _, c := range spk {
			st.clusters[c].used = true
		}
	}
	// Number the speakers by first mention.
	var keep []int32
	for c := range st.clusters {
		cl := &st.clusters[c]
		if cl.used || cl.typ == Person && cl.person {
			keep = append(keep, int32(c))
		}
	}
	slices.SortStableFunc(keep, func(a, b int32) int { return st.clusters[a].first - st.clusters[b].first })
	id := make([]int32, len(st.clusters))
	for i := range id {
		id[i] = -1
	}
	d.Speakers = make([]Speaker, len(keep))
	for i, c := range keep {
		id[c] = int32(i)
		cl := &st.clusters[c]
		s := &d.Speakers[i]
		s.Type = cl.typ
		if s.Type == Unknown && cl.person {
			s.Type = Person
		}
		s.Name = cl.label
		if s.Name == "" {
			s.Name = st.text[cl.name.Start:cl.name.End]
		}
		s.Roles = cl.roles
	}
	// Mentions and quotes: counted, then carved from one array each.
	nm, nq := make([]int32, len(keep)), make([]int32, len(keep))
	each := func(f func(s int32, m *mention)) {
		for _, mi := range st.order {
			m := &st.ments[mi]
			if m.speaker < 0 {
				continue
			}
			if i := id[m.speaker]; i >= 0 {
				f(i, m)
			}
			for _, c := range m.also {
				if i := id[c]; i >= 0 {
					f(i, m)
				}
			}
		}
	}
	total := 0
	each(func(s int32, _ *mention) { nm[s]++; total++ })
	spans := make([]quote.Span, 0, total)
	for i := range d.Speakers {
		d.Speakers[i].Mentions = spans[len(spans) : len(spans) : len(spans)+int(nm[i])]
		spans = spans[:len(spans)+int(nm[i])]
	}
	each(func(s int32, m *mention) { d.Speakers[s].Mentions = appendSpan(d.Speakers[s].Mentions, m.span) })
	for qi := range d.Attributions {
		a := &d.Attributions[qi]
		for k, c := range a.Speakers {
			a.Speakers[k] = int(id[c])
		}
	}
	total = 0
	for qi := range d.Attributions {
		for _, s := range d.Attributions[qi].Speakers {
			nq[s]++
			total++
		}
	}
	qs := make([]int, 0, total)
	for i := range d.Speakers {
		if nq[i] > 0 {
			d.Speakers[i].Quotes = qs[len(qs) : len(qs) : len(qs)+int(nq[i])]
			qs = qs[:len(qs)+int(nq[i])]
		}
	}
	for qi := range d.Attributions {
		for _, s := range d.Attributions[qi].Speakers {
			d.Speakers[s].Quotes = append(d.Speakers[s].Quotes, qi)
		}
	}
	return d
}

func appendUnique(s []int, v int) []int {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// appendSpan appends s unless it is the last span already.
func appendSpan(spans []quote.Span, s quote.Span) []quote.Span {
	if n := len(spans); n > 0 && spans[n-1] == s {
		return spans
	}
	return append(spans, s)
}

// near reports whether a quote starting at byte b goes on from one ending
// at a: no more than four paragraphs apart.
func (st *state) near(a, b int) bool {
	if a > b || a < 0 || b > len(st.text) || len(st.words) == 0 {
		return false
	}
	wa, _ := st.wordsIn(quote.Span{Start: a, End: a})
	wb, _ := st.wordsIn(quote.Span{Start: b, End: b})
	wa, wb = min(wa, len(st.words)-1), min(wb, len(st.words)-1)
	return st.words[wb].para-st.words[wa].para <= 4
}

package speaker

import (
	"fmt"
	"slices"
	"strings"

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
		if m.speaker >= 0 || !m.source && m.kind != pronoun {
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
			st.nominal(m)
		case role:
			st.role(m)
		case pronoun:
			if m.source {
				st.pronoun(oi, m)
			}
		}
	}
}

// nominal gives an organisation, anonymous or document nominal ("the
// ministry", "a senior official", "a statement") a speaker: a named
// organisation whose name ends in the head noun when exactly one does,
// otherwise one speaker per distinct wording.
func (st *state) nominal(m *mention) {
	if m.kind == org && !m.head.IsZero() && !m.indef {
		head := st.text[m.head.Start:m.head.End]
		found := int32(-1)
		for c := range st.clusters {
			cl := &st.clusters[c]
			if cl.typ == Organisation && strings.EqualFold(cl.surname, head) {
				if found >= 0 {
					found = -2
					break
				}
				found = int32(c)
			}
		}
		if found >= 0 {
			st.join(m, found, ByRole)
			return
		}
	}
	label := strings.ToLower(st.text[m.span.Start:m.span.End])
	if c, ok := st.byNoun[label]; ok {
		st.join(m, c, Named)
		return
	}
	c := int32(len(st.clusters))
	typ := Anonymous
	switch m.kind {
	case org:
		typ = Organisation
	case doc:
		typ = Document
	case other:
		typ = Unknown
	}
	st.clusters = append(st.clusters, cluster{label: label, typ: typ, first: m.span.Start})
	st.byNoun[label] = c
	st.join(m, c, Named)
}

// role resolves a role nominal to the one person in the document who holds
// the role; an indefinite one ("an aide") is anonymous.
func (st *state) role(m *mention) {
	if m.indef {
		m.kind = anon
		st.nominal(m)
		return
	}
	key := st.roleKey(st.text[m.title.Start:m.title.End])
	if m.plural {
		key = strings.TrimSuffix(key, "s")
	}
	if m.former && !strings.HasPrefix(key, "former ") {
		key = "former " + key
	}
	found, n := int32(-1), 0
	var all []int32
	for c := range st.clusters {
		cl := &st.clusters[c]
		if cl.typ != Person && !cl.person {
			continue
		}
		if st.fits(cl, key, m.affil) {
			found = int32(c)
			n++
			all = append(all, int32(c))
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
		m.reason = fmt.Sprintf("no person in the document holds the role %q", key)
	default:
		m.reason = fmt.Sprintf("%d people in the document hold the role %q", n, key)
	}
}

// fits reports whether a person holds the role key (with affiliation
// affil, when given): the same title, or a one-word title that is the
// head of theirs ("minister" for "foreign minister").
func (st *state) fits(cl *cluster, key, affil string) bool {
	for i, k := range cl.keys {
		if k != key && !(strings.IndexByte(key, ' ') < 0 && titleHead(k) == key) {
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
	if i := strings.Index(t, " of "); i >= 0 {
		t = t[:i]
	}
	if i := strings.LastIndexByte(t, ' '); i >= 0 {
		t = t[i+1:]
	}
	return t
}

// pronoun resolves a pronoun source: "he" and "she" to the earlier person
// that fits best (below); "they" to the nearest coordinated source or
// organisation; "it" to the nearest organisation or document; "who" and
// "which" to the phrase just before them. A nominal led by a possessive
// ("his eyes") is resolved as its possessor.
func (st *state) pronoun(oi int, m *mention) {
	word := string(st.lower(int(m.word)))
	switch {
	case m.firstPers:
		m.reason = "first-person source"
		return
	case m.relative:
		st.relativePronoun(oi, m)
		return
	case m.plural:
		st.plural(oi, m)
		return
	case word == "it" || word == "its":
		for k := oi - 1; k >= 0 && k >= oi-window; k-- {
			p := &st.ments[st.order[k]]
			if p.sent < m.sent-sentences {
				break
			}
			if p.speaker >= 0 && (st.clusters[p.speaker].typ == Organisation || st.clusters[p.speaker].typ == Document) {
				st.join(m, p.speaker, Pronoun)
				return
			}
		}
		m.reason = "no earlier organisation or document for \"it\""
		return
	}
	if c := st.antecedent(oi, m); c >= 0 {
		st.join(m, c, Pronoun)
		return
	}
	m.reason = fmt.Sprintf("no earlier person fits %q", word)
}

// antecedent returns the person a "he" or "she" refers to, or -1. Of the
// people mentioned in the sentences before it (and in its own, before it),
// it takes the best by a score: a subject (a source, or the first
// mention of its sentence) counts most, then a gender known to fit, then
// evidence that the name is a person's, less a little per sentence back.
func (st *state) antecedent(oi int, m *mention) int32 {
	best, bestScore := int32(-1), -1<<30
	seen := 0
	for k := oi - 1; k >= 0 && k >= oi-window; k-- {
		p := &st.ments[st.order[k]]
		if p.sent < m.sent-sentences {
			break
		}
		if p.speaker < 0 {
			continue
		}
		cl := &st.clusters[p.speaker]
		if cl.typ != Person && !cl.person || cl.gender != unknownGender && cl.gender != m.gender {
			continue
		}
		score := -4 * int(m.sent-p.sent)
		if st.subject(k) {
			score += 6
		}
		if p.source {
			score += 2
		}
		if cl.gender == m.gender {
			score += 5
		}
		if cl.person {
			score += 2
		}
		score -= seen // nearer first among equals
		seen++
		if score > bestScore {
			best, bestScore = p.speaker, score
		}
	}
	return best
}

// relativePronoun resolves "who" and "which" to the phrase before them:
// the mention just before in the same sentence, or else the noun phrase
// ending before the pronoun ("economists, who").
func (st *state) relativePronoun(oi int, m *mention) {
	w := int(m.word)
	k := w - 1
	if k >= 0 && st.punct(k, ",") {
		k--
	}
	if k >= 0 && oi > 0 {
		p := &st.ments[st.order[oi-1]]
		if p.sent == m.sent && p.speaker >= 0 && p.span.End >= int(st.words[k].start) {
			st.join(m, p.speaker, Pronoun)
			m.also = p.also
			return
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

// subject reports whether the mention at position oi of the order is the
// first mention of its sentence or a source.
func (st *state) subject(oi int) bool {
	m := &st.ments[st.order[oi]]
	return m.source || oi == 0 || st.ments[st.order[oi-1]].sent != m.sent
}

// plural resolves "they" to the nearest earlier coordinated source, or
// organisation or plural anonymous source.
func (st *state) plural(oi int, m *mention) {
	for k := oi - 1; k >= 0 && k >= oi-window; k-- {
		p := &st.ments[st.order[k]]
		if p.sent < m.sent-sentences {
			break
		}
		if p.speaker < 0 {
			continue
		}
		if p.group >= 0 && st.groups[p.group].mhi-st.groups[p.group].mlo > 1 {
			gr := st.groups[p.group]
			first := int32(-1)
			for g := gr.mlo; g < gr.mhi; g++ {
				if c := st.ments[g].speaker; c >= 0 && first < 0 {
					first = c
				} else if c >= 0 {
					m.also = append(m.also, c)
				}
			}
			st.join(m, first, Pronoun)
			return
		}
		if p.plural {
			st.join(m, p.speaker, Pronoun)
			return
		}
		if t := st.clusters[p.speaker].typ; t == Organisation {
			st.join(m, p.speaker, Pronoun)
			return
		}
	}
	m.reason = "no earlier group fits \"they\""
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
	for _, qi := range qorder {
		q := quotes[qi]
		a := &d.Attributions[qi]
		a.Quote = q
		var spk []int
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
			spk = slices.Clone(d.Attributions[prev].Speakers)
			a.Method = Continuation
		default:
			a.Reason = "no source mention"
		}
		if len(spk) == 0 {
			a.Method = None
		} else {
			prev = qi
		}
		a.Speakers = spk
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
	for _, mi := range st.order {
		m := &st.ments[mi]
		if m.speaker < 0 {
			continue
		}
		if i := id[m.speaker]; i >= 0 {
			d.Speakers[i].Mentions = appendSpan(d.Speakers[i].Mentions, m.span)
		}
		for _, c := range m.also {
			if i := id[c]; i >= 0 {
				d.Speakers[i].Mentions = appendSpan(d.Speakers[i].Mentions, m.span)
			}
		}
	}
	for qi := range d.Attributions {
		a := &d.Attributions[qi]
		for k, c := range a.Speakers {
			a.Speakers[k] = int(id[c])
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
// at a: no more than one paragraph between them.
func (st *state) near(a, b int) bool {
	if a > b || a < 0 || b > len(st.text) {
		return false
	}
	breaks := 0
	for i := a; i < b; i++ {
		if st.text[i] == '\n' {
			breaks++
			if breaks > 4 {
				return false
			}
		}
	}
	return true
}

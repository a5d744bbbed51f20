package speaker

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynlp/hearsay/internal/textseg"
	"github.com/hearsaynlp/hearsay/quote"
)

// cluster is a speaker being built: the mentions found to be one person,
// organisation or source.
type cluster struct {
	name    quote.Span // the fullest name seen; zero for nominals
	label   string     // the canonical name when it is not a span of the text
	words   int        // words in name
	typ     Type
	person  bool // the text shows a person: title, honorific, given name or source
	gender  gender
	roles   []Role
	keys    []string // lower-case titles of roles, qualifiers dropped
	first   int      // byte offset of the first mention
	used    bool     // an attribution names it
	count   int      // mentions
	surname string   // the last word of the name
	given   string   // the first word of the name
	work    bool     // the quoted title of a work
}

// state is the scratch of one [Attribute] call, pooled.
type state struct {
	text     string
	lx       *lexicon
	words    []word
	buf      []byte // the last result of lowerRange
	joined   []byte // scratch of lowerRange
	low      []byte // the text with its ASCII capitals lowered
	ments    []mention
	order    []int32 // mentions by position
	groups   []group // source phrases
	bySpan   map[quote.Span]int32
	clusters []cluster
	byName   map[string]int32
	bySur    map[string][]int32
	byGiven  map[string][]int32
	byInit   map[uint64]int32 // organisations by the initials of their name, see initials
	byNoun   map[string]int32
	roles    map[roleAt][]int32 // holders of a role, as resolved
	orgs     map[string][]int32 // see orgIndex
	byHead   map[string][]int32 // see holders
	headline []bool             // per paragraph
	infos    []wordInfo
	infoSet  []bool
	recent   [recentSize]recentWord // see recentWord; cleared for each text
	indexes  []int32                // the first elements of the lists of bySur and byGiven, see appendIndex
	keys     []string               // the first role keys of the clusters, see addRole
	firsts   []Role                 // the first roles of the clusters, made anew for each text: Speakers share it
	spans    []group                // scratch of scan
	content  []quote.Span           // scratch of markQuoted
	narr     []int32                // scratch of countNarration
	key      []byte                 // scratch of givenGender
	author   int32                  // the cluster of the writer, from a closing note; -1 when none
}

// group is the source phrase of one or more quotes and the mentions it
// holds (several for "Ushakov and Waltz").
type group struct {
	span     quote.Span
	lo, hi   int32 // words
	mlo, mhi int32 // mentions
	inner    int32 // the word after a preposition from which names in it are scanned; 0 when none
}

var pool = sync.Pool{New: func() any {
	return &state{
		bySpan:  make(map[quote.Span]int32),
		byName:  make(map[string]int32),
		bySur:   make(map[string][]int32),
		byGiven: make(map[string][]int32),
		byInit:  make(map[uint64]int32),
		byNoun:  make(map[string]int32),
		roles:   make(map[roleAt][]int32),
	}
}}

func (st *state) reset(text string) {
	st.text = text
	st.low = append(st.low[:0], text...)
	textseg.LowerASCII(st.low)
	st.lx = defaultLexicon()
	st.words = st.words[:0]
	st.ments = st.ments[:0]
	st.order = st.order[:0]
	st.groups = st.groups[:0]
	st.indexes = st.indexes[:0]
	st.keys = st.keys[:0]
	st.firsts = nil
	clear(st.recent[:])
	st.clusters = st.clusters[:0]
	st.headline = st.headline[:0]
	clear(st.bySpan)
	clear(st.byName)
	clear(st.bySur)
	clear(st.byGiven)
	clear(st.byInit)
	clear(st.byNoun)
	clear(st.roles)
	st.orgs = nil
	st.byHead = nil
}

// Attribute decides who said each quote of text: it finds the mentions of
// people, organisations and sources in the text, clusters them into
// speakers and resolves each quote's source mention to one or more
// speakers. quotes are spans into text, as [quote.Extractor.Extract]
// returns them; spans outside the text are treated as absent. The result
// has one [Attribution] per quote, in the order given.
//
// Attribute never panics and accepts any bytes; it takes time linear in
// the size of text and quotes.
func Attribute(text string, quotes []quote.Quote) Doc {
	st := pool.Get().(*state)
	st.reset(text)
	defer func() {
		st.text = ""
		pool.Put(st)
	}()
	st.words, st.headline = tokenize(st.words, st.headline, text)
	st.credits()
	st.infos = slices.Grow(st.infos[:0], len(st.words))[:len(st.words)]
	st.infoSet = slices.Grow(st.infoSet[:0], len(st.words))[:len(st.words)]
	clear(st.infoSet)
	qgroup := st.sources(quotes)
	st.scan()
	st.sortMentions()
	st.markQuoted(quotes)
	st.clusterNames()
	st.author = st.findAuthor()
	st.resolve()
	return st.doc(quotes, qgroup)
}

// credits marks as a headline, whose capitals name no one, each paragraph
// that is a photo credit ("Jane Roe via Getty Images.", "Jane Roe/Reuters",
// "Photo: Jane Roe"): a short line of capitalised words with "via", a
// slash or a label before a colon. The sentences after one are numbered
// as if it were not there, so that it does not part a name from the
// sentence that follows. Only short lines are read word by word.
func (st *state) credits() {
	ws, text := st.words, st.text
	shift, done := int32(0), 0
	for at := 0; at < len(text); {
		end := len(text)
		if nl := strings.IndexByte(text[at:], '\n'); nl >= 0 {
			end = at + nl
		}
		if line := text[at:end]; len(line) > 0 && len(line) <= maxCredit && (strings.ContainsAny(line, "/:") || strings.Contains(line, " via ")) {
			if lo, hi := st.wordsIn(quote.Span{Start: at, End: end}); lo < hi && st.credit(lo, hi) {
				for ; done < hi; done++ {
					ws[done].sent -= shift
				}
				st.headline[ws[lo].para] = true
				shift += ws[hi-1].sent - ws[lo].sent + 1
			}
		}
		at = end + 1
	}
	for ; shift > 0 && done < len(ws); done++ {
		ws[done].sent -= shift
	}
}

// maxCredit is the longest line, in bytes, read as a photo credit.
const maxCredit = 100

// credit reports whether words lo..hi are a photo credit.
func (st *state) credit(lo, hi int) bool {
	ws := st.words
	credit := false
	if ws[lo].flags&isWord != 0 && lo+1 < hi && st.text[ws[lo+1].start] == ':' {
		switch st.text[ws[lo].start:ws[lo].end] {
		case "Photo", "Credit", "Image":
			credit = true
		}
	}
	for k := lo; k < hi; k++ {
		w := &ws[k]
		switch {
		case w.flags&isWord == 0:
			credit = credit || st.text[w.start] == '/'
		case w.flags&isUpper == 0:
			if st.text[w.start:w.end] != "via" {
				return false
			}
			credit = true
		}
	}
	return credit
}

// wordsIn returns the words inside span s.
func (st *state) wordsIn(s quote.Span) (int, int) {
	lo := sort.Search(len(st.words), func(i int) bool { return int(st.words[i].end) > s.Start })
	hi := lo
	for hi < len(st.words) && int(st.words[hi].start) < s.End {
		hi++
	}
	return lo, hi
}

// sources parses the source phrase of every quote and returns, per quote,
// its group or -1.
func (st *state) sources(quotes []quote.Quote) []int32 {
	qgroup := make([]int32, len(quotes))
	for qi, q := range quotes {
		qgroup[qi] = -1
		s := q.Source
		if s.IsZero() || s.Start < 0 || s.End > len(st.text) || s.Start >= s.End {
			continue
		}
		if g, ok := st.bySpan[s]; ok {
			qgroup[qi] = g
			continue
		}
		lo, hi := st.wordsIn(s)
		if lo >= hi {
			continue
		}
		g := int32(len(st.groups))
		st.bySpan[s] = g
		qgroup[qi] = g
		mlo := int32(len(st.ments))
		st.parseSource(lo, hi)
		for k := mlo; k < int32(len(st.ments)); k++ {
			st.ments[k].source = true
			st.ments[k].group = g
		}
		st.groups = append(st.groups, group{span: s, lo: int32(lo), hi: int32(hi), mlo: mlo, mhi: int32(len(st.ments)), inner: int32(st.inner(lo, hi))})
	}
	return qgroup
}

// parseSource appends the mentions of a source phrase: one, or one per
// coordinated part ("Ushakov and Waltz"), with an apposition read as the
// role of the name it stands by ("Sergei Lavrov, Russia's foreign
// minister").
func (st *state) parseSource(lo, hi int) {
	// Cut at a relative clause or a parenthesis.
	for k := lo + 1; k < hi; k++ {
		if st.punct(k, "(") || st.isWord(k) && (string(st.lower(k)) == "who" || string(st.buf) == "whose") && st.punct(k-1, ",") {
			hi = k
			break
		}
	}
	if st.dateline(lo, hi) || st.participle(lo, hi) {
		st.add(nothing(st.parse(lo, hi))) // a source found in the wrong place
		return
	}
	// Coordination: parts split at "and", "&" and commas, every one a
	// name, a pronoun or a person's role or organisation ("her husband").
	if st.coordinated(lo, hi) {
		return
	}
	comma := st.nextComma(lo, hi)
	if comma == hi {
		st.add(st.parse(lo, hi))
		return
	}
	a, b := st.parse(lo, comma), st.parse(comma+1, hi)
	switch {
	case a.kind == name && b.kind == role:
		st.add(withRole(a, b))
	case a.kind == role && b.kind == name:
		st.add(withRole(b, a))
	case a.kind == role || a.kind == other && st.personHead(&a):
		// "Rubio's Florida chairman, Dana Pike, a former county
		// sheriff": the name between the commas is who speaks.
		if n := st.parse(comma+1, st.nextComma(comma+1, hi)); n.kind == name {
			st.add(withRole(n, a))
			return
		}
		st.add(a)
	default:
		st.add(a)
	}
}

// nextComma returns the first comma of words lo..hi, or hi.
func (st *state) nextComma(lo, hi int) int {
	for k := lo; k < hi; k++ {
		if st.punct(k, ",") {
			return k
		}
	}
	return hi
}

// inner returns the word after the first preposition of source phrase
// lo..hi that follows a lower-case noun and comes before a capitalised
// word ("a spokesman for the United Dock Workers", "a panel of the U.S.
// Court of Appeals"), or 0: names there are mentions of their own.
func (st *state) inner(lo, hi int) int {
	for k := lo + 1; k < hi-1; k++ {
		if !st.isWord(k) || !prepositions[string(st.lower(k))] || !st.isWord(k-1) || st.isUpper(k-1) {
			continue
		}
		for j := k + 1; j < hi; j++ {
			if st.isWord(j) && st.isUpper(j) {
				return k + 1
			}
		}
		return 0
	}
	return 0
}

// withRole gives name mention m the role of nominal r.
func withRole(m, r mention) mention {
	if m.title.IsZero() {
		m.title, m.affil, m.former = r.title, r.affil, r.former
	}
	if m.gender == unknownGender {
		m.gender = r.gender
	}
	m.person = true
	m.span = quote.Span{Start: min(m.span.Start, r.span.Start), End: max(m.span.End, r.span.End)}
	return m
}

// coordinated adds the parts of a coordinated source and reports whether
// it was one.
func (st *state) coordinated(lo, hi int) bool {
	var cuts [8]int
	n := 0
	hasAnd := false
	for k := lo + 1; k < hi-1 && n < len(cuts); k++ {
		if st.punct(k, ",") || st.punct(k, "&") || st.isWord(k) && string(st.lower(k)) == "and" {
			if !st.punct(k, ",") {
				hasAnd = true
			}
			cuts[n] = k
			n++
		}
	}
	if !hasAnd {
		return false
	}
	var parts [9]mention
	from := lo
	np := 0
	for i := 0; i <= n; i++ {
		to := hi
		if i < n {
			to = cuts[i]
		}
		if from < to && !(i < n && to == from+1 && !st.isWord(from)) {
			p := st.parse(from, to)
			if p.kind == noKind && p.span.IsZero() {
				from = to + 1
				continue
			}
			if p.kind != name && p.kind != pronoun && !(p.possessor && (p.kind == role || p.kind == org)) {
				return false // ("her husband", "his campaign" may be parts)
			}
			parts[np] = p
			np++
		}
		from = to + 1
	}
	if np < 2 {
		return false
	}
	for _, p := range parts[:np] {
		st.add(p)
	}
	return true
}

func (st *state) add(m mention) {
	if m.kind == noKind {
		if m.span.IsZero() {
			return
		}
		m.reason = "unrecognised source"
	}
	m.speaker = -1
	m.group = -1
	m.coord = -1
	st.ments = append(st.ments, m)
}

// scan finds the names in the text outside the source phrases: runs of
// capitalised words with the titles and modifiers before them and an
// apposition after or before.
func (st *state) scan() {
	ws := st.words
	// Source phrases by position, to skip.
	spans := append(st.spans[:0], st.groups...)
	st.spans = spans
	slices.SortFunc(spans, func(a, b group) int { return int(a.lo - b.lo) })
	si := 0
	prevName, prevEnd := -1, -1 // the last name added and the word after it
	cut := 0                    // the word after a name cut short, which the next may not reach back over
	for i := 0; i < len(ws); {
		for si < len(spans) && int(spans[si].hi) <= i {
			si++
		}
		inside := false
		if si < len(spans) && int(spans[si].lo) <= i {
			// A source phrase is skipped, but for the names after a
			// preposition in it: "a spokesman for the United Dock Workers".
			if in := int(spans[si].inner); in == 0 {
				i = int(spans[si].hi)
				continue
			} else if i < in {
				i = in
				continue
			}
			inside = true
		} else {
			// Most words start nothing here: they are passed in a loop of
			// their own, up to the next source phrase.
			lim := len(ws)
			if si < len(spans) {
				lim = int(spans[si].lo)
			}
			for ; i < lim; i++ {
				// Punctuation, a word of a headline, or a lower-case
				// word that starts no nominal and is followed by neither
				// a capital (after "entitled", "titled") nor a quotation
				// mark (after "the film"): no word that scanTitle or
				// scanNominal would read, or that starts a name.
				w := &ws[i]
				if w.flags&isWord == 0 {
					continue
				}
				if w.flags&isUpper != 0 || mayStartNominal(st.text[w.start:w.end]) ||
					i+1 < len(ws) && (ws[i+1].flags&isUpper != 0 || st.text[ws[i+1].start] == '"' || st.text[ws[i+1].start] >= utf8.RuneSelf) {
					if !st.headline[w.para] {
						break
					}
				}
			}
			if i == lim {
				continue
			}
		}
		w := ws[i]
		stop, floor := len(ws), si0(spans, si)
		if inside {
			stop, floor = int(spans[si].hi), int(spans[si].inner)
		} else if si < len(spans) {
			stop = int(spans[si].lo)
		}
		if w.flags&isWord != 0 && !st.headline[w.para] {
			if j := st.scanTitle(i, stop); j > i {
				i = j
				continue
			}
		}
		if w.flags&isWord != 0 && !st.headline[w.para] && mayStartNominal(st.text[w.start:w.end]) {
			if j := st.scanNominal(i, stop); j > i {
				i = j
				continue
			}
		}
		if w.flags&(isWord|isUpper) != isWord|isUpper || st.headline[w.para] || st.info(i).bits&capStop != 0 {
			i++
			continue
		}
		j := i + 1
		if ws[i].flags&possessive == 0 {
			for j < stop && ws[j].sent == w.sent && !st.spacedApart(j) {
				if ws[j].flags&(isWord|isUpper) == isWord|isUpper {
					j++
					if ws[j-1].flags&possessive != 0 {
						break
					}
					continue
				}
				if ws[j].flags&isWord != 0 && j+1 < stop && ws[j+1].flags&isUpper != 0 && st.info(j).bits&connector != 0 {
					j++
					continue
				}
				break
			}
		}
		if st.compoundTail(i, j) || st.dateline(i, j) || st.participle(i, j) {
			i = j
			continue
		}
		// Titles and modifiers before the run: "special envoy", "Putin aide".
		k := i
		for k > cut && ws[k-1].sent == w.sent && ws[k-1].flags&(isWord|isUpper) == isWord && k-1 >= floor {
			if in := st.info(k - 1); in.bits&(inTitle|qualifier) == 0 && in.nationLen == 0 {
				break
			}
			if k == i && ws[k-1].flags&possessive != 0 {
				break // "the president's Baltic trip": the name is not the title's holder
			}
			k--
		}
		if k < i && !st.modifies(k, i) {
			k = i // "Members of the Association": no title before the name
		}
		if k < i {
			for k > cut && ws[k-1].sent == w.sent && ws[k-1].flags&(isWord|isUpper) == isWord|isUpper && st.info(k-1).bits&capStop == 0 && k-1 >= floor {
				k--
			}
		}
		// "President Arno Vell of Poland": a titled person's name ends
		// before "of" and a country.
		if from := st.afterTitle(i, j); k < i || from > i {
			for c := from + 1; c+1 < j; c++ {
				if string(st.lower(c)) == "of" {
					if n, _ := st.nationAt(c+1, j); n > 0 {
						j = c
						cut = j + 1
						break
					}
				}
			}
		}
		m := st.parse(k, j)
		if m.kind == name && m.title.IsZero() {
			after, ok := st.appositionAfter(j, stop)
			if ok {
				m = withRole(m, after)
			} else if r, ok := st.appositionBefore(k, floor); ok {
				m = withRole(m, r)
			} else if !m.person && after.kind == org && after.name.IsZero() && !after.possessor {
				m.kind = org // "Brightco, the parent company of Lumen,"
			}
		}
		if m.kind == name || m.kind == org || m.kind == doc || m.kind == anon {
			st.add(m)
			// "Ortiz and Hale", "Rubio, Waltz and Witkoff": a group a
			// later "they" may be.
			if prevEnd >= 0 && k >= 2 && prevEnd >= k-3 && st.coordinator(prevEnd, k) {
				st.ments[len(st.ments)-1].coord = int32(prevName)
			}
			prevName, prevEnd = len(st.ments)-1, j
		}
		i = j
	}
}

// compoundTail reports whether the capitalised run i..j ends a name begun
// inside a "pro-" or "anti-" compound and modifies a noun after it, as in
// "a pro-Islamic State Twitter account": no one is named there.
func (st *state) compoundTail(i, j int) bool {
	if i == 0 || j >= len(st.words) || st.words[j].flags&(isWord|isUpper) != isWord || st.words[i-1].flags&isWord == 0 || !st.singleSpaced(i-1, i+1) {
		return false
	}
	prev := st.text[st.words[i-1].start:st.words[i-1].end]
	h := strings.IndexByte(prev, '-')
	if h < 0 || h+1 >= len(prev) || prev[h+1] < 'A' || prev[h+1] > 'Z' {
		return false
	}
	switch prev[:h] {
	case "pro", "anti", "post", "pre", "non":
		return true
	}
	return false
}

// dateline reports whether the capitalised run i..j is the place that
// opens a paragraph in capitals, before a comma and a capital, a dash or
// a parenthesis: "DECATUR, Ill. —", "DOVER (AP) —".
func (st *state) dateline(i, j int) bool {
	if i > 0 && st.words[i-1].para == st.words[i].para || j+1 >= len(st.words) {
		return false
	}
	for k := i; k < j; k++ {
		if w := st.text[st.words[k].start:st.words[k].end]; len(w) < 3 || strings.IndexFunc(w, unicode.IsLower) >= 0 {
			return false
		}
	}
	switch c := st.text[st.words[j].start]; c {
	case ',':
		return st.isUpper(j + 1)
	case '(', '-':
		return true
	}
	return strings.HasPrefix(st.text[st.words[j].start:], "—")
}

// participle reports whether the run i..j is one word that opens its
// sentence and ends in "ed" before "by": "Courted by both parties, he
// said", a verb and not a name.
func (st *state) participle(i, j int) bool {
	w := st.text[st.words[i].start:st.words[i].end]
	return j == i+1 && j < len(st.words) && st.words[i].flags&sentStart != 0 && len(w) > 4 &&
		strings.HasSuffix(w, "ed") && st.text[st.words[j].start:st.words[j].end] == "by"
}

// spacedApart reports whether two spaces or a line break stand between
// word w and the one before: a lost paragraph break ("Ms. Yellen  The
// Federal Reserve"), never the inside of a name.
func (st *state) spacedApart(w int) bool {
	gap := st.text[st.words[w-1].end:st.words[w].start]
	return len(gap) > 1 && (strings.Contains(gap, "  ") || strings.ContainsAny(gap, "\n\r"))
}

// modifies reports whether the words lo..hi before a name hold a title,
// a qualifier or a nationality, and not only the words inside titles
// ("of", "the").
func (st *state) modifies(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if in := st.info(k); in.bits&qualifier != 0 || in.nationLen > 0 {
			return true
		}
		if n, _ := st.titleAt(k, hi); n > 0 {
			return true
		}
	}
	return false
}

// afterTitle returns the first word of lo..hi after an honorific or a
// title that leads it, or lo when none does.
func (st *state) afterTitle(lo, hi int) int {
	if st.info(lo).bits&honorific != 0 {
		return lo + 1
	}
	n, _ := st.titleAt(lo, hi)
	return lo + n
}

// works are nouns of titled works: the quoted title after one names a
// document ("her new documentary “Dunes.”").
var works = map[string]bool{
	"documentary": true, "film": true, "movie": true, "book": true, "memoir": true, "novel": true,
	"report": true, "study": true, "essay": true, "column": true, "article": true, "play": true,
}

// scanTitle adds the document a quoted title after a noun of a work at
// word i names, and returns the word after the closing quote, or i.
func (st *state) scanTitle(i, stop int) int {
	// Most words are followed by neither a capital nor a quotation mark:
	// they are turned away before their lower case is made.
	if n := st.words[i].end - st.words[i].start; (n == 8 || n == 6) && i+1 < stop && st.isWord(i+1) && st.isUpper(i+1) &&
		(string(st.lower(i)) == "entitled" || string(st.buf) == "titled") {
		// "a memoir entitled The Night Desk: Ten Years of Crisis
		// Calls.": the title runs to the end of the sentence.
		last := i + 1
		for k := i + 2; k < stop && k < i+18 && st.words[k].sent == st.words[i].sent; k++ {
			if st.isWord(k) {
				last = k
			}
		}
		m := mention{kind: doc, span: st.span(i+1, last+1), name: st.span(i+1, last+1), first: int32(i + 1), last: int32(last), work: true}
		m.sent, m.para, m.word = st.words[i+1].sent, st.words[i+1].para, int32(i+1)
		st.add(m)
		return last + 1
	}
	if i+2 >= stop || !st.openQuote(i+1) || !works[string(st.lower(i))] {
		return i
	}
	close := -1
	for k := i + 2; k < stop && k < i+16; k++ {
		if st.closeQuote(k) {
			close = k
			break
		}
	}
	last := close - 1
	for last > i+2 && !st.isWord(last) {
		last-- // "“Dunes.”"
	}
	if close < 0 || !st.isWord(i+2) || !st.isWord(last) {
		return i
	}
	if c := st.text[st.words[i+2].start]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
		return i
	}
	m := mention{kind: doc, span: st.span(i+2, last+1), name: st.span(i+2, last+1), first: int32(i + 2), last: int32(last), work: true}
	m.sent, m.para, m.word = st.words[i+2].sent, st.words[i+2].para, int32(i+2)
	st.add(m)
	return close + 1
}

// openQuote and closeQuote report an opening or closing quotation mark at
// word w.
func (st *state) openQuote(w int) bool {
	s := st.text[st.words[w].start:st.words[w].end]
	return s == "“" || s == "\"" || s == "‘"
}

func (st *state) closeQuote(w int) bool {
	s := st.text[st.words[w].start:st.words[w].end]
	return s == "”" || s == "\"" || s == "’"
}

// scanNominal adds the role nominal ("the president", "the Russian
// foreign minister") or gendered pronoun starting at word i, outside a
// source, and returns the word after it, or i when there is none. They
// are not sources but carry evidence: a role nominal links a later "he" to
// its holder, a pronoun gives its referent's gender. scan calls it only at
// the words [mayStartNominal] admits: a new case here must fit there.
func (st *state) scanNominal(i, stop int) int {
	w := st.text[st.words[i].start:st.words[i].end]
	switch w {
	case "he", "He", "she", "She", "him", "his", "His", "her", "Her":
		m := st.parse(i, i+1)
		if m.kind == pronoun {
			st.add(m)
		}
		return i + 1
	case "the", "The":
	default:
		if c := st.text[st.words[i].start]; 'a' <= c && c <= 'z' && (len(w) >= 5 && w[len(w)-1] == 's' || w == "people") && st.info(i).noun == anonNoun {
			// "officials", "voters": a group a later "they" may be.
			m := st.parse(st.groupAdjective(i), i+1)
			m.plural = true
			st.add(m)
			return i + 1
		}
		return i
	}
	for j := i + 1; j < stop && j < i+6 && st.isWord(j) && st.words[j].sent == st.words[i].sent; j++ {
		if n, _ := st.titleAt(j, min(stop, j+st.lx.maxTitle)); n > 0 {
			end := j + n
			if end < stop && st.isWord(end) && st.isUpper(end) && st.words[end-1].flags&possessive == 0 {
				return i // a title before a name: the name's run reads it
			}
			m := st.parse(i, end)
			if m.kind != role {
				return i
			}
			if i > 0 && st.isWord(i-1) && predicative[string(st.lower(i-1))] {
				return end // "she serves as the attorney general": no one new
			}
			st.add(m)
			return end
		}
		if in := st.info(j); !st.isUpper(j) && in.bits&qualifier == 0 && in.nationLen == 0 {
			return i
		}
	}
	return i
}

// groupAdjective returns the first word of the plural group nominal whose
// noun is word i: the word before it when that is a party or nationality
// the scan just took for a name ("Democratic superdelegates", "Chinese
// officials"), which it then drops, else i.
func (st *state) groupAdjective(i int) int {
	n := len(st.ments)
	if i == 0 || n == 0 || !st.isWord(i-1) || !st.isUpper(i-1) || st.words[i-1].sent != st.words[i].sent {
		return i
	}
	if last := st.ments[n-1].span; last.Start != int(st.words[i-1].start) || last.End != int(st.words[i-1].end) {
		return i
	}
	if _, party := parties[string(st.lower(i-1))]; !party && st.info(i-1).nationLen != 1 {
		return i
	}
	st.ments = st.ments[:n-1]
	return i - 1
}

// mayStartNominal reports whether word w has the shape of a word that
// scanNominal starts at: a pronoun or "the" (two or three bytes), or a
// lower-case plural of five bytes or more, or "people". Most words have neither, and
// skip the call.
func mayStartNominal(w string) bool {
	n := len(w)
	if n == 2 || n == 3 {
		c := w[0] | 0x20 // he, she, him, his, her, the: h, s or t in either case
		return c == 'h' || c == 's' || c == 't'
	}
	return n >= 5 && (w[n-1] == 's' || w == "people") && 'a' <= w[0] && w[0] <= 'z'
}

// predicative words before a role nominal make it say what someone is,
// not mention someone.
var predicative = map[string]bool{
	"as": true, "is": true, "was": true, "became": true, "becomes": true, "become": true,
	"remains": true, "remained": true,
}

// coordinator reports whether the words from..to join two names: "and",
// ", and", or a comma.
func (st *state) coordinator(from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		if !(st.punct(k, ",") || st.isWord(k) && string(st.lower(k)) == "and") {
			return false
		}
	}
	return true
}

// si0 returns the first word after the source phrase before spans[si].
func si0(spans []group, si int) int {
	if si > 0 {
		return int(spans[si-1].hi)
	}
	return 0
}

// appositionAfter reads a role after the comma at word j: "Lavrov,
// Russia's foreign minister, said".
func (st *state) appositionAfter(j, stop int) (mention, bool) {
	if j >= stop || !st.punct(j, ",") {
		return mention{}, false
	}
	e := j + 1
	for e < stop && e < j+10 && st.isWord(e) && st.words[e].sent == st.words[j].sent {
		e++
	}
	if e == j+1 {
		return mention{}, false
	}
	r := st.parse(j+1, e)
	return r, r.kind == role && !r.indef
}

// appositionBefore reads a role before the comma ahead of word k:
// "Russia's foreign minister, Sergei Lavrov, said".
func (st *state) appositionBefore(k, floor int) (mention, bool) {
	if k < 2 || k-1 < floor || !st.punct(k-1, ",") {
		return mention{}, false
	}
	s := k - 1
	for s > floor && s > k-10 && st.isWord(s-1) && st.words[s-1].sent == st.words[k].sent {
		s--
	}
	if s == k-1 || s > floor && st.isWord(s-1) {
		return mention{}, false
	}
	r := st.parse(s, k-1)
	return r, r.kind == role && !r.indef
}

// sortMentions orders the mentions by position.
func (st *state) sortMentions() {
	// The mentions of the sources come first, then those scan finds, each
	// run in order as a rule: two runs in order are merged, and only
	// another order is sorted. Ties keep the first run first, as a stable
	// sort does.
	ms := st.ments
	k := min(1, len(ms))
	for k < len(ms) && ms[k-1].span.Start <= ms[k].span.Start {
		k++
	}
	rest := k + 1
	for rest < len(ms) && ms[rest-1].span.Start <= ms[rest].span.Start {
		rest++
	}
	if rest >= len(ms) {
		a, b := 0, k
		for a < k || b < len(ms) {
			if b == len(ms) || a < k && ms[a].span.Start <= ms[b].span.Start {
				st.order = append(st.order, int32(a))
				a++
			} else {
				st.order = append(st.order, int32(b))
				b++
			}
		}
		return
	}
	for i := range st.ments {
		st.order = append(st.order, int32(i))
	}
	slices.SortStableFunc(st.order, func(a, b int32) int { return st.ments[a].span.Start - st.ments[b].span.Start })
}

// markQuoted marks the mentions inside the content of a quote: the people
// a speaker talks about, who are less likely to be the "he" of the next
// sentence than the speaker.
func (st *state) markQuoted(quotes []quote.Quote) {
	content := st.content[:0]
	for _, q := range quotes {
		content = append(content, q.Content...)
	}
	st.content = content
	slices.SortFunc(content, func(a, b quote.Span) int { return a.Start - b.Start })
	ci := 0
	end := -1 // the furthest end of the content spans so far
	for _, mi := range st.order {
		m := &st.ments[mi]
		for ci < len(content) && content[ci].Start <= m.span.Start {
			end = max(end, content[ci].End)
			ci++
		}
		m.quoted = m.span.End <= end && !m.source
	}
	st.countNarration(content)
}

// countNarration sets each mention's narration, the number of sentences
// up to its own that are not wholly inside the content spans (sorted by
// start): the sentences a pronoun looks back over are counted in it, so
// that one after a long quote still reaches the speaker named before it.
func (st *state) countNarration(content []quote.Span) {
	n := 0
	if len(st.words) > 0 {
		n = int(st.words[len(st.words)-1].sent) + 1
	}
	narr := slices.Grow(st.narr[:0], n)[:n]
	clear(narr)
	ci, end := 0, -1
	for _, w := range st.words {
		for ci < len(content) && content[ci].Start <= int(w.start) {
			end = max(end, content[ci].End)
			ci++
		}
		if w.flags&isWord != 0 && int(w.end) > end {
			narr[w.sent] = 1 // a word outside every quote
		}
	}
	for s := 1; s < n; s++ {
		narr[s] += narr[s-1]
	}
	st.narr = narr
	for i := range st.ments {
		if m := &st.ments[i]; int(m.sent) < n {
			m.narration = narr[m.sent]
		}
	}
}

// findAuthor returns the cluster of the person an opinion piece's closing
// note names as its writer ("Jane Doe is a playwright ..."): a
// full name opening one of the last two paragraphs, followed by "is" or
// "was". It returns -1 when there is none.
func (st *state) findAuthor() int32 {
	if len(st.words) == 0 {
		return -1
	}
	last := st.words[len(st.words)-1].para
	for oi := len(st.order) - 1; oi >= 0; oi-- {
		m := &st.ments[st.order[oi]]
		if m.para < last-1 {
			break
		}
		if m.kind != name || m.speaker < 0 || m.last == m.first || m.source || int(m.last)+1 >= len(st.words) {
			continue
		}
		first := int(m.word)
		if first > 0 && st.words[first-1].para == m.para {
			continue // not the paragraph's opening
		}
		switch string(st.lower(int(m.last) + 1)) {
		case "is", "was":
			return m.speaker
		}
	}
	return -1
}

// nameText returns the name of mention m.
func (st *state) nameText(m *mention) string { return st.text[m.name.Start:m.name.End] }

// initials returns the first letters of the capitalised words of name,
// one byte each, as a key ("International Monetary Fund" is IMF,
// "Department of Homeland Security" DHS), or with all the first letters
// of every word, in upper case ("Parents for Clean Air" is PCA), or 0
// when there are fewer than two or more than eight.
func initials(name string, all bool) uint64 {
	var k uint64
	n := 0
	for i := 0; i < len(name); i++ {
		c := name[i]
		if all && c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if (i == 0 || name[i-1] == ' ' || name[i-1] == '-') && c >= 'A' && c <= 'Z' {
			if n++; n > 8 {
				return 0
			}
			k = k<<8 | uint64(c)
		}
	}
	if n < 2 {
		return 0
	}
	return k
}

// acronym returns the key of [initials] for name when it is an acronym of
// two to six capital letters ("IMF", "W.T.O."), else 0.
func acronym(name string) uint64 {
	var k uint64
	n := 0
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c == '.':
		case c >= 'A' && c <= 'Z':
			if n++; n > 6 {
				return 0
			}
			k = k<<8 | uint64(c)
		default:
			return 0
		}
	}
	if n < 2 {
		return 0
	}
	return k
}

// clusterNames joins the mentions of names into clusters: full names
// first, then, in text order, surnames, given names and single names.
func (st *state) clusterNames() {
	for _, mi := range st.order {
		m := &st.ments[mi]
		if m.kind != name && m.kind != org && m.kind != doc || m.name.IsZero() || m.last == m.first {
			continue
		}
		c := st.fullName(m)
		st.join(m, c, Named)
		if !st.clusters[c].person {
			n := st.nameText(m)
			for _, k := range [2]uint64{initials(n, false), initials(n, true)} {
				if _, ok := st.byInit[k]; k != 0 && !ok {
					st.byInit[k] = c
				}
			}
		}
	}
	// Single names with a gender first ("Mr. Hale"), so that one
	// without ("President Hale") can tell a man from his wife.
	for pass := 0; pass < 2; pass++ {
		for _, mi := range st.order {
			if m := &st.ments[mi]; (m.gender != unknownGender) == (pass == 0) {
				st.singleName(m)
			}
		}
	}
}

// country returns the cluster of the country a capital or nationality
// mention n stands for ("Beijing", "Chinese" are China), made when the
// text has not named it yet; -1 when m is no such mention.
func (st *state) country(m *mention, n string) int32 {
	if a := int(m.last) + 1; !m.nation || a < len(st.words) && st.isWord(a) && !st.isUpper(a) && st.info(a).noun != noClass {
		return -1 // ("the Kazakh government": an adjective)
	}
	country := st.lx.nationalities[strings.ToLower(n)]
	if country == "" || country == n {
		return -1
	}
	if c, ok := st.byName[country]; ok {
		return c
	}
	c := st.newCluster(m)
	st.clusters[c].label = country
	st.byName[country] = c
	return c
}

// singleName clusters a mention of a name of one word: with the name,
// surname, given name or initials it shares, or alone.
func (st *state) singleName(m *mention) {
	if m.kind != name && m.kind != org && m.kind != doc || m.name.IsZero() || m.last != m.first {
		return
	}
	n := st.nameText(m)
	if c, ok := st.byName[n]; ok {
		st.join(m, c, Named)
		if st.clusters[c].words > 1 {
			m.method = Surname
		}
		return
	}
	if c := st.pick(st.bySur[n], m); c >= 0 && (!m.nation || st.surnameNationality(m, c)) {
		// (A country is not short for an organisation named after it:
		// "Nevada" is not the Free Taxpayers Union of Nevada.)
		st.join(m, c, Surname)
		return
	}
	if c := st.country(m, n); c >= 0 {
		st.join(m, c, Named)
		return
	}
	if c := st.pick(st.byGiven[n], m); c >= 0 && m.kind == name {
		st.join(m, c, Surname)
		return
	}
	if c, ok := st.byInit[acronym(n)]; ok && acronym(n) != 0 {
		st.join(m, c, Named)
		return
	}
	if m.kind == name && (m.source || m.person) {
		if c := st.misspelt(n, m); c >= 0 {
			st.join(m, c, Surname)
			return
		}
	}
	if m.kind == name && st.adverbial(int(m.first)) {
		m.kind, m.name, m.reason = noKind, quote.Span{}, "unrecognised source"
		return
	}
	if m.source || m.person || m.kind != name {
		st.join(m, st.newCluster(m), Named)
	}
}

// adverbial reports whether word w opens its sentence and ends as an
// adverb, a gerund or a participle does ("Ultimately", "Walking",
// "Pressed"), and is no given name: a single such word that names no one
// known is no name.
func (st *state) adverbial(w int) bool {
	if st.words[w].flags&sentStart == 0 || st.info(w).bits&nameGiven != 0 {
		return false
	}
	b := st.lower(w)
	return len(b) > 4 && (bytes.HasSuffix(b, []byte("ly")) || bytes.HasSuffix(b, []byte("ing")) || bytes.HasSuffix(b, []byte("ed")))
}

// surnameNationality reports whether nation mention m, a nationality
// and not a country ("Irish", not "Ireland"), is the surname of person c
// named in full: "Tom Irish ... Irish said".
func (st *state) surnameNationality(m *mention, c int32) bool {
	cl := &st.clusters[c]
	if cl.words < 2 || !st.personLike(cl) || cl.typ == Organisation {
		return false
	}
	country := st.lx.nationalities[string(st.lower(int(m.first)))]
	return country != "" && !strings.EqualFold(country, st.nameText(m))
}

// misspeltWindow bounds how many mentions back [state.misspelt] looks.
const misspeltWindow = 64

// misspelt returns the one person named in full in the mentions before m
// whose surname m's single name n misspells by one letter ("Pruett" for Darla Pruitt, "Morow" for
// Laura Morrow), or -1. Names shorter than five letters are not
// compared.
func (st *state) misspelt(n string, m *mention) int32 {
	if len(n) < 5 {
		return -1
	}
	found := int32(-1)
	oi := st.orderOf(m)
	for k := oi - 1; k >= 0 && k >= oi-misspeltWindow; k-- {
		c := st.ments[st.order[k]].speaker
		if c < 0 {
			continue
		}
		cl := &st.clusters[c]
		if cl.words < 2 || !st.personLike(cl) || len(cl.surname) < 5 || cl.surname[0] != n[0] || cl.surname == n ||
			m.gender != unknownGender && cl.gender != unknownGender && cl.gender != m.gender || !oneEdit(cl.surname, n) {
			continue
		}
		if found >= 0 && found != c {
			return -1
		}
		found = c
	}
	return found
}

// oneEdit reports whether a and b differ, case aside, by exactly one
// letter changed, added or dropped.
func oneEdit(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// fullName returns the cluster of a name of several words, making one when
// no earlier name matches it.
func (st *state) fullName(m *mention) int32 {
	n := st.nameText(m)
	if c, ok := st.byName[n]; ok {
		return c
	}
	if m.kind == name {
		sur := st.surname(m)
		given := st.wordText(int(m.first))
		cs := st.bySur[sur]
		for _, c := range cs[:min(len(cs), maxSameName)] {
			if cl := &st.clusters[c]; cl.typ != Organisation && cl.typ != Document && (cl.given == given || misspeltGiven(cl.given, given) || nickname(cl.given, given)) && cl.words > 1 {
				if len(n) > len(st.text[cl.name.Start:cl.name.End]) {
					cl.name = m.name
					cl.words = int(m.last-m.first) + 1
				}
				st.byName[n] = c
				return c
			}
		}
	}
	return st.newCluster(m)
}

// nickname reports whether given names a and b are a name and its common
// short form, as written ("Sandy" and "Sandra", "Bill" and "William"):
// one person named both ways in one article.
func nickname(a, b string) bool {
	return a != "" && (nicknames[a] == b || nicknames[b] == a)
}

// nicknames maps common short forms of given names to the full name.
var nicknames = map[string]string{
	"Bill": "William", "Will": "William", "Bob": "Robert", "Bobby": "Robert", "Rob": "Robert",
	"Jim": "James", "Jimmy": "James", "Mike": "Michael", "Tom": "Thomas", "Tony": "Anthony",
	"Dick": "Richard", "Rick": "Richard", "Joe": "Joseph", "Dan": "Daniel", "Dave": "David",
	"Steve": "Steven", "Ben": "Benjamin", "Sam": "Samuel", "Matt": "Matthew", "Andy": "Andrew",
	"Alex": "Alexander", "Nick": "Nicholas", "Greg": "Gregory", "Jeff": "Jeffrey", "Ken": "Kenneth",
	"Larry": "Lawrence", "Ron": "Ronald", "Don": "Donald", "Chuck": "Charles", "Charlie": "Charles",
	"Jack": "John", "Ed": "Edward", "Fred": "Frederick", "Jerry": "Gerald", "Tim": "Timothy",
	"Sandy": "Sandra", "Liz": "Elizabeth", "Beth": "Elizabeth", "Kate": "Katherine", "Cathy": "Catherine",
	"Sue": "Susan", "Debbie": "Deborah", "Jenny": "Jennifer", "Jen": "Jennifer", "Peggy": "Margaret",
	"Pat": "Patricia", "Barb": "Barbara", "Vicky": "Victoria", "Becky": "Rebecca", "Patty": "Patricia",
}

// misspeltGiven reports whether given names a and b, of five letters or
// more, differ by one letter after the first: "Hilary" is a slip for
// "Hillary".
func misspeltGiven(a, b string) bool {
	return len(a) >= 5 && len(b) >= 5 && a[0] == b[0] && oneEdit(a, b)
}

// surname returns the last word of m's name that is not a suffix ("Jr.",
// "III").
func (st *state) surname(m *mention) string {
	k := int(m.last)
	for k > int(m.first) {
		switch string(st.lower(k)) {
		case "jr.", "jr", "sr.", "sr", "ii", "iii", "iv":
			k--
			continue
		}
		break
	}
	return st.wordText(k)
}

// maxSameName bounds how many people of one surname a name is compared
// with, so that a text of thousands of Smiths stays linear.
const maxSameName = 32

// pick returns, of the clusters cs, the one a single name m refers to:
// the only one, or of those whose gender fits m's honorific, the one
// introduced first — news names the main person by surname and a relative
// by full name.
func (st *state) pick(cs []int32, m *mention) int32 {
	best := int32(-1)
	for _, c := range cs[:min(len(cs), maxSameName)] {
		cl := &st.clusters[c]
		if m.kind == name && (cl.typ == Organisation || cl.typ == Document) {
			continue
		}
		if m.gender != unknownGender && cl.gender != unknownGender && cl.gender != m.gender {
			continue
		}
		if best < 0 || cl.first < st.clusters[best].first {
			best = c
		}
	}
	return best
}

func (st *state) newCluster(m *mention) int32 {
	c := int32(len(st.clusters))
	cl := cluster{name: m.name, words: int(m.last-m.first) + 1, first: m.span.Start, typ: Unknown, work: m.work}
	switch m.kind {
	case org:
		cl.typ = Organisation
	case doc:
		cl.typ = Document
	}
	if !m.name.IsZero() {
		n := st.nameText(m)
		st.byName[n] = c
		cl.surname = st.surname(m)
		cl.given = st.wordText(int(m.first))
		st.bySur[cl.surname] = st.appendIndex(st.bySur[cl.surname], c)
		if cl.words > 1 && m.kind == name {
			st.byGiven[cl.given] = st.appendIndex(st.byGiven[cl.given], c)
		}
		if m.kind != name && st.ledByThe(m) {
			if the := st.words[m.first-1]; st.text[the.start] == 't' {
				cl.label = st.text[the.start:m.name.End] // as written, with no copy
			} else {
				cl.label = "the " + n
			}
		}
	}
	st.clusters = append(st.clusters, cl)
	return c
}

// ledByThe reports whether "the" or "The" stands just before the name of
// m, inside the mention or not: "the Kremlin" is so named wherever in its
// sentence the text names it.
func (st *state) ledByThe(m *mention) bool {
	w := int(m.first) - 1
	return !m.nation && w >= 0 && st.isWord(w) && string(st.lowerShort(w)) == "the" && st.singleSpaced(w, w+2)
}

// appendIndex appends cluster c to a list of bySur or byGiven. A new
// list is one element of st.indexes, capped so that a second element moves
// it out: most names make a list of one, and cost no allocation.
func (st *state) appendIndex(list []int32, c int32) []int32 {
	return appendFirst(&st.indexes, list, c)
}

// appendFirst appends v to list; when list is nil, the new list is one
// element of *firsts, capped so that a second element moves it out.
func appendFirst[T any](firsts *[]T, list []T, v T) []T {
	if list != nil {
		return append(list, v)
	}
	*firsts = append(*firsts, v)
	n := len(*firsts)
	return (*firsts)[n-1 : n : n]
}

// givenGender returns the gender of a given name in the list of names,
// looked up in lower case without allocating when it is ASCII.
func (st *state) givenGender(given string) gender {
	for i := 0; i < len(given); i++ {
		if given[i] >= utf8.RuneSelf {
			return st.lx.names[strings.ToLower(given)]
		}
	}
	b := append(st.key[:0], given...)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	st.key = b
	return st.lx.names[string(b)]
}

// join adds mention m to cluster c.
func (st *state) join(m *mention, c int32, how Method) {
	m.speaker = c
	m.method = how
	cl := &st.clusters[c]
	cl.count++
	cl.first = min(cl.first, m.span.Start)
	if m.kind == name && (m.person || m.source) && cl.typ == Unknown {
		cl.typ = Person
	}
	if m.person {
		cl.person = true
	}
	if m.gender != unknownGender && cl.gender == unknownGender {
		cl.gender = m.gender
	}
	if m.kind == pronoun && cl.typ == Unknown && (m.gender != unknownGender || m.relative && !cl.name.IsZero() && string(st.lower(int(m.word))) == "who") {
		cl.typ = Person // "he", "she" and "who" are said of people
	}
	if cl.gender == unknownGender && cl.words > 1 && cl.typ != Organisation {
		cl.gender = st.givenGender(cl.given)
	}
	if !m.title.IsZero() && m.kind != role {
		st.addRole(cl, st.text[m.title.Start:m.title.End], m.affil, m.former)
	}
}

// addRole adds a role to a cluster unless it has it.
func (st *state) addRole(cl *cluster, title, affil string, former bool) {
	key := st.roleKey(title)
	if former && !strings.HasPrefix(key, "former ") {
		key = "former " + key
	}
	for i, k := range cl.keys {
		if k == key && strings.EqualFold(cl.roles[i].Affiliation, affil) {
			return
		}
	}
	title = strings.TrimPrefix(strings.TrimPrefix(title, "then-"), "ex-")
	if former {
		title = "former " + title
	}
	cl.roles = appendFirst(&st.firsts, cl.roles, Role{Title: title, Affiliation: affil})
	cl.keys = appendFirst(&st.keys, cl.keys, key)
}

// roleKey lower-cases a title, drops its qualifiers but "former" (a
// former president is not "the president"), and spells out an honorific
// ("Sen." is "senator").
func (st *state) roleKey(title string) string {
	t := strings.ToLower(title)
	t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
	former := false
	for _, p := range [...]string{"then-", "ex-", "former-"} {
		if strings.HasPrefix(t, p) {
			t, former = t[len(p):], true
		}
	}
	for {
		w, rest, ok := strings.Cut(t, " ")
		if !ok || !qualifiers[w] {
			break
		}
		former = former || w == "former" || w == "ex"
		t = rest
	}
	if full, ok := honorificTitles[t]; ok {
		t = full
	}
	if former {
		return "former " + t
	}
	return t
}

// honorificTitles spell out the honorifics that are titles.
var honorificTitles = map[string]string{
	"sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
	"dr.": "doctor", "prof.": "professor", "lt.": "lieutenant", "col.": "colonel", "sgt.": "sergeant",
	"capt.": "captain", "adm.": "admiral", "pres.": "president", "rev.": "reverend", "sec.": "secretary",
}

package stance

// Bounds that keep matching linear in time and bounded in memory whatever
// the input: a phrase is at most maxPhrase tokens, a word longer than
// maxWord bytes matches nothing, and at most window tokens are held at
// once.
const (
	maxPhrase = 8
	maxWord   = 64
	window    = 256
)

// ruleKind is the section of a rule file a rule comes from.
type ruleKind uint8

const (
	kindTerm ruleKind = iota + 1
	kindHedge
	kindQuestion
	kindNegator
	kindIntensifier
	kindDampener
	kindContrast
	kindFrame
	kindTarget // a target's literal; weight holds the target's index
)

var kindNames = [...]string{kindTerm: "term", kindHedge: "hedge", kindQuestion: "question", kindNegator: "negator",
	kindIntensifier: "intensifier", kindDampener: "dampener", kindContrast: "contrast", kindFrame: "frame", kindTarget: "target"}

// effect is what a reporting-verb frame does to what it reports.
type effect uint8

const (
	effectNone   effect = iota
	effectNegate        // denied: the speaker rejects the content
	effectHedge         // claimed: the content is reported, not asserted
	effectAffirm        // confirmed: the content is asserted
	effectAlign         // echoed, agreed with: the speaker sides with someone
	effectReport        // says: the content is only reported; a quote is a report already
)

var effectNames = [...]string{effectNegate: "negate", effectHedge: "hedge", effectAffirm: "affirm", effectAlign: "align", effectReport: "report"}

// rule is one compiled entry: a term, a hedge, a frame. Rules are shared by
// every phrase (a term's inflected forms) that fires them.
type rule struct {
	kind          ruleKind
	name          string // "term accept", as reported in [Fired]
	pos           string // file:line:col of its entry
	weight        float64
	before, after float64 // contrast factors
	effect        effect
}

// word is what one hash lookup of a normalised token finds: its id for
// the trie's edges, and the node of the one-word phrase it starts.
type word struct {
	id   int32
	node int32 // 0: no phrase starts with this word
}

// node is a trie node: the phrase spelt by the path to it.
type node struct {
	rules []int32 // rules fired by the phrase ending here
	more  bool    // a longer phrase goes on from here
}

// lexicon matches phrases of normalised tokens: one hash lookup per token,
// then one integer-keyed lookup per further word of a multi-word phrase.
type lexicon struct {
	words   map[string]word
	edges   map[uint64]int32 // node<<32 | word id -> node
	nodes   []node           // nodes[0] is the root
	rules   []rule
	not     int32 // word id of "not", for contractions; -1 when absent
	notNode int32 // node of the phrase "not"
	// table holds the words for lookup by the matcher, built by freeze:
	// open addressing on the hash that normalize computes as it goes, so
	// a token costs one hash and usually one probe.
	table []slot
	mask  uint64
}

type slot struct {
	hash uint64
	key  string
	w    word
	used bool
}

// FNV-1a, 64 bits.
const (
	hashInit  = 14695981039346656037
	hashPrime = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(hashInit)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * hashPrime
	}
	return h
}

// freeze builds the lookup table once every phrase is in.
func (l *lexicon) freeze() {
	n := 16
	for n < 2*len(l.words) {
		n *= 2
	}
	l.notNode = l.words["not"].node
	l.table = make([]slot, n)
	l.mask = uint64(n - 1)
	for k, w := range l.words {
		h := hashString(k)
		i := h & l.mask
		for l.table[i].used {
			i = (i + 1) & l.mask
		}
		l.table[i] = slot{hash: h, key: k, w: w, used: true}
	}
}

// lookup finds the word key whose hash is h.
func (l *lexicon) lookup(key []byte, h uint64) (word, bool) {
	for i := h & l.mask; ; i = (i + 1) & l.mask {
		sl := &l.table[i]
		if !sl.used {
			return word{}, false
		}
		if sl.hash == h && sl.key == string(key) {
			return sl.w, true
		}
	}
}

func newLexicon() *lexicon {
	return &lexicon{words: map[string]word{}, edges: map[uint64]int32{}, nodes: make([]node, 1), not: -1}
}

func (l *lexicon) wordID(w string) int32 {
	if e, ok := l.words[w]; ok {
		return e.id
	}
	id := int32(len(l.words))
	l.words[w] = word{id: id}
	if w == "not" {
		l.not = id
	}
	return id
}

// add enters phrase (normalised words) for rule r.
func (l *lexicon) add(phrase []string, r int32) {
	n := int32(0)
	for i, w := range phrase {
		id := l.wordID(w)
		var next int32
		if i == 0 {
			next = l.words[w].node
		} else {
			next = l.edges[uint64(n)<<32|uint64(id)]
		}
		if next == 0 {
			next = int32(len(l.nodes))
			l.nodes = append(l.nodes, node{})
			if i == 0 {
				l.words[w] = word{id: id, node: next}
			} else {
				l.edges[uint64(n)<<32|uint64(id)] = next
			}
		}
		if i > 0 {
			l.nodes[n].more = true
		}
		n = next
	}
	for _, have := range l.nodes[n].rules {
		if have == r {
			return
		}
	}
	l.nodes[n].rules = append(l.nodes[n].rules, r)
}

// tok is one token as the matcher sees it.
type tok struct {
	start, end int
	id         int32 // word id, or -1 for a word no phrase uses
	first      int32 // node of the one-word phrase, or 0
	upper      bool  // a word starting with an upper-case letter
	punct      bool
}

// contraction reports the length of the stem of a word ending in "n't"
// (did in didn't), or 0.
func contraction(key []byte) int {
	n := len(key)
	if n > 3 && key[n-3] == 'n' && key[n-2] == '\'' && key[n-1] == 't' {
		return n - 3
	}
	return 0
}

// phraseWords splits a rule-file phrase into the normalised words the
// matcher compares, tokenising it the way text is tokenised.
func phraseWords(phrase string) []string {
	var out []string
	var z tokenizer
	z.reset(phrase, 0, len(phrase))
	for z.next() {
		t, key := &z.tok, z.key()
		if !t.fits {
			return nil
		}
		if n := contraction(key); n > 0 && !t.punct {
			out = append(out, string(key[:n]), "not")
			continue
		}
		out = append(out, string(key))
	}
	return out
}

// matcher tokenises text and finds the longest phrase at each token,
// left to right, calling [run.visit] for every match and every unmatched
// token: the tokens toks[i..j] matched the phrase ending at trie node n,
// or n is 0 and toks[i] (i == j) matched nothing. It holds at most window tokens at a time.
type matcher struct {
	lex  *lexicon
	text string
	z    tokenizer
	toks []tok
}

// scan matches text[from:to].
func (m *matcher) scan(v *run, from, to int) {
	m.toks = m.toks[:0]
	m.z.reset(m.text, from, to)
	for m.z.next() {
		m.push(v, &m.z.tok, m.z.key())
	}
	m.flush(v, len(m.toks))
}

func (m *matcher) push(v *run, t *token, key []byte) {
	k := tok{start: t.start, end: t.end, id: -1, upper: t.upper, punct: t.punct}
	h := t.hash
	stem := 0
	if t.fits && !t.punct {
		stem = contraction(key)
	}
	if stem > 0 {
		key = key[:stem]
		h = hashString(string(key))
	}
	if t.fits {
		if w, found := m.lex.lookup(key, h); found {
			k.id, k.first = w.id, w.node
		}
	}
	m.append(v, k)
	if stem > 0 {
		// didn't is did + not: the negator is a token of its own.
		k = tok{start: t.start, end: t.end, id: m.lex.not}
		if k.id >= 0 {
			k.first = m.lex.notNode
		}
		m.append(v, k)
	}
}

func (m *matcher) append(v *run, k tok) {
	m.toks = append(m.toks, k)
	if len(m.toks) >= window {
		m.flush(v, len(m.toks)-maxPhrase)
	}
}

// flush visits the tokens before limit (a match may run on past it) and
// keeps the rest for the next round.
func (m *matcher) flush(v *run, limit int) {
	i := 0
	for i < limit {
		j, n := m.longest(i)
		v.visit(m.toks, i, j, n)
		i = j + 1
	}
	m.toks = m.toks[:copy(m.toks, m.toks[i:])]
}

// longest returns the last token and the node of the longest phrase
// starting at toks[i] that fires rules, or (i, 0).
func (m *matcher) longest(i int) (int, int32) {
	t := m.toks[i]
	best, bestNode := i, int32(0)
	n := t.first
	if n == 0 {
		return best, 0
	}
	for j := i; ; {
		nd := &m.lex.nodes[n]
		if len(nd.rules) > 0 {
			best, bestNode = j, n
		}
		j++
		if !nd.more || j >= len(m.toks) || j-i >= maxPhrase || m.toks[j].id < 0 {
			break
		}
		next, ok := m.lex.edges[uint64(n)<<32|uint64(m.toks[j].id)]
		if !ok {
			break
		}
		n = next
	}
	return best, bestNode
}

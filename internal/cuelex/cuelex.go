package cuelex

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// Form is a set of inflections a word form stands for.
type Form uint8

const (
	Base       Form = 1 << iota // say
	Third                       // says
	Past                        // said
	Participle                  // said (has said)
	Gerund                      // saying
)

// Entry is what a word form means in the lexicon.
type Entry struct {
	Lemma string // the base form the word inflects: "say" for "said"
	// Class is how the verb frames what it reports, one of neutral,
	// assertive, tentative, dispute, endorse, directive, manner and
	// no_content; stance reads it to weigh the content.
	Class string
	Form  Form // the inflections this word form stands for; several when forms coincide ("said")
	// Belief marks verbs of thought rather than speech ("think",
	// "believe"): attributions too, which a user may leave out.
	Belief bool
	// ThatOnly marks verbs whose bare object is a thing, not words: they
	// report unquoted words only through a that-clause or a topic ("found
	// that", "spoke of"), never "found it".
	ThatOnly bool
}

// Lexicon maps lower-case word forms to entries. It is immutable once built
// and safe for concurrent use.
type Lexicon struct {
	words map[string]Entry
	// phrases maps "form next" to the entry of a two-word cue whose first
	// word inflects ("pointed out", "made clear").
	phrases map[string]Entry
	// heads is shapes for the first words of phrases, tails for their
	// second words, by first byte and length.
	heads, tails [256]uint64
	// shapes has bit n of shapes[a][b] set when some form starts with the
	// letters a and b (folded by fold) and is n bytes long: most words fail
	// this test, or the one of ends, and skip the map.
	shapes [32][32]uint64
	// ends is shapes for the last byte of a form.
	ends [256]uint64
	// seen is a Bloom filter of the forms and of the first words of
	// phrases, by [hash]: the words that pass shapes but are no form, most
	// of them, fail it and skip the map.
	seen bloom
}

// bloom is a Bloom filter of 2^bloomBits bits, two per key.
type bloom [1 << bloomBits / 64]uint64

const bloomBits = 14

// hash returns a hash of w in ASCII lower case, the case in which the
// lexicon's keys are looked up. It reads w in pieces at fixed places, its
// first and last four or eight bytes, not a byte a step: a loop that ends
// at each word's own length costs a mispredicted branch per word, and the
// scans ask [Lexicon.Maybe] of most words of a text.
func hash(w string) uint64 {
	n := len(w)
	var a, b uint64
	switch {
	case n >= 8:
		a, b = lower8(load8(w[:8])), lower8(load8(w[n-8:]))
		for i := 8; i < n-8; i += 8 {
			a = (a ^ lower8(load8(w[i:i+8]))) * 0x9E3779B97F4A7C15
		}
	case n >= 4:
		a, b = lower8(load4(w[:4])), lower8(load4(w[n-4:]))
	case n > 0:
		// Each byte of a word this short is one of these three.
		a = lower8(uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16)
	}
	h := a*0x9E3779B97F4A7C15 ^ b*0xC2B2AE3D27D4EB4F ^ uint64(n)*0x165667B19E3779F9
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	return h ^ h>>32
}

// load8 returns the eight bytes of s as a little-endian number.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load4 returns the four bytes of s as a little-endian number.
func load4(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// lower8 lowers the ASCII capitals among the eight bytes of x.
func lower8(x uint64) uint64 {
	const ones = 0x0101010101010101
	h := x & (0x7f * ones)                   // each byte below 0x80: no carry between them
	gtZ := h + (0x7f-'Z')*ones               // high bit where a byte is above 'Z'
	geA := h + (0x80-'A')*ones               // high bit where a byte is 'A' or above
	upper := geA &^ gtZ &^ x & (0x80 * ones) // and the byte is ASCII
	return x | upper>>2
}

// add sets the two bits of hash h, taken from its well-mixed high bits.
func (b *bloom) add(h uint64) {
	for _, k := range [2]uint64{h >> (64 - bloomBits), h >> (48 - bloomBits) & (1<<bloomBits - 1)} {
		b[k/64] |= 1 << (k % 64)
	}
}

// has reports whether both bits of hash h are set: false means no key
// added has that hash.
func (b *bloom) has(h uint64) bool {
	k1, k2 := h>>(64-bloomBits), h>>(48-bloomBits)&(1<<bloomBits-1)
	return b[k1/64]&(1<<(k1%64)) != 0 && b[k2/64]&(1<<(k2%64)) != 0
}

//go:embed cues.txt
var defaultSource string

// Default returns the embedded lexicon, parsed once.
var Default = sync.OnceValue(func() *Lexicon {
	l, err := Parse(defaultSource)
	if err != nil {
		panic("cuelex: embedded lexicon: " + err.Error())
	}
	return l
})

// Error is a problem on one line of a lexicon source.
type Error struct {
	Line int    // 1-based; 0 for an entry given outside a source (a lemma to remove)
	Msg  string // what is wrong, lower case
}

// Error returns "line N: message", or the message alone when Line is 0.
func (e Error) Error() string {
	if e.Line == 0 {
		return e.Msg
	}
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

// ErrorList is every problem of a lexicon source or edit, in line order.
type ErrorList []Error

// Error returns every problem, one per line.
func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// err returns l as an error, or nil when it is empty.
func (l ErrorList) err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Parse reads a lexicon in the format of cues.txt. Class lines, "class:
// entry ...", give lemmas with their framing class; an entry is a lemma,
// lemma/past/participle for irregular verbs, or lemma+ for verbs that
// double their last consonant. "belief: lemma ..." and "that-only: lemma
// ..." mark lemmas given on class lines. "phrase class: verb_word ..."
// gives two-word cues whose verb inflects (point_out, make/made/made_clear).
//
// A source with errors still yields a lexicon of its valid lines, and an
// [ErrorList] of every invalid one.
func Parse(src string) (*Lexicon, error) {
	l := &Lexicon{words: make(map[string]Entry), phrases: make(map[string]Entry)}
	errs := l.read(src)
	return l, errs.err()
}

// Edit returns a copy of l with the entries of add (in the format of
// [Parse]) and without every form of the lemmas in remove. Invalid entries
// and lemmas l does not hold are reported together in an [ErrorList]; the
// copy holds every valid edit.
func (l *Lexicon) Edit(add string, remove []string) (*Lexicon, error) {
	c := &Lexicon{words: make(map[string]Entry, len(l.words)), phrases: make(map[string]Entry, len(l.phrases)), shapes: l.shapes, ends: l.ends, heads: l.heads, tails: l.tails, seen: l.seen}
	for w, e := range l.words {
		c.words[w] = e
	}
	for w, e := range l.phrases {
		c.phrases[w] = e
	}
	var errs ErrorList
	for _, lemma := range remove {
		lemma = strings.ToLower(strings.TrimSpace(lemma))
		found := false
		for w, e := range c.words {
			if e.Lemma == lemma {
				delete(c.words, w)
				found = true
			}
		}
		for w, e := range c.phrases {
			if e.Lemma == lemma {
				delete(c.phrases, w)
				found = true
			}
		}
		if !found {
			errs = append(errs, Error{Msg: fmt.Sprintf("cannot remove %q: not in the lexicon", lemma)})
		}
	}
	errs = append(errs, c.read(add)...)
	return c, errs.err()
}

// read adds the lines of src to l and returns the problems it found.
func (l *Lexicon) read(src string) ErrorList {
	var errs ErrorList
	type mark struct {
		line  int
		kind  string
		lemma string
	}
	var marks []mark
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		class, entries, ok := strings.Cut(line, ":")
		if !ok {
			errs = append(errs, Error{n + 1, `want "class: entries"`})
			continue
		}
		class = strings.TrimSpace(class)
		phrase := false
		if rest, ok := strings.CutPrefix(class, "phrase "); ok {
			class, phrase = strings.TrimSpace(rest), true
		}
		switch {
		case class == "belief" || class == "that-only":
			for _, e := range strings.Fields(entries) {
				marks = append(marks, mark{n + 1, class, e})
			}
			continue
		case !classes[class]:
			errs = append(errs, Error{n + 1, fmt.Sprintf("unknown class %q", class)})
			continue
		}
		for _, e := range strings.Fields(entries) {
			var err error
			if phrase {
				err = l.addPhrase(class, e)
			} else {
				err = l.add(class, e)
			}
			if err != nil {
				errs = append(errs, Error{n + 1, err.Error()})
			}
		}
	}
	// Marks apply to lemmas from any line, before or after them.
	for _, m := range marks {
		found := false
		for w, e := range l.words {
			if e.Lemma != m.lemma {
				continue
			}
			found = true
			if m.kind == "belief" {
				e.Belief = true
			} else {
				e.ThatOnly = true
			}
			l.words[w] = e
		}
		if !found {
			errs = append(errs, Error{m.line, fmt.Sprintf("%s %q: no such lemma on a class line", m.kind, m.lemma)})
		}
	}
	return errs
}

// classes are the framing classes a class line may name.
var classes = map[string]bool{
	"neutral": true, "assertive": true, "tentative": true, "dispute": true, "endorse": true,
	"directive": true, "manner": true, "no_content": true,
}

func (l *Lexicon) add(class, entry string) error {
	forms, err := inflections(entry)
	if err != nil {
		return err
	}
	lemma := forms[0]
	l.put(lemma, Entry{Lemma: lemma, Class: class, Form: Base})
	l.put(forms[1], Entry{Lemma: lemma, Class: class, Form: Third})
	l.put(forms[2], Entry{Lemma: lemma, Class: class, Form: Past})
	l.put(forms[3], Entry{Lemma: lemma, Class: class, Form: Participle})
	l.put(forms[4], Entry{Lemma: lemma, Class: class, Form: Gerund})
	return nil
}

// addPhrase adds a two-word cue written verb_word, such as point_out or
// make/made/made_clear.
func (l *Lexicon) addPhrase(class, entry string) error {
	verb, word, ok := strings.Cut(entry, "_")
	if !ok || word == "" || strings.Contains(word, "_") || strings.ToLower(word) != word {
		return fmt.Errorf("bad phrase %q: want verb_word", entry)
	}
	forms, err := inflections(verb)
	if err != nil {
		return err
	}
	lemma := forms[0] + " " + word
	for i, f := range forms {
		key := f + " " + word
		e := Entry{Lemma: lemma, Class: class, Form: Form(1) << i}
		if old, ok := l.phrases[key]; ok && old.Lemma == lemma {
			e.Form |= old.Form
		}
		l.phrases[key] = e
		if len(f) < 64 && len(word) < 64 {
			l.heads[f[0]] |= 1 << len(f)
			l.tails[word[0]] |= 1 << len(word)
		}
		l.seen.add(hash(f))
	}
	return nil
}

// inflections returns the base, third-person, past, participle and gerund
// forms of a lexicon entry (say/said/said, admit+, note).
func inflections(entry string) ([5]string, error) {
	parts := strings.Split(entry, "/")
	lemma := parts[0]
	double := strings.HasSuffix(lemma, "+")
	lemma = strings.TrimSuffix(lemma, "+")
	if lemma == "" || strings.ToLower(lemma) != lemma || strings.ContainsAny(lemma, "+_") {
		return [5]string{}, fmt.Errorf("bad lemma %q", entry)
	}
	var past, part string
	switch len(parts) {
	case 1:
		past = inflect(lemma, "ed", double)
		part = past
	case 3:
		past, part = parts[1], parts[2]
		if past == "" || part == "" {
			return [5]string{}, fmt.Errorf("irregular verb %q: want lemma/past/participle", entry)
		}
	default:
		return [5]string{}, fmt.Errorf("irregular verb %q: want lemma/past/participle", entry)
	}
	return [5]string{lemma, third(lemma), past, part, inflect(lemma, "ing", double)}, nil
}

// put records a form; a form shared by two inflections of one lemma (said:
// past and participle) gets both, and the first lemma to claim a form keeps it.
func (l *Lexicon) put(form string, e Entry) {
	if len(form) < 64 {
		l.shapes[fold(form[0])][fold(second(form))] |= 1 << len(form)
		l.ends[form[len(form)-1]] |= 1 << len(form)
	}
	l.seen.add(hash(form))
	if old, ok := l.words[form]; ok {
		if old.Lemma == e.Lemma {
			old.Form |= e.Form
			l.words[form] = old
		}
		return
	}
	l.words[form] = e
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// third returns the third-person singular: says, stresses, denies, echoes.
func third(v string) string {
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"),
		strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"), strings.HasSuffix(v, "o"):
		return v + "es"
	case len(v) > 1 && v[len(v)-1] == 'y' && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

// inflect adds "ed" or "ing": noted/noting, denied/denying, agreed/agreeing,
// admitted/admitting (double).
func inflect(v, suffix string, double bool) string {
	last := v[len(v)-1]
	switch {
	case double:
		return v + string(last) + suffix
	case last == 'e' && suffix == "ed":
		return v + "d"
	case last == 'e' && strings.HasSuffix(v, "ee"):
		return v + suffix
	case last == 'e':
		return v[:len(v)-1] + suffix
	case last == 'y' && len(v) > 1 && !isVowel(v[len(v)-2]) && suffix == "ed":
		return v[:len(v)-1] + "ied"
	}
	return v + suffix
}

// Lookup returns the entry for a word form, ignoring ASCII case. It does not
// allocate.
func (l *Lexicon) Lookup(word string) (Entry, bool) {
	if len(word) == 0 || len(word) > 32 {
		return Entry{}, false
	}
	first := word[0]
	if 'A' <= first && first <= 'Z' {
		first += 'a' - 'A'
	}
	last := word[len(word)-1]
	if 'A' <= last && last <= 'Z' {
		last += 'a' - 'A'
	}
	if l.shapes[fold(first)][fold(second(word))]&l.ends[last]&(1<<len(word)) == 0 {
		return Entry{}, false
	}
	if !l.seen.has(hash(word)) {
		return Entry{}, false
	}
	var buf [32]byte
	lower := true
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			lower = false
		}
		buf[i] = c
	}
	if lower {
		e, ok := l.words[word]
		return e, ok
	}
	e, ok := l.words[string(buf[:len(word)])]
	return e, ok
}

// Maybe reports whether word may be a form of the lexicon or the first
// word of one of its phrases, ignoring ASCII case: false means it is
// neither. It is much cheaper than [Lexicon.Lookup] and never allocates.
func (l *Lexicon) Maybe(word string) bool {
	n := len(word)
	if n == 0 || n >= 64 {
		return false
	}
	first, last := word[0]|0x20, word[n-1]|0x20
	return (l.shapes[fold(first)][fold(second(word))]&l.ends[last]&(1<<n) != 0 || l.heads[first]&(1<<n) != 0) && l.seen.has(hash(word))
}

// fold maps a byte to 0..31, ASCII letters of either case to their
// position in the alphabet.
func fold(c byte) byte { return c & 31 }

// second returns the second byte of w, or 0.
func second(w string) byte {
	if len(w) < 2 {
		return 0
	}
	return w[1]
}

// Phrase returns the entry of the two-word cue that word and next form
// ("pointed out", "made clear"), ignoring ASCII case.
func (l *Lexicon) Phrase(word, next string) (Entry, bool) {
	if len(word) == 0 || len(word) >= 64 || len(word)+len(next) > 40 {
		return Entry{}, false
	}
	first := word[0]
	if 'A' <= first && first <= 'Z' {
		first += 'a' - 'A'
	}
	if len(next) == 0 || len(next) >= 64 || l.heads[first]&(1<<len(word)) == 0 || l.tails[next[0]|0x20]&(1<<len(next)) == 0 {
		return Entry{}, false
	}
	var buf [41]byte
	n := copy(buf[:], word)
	buf[n] = ' '
	n++
	n += copy(buf[n:], next)
	for i := range n {
		if c := buf[i]; 'A' <= c && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	e, ok := l.phrases[string(buf[:n])]
	return e, ok
}

// Len returns the number of word forms in the lexicon.
func (l *Lexicon) Len() int { return len(l.words) }

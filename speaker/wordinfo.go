package speaker

import "strings"

// wordInfo is what the word lists say of one lower-case word, looked up
// once per word of a text and cached, so that reading a mention costs one
// map lookup per word rather than one per list.
type wordInfo struct {
	bits      infoBits
	titleLen  uint8     // words in the longest title starting with the word
	nationLen uint8     // words in the longest nationality starting with it
	noun      nounClass // as a one-word noun
	name      gender    // as a given name
	title     gender    // as a one-word title
}

type infoBits uint32

const (
	known       infoBits = 1 << iota // some list has the word
	inTitle                          // a word of some title
	qualifier                        // "former", "senior"
	capStop                          // a capitalised word that is no name ("The", "But")
	connector                        // "of", "de" inside names
	preposition                      // ends a nominal's head
	nounLast                         // the last word of a noun of several words
	nameGiven                        // a given name
	determiner                       // "the", "a", "his"
	pronounWord                      // "he", "who"
	honorific                        // "Mr.", "Sen."
)

// buildInfo makes the table of word information from the lists.
func (lx *lexicon) buildInfo() {
	lx.info = make(map[string]wordInfo)
	get := func(w string) wordInfo { return lx.info[w] }
	set := func(w string, i wordInfo) { i.bits |= known; lx.info[w] = i }
	mark := func(w string, bit infoBits) {
		i := get(w)
		i.bits |= bit
		set(w, i)
	}
	for w, n := range lx.titleFirst {
		i := get(w)
		i.titleLen = uint8(n)
		set(w, i)
	}
	for w, g := range lx.titles {
		if i := get(w); !containsSpace(w) {
			i.title = g
			set(w, i)
		}
	}
	for w := range lx.titleWords {
		mark(w, inTitle)
	}
	for w, n := range lx.nationFirst {
		i := get(w)
		i.nationLen = uint8(n)
		set(w, i)
	}
	for w, c := range lx.nouns {
		if k := lastSpace(w); k >= 0 {
			i := get(w[k+1:])
			i.bits |= nounLast
			set(w[k+1:], i)
			continue
		}
		i := get(w)
		i.noun = c
		i.bits |= nounLast
		set(w, i)
	}
	for w, g := range lx.names {
		i := get(w)
		i.name = g
		i.bits |= nameGiven
		set(w, i)
	}
	for w := range determiners {
		mark(w, determiner)
	}
	for w := range pronouns {
		mark(w, pronounWord)
	}
	for w := range honorifics {
		mark(w, honorific)
	}
	for _, l := range []struct {
		words map[string]bool
		bit   infoBits
	}{{qualifiers, qualifier}, {capitalStops, capStop}, {connectors, connector}, {prepositions, preposition}, {issued, preposition}} {
		for w, ok := range l.words {
			if ok {
				mark(w, l.bit)
			}
		}
	}
}

func containsSpace(s string) bool { return lastSpace(s) >= 0 }

func lastSpace(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return i
		}
	}
	return -1
}

// maxWord is the longest word, in bytes, looked up in the lists.
const maxWord = 48

// info returns the information of word w: of its lower-case form without
// a possessive ending or a "then-", "ex-" or "former-" prefix.
func (st *state) info(w int) wordInfo {
	if st.infoSet[w] {
		return st.infos[w]
	}
	return st.lookupInfo(w)
}

// lookupInfo looks word w up and caches what it finds.
func (st *state) lookupInfo(w int) wordInfo {
	var i wordInfo
	s := st.text[st.words[w].start:st.words[w].end]
	e := &st.recent[recentSlot(s)]
	if e.end > e.start && st.text[e.start:e.end] == s {
		i = e.info // the same word as before, elsewhere in the text
	} else if len(s) > maxWord {
		// No list has a word this long.
	} else {
		b := st.low[st.words[w].start:st.words[w].end]
		if st.words[w].flags&possessive != 0 {
			b = trimPossessive(b)
		}
		if strings.IndexByte(s, '-') >= 0 {
			for _, p := range [...]string{"then-", "ex-", "former-"} {
				if len(b) > len(p) && string(b[:len(p)]) == p {
					b = b[len(p):]
					break
				}
			}
		}
		i = st.lx.info[string(b)]
	}
	*e = recentWord{st.words[w].start, st.words[w].end, i}
	st.infos[w], st.infoSet[w] = i, true
	return i
}

// recentWord is a word of the text and its information. A text repeats
// its names and titles, and st.recent, indexed by recentSlot, finds most
// of them again without the lists' map. The information of a word
// depends only on its text (a possessive ending is part of it).
// The word is kept as its offsets in the text, not as a string, so that
// filling st.recent writes no pointers for the garbage collector to track.
type recentWord struct {
	start, end int32
	info       wordInfo
}

// recentSize is the number of recent words kept, a power of two.
const recentSize = 1024

// recentSlot returns the index in st.recent of word s, from its length
// and its first, middle and last bytes.
func recentSlot(s string) int {
	if len(s) == 0 {
		return 0
	}
	h := uint(len(s))*0x9E3779B1 ^ uint(s[0])*0x85EBCA77 ^ uint(s[len(s)/2])*0xC2B2AE3D ^ uint(s[len(s)-1])*0x27D4EB2F
	return int(h>>7) & (recentSize - 1)
}

package speaker

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
	if e.word == s && len(s) > 0 {
		i = e.info // the same word as before, elsewhere in the text
	} else if len(s) > maxWord {
		// No list has a word this long; do not copy it.
	} else if upper, dash := upperOrDash(s); st.words[w].flags&possessive == 0 && !upper && !dash {
		i = st.lx.info[s] // already its own key: no copy
	} else {
		// The lower case of a word this short is made on the stack.
		var buf [maxWord]byte
		b := buf[:len(s)]
		for k := 0; k < len(s); k++ {
			c := s[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[k] = c
		}
		if st.words[w].flags&possessive != 0 {
			b = trimPossessive(b)
		}
		if dash {
			for _, p := range [...]string{"then-", "ex-", "former-"} {
				if len(b) > len(p) && string(b[:len(p)]) == p {
					b = b[len(p):]
					break
				}
			}
		}
		i = st.lx.info[string(b)]
	}
	*e = recentWord{s, i}
	st.infos[w], st.infoSet[w] = i, true
	return i
}

// recentWord is a word of the text and its information. A text repeats
// its names and titles, and st.recent, indexed by recentSlot, finds most
// of them again without the lists' map. The information of a word
// depends only on its text (a possessive ending is part of it).
type recentWord struct {
	word string
	info wordInfo
}

// recentSize is the number of recent words kept, a power of two.
const recentSize = 256

// recentSlot returns the index in st.recent of word s, from its length
// and its first and last bytes.
func recentSlot(s string) int {
	if len(s) == 0 {
		return 0
	}
	return (len(s)*31 + int(s[0])*7 + int(s[len(s)-1])) & (recentSize - 1)
}

// upperOrDash reports an ASCII capital and a hyphen in s.
func upperOrDash(s string) (upper, dash bool) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			upper = true
		} else if c == '-' {
			dash = true
		}
	}
	return upper, dash
}

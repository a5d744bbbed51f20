// Package cuelex is the lexicon of reporting verbs: every inflected form of
// every lemma, with the framing class of its verb. The quote package finds
// cues with it and the stance package reads the classes.
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
	Lemma string
	Class string // neutral, assertive, tentative, dispute, endorse, directive, manner, no_content
	Form  Form
}

// Lexicon maps lower-case word forms to entries. It is immutable once built
// and safe for concurrent use.
type Lexicon struct {
	words map[string]Entry
	// shapes has bit n of shapes[c] set when some form starts with byte c
	// and is n bytes long: most words fail this test and skip the map.
	shapes [256]uint64
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

// Parse reads a lexicon in the format of cues.txt: "class: entry ..." lines,
// where an entry is a lemma, lemma/past/participle for irregular verbs, or
// lemma+ for verbs that double their last consonant.
func Parse(src string) (*Lexicon, error) {
	l := &Lexicon{words: make(map[string]Entry)}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		class, entries, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("line %d: want \"class: entries\"", n+1)
		}
		for _, e := range strings.Fields(entries) {
			if err := l.add(strings.TrimSpace(class), e); err != nil {
				return nil, fmt.Errorf("line %d: %v", n+1, err)
			}
		}
	}
	return l, nil
}

func (l *Lexicon) add(class, entry string) error {
	parts := strings.Split(entry, "/")
	lemma := parts[0]
	double := strings.HasSuffix(lemma, "+")
	lemma = strings.TrimSuffix(lemma, "+")
	if lemma == "" || strings.ToLower(lemma) != lemma {
		return fmt.Errorf("bad lemma %q", entry)
	}
	var past, part string
	switch len(parts) {
	case 1:
		past = inflect(lemma, "ed", double)
		part = past
	case 3:
		past, part = parts[1], parts[2]
	default:
		return fmt.Errorf("irregular verb %q: want lemma/past/participle", entry)
	}
	l.put(lemma, Entry{lemma, class, Base})
	l.put(third(lemma), Entry{lemma, class, Third})
	l.put(past, Entry{lemma, class, Past})
	l.put(part, Entry{lemma, class, Participle})
	l.put(inflect(lemma, "ing", double), Entry{lemma, class, Gerund})
	return nil
}

// put records a form; a form shared by two inflections of one lemma (said:
// past and participle) gets both, and the first lemma to claim a form keeps it.
func (l *Lexicon) put(form string, e Entry) {
	if len(form) < 64 {
		l.shapes[form[0]] |= 1 << len(form)
	}
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
	if l.shapes[first]&(1<<len(word)) == 0 {
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

// Len returns the number of word forms in the lexicon.
func (l *Lexicon) Len() int { return len(l.words) }

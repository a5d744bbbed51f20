package speaker

import (
	"bufio"
	"embed"
	"strings"
	"sync"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// gender is what the text says of a person's sex: from an honorific, a
// gendered title, a common given name or a pronoun resolved to them.
type gender uint8

const (
	unknownGender gender = iota
	male
	female
)

// nounClass is the class of a head noun that is not a person's role.
type nounClass uint8

const (
	noClass nounClass = iota
	orgNoun
	anonNoun
	docNoun
)

// lexicon is the embedded word lists, parsed once. Keys are lower case;
// multi-word keys have single spaces.
type lexicon struct {
	titles        map[string]gender // person roles
	titleWords    map[string]bool   // every word of a title, for scanning back from a name
	titleFirst    map[string]int    // first words of titles → words in the longest such title
	nationFirst   map[string]int    // the same for nationalities
	maxTitle      int               // words in the longest title
	nationalities map[string]string // adjective, country or capital → country
	maxNation     int
	nouns         map[string]nounClass
	maxNoun       int
	names         map[string]gender // given names
	info          map[string]wordInfo
}

var defaultLexicon = sync.OnceValue(func() *lexicon {
	lx := &lexicon{
		titles:        make(map[string]gender),
		titleWords:    make(map[string]bool),
		titleFirst:    make(map[string]int),
		nationFirst:   make(map[string]int),
		nationalities: make(map[string]string),
		nouns:         make(map[string]nounClass),
		names:         make(map[string]gender),
	}
	each("titles.txt", func(key, val string) {
		lx.titles[key] = genderOf(val)
		for _, w := range strings.Fields(key) {
			lx.titleWords[w] = true
		}
		f := strings.Fields(key)
		lx.maxTitle = max(lx.maxTitle, len(f))
		lx.titleFirst[f[0]] = max(lx.titleFirst[f[0]], len(f))
	})
	each("nationalities.txt", func(key, val string) {
		lx.nationalities[key] = val
		f := strings.Fields(key)
		lx.maxNation = max(lx.maxNation, len(f))
		lx.nationFirst[f[0]] = max(lx.nationFirst[f[0]], len(f))
	})
	each("nouns.txt", func(key, val string) {
		lx.nouns[key] = map[string]nounClass{"org": orgNoun, "anon": anonNoun, "doc": docNoun}[val]
		lx.maxNoun = max(lx.maxNoun, len(strings.Fields(key)))
	})
	each("names.txt", func(key, val string) { lx.names[key] = genderOf(val) })
	lx.buildInfo()
	return lx
})

func genderOf(s string) gender {
	switch s {
	case "m":
		return male
	case "f":
		return female
	}
	return unknownGender
}

// each calls f with the key and the optional tab-separated value of every
// line of an embedded list, skipping blank lines and # comments. The lists
// are part of the package and checked by its tests, so a malformed line
// is a programming error.
func each(name string, f func(key, val string)) {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		panic("speaker: " + err.Error())
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		key, val, _ := strings.Cut(line, "\t")
		f(strings.Join(strings.Fields(key), " "), val)
	}
}

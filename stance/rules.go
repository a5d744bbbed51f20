package stance

import (
	"embed"
	"fmt"
	"io/fs"
	"math"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/hearsaynlp/hearsay/quote"
)

// pos is where an entry stands in its rule file.
type pos struct {
	file      string
	line, col int
}

func (p pos) String() string { return fmt.Sprintf("%s:%d:%d", p.file, p.line, p.col) }

// source is one decoded, valid rule file before compilation.
type source struct {
	file, name, version string
	labels              []label
	scoring             []setting
	entries             []entry
	classes             []classFrame
	targets             []target
}

type setting struct {
	key   string
	value float64
	pos   pos
}

// entry is a lexicon entry: a term with its forms, a hedge, a frame.
type entry struct {
	kind          ruleKind
	key           string
	words         [][]string // the headword and its forms, normalised
	weight        float64
	before, after float64
	effect        effect
	pos           pos
}

type label struct {
	name     string
	min, max float64 // [min, max)
	pos      pos
}

func (l label) interval() string {
	lo, hi := "-inf", "+inf"
	if !math.IsInf(l.min, 0) {
		lo = fmt.Sprint(l.min)
	}
	if !math.IsInf(l.max, 0) {
		hi = fmt.Sprint(l.max)
	}
	return "[" + lo + ", " + hi + ")"
}

func sortLabels(ls []label) []label {
	out := slices.Clone(ls)
	slices.SortStableFunc(out, func(a, b label) int {
		switch {
		case a.min < b.min:
			return -1
		case a.min > b.min:
			return 1
		}
		return 0
	})
	return out
}

type classFrame struct {
	class  quote.Class
	effect effect
	pos    pos
}

type target struct {
	name     string
	literals [][]string // normalised phrases
	regexps  []*regexp.Regexp
	pos      pos
}

// RuleSet is a compiled set of stance rules. It is immutable once built
// and safe for concurrent use by multiple goroutines.
type RuleSet struct {
	name, version string
	files         []string
	labels        []label
	lex           *lexicon
	frames        map[string]int32 // lemma -> rule
	classes       [quote.NoContent + 1]struct {
		effect effect
		rule   string
		pos    string
	}
	targets []target

	assert  float64 // score of a plain statement toward a target
	hedge   float64 // factor on the score of hedged text
	scale   float64 // score = s / (scale + |s|)
	negated float64 // factor on a negated term's weight
	window  int     // tokens a negator reaches
	bare    float64 // weight of a negator that negates no term
	tail    int     // words after a final colon that attribute a text ("...: Source")
	tailPos string

	pool sync.Pool // of *run
}

// Name returns the name of the rule set: the name of its last file.
func (rs *RuleSet) Name() string { return rs.name }

// Version returns the version of the last file of the rule set.
func (rs *RuleSet) Version() string { return rs.version }

// Labels returns the names of the labels, in increasing order of score.
func (rs *RuleSet) Labels() []string {
	out := make([]string, len(rs.labels))
	for i, l := range rs.labels {
		out[i] = l.name
	}
	return out
}

// File is one rule file's name and contents, for [ParseFiles].
type File struct {
	Name string // used in error positions
	Src  []byte // the YAML text; not kept after parsing
}

// Parse compiles one rule file. filename is used in error positions. The
// error, when not nil, is an [ErrorList] holding every problem found, and
// the rule set is then nil.
func Parse(filename string, src []byte) (*RuleSet, error) {
	return ParseFiles(File{filename, src})
}

// ParseFiles compiles several rule files into one rule set. Each file
// extends the ones before it: its entries add to theirs and replace those
// with the same phrase in the same section, its labels (when it has any)
// replace theirs, and its scoring settings override theirs. To extend the
// default rules, pass [DefaultFile] first. Every file is checked; the
// error, when not nil, is an [ErrorList] of all the problems of all of
// them, and the rule set is then nil.
func ParseFiles(files ...File) (*RuleSet, error) {
	var errs ErrorList
	var srcs []*source
	for _, f := range files {
		if s := decode(f.Name, f.Src, &errs); s != nil {
			srcs = append(srcs, s)
		}
	}
	if len(files) == 0 {
		errs.Add(ErrMissing, "", 0, 0, "no rule files")
	}
	if len(errs) == 0 {
		labeled := false
		for _, s := range srcs {
			labeled = labeled || len(s.labels) > 0
		}
		if !labeled {
			f := files[len(files)-1].Name
			errs.Add(ErrMissing, f, 1, 1, "missing key \"labels\": no file defines labels")
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return compile(srcs), nil
}

// Load compiles the rule files in fsys that match the patterns (as in
// [fs.Glob]), in lexical order within each pattern, as [ParseFiles] does.
// With no patterns it loads every *.yaml and *.yml file at the root of fsys.
func Load(fsys fs.FS, patterns ...string) (*RuleSet, error) {
	if len(patterns) == 0 {
		patterns = []string{"*.yaml", "*.yml"}
	}
	var files []File
	var errs ErrorList
	seen := map[string]bool{}
	for _, p := range patterns {
		names, err := fs.Glob(fsys, p)
		if err != nil {
			errs.Add(ErrIO, p, 0, 0, "bad pattern: %v", err)
			continue
		}
		if len(names) == 0 && !strings.ContainsAny(p, "*?[") {
			names = []string{p} // a plain name that does not exist: report it
		}
		for _, n := range names {
			if seen[n] {
				continue
			}
			seen[n] = true
			src, err := fs.ReadFile(fsys, n)
			if err != nil {
				errs = append(errs, &Error{File: n, Msg: err.Error(), Kind: ErrIO, Cause: err})
				continue
			}
			files = append(files, File{n, src})
		}
	}
	if len(files) == 0 && len(errs) == 0 {
		errs.Add(ErrMissing, strings.Join(patterns, " "), 0, 0, "no rule files match")
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return ParseFiles(files...)
}

//go:embed rules/news.yaml
var embedded embed.FS

// DefaultFile returns the default rule file for English news, embedded in
// the module: its name ("rules/news.yaml") and contents. The caller may
// modify the returned Src.
func DefaultFile() File {
	src, err := embedded.ReadFile("rules/news.yaml")
	if err != nil {
		panic("stance: embedded rules missing: " + err.Error())
	}
	return File{Name: path.Join("stance", "rules/news.yaml"), Src: src}
}

var defaultRules = sync.OnceValue(func() *RuleSet {
	rs, err := ParseFiles(DefaultFile())
	if err != nil {
		// A test loads the embedded file, so this is a broken build.
		panic("stance: embedded rules: " + err.Error())
	}
	return rs
})

// Default returns the default rule set for English news, compiled once
// from the embedded file on first use.
func Default() *RuleSet { return defaultRules() }

// compile merges valid sources into a rule set.
func compile(srcs []*source) *RuleSet {
	rs := &RuleSet{lex: newLexicon(), frames: map[string]int32{},
		assert: 0.5, hedge: 0.5, scale: 1, negated: 1, window: 3, bare: 0}
	type key struct {
		kind ruleKind
		word string
	}
	// Later files replace entries of earlier ones with the same phrase.
	latest := map[key]int{}
	var entries []entry
	for _, s := range srcs {
		rs.files = append(rs.files, s.file)
		rs.name, rs.version = s.name, s.version
		if len(s.labels) > 0 {
			rs.labels = sortLabels(s.labels)
		}
		for _, st := range s.scoring {
			switch st.key {
			case "assert":
				rs.assert = st.value
			case "hedge":
				rs.hedge = st.value
			case "scale":
				rs.scale = st.value
			case "negated":
				rs.negated = st.value
			case "window":
				rs.window = int(st.value)
			case "bare":
				rs.bare = st.value
			case "tail":
				rs.tail, rs.tailPos = int(st.value), st.pos.String()
			}
		}
		for _, e := range s.entries {
			entries = append(entries, e)
			for _, w := range e.words {
				latest[key{e.kind, strings.Join(w, " ")}] = len(entries) - 1
			}
		}
		for _, c := range s.classes {
			rs.classes[c.class].effect = c.effect
			rs.classes[c.class].rule = "class " + c.class.String()
			rs.classes[c.class].pos = c.pos.String()
		}
		for _, t := range s.targets {
			if i := slices.IndexFunc(rs.targets, func(o target) bool { return o.name == t.name }); i >= 0 {
				rs.targets[i] = t
			} else {
				rs.targets = append(rs.targets, t)
			}
		}
	}
	for i, t := range rs.targets {
		r := int32(len(rs.lex.rules))
		rs.lex.rules = append(rs.lex.rules, rule{kind: kindTarget, name: "target " + t.name, pos: t.pos.String(), weight: float64(i)})
		for _, l := range t.literals {
			rs.lex.add(l, r)
		}
	}
	ruleOf := map[int]int32{}
	for i, e := range entries {
		for _, w := range e.words {
			if latest[key{e.kind, strings.Join(w, " ")}] != i {
				continue
			}
			r, ok := ruleOf[i]
			if !ok {
				r = int32(len(rs.lex.rules))
				ruleOf[i] = r
				rs.lex.rules = append(rs.lex.rules, rule{kind: e.kind, name: kindNames[e.kind] + " " + e.key,
					pos: e.pos.String(), weight: e.weight, before: e.before, after: e.after, effect: e.effect})
				if e.kind == kindFrame {
					rs.frames[strings.Join(e.words[0], " ")] = r
				}
			}
			rs.lex.add(w, r)
		}
	}
	rs.lex.freeze()
	rs.pool.New = func() any { return &run{matcher: matcher{lex: rs.lex}} }
	return rs
}

package stance

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"

	"github.com/hearsaynlp/hearsay/quote"
	"gopkg.in/yaml.v3"
)

// This file is the only one that reads YAML: it decodes a rule file into
// yaml.Node values and walks them, so that every problem it reports
// carries the line and column of the node at fault.

// Schema is the schema identifier a rule file must declare.
const Schema = "stance-rules/v1"

// Ranges of the numbers a rule file may hold.
const (
	maxWeight = 5 // |term weight|, |frame weight|
	maxFactor = 4 // intensifier and contrast factors
	maxWindow = 12
)

var topKeys = []string{"schema", "name", "version", "description", "labels", "scoring", "negators",
	"intensifiers", "dampeners", "hedges", "questions", "contrasts", "terms", "frames", "classes", "targets", "attribution"}

// decode parses one rule file. It returns nil when the file has errors,
// which it appends to errs.
func decode(filename string, src []byte, errs *ErrorList) *source {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		errs.Add(ErrSyntax, filename, syntaxLine(err), 0, "%s", syntaxMessage(err))
		return nil
	}
	w := &walker{file: filename, errs: errs}
	before := len(*errs)
	s := &source{file: filename}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		w.errs.Add(ErrMissing, filename, 1, 1, "empty rule file, want a mapping with schema %q", Schema)
		return nil
	}
	w.document(doc.Content[0], s)
	if len(*errs) > before {
		return nil
	}
	return s
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// parserProblems are the problems yaml.v3's parser (not its scanner)
// reports. For them yaml.v3 prints a zero-based line, the line before the
// construct that failed to parse; for scanner problems the line is
// one-based.
var parserProblems = []string{
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected '-' indicator",
	"did not find expected <document start>",
	"did not find expected <stream-start>",
	"did not find expected key",
	"did not find expected node content",
	"found duplicate %TAG directive",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found undefined tag handle",
}

// syntaxLine returns the one-based line of a YAML syntax error. yaml.v3
// reports syntax errors only as formatted strings ("yaml: line 3: did not
// find expected key"): it has no exported error type carrying their line
// (its TypeError is for decoding into Go values, which this package does
// not do), so the line is read from the message's fixed prefix, and
// corrected for the parser's problems, whose lines yaml.v3 prints
// zero-based.
func syntaxLine(err error) int {
	msg := err.Error()
	line := 0
	m := yamlLine.FindStringSubmatchIndex(msg)
	if m != nil {
		line, _ = strconv.Atoi(msg[m[2]:m[3]])
		msg = msg[m[1]:]
	}
	if contains(parserProblems, strings.TrimPrefix(msg, "yaml: ")) {
		line++
	}
	return line
}

func syntaxMessage(err error) string {
	msg := err.Error()
	if m := yamlLine.FindStringIndex(msg); m != nil {
		msg = msg[m[1]:]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	return "yaml: " + msg
}

// walker checks nodes and collects what is wrong with them.
type walker struct {
	file string
	errs *ErrorList
}

func (w *walker) errorf(kind error, n *yaml.Node, format string, args ...any) {
	w.errs.Add(kind, w.file, n.Line, n.Column, format, args...)
}

func (w *walker) pos(n *yaml.Node) pos { return pos{w.file, n.Line, n.Column} }

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	if n.Tag == "!!null" {
		return "nothing"
	}
	return strconv.Quote(n.Value)
}

// mapping calls fn for each key of n that is in keys (all keys when keys
// is nil), reporting unknown and duplicate keys.
func (w *walker) mapping(n *yaml.Node, what string, keys []string, fn func(k, v *yaml.Node)) bool {
	if n.Kind != yaml.MappingNode {
		w.errorf(ErrType, n, "%s: want a mapping, got %s", what, kindName(n))
		return false
	}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			w.errorf(ErrType, k, "%s: want a string key, got %s", what, kindName(k))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			w.errorf(ErrDuplicate, k, "%s: duplicate key %q, first at %d:%d", what, k.Value, first.Line, first.Column)
			continue
		}
		seen[k.Value] = k
		if keys != nil && !contains(keys, k.Value) {
			if s := suggest(k.Value, keys); s != "" {
				w.errorf(ErrUnknown, k, "%s: unknown key %q (did you mean %q?)", what, k.Value, s)
			} else {
				w.errorf(ErrUnknown, k, "%s: unknown key %q (want one of %s)", what, k.Value, strings.Join(keys, ", "))
			}
			continue
		}
		if v.Kind == yaml.AliasNode || v.Anchor != "" {
			w.errorf(ErrType, v, "%s: anchors and aliases are not allowed in rule files", what)
			continue
		}
		fn(k, v)
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// suggest returns the key of keys nearest to s, when near enough to be
// a misspelling of it.
func suggest(s string, keys []string) string {
	best, bestD := "", len(s)/3+2
	for _, k := range keys {
		if d := distance(s, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, in bytes.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func (w *walker) str(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		w.errorf(ErrType, n, "%s: want a string, got %s", what, kindName(n))
		return "", false
	}
	return n.Value, true
}

// number reads a number in [lo, hi].
func (w *walker) number(n *yaml.Node, what string, lo, hi float64) (float64, bool) {
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		w.errorf(ErrType, n, "%s: want a number, got %s", what, kindName(n))
		return 0, false
	}
	f, err := strconv.ParseFloat(n.Value, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		w.errorf(ErrType, n, "%s: want a finite number, got %s", what, n.Value)
		return 0, false
	}
	if f < lo || f > hi {
		w.errorf(ErrRange, n, "%s: %s is out of range [%g, %g]", what, n.Value, lo, hi)
		return 0, false
	}
	return f, true
}

// whole reads a whole number of tokens in [lo, hi].
func (w *walker) whole(n *yaml.Node, what string, lo, hi float64) (float64, bool) {
	f, ok := w.number(n, what, lo, hi)
	if ok && f != math.Trunc(f) {
		w.errorf(ErrType, n, "%s: want a whole number of tokens, got %s", what, n.Value)
		return 0, false
	}
	return f, ok
}

// strs reads a list of strings, or one string.
func (w *walker) strs(n *yaml.Node, what string, fn func(s string, n *yaml.Node)) {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		fn(n.Value, n)
		return
	}
	if n.Kind != yaml.SequenceNode {
		w.errorf(ErrType, n, "%s: want a list of strings, got %s", what, kindName(n))
		return
	}
	for _, e := range n.Content {
		if s, ok := w.str(e, what); ok {
			fn(s, e)
		}
	}
}

// phrase checks and splits a lexicon phrase.
func (w *walker) phrase(s string, n *yaml.Node, what string) ([]string, bool) {
	words := phraseWords(s)
	switch {
	case len(words) == 0:
		w.errorf(ErrRange, n, "%s: phrase %q has no words", what, s)
		return nil, false
	case len(words) > maxPhrase:
		w.errorf(ErrRange, n, "%s: phrase %q has %d words, at most %d allowed", what, s, len(words), maxPhrase)
		return nil, false
	}
	return words, true
}

// dedup reports a phrase entered twice in one section of one file.
type dedup struct {
	w     *walker
	what  string
	first map[string]*yaml.Node
}

func (w *walker) dedup(what string) *dedup {
	return &dedup{w: w, what: what, first: map[string]*yaml.Node{}}
}

func (d *dedup) ok(words []string, n *yaml.Node) bool {
	key := strings.Join(words, " ")
	if f, dup := d.first[key]; dup {
		d.w.errorf(ErrDuplicate, n, "duplicate %s %q, first at %d:%d", d.what, key, f.Line, f.Column)
		return false
	}
	d.first[key] = n
	return true
}

func (w *walker) document(root *yaml.Node, s *source) {
	if root.Kind != yaml.MappingNode {
		w.errorf(ErrType, root, "rule file: want a mapping, got %s", kindName(root))
		return
	}
	have := map[string]bool{}
	w.mapping(root, "rule file", topKeys, func(k, v *yaml.Node) {
		have[k.Value] = true
		switch k.Value {
		case "schema":
			if x, ok := w.str(v, "schema"); ok && x != Schema {
				w.errorf(ErrSchema, v, "unsupported schema %q, want %q", x, Schema)
			}
		case "name":
			s.name, _ = w.str(v, "name")
		case "version":
			s.version, _ = w.str(v, "version")
		case "description":
			w.str(v, "description")
		case "labels":
			w.labels(v, s)
		case "scoring":
			w.scoring(v, s)
		case "negators":
			w.negators(v, s)
		case "intensifiers":
			w.factors(v, s, kindIntensifier, "intensifier", 1, maxFactor)
		case "dampeners":
			w.factors(v, s, kindDampener, "dampener", 0, 1)
		case "hedges":
			w.phrases(v, s, kindHedge, "hedge")
		case "questions":
			w.phrases(v, s, kindQuestion, "question")
		case "contrasts":
			w.contrasts(v, s)
		case "terms":
			w.terms(v, s)
		case "frames":
			w.frames(v, s)
		case "classes":
			w.classes(v, s)
		case "targets":
			w.targets(v, s)
		case "attribution":
			w.mapping(v, "attribution", []string{"tail"}, func(k, x *yaml.Node) {
				if f, ok := w.whole(x, "attribution tail", 0, maxPhrase); ok {
					s.scoring = append(s.scoring, setting{key: "tail", value: f, pos: w.pos(k)})
				}
			})
		}
	})
	for _, k := range []string{"schema", "name", "version"} {
		if !have[k] {
			w.errorf(ErrMissing, root, "missing key %q", k)
		}
	}
}

// phrases reads a list of phrases of one kind, such as the hedges.
func (w *walker) phrases(v *yaml.Node, s *source, kind ruleKind, what string) {
	d := w.dedup(what)
	w.strs(v, what+"s", func(x string, n *yaml.Node) {
		if words, ok := w.phrase(x, n, what+"s"); ok && d.ok(words, n) {
			s.entries = append(s.entries, entry{kind: kind, key: x, words: [][]string{words}, pos: w.pos(n)})
		}
	})
}

func (w *walker) labels(v *yaml.Node, s *source) {
	bad := false
	w.mapping(v, "labels", nil, func(k, lv *yaml.Node) {
		what := fmt.Sprintf("label %q", k.Value)
		l := label{name: k.Value, min: math.Inf(-1), max: math.Inf(1), pos: w.pos(k)}
		ok := w.mapping(lv, what, []string{"min", "max"}, func(mk, mv *yaml.Node) {
			f, ok := w.number(mv, what+" "+mk.Value, -1, 1)
			if !ok {
				bad = true
				return
			}
			if mk.Value == "min" {
				l.min = f
			} else {
				l.max = f
			}
		})
		if ok && l.min >= l.max {
			w.errorf(ErrRange, lv, "%s: min %g is not below max %g", what, l.min, l.max)
			bad = true
		}
		bad = bad || !ok
		s.labels = append(s.labels, l)
	})
	if bad {
		return
	}
	if len(s.labels) == 0 {
		if v.Kind == yaml.MappingNode && len(v.Content) == 0 {
			w.errorf(ErrMissing, v, "labels: want at least one label")
		}
		return
	}
	// The ranges must tile the scores from -1 to 1: sorted by min, each
	// starts where the one before ends.
	sorted := sortLabels(s.labels)
	for i := 1; i < len(sorted); i++ {
		a, b := sorted[i-1], sorted[i]
		switch {
		case a.max > b.min:
			w.errs.Add(ErrOverlap, w.file, b.pos.line, b.pos.col, "labels %q %s and %q %s overlap", a.name, a.interval(), b.name, b.interval())
		case a.max < b.min:
			w.errs.Add(ErrOverlap, w.file, b.pos.line, b.pos.col, "labels %q %s and %q %s leave scores in [%g, %g) without a label", a.name, a.interval(), b.name, b.interval(), a.max, b.min)
		}
	}
	if f := sorted[0]; f.min > -1 {
		w.errs.Add(ErrOverlap, w.file, f.pos.line, f.pos.col, "label %q %s leaves scores from -1 to %g without a label", f.name, f.interval(), f.min)
	}
	if l := sorted[len(sorted)-1]; l.max < 1 {
		w.errs.Add(ErrOverlap, w.file, l.pos.line, l.pos.col, "label %q %s leaves scores from %g to 1 without a label", l.name, l.interval(), l.max)
	}
}

func (w *walker) scoring(v *yaml.Node, s *source) {
	w.mapping(v, "scoring", []string{"assert", "hedge", "scale", "negated"}, func(k, x *yaml.Node) {
		lo, hi := 0.0, 1.0
		switch k.Value {
		case "assert":
			lo, hi = -maxWeight, maxWeight
		case "scale":
			lo, hi = 0.01, 100
		case "negated":
			lo, hi = 0, maxFactor
		}
		if f, ok := w.number(x, "scoring "+k.Value, lo, hi); ok {
			s.scoring = append(s.scoring, setting{key: k.Value, value: f})
		}
	})
}

func (w *walker) negators(v *yaml.Node, s *source) {
	w.mapping(v, "negators", []string{"window", "weight", "words"}, func(k, x *yaml.Node) {
		switch k.Value {
		case "window":
			if f, ok := w.whole(x, "negators window", 1, maxWindow); ok {
				s.scoring = append(s.scoring, setting{key: "window", value: f})
			}
		case "weight":
			if f, ok := w.number(x, "negators weight", -maxWeight, maxWeight); ok {
				s.scoring = append(s.scoring, setting{key: "bare", value: f})
			}
		case "words":
			d := w.dedup("negator")
			w.strs(x, "negators words", func(p string, n *yaml.Node) {
				if words, ok := w.phrase(p, n, "negators"); ok && d.ok(words, n) {
					s.entries = append(s.entries, entry{kind: kindNegator, key: p, words: [][]string{words}, pos: w.pos(n)})
				}
			})
		}
	})
}

func (w *walker) factors(v *yaml.Node, s *source, kind ruleKind, what string, lo, hi float64) {
	d := w.dedup(what)
	w.mapping(v, what+"s", nil, func(k, x *yaml.Node) {
		words, ok := w.phrase(k.Value, k, what+"s")
		if !ok || !d.ok(words, k) {
			return
		}
		if f, ok := w.number(x, fmt.Sprintf("%s %q", what, k.Value), lo, hi); ok {
			s.entries = append(s.entries, entry{kind: kind, key: k.Value, words: [][]string{words}, weight: f, pos: w.pos(k)})
		}
	})
}

func (w *walker) contrasts(v *yaml.Node, s *source) {
	d := w.dedup("contrast")
	w.mapping(v, "contrasts", nil, func(k, x *yaml.Node) {
		words, ok := w.phrase(k.Value, k, "contrasts")
		if !ok || !d.ok(words, k) {
			return
		}
		what := fmt.Sprintf("contrast %q", k.Value)
		e := entry{kind: kindContrast, key: k.Value, words: [][]string{words}, before: 1, after: 1, pos: w.pos(k)}
		good := true
		w.mapping(x, what, []string{"before", "after"}, func(fk, fv *yaml.Node) {
			f, ok := w.number(fv, what+" "+fk.Value, 0, maxFactor)
			good = good && ok
			if fk.Value == "before" {
				e.before = f
			} else {
				e.after = f
			}
		})
		if good && x.Kind == yaml.MappingNode {
			s.entries = append(s.entries, e)
		}
	})
}

// forms reads an entry given as a bare number or as a mapping with a
// weight, forms and (for frames) an effect.
func (w *walker) terms(v *yaml.Node, s *source) {
	d := w.dedup("term")
	w.mapping(v, "terms", nil, func(k, x *yaml.Node) {
		what := fmt.Sprintf("term %q", k.Value)
		e := entry{kind: kindTerm, key: k.Value, pos: w.pos(k)}
		if !w.headword(k, what, d, &e) {
			return
		}
		if x.Kind == yaml.ScalarNode {
			f, ok := w.number(x, what+" weight", -maxWeight, maxWeight)
			if ok {
				e.weight = f
				s.entries = append(s.entries, e)
			}
			return
		}
		if w.fields(x, what, d, &e, []string{"weight", "forms"}, "weight", func(k, v *yaml.Node) bool {
			f, ok := w.number(v, what+" weight", -maxWeight, maxWeight)
			e.weight = f
			return ok
		}) {
			s.entries = append(s.entries, e)
		}
	})
}

// fields reads the mapping form of a term or frame entry: its forms, the
// keys field reads, and the key it requires. It reports whether the entry
// is good.
func (w *walker) fields(x *yaml.Node, what string, d *dedup, e *entry, keys []string, required string, field func(k, v *yaml.Node) bool) bool {
	good, have := true, false
	w.mapping(x, what, keys, func(k, v *yaml.Node) {
		if k.Value == "forms" {
			good = w.formList(v, what, d, e) && good
			return
		}
		have = have || k.Value == required
		good = field(k, v) && good
	})
	if x.Kind != yaml.MappingNode {
		return false
	}
	if !have {
		w.errorf(ErrMissing, x, "%s: missing key %q", what, required)
		return false
	}
	return good
}

// headword enters the key of a term or frame as its first form.
func (w *walker) headword(k *yaml.Node, what string, d *dedup, e *entry) bool {
	words, ok := w.phrase(k.Value, k, what)
	if !ok || !d.ok(words, k) {
		return false
	}
	e.words = append(e.words, words)
	return true
}

func (w *walker) formList(v *yaml.Node, what string, d *dedup, e *entry) bool {
	good := true
	w.strs(v, what+" forms", func(f string, n *yaml.Node) {
		words, ok := w.phrase(f, n, what+" forms")
		if ok && d.ok(words, n) {
			e.words = append(e.words, words)
		} else {
			good = false
		}
	})
	return good
}

func parseEffect(s string) effect {
	for i, n := range effectNames {
		if i > 0 && n == s {
			return effect(i)
		}
	}
	return effectNone
}

func (w *walker) effect(n *yaml.Node, what string) (effect, bool) {
	x, ok := w.str(n, what)
	if !ok {
		return 0, false
	}
	if e := parseEffect(x); e != effectNone {
		return e, true
	}
	names := effectNames[1:]
	if sg := suggest(x, names[:]); sg != "" {
		w.errorf(ErrRange, n, "%s: unknown effect %q (did you mean %q?)", what, x, sg)
	} else {
		w.errorf(ErrRange, n, "%s: unknown effect %q (want one of %s)", what, x, strings.Join(names[:], ", "))
	}
	return 0, false
}

func (w *walker) frames(v *yaml.Node, s *source) {
	d := w.dedup("frame form")
	w.mapping(v, "frames", nil, func(k, x *yaml.Node) {
		what := fmt.Sprintf("frame %q", k.Value)
		e := entry{kind: kindFrame, key: k.Value, weight: 1, pos: w.pos(k)}
		if !w.headword(k, what, d, &e) {
			return
		}
		if x.Kind == yaml.ScalarNode {
			if ef, ok := w.effect(x, what); ok {
				e.effect = ef
				s.entries = append(s.entries, e)
			}
			return
		}
		if w.fields(x, what, d, &e, []string{"effect", "weight", "forms"}, "effect", func(k, v *yaml.Node) bool {
			ok := false
			if k.Value == "effect" {
				e.effect, ok = w.effect(v, what)
			} else {
				e.weight, ok = w.number(v, what+" weight", 0, maxWeight)
			}
			return ok
		}) {
			s.entries = append(s.entries, e)
		}
	})
}

func classNames() []string {
	var out []string
	for c := quote.Neutral; c <= quote.NoContent; c++ {
		out = append(out, c.String())
	}
	return out
}

func (w *walker) classes(v *yaml.Node, s *source) {
	w.mapping(v, "classes", classNames(), func(k, x *yaml.Node) {
		var c quote.Class
		if c.UnmarshalText([]byte(k.Value)) != nil {
			return // mapping reported it
		}
		if ef, ok := w.effect(x, fmt.Sprintf("class %q", k.Value)); ok {
			s.classes = append(s.classes, classFrame{class: c, effect: ef, pos: w.pos(k)})
		}
	})
}

func (w *walker) targets(v *yaml.Node, s *source) {
	w.mapping(v, "targets", nil, func(k, x *yaml.Node) {
		what := fmt.Sprintf("target %q", k.Value)
		t := target{name: k.Value, pos: w.pos(k)}
		good := true
		w.mapping(x, what, []string{"literal", "regexp"}, func(fk, fv *yaml.Node) {
			w.strs(fv, what+" "+fk.Value, func(p string, n *yaml.Node) {
				if fk.Value == "literal" {
					words, ok := w.phrase(p, n, what+" literal")
					if !ok {
						good = false
						return
					}
					t.literals = append(t.literals, words)
					return
				}
				re, err := regexp.Compile(p)
				if err != nil {
					var se *syntax.Error
					switch {
					case errors.As(err, &se) && se.Expr == p:
						w.errorf(ErrRegexp, n, "%s: bad regexp %q: %s", what, p, se.Code)
					case se != nil:
						w.errorf(ErrRegexp, n, "%s: bad regexp %q: %s: %q", what, p, se.Code, se.Expr)
					default:
						w.errorf(ErrRegexp, n, "%s: bad regexp %q: %v", what, p, err)
					}
					good = false
					return
				}
				t.regexps = append(t.regexps, re)
			})
		})
		if good && x.Kind == yaml.MappingNode {
			if len(t.literals)+len(t.regexps) == 0 {
				w.errorf(ErrMissing, x, "%s: want a literal or a regexp", what)
				return
			}
			s.targets = append(s.targets, t)
		}
	})
}

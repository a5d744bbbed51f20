package main

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hearsaynlp/hearsay/quote"
)

// markKind is what a highlighted span of the article is. The order is the
// nesting order when two marks cover the same text: an attribution holds
// its content, cue and source, and a source holds a speaker mention.
type markKind uint8

const (
	markAtt     markKind = iota // the whole attribution (quote.Quote.Span)
	markContent                 // what was said
	markCue                     // the reporting verb or phrase
	markSource                  // the source mention next to the cue
	markMention                 // any other mention of a known speaker
)

// mark is one span to highlight.
type mark struct {
	span    quote.Span
	kind    markKind
	quote   int // index into view.Quotes; -1 for a mention
	speaker int // index into view.Speakers; -1 when unresolved
}

// articleHTML returns the text of v as XHTML-compatible markup: the text,
// escaped, with every quote's attribution, content pieces, cue and source
// wrapped in elements that carry its speaker's colour class. Overlapping
// spans are split at the crossings so that elements always nest. The
// character data of the result, read by an HTML or XML parser, is
// [visibleText] of v.Text: the text itself, except that each byte that is
// not valid UTF-8 and each character XML cannot carry becomes U+FFFD.
// Labels shown beside the quotes are CSS generated content of empty
// elements, so they add no characters.
func articleHTML(v *view) string {
	marks, badges := collectMarks(v)
	var b strings.Builder
	b.Grow(len(v.Text) + len(v.Text)/4 + 200*len(marks))

	// Every position where an element opens, closes or a badge stands,
	// in order.
	bounds := make([]int, 0, 2*len(marks)+len(badges)+1)
	for _, m := range marks {
		bounds = append(bounds, m.span.Start, m.span.End)
	}
	for _, q := range badges {
		bounds = append(bounds, v.Quotes[q].Q.Span.End)
	}
	bounds = append(bounds, len(v.Text))
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	var (
		stack  []int  // indexes into marks of the open elements, outermost first
		opened []bool // per mark: an element has been written for it before
		pos    int    // next byte of v.Text to write
		next   int    // next mark to open
		nextB  int    // next badge to write
		reopen []int
	)
	opened = make([]bool, len(marks))
	// The hover text of each quote, escaped, made when first needed: the
	// attribution and each content piece carry it.
	titles := make([]string, len(v.Quotes))
	for _, at := range bounds {
		if at > pos {
			pos = writeText(&b, v.Text, pos, at, false)
		}
		// Close the elements that end here. An element above one that
		// ends is closed too and opened again after it.
		low := len(stack)
		for i, mi := range stack {
			if marks[mi].span.End <= at {
				low = i
				break
			}
		}
		reopen = reopen[:0]
		for i := len(stack) - 1; i >= low; i-- {
			b.WriteString(closeTag(marks[stack[i]].kind))
			if marks[stack[i]].span.End > at {
				reopen = append(reopen, stack[i])
			}
		}
		stack = stack[:low]
		for nextB < len(badges) && v.Quotes[badges[nextB]].Q.Span.End <= at {
			writeBadge(&b, v, badges[nextB])
			nextB++
		}
		for next < len(marks) && marks[next].span.Start <= at {
			reopen = append(reopen, next)
			next++
		}
		// Open the longest first so that the shorter ones nest inside
		// without being split again.
		slices.SortFunc(reopen, func(x, y int) int {
			return cmp.Or(cmp.Compare(marks[y].span.End, marks[x].span.End),
				cmp.Compare(marks[x].kind, marks[y].kind), cmp.Compare(x, y))
		})
		for _, mi := range reopen {
			writeOpen(&b, v, marks[mi], !opened[mi], titles)
			opened[mi] = true
			stack = append(stack, mi)
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		b.WriteString(closeTag(marks[stack[i]].kind))
	}
	return b.String()
}

// collectMarks returns the marks of v sorted by start, longest first, and
// the quotes whose badge is shown, sorted by the end of their span. Spans
// outside the text or empty are left out, so that any view renders.
func collectMarks(v *view) (marks []mark, badges []int) {
	n := len(v.Text)
	valid := func(s quote.Span) bool { return s.Start >= 0 && s.Start < s.End && s.End <= n }
	add := func(s quote.Span, k markKind, q, sp int) {
		if valid(s) {
			marks = append(marks, mark{span: s, kind: k, quote: q, speaker: sp})
		}
	}
	sources := map[quote.Span]bool{}
	for i := range v.Quotes {
		q := &v.Quotes[i]
		sp := q.speaker()
		add(q.Q.Span, markAtt, i, sp)
		for _, c := range q.Q.Content {
			add(c, markContent, i, sp)
		}
		add(q.Q.Cue.Span, markCue, i, sp)
		add(q.Q.Source, markSource, i, sp)
		sources[q.Q.Source] = true
		if valid(q.Q.Span) {
			badges = append(badges, i)
		}
	}
	for si, s := range v.Speakers {
		for _, m := range s.Mentions {
			if !sources[m] {
				add(m, markMention, -1, si)
			}
		}
	}
	slices.SortStableFunc(marks, func(x, y mark) int {
		return cmp.Or(cmp.Compare(x.span.Start, y.span.Start),
			cmp.Compare(y.span.End, x.span.End), cmp.Compare(x.kind, y.kind))
	})
	slices.SortStableFunc(badges, func(x, y int) int {
		return cmp.Compare(v.Quotes[x].Q.Span.End, v.Quotes[y].Q.Span.End)
	})
	return marks, badges
}

// writeOpen writes the start tag of one element of m. first is set for the
// first element of a mark; later ones continue it after a split. titles
// caches the escaped hover text of each quote.
func writeOpen(b *strings.Builder, v *view, m mark, first bool, titles []string) {
	tag := "span"
	if m.kind == markContent {
		tag = "mark"
	}
	b.WriteString("<" + tag + ` class="`)
	b.WriteString([...]string{"att", "content", "cue", "source", "mention"}[m.kind])
	if m.kind != markCue {
		b.WriteString(" " + speakerClass(m.speaker))
	}
	if m.quote >= 0 {
		b.WriteString(" k-" + v.Quotes[m.quote].Q.Kind.String())
	}
	if !first {
		b.WriteString(" cont")
	}
	b.WriteString(`"`)
	if m.quote >= 0 {
		b.WriteString(` data-q="` + strconv.Itoa(m.quote) + `"`)
		if first && m.kind == markAtt {
			b.WriteString(` id="q` + strconv.Itoa(m.quote) + `"`)
		}
	}
	var title string
	switch {
	case m.kind == markMention:
		title = v.Speakers[m.speaker].Name
	case m.kind == markAtt || m.kind == markContent:
		if titles[m.quote] == "" {
			var t strings.Builder
			qt := quoteTitle(v, m.quote)
			writeText(&t, qt, 0, len(qt), true)
			titles[m.quote] = t.String()
		}
		b.WriteString(` title="` + titles[m.quote] + `">`)
		return
	case m.kind == markCue:
		title = "cue"
		if l := v.Quotes[m.quote].Q.Cue.Lemma; l != "" {
			title += ": " + l + " (" + v.Quotes[m.quote].Q.Cue.Class.String() + ")"
		}
	case m.kind == markSource:
		title = "source: " + speakerNames(v, m.quote)
	}
	if title != "" {
		b.WriteString(` title="`)
		writeText(b, title, 0, len(title), true)
		b.WriteString(`"`)
	}
	b.WriteString(">")
}

func closeTag(k markKind) string {
	if k == markContent {
		return "</mark>"
	}
	return "</span>"
}

// writeBadge writes the empty element whose generated content labels
// quote q with its kind and stance.
func writeBadge(b *strings.Builder, v *view, q int) {
	qv := &v.Quotes[q]
	label := qv.Q.Kind.String()
	if qv.Stance.Label != "" {
		label += " · " + qv.Stance.Label
	}
	b.WriteString(`<span class="badge ` + speakerClass(qv.speaker()) + `" data-label="`)
	writeText(b, label, 0, len(label), true)
	b.WriteString(`"></span>`)
}

// speakerClass is the colour class of speaker i.
func speakerClass(i int) string {
	if i < 0 {
		return "s-none"
	}
	return "s" + strconv.Itoa(i)
}

// speakerNames names the speakers of quote q, or "unresolved".
func speakerNames(v *view, q int) string {
	var names []string
	for _, s := range v.Quotes[q].Speakers {
		if s >= 0 && s < len(v.Speakers) {
			names = append(names, v.Speakers[s].Name)
		}
	}
	if len(names) == 0 {
		return "unresolved"
	}
	return strings.Join(names, " and ")
}

// quoteTitle is the hover text of quote q: who, which kind, the cue and the
// stance.
func quoteTitle(v *view, q int) string {
	qv := &v.Quotes[q]
	var b strings.Builder
	b.WriteString(speakerNames(v, q))
	switch {
	case qv.Method != "" && len(qv.Speakers) > 0:
		b.WriteString(" (" + qv.Method + ")")
	case qv.Reason != "" && len(qv.Speakers) == 0:
		b.WriteString(" (" + qv.Reason + ")")
	}
	b.WriteString(" · " + qv.Q.Kind.String())
	if c := qv.Q.Cue; c.Span.Start >= 0 && c.Span.Start < c.Span.End && c.Span.End <= len(v.Text) {
		b.WriteString(" · cue “" + v.Text[c.Span.Start:c.Span.End] + "”")
		if c.Negated {
			b.WriteString(" (negated)")
		}
	}
	if st := stanceText(qv.Stance); st != "" {
		b.WriteString(" · stance " + st)
	}
	if f := qv.Stance.Fired; len(f) > 0 {
		const most = 8
		b.WriteString(" · rules: " + strings.Join(f[:min(len(f), most)], ", "))
		if len(f) > most {
			b.WriteString(", …")
		}
	}
	b.WriteString(" · rule " + qv.Q.Rule)
	return b.String()
}

// stanceText describes a stance for people: "support +0.60, hedged,
// toward Ukraine"; empty when there is none.
func stanceText(s stanceView) string {
	if s.Label == "" {
		return ""
	}
	t := s.Label + " " + strconv.FormatFloat(s.Score, 'f', 2, 64)
	if s.Score > 0 {
		t = s.Label + " +" + strconv.FormatFloat(s.Score, 'f', 2, 64)
	}
	if s.Hedged {
		t += ", hedged"
	}
	if s.Negated {
		t += ", negated"
	}
	if s.Target != "" {
		t += ", toward " + s.Target
	}
	if s.Aligns != "" {
		t += ", with " + s.Aligns
	}
	return t
}

// writeText writes s[from:to] escaped for XHTML text (or, with attr, for a
// double-quoted attribute value) and returns the offset after the last byte
// written. It decodes whole runes, so it may go a few bytes past to when a
// rune straddles it; the caller continues from the returned offset, and
// the text is decoded exactly as a range loop over s decodes it. Each
// invalid byte, and each character XML 1.0 forbids, is written as U+FFFD.
// A carriage return is written as a character reference, which both HTML
// and XML parsers keep instead of folding CR LF into LF.
func writeText(b *strings.Builder, s string, from, to int, attr bool) int {
	i := from
	for i < to {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '&':
				b.WriteString("&amp;")
			case c == '<':
				b.WriteString("&lt;")
			case c == '>':
				b.WriteString("&gt;")
			case c == '"' && attr:
				b.WriteString("&quot;")
			case c == '\r':
				b.WriteString("&#13;")
			case (c == '\n' || c == '\t') && attr:
				// Attribute values fold literal newlines and tabs into
				// spaces.
				b.WriteString("&#" + strconv.Itoa(int(c)) + ";")
			case c < 0x20 && c != '\n' && c != '\t':
				b.WriteRune(utf8.RuneError)
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if xmlChar(r) && (r != utf8.RuneError || size > 1) {
			b.WriteString(s[i : i+size])
		} else {
			b.WriteRune(utf8.RuneError)
		}
		i += size
	}
	return i
}

// xmlChar reports whether XML 1.0 allows r in a document, as text or as a
// character reference.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= utf8.MaxRune
}

// visibleText is the text a browser shows for s in the page: s itself,
// with every byte that is not valid UTF-8 and every character XML cannot
// carry replaced by U+FFFD. Strings given to the page template pass
// through it.
func visibleText(s string) string {
	ok := true
	for _, r := range s {
		if r == utf8.RuneError || !xmlChar(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !xmlChar(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

package brat

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Span is a half-open range [Start, End). Spans from [Parse] count Unicode
// code points; spans from [Offsets] count bytes.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Attribution is one attribution event: what was attributed (Content), the
// words that mark it (Cue) and who it is attributed to (Source). Each field
// holds the fragments of the referenced annotations in the order the file
// lists them; Cue and Source are empty when the event has none, and Content
// may be empty in a damaged file.
type Attribution struct {
	// ID is the event's identifier, such as "E33".
	ID string `json:"id"`
	// Line is the 1-based line of the event in its file.
	Line    int    `json:"line"`
	Content []Span `json:"content"`
	Cue     []Span `json:"cue,omitempty"`
	Source  []Span `json:"source,omitempty"`
}

// Error is a problem with one line of an annotation file, or with a whole
// file when Line is 0.
type Error struct {
	File string // the annotation file's path, as given
	Line int    // 1-based; 0 for the file as a whole
	Msg  string // what is wrong, lower case
}

// Error returns "file:line: message", or "file: message" when Line is 0.
func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// ErrorList is a list of problems, sorted by file and line when it comes
// from this package. The zero value is an empty list ready to use.
type ErrorList []*Error

// Error returns the first problem and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Sort orders l by file name, then line, then message.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return strings.Compare(a.Msg, b.Msg)
	})
}

func (l *ErrorList) add(file string, line int, format string, args ...any) {
	*l = append(*l, &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// Event types that [Parse] reads. Other event types are reported as errors.
const (
	attribution         = "Attribution"
	attributionNoSource = "Attribution-no-source"
)

type textBound struct {
	typ   string
	frags []Span
	line  int
}

type event struct {
	id    string
	line  int
	roles [][2]string // role, target id
}

// Parse reads the attribution events of one .ann file. filename is used only
// in error messages. It returns the events in file order together with every
// problem found, as an [ErrorList] (nil when there is none); lines with
// problems are skipped, everything else is returned.
//
// Text-bound annotations of every type are read, and those no event refers
// to, such as Discuss and Discard notes, go unused; lines starting with "#"
// (annotator notes), attributes, relations and normalizations are skipped. A text field that spans several
// lines (the annotated text contained a newline) is accepted when the extra
// lines make up exactly the length its offsets promise. Roles are matched
// without a trailing number, so "Content2" adds to Content.
func Parse(filename string, src []byte) ([]Attribution, error) {
	var errs ErrorList
	spans := make(map[string]textBound)
	var events []event
	seen := make(map[string]bool)

	// missing is how many code points of the last text-bound annotation's
	// text field are still to come on continuation lines.
	missing := 0
	lines := strings.Split(string(src), "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	for i, line := range lines {
		lineNo := i + 1
		line = strings.TrimSuffix(line, "\r")
		id, rest, hasTab := strings.Cut(line, "\t")
		if missing > 0 && !isAnnotationID(id, hasTab) {
			missing -= 1 + utf8.RuneCountInString(line)
			continue
		}
		missing = 0
		if strings.TrimSpace(line) == "" {
			continue
		}
		if !hasTab {
			errs.add(filename, lineNo, "malformed line: no tab")
			continue
		}
		if id == "" {
			errs.add(filename, lineNo, "malformed line: empty id")
			continue
		}
		switch id[0] {
		case '#', 'A', 'M', 'N', 'R', '*':
			continue
		case 'T', 'E':
		default:
			errs.add(filename, lineNo, "malformed line: unknown id %q", id)
			continue
		}
		if seen[id] {
			errs.add(filename, lineNo, "duplicate id %s", id)
			continue
		}
		if id[0] == 'T' {
			tb, text, err := parseTextBound(rest)
			if err != "" {
				errs.add(filename, lineNo, "%s: %s", id, err)
				continue
			}
			tb.line = lineNo
			seen[id] = true
			spans[id] = tb
			want := len(tb.frags) - 1
			for _, f := range tb.frags {
				want += f.End - f.Start
			}
			missing = want - utf8.RuneCountInString(text)
			continue
		}
		ev, err := parseEvent(rest)
		if err != "" {
			errs.add(filename, lineNo, "%s: %s", id, err)
			continue
		}
		seen[id] = true
		ev.id, ev.line = id, lineNo
		events = append(events, ev)
	}

	var out []Attribution
	for _, ev := range events {
		a := Attribution{ID: ev.id, Line: ev.line}
		ok := true
		for _, r := range ev.roles {
			role, target := r[0], r[1]
			tb, found := spans[target]
			if !found {
				errs.add(filename, ev.line, "%s: role %s refers to undefined %s", ev.id, role, target)
				ok = false
				continue
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Content":
				a.Content = append(a.Content, tb.frags...)
			case "Cue":
				a.Cue = append(a.Cue, tb.frags...)
			case "Source":
				a.Source = append(a.Source, tb.frags...)
			default:
				errs.add(filename, ev.line, "%s: unknown role %q", ev.id, role)
				ok = false
			}
		}
		if ok {
			out = append(out, a)
		}
	}
	errs.Sort()
	return out, errs.Err()
}

// isAnnotationID reports whether a line whose first tab-separated field is
// id starts a new annotation rather than continuing a text field.
func isAnnotationID(id string, hasTab bool) bool {
	if !hasTab || id == "" || !strings.ContainsRune("TEAMNR#*", rune(id[0])) {
		return false
	}
	for _, c := range id[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// parseTextBound parses "TYPE START END[;START END...]\tTEXT" and returns
// a problem description, or "" when there is none.
func parseTextBound(rest string) (textBound, string, string) {
	head, text, ok := strings.Cut(rest, "\t")
	if !ok {
		return textBound{}, "", "no text field"
	}
	typ, offs, ok := strings.Cut(head, " ")
	if !ok || typ == "" {
		return textBound{}, "", fmt.Sprintf("no offsets in %q", head)
	}
	var tb textBound
	tb.typ = typ
	for frag := range strings.SplitSeq(offs, ";") {
		f := strings.Fields(frag)
		if len(f) != 2 {
			return textBound{}, "", fmt.Sprintf("bad fragment %q", frag)
		}
		start, err1 := strconv.Atoi(f[0])
		end, err2 := strconv.Atoi(f[1])
		if err := errors.Join(err1, err2); err != nil {
			return textBound{}, "", fmt.Sprintf("bad offsets in fragment %q", frag)
		}
		if start < 0 || end <= start {
			return textBound{}, "", fmt.Sprintf("empty or reversed fragment %q", frag)
		}
		tb.frags = append(tb.frags, Span{start, end})
	}
	return tb, text, ""
}

// parseEvent parses "TYPE:TRIGGER ROLE:ID ..." and returns a problem
// description, or "" when there is none.
func parseEvent(rest string) (event, string) {
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return event{}, "empty event"
	}
	typ, _, ok := strings.Cut(fields[0], ":")
	if !ok {
		return event{}, fmt.Sprintf("bad event head %q", fields[0])
	}
	if typ != attribution && typ != attributionNoSource {
		return event{}, fmt.Sprintf("unknown event type %q", typ)
	}
	var ev event
	for _, f := range fields[1:] {
		role, target, ok := strings.Cut(f, ":")
		if !ok || role == "" || target == "" {
			return event{}, fmt.Sprintf("bad argument %q", f)
		}
		ev.roles = append(ev.roles, [2]string{role, target})
	}
	return ev, ""
}

// Offsets converts code-point offsets into one text to byte offsets. Build
// it once per text with [NewOffsets]; conversions are then constant time.
// It is safe for concurrent use by multiple goroutines.
type Offsets struct {
	// starts[i] is the byte offset of code point i; starts[n] is len(text).
	// It is nil when the text is ASCII and the two kinds of offset agree.
	starts []int
	n      int // code points in the text
}

// NewOffsets indexes text in one pass. Each byte of invalid UTF-8 counts as
// one code point, as [utf8.DecodeRuneInString] reads it.
func NewOffsets(text string) *Offsets {
	n := utf8.RuneCountInString(text)
	if n == len(text) {
		return &Offsets{n: n}
	}
	starts := make([]int, 0, n+1)
	for i := range text {
		starts = append(starts, i)
	}
	return &Offsets{starts: append(starts, len(text)), n: n}
}

// Byte returns the byte offset of code-point offset cp, and false when cp
// lies outside the text. The length of the text in code points is a valid
// offset: it converts to the length in bytes.
func (o *Offsets) Byte(cp int) (int, bool) {
	if cp < 0 || cp > o.n {
		return 0, false
	}
	if o.starts == nil {
		return cp, true
	}
	return o.starts[cp], true
}

// Span converts one code-point span to a byte span.
func (o *Offsets) Span(s Span) (Span, error) {
	start, ok1 := o.Byte(s.Start)
	end, ok2 := o.Byte(s.End)
	if !ok1 || !ok2 || s.End < s.Start {
		return Span{}, fmt.Errorf("span %d-%d outside text of %d code points", s.Start, s.End, o.n)
	}
	return Span{start, end}, nil
}

// Attribution returns a copy of a with every span converted to bytes. It
// fails on the first span that does not fit the text.
func (o *Offsets) Attribution(a Attribution) (Attribution, error) {
	b := Attribution{ID: a.ID, Line: a.Line}
	var err error
	conv := func(in []Span) []Span {
		if in == nil || err != nil {
			return nil
		}
		out := make([]Span, len(in))
		for i, s := range in {
			if out[i], err = o.Span(s); err != nil {
				return nil
			}
		}
		return out
	}
	b.Content = conv(a.Content)
	b.Cue = conv(a.Cue)
	b.Source = conv(a.Source)
	if err != nil {
		return Attribution{}, err
	}
	return b, nil
}

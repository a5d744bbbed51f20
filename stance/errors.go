package stance

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Categories of rule-file errors. Every [Error] wraps exactly one of them,
// so callers can test for a category with [errors.Is].
var (
	ErrSyntax    = errors.New("yaml syntax error")
	ErrSchema    = errors.New("unsupported schema")
	ErrUnknown   = errors.New("unknown key")
	ErrDuplicate = errors.New("duplicate")
	ErrType      = errors.New("wrong type")
	ErrRange     = errors.New("value out of range")
	ErrRegexp    = errors.New("bad regular expression")
	ErrOverlap   = errors.New("overlapping labels")
	ErrMissing   = errors.New("missing key")
	ErrIO        = errors.New("cannot read rule file")
)

// Error is one problem in a rule file, at a 1-based line and column (the
// column counts bytes; zero when the position has no column, as for YAML
// syntax errors).
type Error struct {
	File string // the rule file's name, as given to [Parse] or [Load]
	Line int    // 1-based; 0 when the problem is with the file as a whole
	Col  int    // 1-based, in bytes; 0 when there is no column
	Msg  string // what is wrong, lower case, without the position
	Kind error  // one of the Err... categories
	// Cause is the underlying error of an [ErrIO], such as fs.ErrNotExist.
	Cause error
}

// Error formats e as file:line:col: message, the way compilers do.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the category of e and its cause, if any.
func (e *Error) Unwrap() []error {
	if e.Cause != nil {
		return []error{e.Kind, e.Cause}
	}
	return []error{e.Kind}
}

// ErrorList is a list of rule-file errors, in the style of
// go/scanner.ErrorList. Its zero value is an empty list ready to use.
type ErrorList []*Error

// Add appends an error at the given position.
func (l *ErrorList) Add(kind error, file string, line, col int, format string, args ...any) {
	*l = append(*l, &Error{File: file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...), Kind: kind})
}

// Len, Swap and Less let an ErrorList be sorted with sort.Sort, as
// go/scanner.ErrorList can be; [ErrorList.Sort] does it for you.
func (l ErrorList) Len() int { return len(l) }

// Swap exchanges the errors at i and j, for sort.Sort.
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }

// Less orders errors by file, line, column and message, for sort.Sort.
func (l ErrorList) Less(i, j int) bool {
	return compareErrors(l[i], l[j]) < 0
}

func compareErrors(a, b *Error) int {
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Col, b.Col), cmp.Compare(a.Msg, b.Msg))
}

// Sort sorts l by file, line, column and message.
func (l ErrorList) Sort() { slices.SortStableFunc(l, compareErrors) }

// Error returns the errors one per line, or a count when there are many.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap returns the errors of l, so that errors.Is and errors.As look at
// each of them.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

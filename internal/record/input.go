package record

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// StdinName is how messages about the input name standard input.
const StdinName = "<stdin>"

// Open opens the input the command line names: the file name, or stdin
// when name is "-". It also returns the name to give the input in
// messages ([StdinName] for "-") and a function that closes it, which the
// caller must call; it does nothing for stdin, which the caller owns.
// A directory is refused at once ([ErrIsDir]), with a hint to name the
// files in it, rather than failing at the first read.
func Open(name string, stdin io.Reader) (r io.Reader, where string, close func() error, err error) {
	if name == "-" {
		return stdin, StdinName, func() error { return nil }, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, name, nil, err
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		f.Close()
		return nil, name, nil, fmt.Errorf("%s: %w; name the files in it, such as %s", name, ErrIsDir, filepath.Join(name, "*"))
	}
	return f, name, f.Close, nil
}

// ErrIsDir is the error [Open] returns, wrapped, for a directory.
var ErrIsDir = errors.New("is a directory")

// NoteStdin tells the user, on w, that prog is reading standard input
// when it is: when files, the FILE arguments, are none and stdin is a
// terminal (an *os.File that is a character device), so that a program
// started without FILE does not seem to hang. what names what it reads,
// such as "text". It writes nothing otherwise.
func NoteStdin(w io.Writer, stdin io.Reader, files []string, prog, what string) {
	f, ok := stdin.(*os.File)
	if len(files) > 0 || !ok || f == nil {
		return
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return
	}
	fmt.Fprintf(w, "%s: reading %s from standard input until Ctrl-D; name the files to read instead, or see -h\n", prog, what)
}

// ReadError is an error reading an input line: the line is lost, and so
// is the rest of the input.
type ReadError struct {
	Line int   // number of the line being read, from 1
	Err  error // what reading returned
}

// Error returns "LINE: error", to follow "FILE:".
func (e *ReadError) Error() string { return fmt.Sprintf("%d: %v", e.Line, e.Err) }

// Unwrap returns e.Err.
func (e *ReadError) Unwrap() error { return e.Err }

// Lines calls fn with every line of r, numbered from 1, its newline
// included, blank ones too, however long they are: JSON Lines articles
// may be megabytes. It returns the first error fn returns, or a
// [*ReadError] when reading r fails, and nil at the end of r.
func Lines(r io.Reader, fn func(n int, line []byte) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return &ReadError{Line: n, Err: err}
		}
		if len(line) > 0 {
			if ferr := fn(n, line); ferr != nil {
				return ferr
			}
		}
		if err != nil {
			return nil
		}
	}
}

// Problems counts the problems a program reports about its input, which
// it goes on reading after each, and writes each on its own line.
type Problems struct {
	W io.Writer // where problems are written, standard error
	// Before, when set, is called before each problem is written: a
	// progress line clears itself there so that the two do not mix.
	Before func()
	N      int // how many problems were reported
	// Want says what a JSON Lines input line must be, such as `one JSON
	// object per line with "id" and "text"`, for [Problems.Line].
	Want string

	started   bool // a line of the current input has been seen
	notObject int  // lines of the current input that are not objects, when it starts with one
	first     int  // the first of them
	// same counts the lines of the current input with each message, up to
	// maxMessages messages, so that one said of every line is told
	// [Repeats] times and then counted.
	same map[string]int
}

// Repeats is how many times [Problems.Line] tells the same message about
// the lines of one input before it only counts them.
const Repeats = 3

// maxMessages bounds the distinct messages counted per input; others are
// all told.
const maxMessages = 1000

// Printf reports a problem: the line format formats, without its newline.
func (p *Problems) Printf(format string, args ...any) {
	p.N++
	p.write(format, args...)
}

func (p *Problems) write(format string, args ...any) {
	if p.Before != nil {
		p.Before()
	}
	fmt.Fprintf(p.W, format+"\n", args...)
}

// Line records how line n of the JSON Lines input called where went: err
// is nil for a line that was used, and otherwise what is wrong with it,
// which is reported. The same message about more than [Repeats] lines of
// one input is told for the first ones only, and [Problems.EndInput]
// says how many more had it: JSON Lines without a "date" make four
// messages, not one per line. An input whose first line is not a JSON object at all
// (err is an [ErrNotObject]), such as a file of plain text, is most likely
// not JSON Lines: that is said once, at its first line, with what a line
// must be ([Problems.Want]), and its later lines that are not objects
// either are only counted; [Problems.EndInput] gives their number. In an
// input that starts with an object, every bad line is reported. Each bad
// line counts as one problem in [Problems.Err]. Blank lines need not be
// passed.
func (p *Problems) Line(where string, n int, err error) {
	first := !p.started
	p.started = true
	switch {
	case err == nil:
		return
	case !errors.Is(err, ErrNotObject) || (!first && p.notObject == 0):
		msg := err.Error()
		if p.same == nil {
			p.same = map[string]int{}
		}
		if k, ok := p.same[msg]; ok || len(p.same) < maxMessages {
			p.same[msg] = k + 1
			if k >= Repeats {
				p.N++
				return
			}
		}
		p.Printf("%s:%d: %s", where, n, msg)
		return
	}
	p.N++
	if p.notObject++; p.notObject > 1 {
		return
	}
	p.first = n
	if p.Want == "" {
		p.write("%s:%d: %v", where, n, err)
		return
	}
	p.write("%s:%d: %v; the input must be JSON Lines, %s", where, n, err, p.Want)
}

// EndInput ends the JSON Lines input called where: when lines were left
// untold by [Problems.Line], it says how many, for each message.
func (p *Problems) EndInput(where string) {
	if p.notObject > 1 {
		p.write("%s: %d lines are not JSON objects and were skipped, the first at line %d", where, p.notObject, p.first)
	}
	var more []string
	for msg, k := range p.same {
		if k > Repeats {
			more = append(more, msg)
		}
	}
	slices.Sort(more)
	for _, msg := range more {
		p.write("%s: %d more lines: %s", where, p.same[msg]-Repeats, msg)
	}
	p.started, p.notObject, p.first, p.same = false, 0, 0, nil
}

// Err returns nil when no problem was reported, and otherwise an error
// that says how many there were, for the program's last line.
func (p *Problems) Err() error {
	switch p.N {
	case 0:
		return nil
	case 1:
		return errors.New("1 input problem")
	}
	return fmt.Errorf("%d input problems", p.N)
}

package record

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
)

// StdinName is how messages about the input name standard input.
const StdinName = "<stdin>"

// Open opens the input the command line names: the file name, or stdin
// when name is "-". It also returns the name to give the input in
// messages ([StdinName] for "-") and a function that closes it, which the
// caller must call; it does nothing for stdin, which the caller owns.
func Open(name string, stdin io.Reader) (r io.Reader, where string, close func() error, err error) {
	if name == "-" {
		return stdin, StdinName, func() error { return nil }, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, name, nil, err
	}
	return f, name, f.Close, nil
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
}

// Printf reports a problem: the line format formats, without its newline.
func (p *Problems) Printf(format string, args ...any) {
	p.N++
	if p.Before != nil {
		p.Before()
	}
	fmt.Fprintf(p.W, format+"\n", args...)
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

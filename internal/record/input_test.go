package record

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLines(t *testing.T) {
	long := strings.Repeat("x", 200_000) + "\n"
	tests := []struct {
		name string
		why  string
		in   string
		want []string
	}{
		{name: "empty", in: ""},
		{name: "no final newline", in: "a\nb", want: []string{"1 a\n", "2 b"}},
		{name: "blank lines kept", why: "the caller counts their bytes", in: "a\n\n \nb\n", want: []string{"1 a\n", "2 \n", "3  \n", "4 b\n"}},
		{name: "longer than the buffer", in: long, want: []string{"1 " + long}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			err := Lines(strings.NewReader(tt.in), func(n int, line []byte) error {
				got = append(got, fmt.Sprint(n, " ", string(line)))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got) %s:\n%s", tt.why, diff)
			}
		})
	}
}

func TestLinesErrors(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := Lines(strings.NewReader("a\nb\nc\n"), func(n int, _ []byte) error {
		calls++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || calls != 2 {
		t.Errorf("fn's error: got %v after %d calls, want %v after 2", err, calls, stop)
	}

	broken := errors.New("disk gone")
	err = Lines(errReader{strings.NewReader("a\nb"), broken}, func(int, []byte) error { return nil })
	var re *ReadError
	if !errors.As(err, &re) || re.Line != 2 || !errors.Is(err, broken) || err.Error() != "2: disk gone" {
		t.Errorf("read error: got %v (%#v), want line 2: disk gone", err, re)
	}
}

// errReader returns the data of r, then err in place of io.EOF.
type errReader struct {
	r   io.Reader
	err error
}

func (e errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil {
		err = e.err
	}
	return n, err
}

func TestOpen(t *testing.T) {
	stdin := strings.NewReader("from stdin")
	r, where, closeInput, err := Open("-", stdin)
	if err != nil || r != stdin || where != StdinName || closeInput() != nil {
		t.Errorf(`Open("-") = %v, %q, %v`, r, where, err)
	}
	name := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(name, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, where, closeInput, err = Open(name, stdin)
	if err != nil || r == stdin || where != name {
		t.Fatalf("Open(%q) = %v, %q, %v", name, r, where, err)
	}
	if err := closeInput(); err != nil {
		t.Error(err)
	}
	if _, _, _, err := Open(name+".missing", stdin); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: got %v, want not exist", err)
	}
	dir := filepath.Dir(name)
	_, where, _, err = Open(dir, stdin)
	want := dir + ": is a directory; name the files in it, such as " + filepath.Join(dir, "*")
	if !errors.Is(err, ErrIsDir) || err.Error() != want || where != dir {
		t.Errorf("directory: got %v (where %q), want %q", err, where, want)
	}
}

func TestProblems(t *testing.T) {
	var b strings.Builder
	cleared := 0
	p := Problems{W: &b, Before: func() { cleared++ }}
	if err := p.Err(); err != nil {
		t.Errorf("no problems: got %v", err)
	}
	p.Printf("%s:%d: %s", "a.jsonl", 3, "bad line")
	if got, want := p.Err().Error(), "1 input problem"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	p.Printf("b.txt: gone")
	if got, want := p.Err().Error(), "2 input problems"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if diff := cmp.Diff("a.jsonl:3: bad line\nb.txt: gone\n", b.String()); diff != "" || cleared != 2 {
		t.Errorf("cleared %d times, want 2; mismatch (-want +got):\n%s", cleared, diff)
	}
}

// A file of plain text given as JSON Lines is said to be one once, not
// once a line; an input that starts with objects has each bad line told.
func TestProblemsLine(t *testing.T) {
	type line struct {
		text string
		n    int
	}
	read := func(p *Problems, where string, lines []line) {
		for _, l := range lines {
			_, err := ParseArticle([]byte(l.text))
			p.Line(where, l.n, err)
		}
		p.EndInput(where)
	}
	var b strings.Builder
	p := Problems{W: &b, Want: `one object per line with "id" and "text"`}
	read(&p, "notes.txt", []line{
		{"Talks in Riyadh", 1}, {"ended on Tuesday.", 2}, {`{"id": "a", "text": "x"}`, 4}, {"more text", 5},
	})
	read(&p, "good.jsonl", []line{
		{`{"id": "a", "text": "x"}`, 1}, {"{", 2}, {`{"id": "b"}`, 3}, {"[]", 4},
	})
	read(&p, "one.txt", []line{{"just one line", 1}})
	want := `notes.txt:1: invalid JSON: invalid character 'T' looking for beginning of value; the input must be JSON Lines, one object per line with "id" and "text"
notes.txt: 3 lines are not JSON objects and were skipped, the first at line 1
good.jsonl:2: invalid JSON: unexpected end of JSON input
good.jsonl:3: missing "text"
good.jsonl:4: line is a JSON array, not an object
one.txt:1: invalid JSON: invalid character 'j' looking for beginning of value; the input must be JSON Lines, one object per line with "id" and "text"
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if got, want := p.Err().Error(), "7 input problems"; got != want {
		t.Errorf("Err() = %q, want %q", got, want)
	}
}

// The same message about many lines of an input is told a few times,
// then counted; other messages are all told.
func TestProblemsRepeats(t *testing.T) {
	var b strings.Builder
	p := Problems{W: &b}
	for n := 1; n <= 6; n++ {
		p.Line("a.jsonl", n, errors.New(`missing "date"`))
	}
	p.Line("a.jsonl", 7, errors.New(`missing "text"`))
	p.Line("a.jsonl", 8, nil)
	p.EndInput("a.jsonl")
	p.Line("b.jsonl", 1, errors.New(`missing "date"`))
	p.EndInput("b.jsonl")
	want := `a.jsonl:1: missing "date"
a.jsonl:2: missing "date"
a.jsonl:3: missing "date"
a.jsonl:7: missing "text"
a.jsonl: 3 more lines: missing "date"
b.jsonl:1: missing "date"
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if p.N != 8 {
		t.Errorf("N = %d, want 8: every bad line counts", p.N)
	}
}

func TestNoteStdin(t *testing.T) {
	tty, err := os.Open(os.DevNull) // a character device, as a terminal is
	if err != nil {
		t.Skip(err)
	}
	defer tty.Close()
	tests := []struct {
		name  string
		stdin io.Reader
		files []string
		want  string
	}{
		{"terminal, no FILE", tty, nil, "prog: reading text from standard input until Ctrl-D; name the files to read instead, or see -h\n"},
		{"terminal, FILEs named", tty, []string{"a.txt"}, ""},
		{"a pipe or a buffer", strings.NewReader("x"), nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			NoteStdin(&b, tt.stdin, tt.files, "prog", "text")
			if b.String() != tt.want {
				t.Errorf("got %q, want %q", b.String(), tt.want)
			}
		})
	}
}

package progress

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fakeClock is a clock that moves only when told.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func newClock() *fakeClock { return &fakeClock{t: time.Date(2025, 2, 18, 9, 0, 0, 0, time.UTC)} }

func TestLine(t *testing.T) {
	tests := []struct {
		name         string
		total        int64
		elapsed      time.Duration
		docs, quotes int
		bytes        int64
		want         string
	}{
		{"nothing yet", 0, 0, 0, 0, 0, "0 docs  0.0 MB  0 quotes"},
		{"unknown total", 0, 2 * time.Second, 1204, 9310, 24_000_000, "1,204 docs  24.0 MB  12.0 MB/s  9,310 quotes"},
		{"known total", 60_000_000, 2 * time.Second, 1204, 9310, 24_000_000, "1,204 docs  24.0 MB  12.0 MB/s  9,310 quotes  40%  ETA 0:03"},
		{"done", 60_000_000, 5 * time.Second, 3000, 20000, 60_000_000, "3,000 docs  60.0 MB  12.0 MB/s  20,000 quotes  100%  ETA 0:00"},
		{"hours left", 1 << 40, time.Minute, 1_000_000, 1, 1 << 30, "1,000,000 docs  1073.7 MB  17.9 MB/s  1 quote  0%  ETA 17:03:00"},
		{"more read than the total", 100, time.Second, 1, 0, 150, "1 doc  0.0 MB  0.0 MB/s  0 quotes  100%  ETA 0:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClock()
			m := New(&bytes.Buffer{}, Options{Total: tt.total, Now: c.now})
			m.docs, m.quotes, m.bytes = int64(tt.docs), int64(tt.quotes), tt.bytes
			c.advance(tt.elapsed)
			if diff := cmp.Diff(tt.want, m.Line(c.now())); diff != "" {
				t.Errorf("Line mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRedraw checks the line is drawn at once, then at most once per
// interval, over the previous one, and ended by Done.
func TestRedraw(t *testing.T) {
	c := newClock()
	var buf bytes.Buffer
	m := New(&buf, Options{Every: time.Second, Now: c.now})
	m.Add(1, 1_000_000, 12) // first draw
	c.advance(500 * time.Millisecond)
	m.Add(1, 1_000_000, 0) // too soon: no draw
	c.advance(500 * time.Millisecond)
	m.Add(1, 1_000_000, 0) // due
	m.Clear()
	buf.WriteString("a.jsonl:3: missing \"text\"\n")
	m.Add(1, 0, 0) // redrawn after the message
	m.Done()
	want := "\r1 doc  1.0 MB  12 quotes" +
		"\r3 docs  3.0 MB  3.0 MB/s  12 quotes" +
		"\r                                   \r" +
		"a.jsonl:3: missing \"text\"\n" +
		"\r4 docs  3.0 MB  3.0 MB/s  12 quotes" +
		"\r4 docs  3.0 MB  3.0 MB/s  12 quotes  in 0:01\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
	if strings.Contains(buf.String(), "\x1b") {
		t.Error("output has an escape sequence")
	}
}

// TestShorterLinePadded checks that a shorter line blanks the rest of a
// longer one it replaces.
func TestShorterLinePadded(t *testing.T) {
	c := newClock()
	var buf bytes.Buffer
	m := New(&buf, Options{Total: 100, Now: c.now})
	c.advance(time.Second)
	m.Add(1, 1, 0) // ETA 1:39
	c.advance(time.Second)
	buf.Reset()
	m.Add(1, 99, 0) // ETA 0:00, same length; then a shorter line
	first := buf.String()
	m.width += 3
	buf.Reset()
	m.Add(0, 0, 0) // too soon
	c.advance(time.Second)
	m.Add(0, 0, 0)
	if got := buf.String(); len(got) != len(first)+3 || !strings.HasSuffix(got, "   ") {
		t.Errorf("redraw %q does not blank the 3 extra columns of the longer line %q", got, first)
	}
}

// TestAfter checks that a meter for input of unknown size stays silent,
// even at Done, until it has read enough.
func TestAfter(t *testing.T) {
	c := newClock()
	var buf bytes.Buffer
	m := New(&buf, Options{After: 100, Now: c.now})
	m.Add(5, 99, 3)
	m.Done()
	if buf.Len() != 0 {
		t.Fatalf("small input drew %q; want nothing", buf.String())
	}
	m.Add(1, 1, 0)
	m.Done()
	if want := "\r6 docs  0.0 MB  3 quotes\r6 docs  0.0 MB  3 quotes  in 0:00\n"; buf.String() != want {
		t.Errorf("output = %q; want %q", buf.String(), want)
	}
}

func TestNilMeter(t *testing.T) {
	var m *Meter
	m.Add(1, 1, 1)
	m.Clear()
	m.Done()
}

func TestStart(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	if err := os.WriteFile(small, []byte("He said so."), 0o666); err != nil {
		t.Fatal(err)
	}
	if m := Start(&bytes.Buffer{}, false, []string{small}); m != nil {
		t.Error("Start drew on a buffer, which is not a terminal")
	}
	f, err := os.Create(filepath.Join(dir, "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) {
		t.Error("IsTerminal reports a regular file as a terminal")
	}
	if m := Start(f, false, []string{small}); m != nil {
		t.Error("Start drew on a regular file")
	}
	// os.DevNull is a character device, as a terminal is.
	tty, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer tty.Close()
	if !IsTerminal(tty) {
		t.Skipf("%s is not a character device here", os.DevNull)
	}
	many := make([]string, MinFiles+1)
	for i := range many {
		many[i] = small
	}
	tests := []struct {
		name  string
		quiet bool
		files []string
		want  bool
	}{
		{"one small file", false, []string{small}, false},
		{"as many small files as allowed", false, many[:MinFiles], false},
		{"more small files", false, many, true},
		{"quiet", true, many, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Start(tty, tt.quiet, tt.files) != nil; got != tt.want {
				t.Errorf("Start(%d files, quiet %v) drew = %v; want %v", len(tt.files), tt.quiet, got, tt.want)
			}
		})
	}
	if m := start(tty, false, 1, -1); m == nil || m.opts.After != MinBytes {
		t.Errorf("one input of unknown size: meter %+v; want one that waits for %d bytes", m, MinBytes)
	}
	loaded := []struct {
		name  string
		docs  int
		total int64
		want  bool
	}{
		{"few small documents", MinFiles, MinBytes, false},
		{"many documents", MinFiles + 1, 10, true},
		{"one big document", 1, MinBytes + 1, true},
	}
	for _, tt := range loaded {
		t.Run(tt.name, func(t *testing.T) {
			m := StartLoaded(tty, false, tt.docs, tt.total)
			if got := m != nil; got != tt.want {
				t.Fatalf("StartLoaded(%d docs, %d bytes) drew = %v; want %v", tt.docs, tt.total, got, tt.want)
			}
			if m != nil && (m.opts.Total != tt.total || m.opts.After != 0) {
				t.Errorf("StartLoaded options = %+v; want Total %d and no wait", m.opts, tt.total)
			}
		})
	}
}

func TestSize(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	os.WriteFile(a, make([]byte, 10), 0o666)
	os.WriteFile(b, make([]byte, 32), 0o666)
	if n, ok := Size([]string{a, b}); n != 42 || !ok {
		t.Errorf("Size = %d, %v; want 42, true", n, ok)
	}
	if _, ok := Size([]string{a, filepath.Join(dir, "missing")}); ok {
		t.Error("Size of a missing file is known")
	}
	if _, ok := Size([]string{dir}); ok {
		t.Error("Size of a directory is known")
	}
}

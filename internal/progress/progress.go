package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// MinFiles and MinBytes are the input sizes above which [Start] shows
// progress: a run over more than MinFiles files, or more than MinBytes
// bytes, takes long enough for a progress line to help.
const (
	MinFiles = 8
	MinBytes = 8 << 20
)

// Every is the default shortest time between two redraws.
const Every = 250 * time.Millisecond

// Options configures a [Meter]. The zero value draws at once, every
// [Every], with the input size unknown.
type Options struct {
	// Total is the size of the whole input in bytes, or 0 when unknown;
	// with it the line shows the share done and the time left.
	Total int64
	// After is how many bytes must be read before the first draw, for
	// input of unknown size that may turn out small.
	After int64
	// Every is the shortest time between two redraws; 0 means [Every].
	Every time.Duration
	// Now returns the current time; nil means [time.Now]. Tests set it.
	Now func() time.Time
}

// Meter counts work done and redraws the progress line. Its methods do
// nothing on a nil *Meter.
type Meter struct {
	w     io.Writer
	opts  Options
	start time.Time
	last  time.Time // time of the last draw; zero before the first

	docs, quotes int64
	bytes        int64
	width        int  // length of the line on screen, to blank it out
	done         bool // Done is drawing the last line
}

// New returns a meter that draws on w with opts, starting its clock now.
func New(w io.Writer, opts Options) *Meter {
	if opts.Every == 0 {
		opts.Every = Every
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Meter{w: w, opts: opts, start: opts.Now()}
}

// Start returns a meter for a run over files (names as given on the
// command line, "-" for standard input) that draws on w, or nil when
// quiet is set, w is not a terminal, or the input is small: at most
// [MinFiles] files and at most [MinBytes] bytes. The total size is the
// sum of the sizes of the files; when one is not a regular file (a pipe),
// the size is unknown and the meter waits for [MinBytes] to be read before
// drawing. Files that cannot be stat'ed are left to the program to report.
func Start(w io.Writer, quiet bool, files []string) *Meter {
	total, known := Size(files)
	if !known {
		total = -1
	}
	return start(w, quiet, max(len(files), 1), total)
}

// StartLoaded is [Start] for a run over docs documents already in memory,
// total bytes in all.
func StartLoaded(w io.Writer, quiet bool, docs int, total int64) *Meter {
	return start(w, quiet, docs, max(total, 0))
}

// start returns a meter for n inputs of total bytes, -1 when unknown.
func start(w io.Writer, quiet bool, n int, total int64) *Meter {
	if quiet || !IsTerminal(w) {
		return nil
	}
	switch {
	case n > MinFiles || total > MinBytes:
		return New(w, Options{Total: max(total, 0)})
	case total >= 0:
		return nil
	}
	return New(w, Options{After: MinBytes})
}

// IsTerminal reports whether w is an *os.File that is a character device,
// such as a terminal. /dev/null is one too, which is harmless: nothing
// drawn there is seen.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || f == nil {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// Size returns the total size in bytes of files ("-" is standard input;
// none at all means standard input), and whether it is known: false when
// one of them is not a regular file or cannot be stat'ed.
func Size(files []string) (int64, bool) {
	if len(files) == 0 {
		files = []string{"-"}
	}
	var total int64
	for _, name := range files {
		var fi os.FileInfo
		var err error
		if name == "-" {
			fi, err = os.Stdin.Stat()
		} else {
			fi, err = os.Stat(name)
		}
		if err != nil || !fi.Mode().IsRegular() {
			return 0, false
		}
		total += fi.Size()
	}
	return total, true
}

// Add records docs more documents done, n more bytes of input read and
// quotes more quotes found, and redraws the line when it is due.
func (m *Meter) Add(docs int, n int64, quotes int) {
	if m == nil {
		return
	}
	m.docs += int64(docs)
	m.bytes += n
	m.quotes += int64(quotes)
	if m.bytes < m.opts.After && m.last.IsZero() {
		return
	}
	if now := m.opts.Now(); m.last.IsZero() || now.Sub(m.last) >= m.opts.Every {
		m.draw(now)
	}
}

// Clear blanks the line, if one is drawn, so that a message can be written
// to the same writer; the next [Meter.Add] draws it again.
func (m *Meter) Clear() {
	if m == nil || m.width == 0 {
		return
	}
	fmt.Fprintf(m.w, "\r%s\r", strings.Repeat(" ", m.width))
	m.width = 0
	m.last = time.Time{} // redraw at the next Add
}

// Done draws the final counts and ends the line. A meter still waiting
// for [Options.After] bytes has drawn nothing and writes nothing.
func (m *Meter) Done() {
	if m == nil || m.bytes < m.opts.After {
		return
	}
	m.done = true
	m.draw(m.opts.Now())
	m.done = false
	fmt.Fprintln(m.w)
	m.width = 0
}

// draw writes the line for the counts at now over the previous one.
func (m *Meter) draw(now time.Time) {
	line := m.Line(now)
	pad := ""
	if n := len(line); n < m.width {
		pad = strings.Repeat(" ", m.width-n)
	}
	fmt.Fprintf(m.w, "\r%s%s", line, pad)
	m.width = len(line)
	m.last = now
}

// Line returns the progress line for the counts so far at time now,
// without a line ending, such as
//
//	1,204 docs  38.2 MB  12.4 MB/s  9,310 quotes  41%  ETA 0:04
//
// The last line, drawn by [Meter.Done], gives the time taken in place of
// the share done and the time left: "... 20,000 quotes  in 0:05".
func (m *Meter) Line(now time.Time) string {
	elapsed := now.Sub(m.start).Seconds()
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %.1f MB", count(m.docs, "doc"), float64(m.bytes)/1e6)
	if elapsed > 0 {
		fmt.Fprintf(&b, "  %.1f MB/s", float64(m.bytes)/1e6/elapsed)
	}
	fmt.Fprintf(&b, "  %s", count(m.quotes, "quote"))
	if m.done {
		fmt.Fprintf(&b, "  in %s", clock(now.Sub(m.start)))
		return b.String()
	}
	if m.opts.Total > 0 {
		done := min(float64(m.bytes)/float64(m.opts.Total), 1)
		fmt.Fprintf(&b, "  %d%%", int(done*100))
		if m.bytes > 0 && elapsed > 0 {
			left := time.Duration(elapsed * (1 - done) / done * float64(time.Second))
			fmt.Fprintf(&b, "  ETA %s", clock(left))
		}
	}
	return b.String()
}

// clock formats d as M:SS, or H:MM:SS from an hour on, rounded up to the
// second.
func clock(d time.Duration) string {
	s := int64((d + time.Second - 1) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// count formats n nouns: "1 doc", "1,204 docs".
func count(n int64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return thousands(n) + " " + noun + "s"
}

// thousands formats n, not negative, with commas between groups of three digits.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

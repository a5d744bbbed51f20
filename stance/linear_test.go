package stance_test

import (
	"strings"
	"testing"

	"github.com/hearsaynlp/hearsay/internal/lineartest"
	"github.com/hearsaynlp/hearsay/stance"
)

func repeat(unit string, n int) string { return strings.Repeat(unit, max(1, n/len(unit))) }

// pathological texts of about n bytes: no spaces at all, one enormous word,
// negators and intensifiers one after another, phrases that almost match,
// bytes that are not UTF-8.
var pathological = []struct {
	name string
	gen  func(n int) string
}{
	{"news prose", func(n int) string {
		return repeat("Zelensky said his country would not accept any outcome, but the talks were positive and constructive. ", n)
	}},
	{"no spaces", func(n int) string { return repeat("not-good,but-bad?", n) }},
	{"one long word", func(n int) string { return repeat("a", n) }},
	{"negators", func(n int) string { return repeat("not never no ", n) }},
	{"intensifiers", func(n int) string { return repeat("very extremely ", n) }},
	{"almost a phrase", func(n int) string { return repeat("it is unclear it is ", n) }},
	{"contractions", func(n int) string { return repeat("didn't won’t ", n) }},
	{"frames", func(n int) string { return repeat("echoed Rubio Rubio Rubio denied claimed ", n) }},
	{"punctuation", func(n int) string { return repeat("?!.,;", n) }},
	{"continuation bytes", func(n int) string { return repeat("\x80", n) }},
	{"capitals", func(n int) string { return repeat("Echoed ", n) }},
}

// TestLinear checks that scoring takes time in proportion to the size of
// the text, and memory in proportion to the rules that fire, whatever the
// text: it compares texts of n and 8n bytes, never against a clock.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("scores megabytes of text")
	}
	const n = 1 << 18
	rs := stance.Default()
	for _, p := range pathological {
		t.Run(p.name, func(t *testing.T) {
			small := p.gen(n)
			large := strings.Repeat(small, lineartest.Factor)
			lineartest.Check(t,
				lineartest.Input{Size: len(small), Run: func() { rs.Toward(small, "") }},
				lineartest.Input{Size: len(large), Run: func() { rs.Toward(large, "") }},
				3, 1<<16)
		})
	}
}

// TestBoundedMemory checks that text that fires no rule costs no more
// allocations however long it is: tokens are held in a bounded window.
func TestBoundedMemory(t *testing.T) {
	rs := stance.Default()
	for _, unit := range []string{"the ministers dined at the embassies in Washington and Moscow ", "x", "\x80"} {
		small, large := repeat(unit, 1<<14), repeat(unit, 1<<17)
		rs.Toward(small, "")
		a1 := testing.AllocsPerRun(5, func() { rs.Toward(small, "") })
		a8 := testing.AllocsPerRun(5, func() { rs.Toward(large, "") })
		// A collection can empty the pool of scratch state during either
		// measurement, which costs a few allocations; unbounded token
		// buffers would cost thousands.
		if a8 > a1+4 {
			t.Errorf("%q: %d bytes: %v allocations; %d bytes: %v; want about the same", unit[:1], len(small), a1, len(large), a8)
		}
	}
}

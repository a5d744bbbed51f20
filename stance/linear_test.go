package stance_test

import (
	"runtime"
	"strings"
	"testing"
	"time"

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

type cost struct {
	elapsed time.Duration
	alloc   uint64
}

func measure(rs *stance.RuleSet, text string, runs int) cost {
	var c cost
	var ms runtime.MemStats
	for run := range runs {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		before := ms.TotalAlloc
		start := time.Now()
		rs.Toward(text, "")
		elapsed := time.Since(start)
		runtime.ReadMemStats(&ms)
		alloc := ms.TotalAlloc - before
		if run == 0 || elapsed < c.elapsed {
			c.elapsed = elapsed
		}
		if run == 0 || alloc < c.alloc {
			c.alloc = alloc
		}
	}
	return c
}

// TestLinear checks that scoring takes time in proportion to the size of
// the text, and memory in proportion to the rules that fire, whatever the
// text: it compares texts of n and 8n bytes, never against a clock.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("scores megabytes of text")
	}
	const (
		n      = 1 << 18
		factor = 8
		bound  = 32 // between factor (linear) and factor² (quadratic), for noisy machines
	)
	rs := stance.Default()
	for _, p := range pathological {
		t.Run(p.name, func(t *testing.T) {
			small := p.gen(n)
			large := strings.Repeat(small, factor)
			rs.Toward(small, "")
			rs.Toward(large, "")
			var s, l cost
			var r float64
			// A busy machine can stall every run of one measurement;
			// quadratic work fails every attempt, so only the last counts.
			for attempt := 0; attempt < 3; attempt++ {
				s, l = measure(rs, small, 3), measure(rs, large, 3)
				t.Logf("%d bytes: %v, %d bytes allocated; %d bytes: %v, %d bytes allocated",
					len(small), s.elapsed, s.alloc, len(large), l.elapsed, l.alloc)
				if r = float64(l.elapsed) / float64(max(s.elapsed, time.Microsecond)); r <= bound {
					break
				}
			}
			if r > bound {
				t.Errorf("%d× the text took %.1f× the time (%v, %v), want under %d×", factor, r, s.elapsed, l.elapsed, bound)
			}
			if l.alloc > bound*s.alloc+1<<16 {
				t.Errorf("%d× the text allocated %d bytes, %d before; want under %d×", factor, l.alloc, s.alloc, bound)
			}
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

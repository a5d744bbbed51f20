package lineartest

import (
	"runtime"
	"testing"
	"time"
)

const (
	// Factor is how much larger the large input is than the small one.
	Factor = 8
	// Bound is the largest cost ratio accepted: well between Factor
	// (linear) and Factor² (quadratic), for noisy machines.
	Bound = 32
	// attempts is how many times a stalled measurement is taken.
	attempts = 3
)

// Cost is what one input took: the fastest of a few runs, and the fewest
// bytes allocated by one run.
type Cost struct {
	// Elapsed is the processor time of the fastest run, or its wall-clock
	// time where the system reports no processor time. Processor time
	// stays put when other programs share the machine; the wall clock of
	// a long run does not.
	Elapsed time.Duration
	Alloc   uint64 // bytes allocated by the leanest run
}

// Input is one side of a comparison: its size in bytes (for the log) and
// the work to measure on it.
type Input struct {
	Size int    // bytes of input, for the log
	Run  func() // the work to measure, run several times
}

// Measure runs f runs times and returns the fastest run and the smallest
// allocation.
func Measure(f func(), runs int) Cost {
	var c Cost
	var ms runtime.MemStats
	for run := range runs {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		before := ms.TotalAlloc
		start := now()
		f()
		elapsed := now() - start
		runtime.ReadMemStats(&ms)
		alloc := ms.TotalAlloc - before
		if run == 0 || elapsed < c.Elapsed {
			c.Elapsed = elapsed
		}
		if run == 0 || alloc < c.Alloc {
			c.Alloc = alloc
		}
	}
	return c
}

// now is the process's processor time, or the wall clock since the
// package was loaded where the system reports none. Which of the two is
// decided once, so that a measurement never mixes them.
func now() time.Duration {
	if processorTime {
		t, _ := cpuTime()
		return t
	}
	return time.Since(loaded)
}

var (
	processorTime = func() bool { _, ok := cpuTime(); return ok }()
	loaded        = time.Now()
)

// Check runs small and large once each to warm any pools, then measures
// both, runs runs each, up to three times while the time ratio is above
// Bound. It reports an error when the large input took more than Bound
// times the small one's time, or allocated more than Bound times its
// bytes plus slack (scratch buffers a collection may free between runs).
// It returns the last costs for further checks.
func Check(t testing.TB, small, large Input, runs int, slack uint64) (s, l Cost) {
	t.Helper()
	small.Run()
	large.Run()
	var r float64
	for range attempts {
		s, l = Measure(small.Run, runs), Measure(large.Run, runs)
		t.Logf("%d bytes: %v, %d bytes allocated; %d bytes: %v, %d bytes allocated",
			small.Size, s.Elapsed, s.Alloc, large.Size, l.Elapsed, l.Alloc)
		if r = float64(l.Elapsed) / float64(max(s.Elapsed, time.Microsecond)); r <= Bound {
			break
		}
	}
	if r > Bound {
		t.Errorf("%.1f× the input took %.1f× the time (%v, %v), want under %d×",
			float64(large.Size)/float64(max(small.Size, 1)), r, s.Elapsed, l.Elapsed, Bound)
	}
	if l.Alloc > Bound*s.Alloc+slack {
		t.Errorf("%.1f× the input allocated %d bytes, %d before; want under %d×",
			float64(large.Size)/float64(max(small.Size, 1)), l.Alloc, s.Alloc, Bound)
	}
	return s, l
}

package lineartest_test

import (
	"strings"
	"testing"

	"github.com/hearsaynlp/hearsay/internal/lineartest"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Logf(string, ...any)   {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func count(s string) (n int) {
	for i := range s {
		n += int(s[i])
	}
	return n
}

func TestCheck(t *testing.T) {
	small := strings.Repeat("a", 1<<9)
	large := strings.Repeat(small, lineartest.Factor)
	pairs := func(s string) { // quadratic
		n := 0
		for i := range s {
			n += count(s[i:])
		}
		_ = n
	}
	t.Run("linear passes", func(t *testing.T) {
		r := &recorder{TB: t}
		lineartest.Check(r, lineartest.Input{Size: len(small), Run: func() { count(small) }},
			lineartest.Input{Size: len(large), Run: func() { count(large) }}, 3, 1<<16)
		if r.failed {
			t.Error("a linear function failed the check")
		}
	})
	t.Run("quadratic fails", func(t *testing.T) {
		r := &recorder{TB: t}
		lineartest.Check(r, lineartest.Input{Size: len(small), Run: func() { pairs(small) }},
			lineartest.Input{Size: len(large), Run: func() { pairs(large) }}, 3, 1<<16)
		if !r.failed {
			t.Error("a quadratic function passed the check")
		}
	})
	t.Run("allocations", func(t *testing.T) {
		r := &recorder{TB: t}
		var sink []byte
		lineartest.Check(r, lineartest.Input{Size: 1, Run: func() { sink = make([]byte, 1<<10) }},
			lineartest.Input{Size: 8, Run: func() { sink = make([]byte, 1<<20) }}, 3, 0)
		_ = sink
		if !r.failed {
			t.Error("1024× the allocation passed the check")
		}
	})
}

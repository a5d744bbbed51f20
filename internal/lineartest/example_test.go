package lineartest_test

import (
	"fmt"
	"strings"

	"github.com/hearsaynlp/hearsay/internal/lineartest"
)

var sink string

// A function that builds its output in one pass allocates in proportion
// to its input: [Factor] times the input, [Factor] times the bytes. The
// time is measured too, but no example can print a time; a test gives
// both inputs to [Check], which compares them.
func ExampleMeasure() {
	small := strings.Repeat("ab", 512)
	large := strings.Repeat(small, lineartest.Factor)
	s := lineartest.Measure(func() { sink = strings.ToUpper(small) }, 3)
	l := lineartest.Measure(func() { sink = strings.ToUpper(large) }, 3)
	fmt.Printf("%d× the input, %d× the bytes\n", len(large)/len(small), l.Alloc/s.Alloc)
	// Output:
	// 8× the input, 8× the bytes
}

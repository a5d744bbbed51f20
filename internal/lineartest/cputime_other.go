//go:build !unix

package lineartest

import "time"

// cpuTime reports that this system gives no processor time: [Measure]
// falls back to the wall clock.
func cpuTime() (time.Duration, bool) { return 0, false }

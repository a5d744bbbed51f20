//go:build unix

package lineartest

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used so far, in user and
// system mode, and whether the system reports it.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}

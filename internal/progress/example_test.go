package progress_test

import (
	"fmt"
	"io"
	"time"

	"github.com/hearsaynlp/hearsay/internal/progress"
)

func ExampleMeter_Line() {
	start := time.Date(2025, 2, 18, 9, 0, 0, 0, time.UTC)
	now := start
	m := progress.New(io.Discard, progress.Options{Total: 50_000_000, Now: func() time.Time { return now }})
	for range 1000 {
		m.Add(1, 20_000, 3) // one document of 20 kB with 3 quotes
	}
	now = now.Add(2 * time.Second)
	fmt.Println(m.Line(now))
	// Output:
	// 1,000 docs  20.0 MB  10.0 MB/s  3,000 quotes  40%  ETA 0:03
}

// Package progress draws one progress line on a terminal while a program
// works through its input: documents done, throughput in MB/s, quotes
// found and, when the size of the input is known, the share done and an
// estimate of the time left.
//
//	1,204 docs  38.2 MB  12.4 MB/s  9,310 quotes  41%  ETA 0:04
//
// The line is redrawn in place (a carriage return, no escape sequences) at
// most a few times a second, and ended with a newline by [Meter.Done].
//
// # When it draws
//
// [Start] decides: only when the writer is a terminal (a character
// device; no dependency on a terminal library), the user did not ask for
// quiet, and the input is more than a few documents: more than
// [MinFiles] files or more than [MinBytes] bytes. When the size of the
// input cannot be known in advance (a pipe), the meter waits until
// [MinBytes] have been read before it draws. A nil *Meter is valid and
// does nothing, so a program calls its methods without checking.
//
// # Concurrency
//
// A Meter is used by one goroutine at a time.
package progress

// Command visualize shows who said what in an article, as a web page: each
// quote highlighted in its speaker's colour (grey when the speaker is
// unresolved), the cue and the source marked, the other mentions of each
// speaker underlined in its colour, the kind of quote and its stance
// beside it and in the hover text, and a side panel listing the speakers
// with their quotes. Quotes come from package quote, speakers from
// package speaker and stance from package stance.
//
// Usage:
//
//	visualize [-addr HOST:PORT] [-indirect] [-rules FILE]... [-nodefault]
//	visualize -html OUT.html [-indirect] [-rules FILE]... [-nodefault] FILE
//
// The first form starts a web server, on the loopback interface unless
// -addr says otherwise, with one page at "/": paste an article into the
// form or upload a text file, and the page shows the result. GET
// /?text=... shows the result for the text in the URL. Requests larger
// than 10 MB are refused with status 413 and a page that says so.
//
// The second form writes the same page, without the form, for FILE ("-"
// for standard input) to OUT.html ("-" for standard output): one
// self-contained file for a report.
//
// # Flags
//
//	-addr HOST:PORT   address to listen on (default 127.0.0.1:8080)
//	-indirect         also find reported speech without quote marks; in the
//	                  server it ticks the form's box by default
//	-html OUT.html    write the page for FILE to OUT.html and exit
//	-rules FILE       a stance rule file extending the default rules of
//	                  package stance (repeatable)
//	-nodefault        judge stance with the -rules files only
//
// A rule file with errors stops the program before it serves or writes
// anything, with every error of every file on standard error as
// FILE:LINE:COL: message, and exit status 2.
//
// # The page
//
// The page loads nothing from the network: its style is embedded in the
// program and it has no script. Its markup is also well-formed XML, and
// the article's text in it reads back as the input exactly (bytes that
// are not UTF-8, and the few control characters XML cannot carry, show
// as U+FFFD). Where spans overlap, the elements are split so that they
// nest.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/internal/record"
	"github.com/hearsaynlp/hearsay/stance"
)

func main() {
	os.Exit(cmd(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options is a parsed command line.
type options struct {
	addr     string
	indirect bool
	html     string
	rules    pipeline.Rules // rule files, in the order given
	own      bool           // -nodefault: the rule files without the default rules
	files    []string

	ruleSet *stance.RuleSet // compiled from rules; nil means the default rules
}

// parseFlags parses args; on error it has already written the reason
// and the usage to stderr.
func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("visualize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "`HOST:PORT` to listen on")
	fs.BoolVar(&o.indirect, "indirect", false, "also find reported speech without quote marks")
	fs.StringVar(&o.html, "html", "", "write the page for FILE to `OUT.html` (- for standard output) and exit")
	fs.Var(&o.rules, "rules", "stance rule `FILE` extending the default rules; may be repeated")
	fs.BoolVar(&o.own, "nodefault", false, "judge stance with the -rules files only, not the default rules")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: visualize [-addr HOST:PORT] [-indirect] [-rules FILE]... [-nodefault]\n"+
			"       visualize -html OUT.html [-indirect] [-rules FILE]... [-nodefault] FILE\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	o.files = fs.Args()
	var err error
	switch {
	case o.html == "" && len(o.files) > 0:
		err = errors.New("FILE is read only with -html (visualize -html OUT.html FILE); the server reads articles from its form")
	case o.html != "" && len(o.files) != 1:
		err = fmt.Errorf("-html needs exactly one FILE (- for standard input), got %d", len(o.files))
	}
	if err != nil {
		fmt.Fprintf(stderr, "visualize: %v\n", err)
		fs.Usage()
	}
	return o, err
}

// cmd runs the program and returns its exit status: 0 on success, 1 when
// a file cannot be read or written or the server fails, 2 for a bad
// command line or bad rule files.
func cmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2 // parseFlags has said why
	}
	load := o.rules.Load
	if o.own {
		load = o.rules.LoadOwn
	}
	var ok bool
	if o.ruleSet, ok = load(stderr, "visualize"); !ok {
		return 2 // Load has printed every problem
	}
	if o.html != "" {
		if err := writeStatic(o, stdin, stdout); err != nil {
			fmt.Fprintf(stderr, "visualize: %v\n", err)
			return 1
		}
		return 0
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		fmt.Fprintf(stderr, "visualize: %v\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := serve(ctx, ln, o, stderr); err != nil {
		fmt.Fprintf(stderr, "visualize: %v\n", err)
		return 1
	}
	return 0
}

// newServer returns the server of o.
func newServer(o options, logger *log.Logger) *server {
	return &server{
		direct:          newAnalyzer(false, o.ruleSet),
		indirect:        newAnalyzer(true, o.ruleSet),
		indirectDefault: o.indirect,
		log:             logger,
	}
}

// serve answers requests on ln until ctx is done, then closes it.
func serve(ctx context.Context, ln net.Listener, o options, stderr io.Writer) error {
	logger := log.New(stderr, "visualize: ", log.LstdFlags)
	srv := &http.Server{
		Handler:           newServer(o, logger),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		ErrorLog:          logger,
	}
	fmt.Fprintf(stderr, "visualize: serving on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	}
}

// writeStatic writes the page for o.files[0] to o.html.
func writeStatic(o options, stdin io.Reader, stdout io.Writer) error {
	r, name, closeInput, err := record.Open(o.files[0], stdin)
	if err != nil {
		return err
	}
	b, err := io.ReadAll(r)
	closeInput()
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	v := newAnalyzer(o.indirect, o.ruleSet).analyze(string(b))
	p := page{Title: "hearsay: " + visibleText(name), Static: true, Result: newResult(&v)}
	if o.html == "-" {
		return writePage(stdout, p)
	}
	f, err := os.Create(o.html)
	if err != nil {
		return err
	}
	if err := writePage(f, p); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

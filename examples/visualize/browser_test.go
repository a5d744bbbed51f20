//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "write the browser test's screenshot to testdata/visualize.png")

// chromiumPath returns the Chromium to drive: $CHROMIUM, else the first of
// the usual names on $PATH.
func chromiumPath() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return exec.LookPath(p)
	}
	var err error
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		var p string
		if p, err = exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", err
}

// browser is a headless Chromium driven over the DevTools protocol.
type browser struct {
	*cdp
	cmd    *exec.Cmd
	stderr bytes.Buffer
}

// startBrowser starts headless Chromium with a fresh profile and connects
// to its first page. Chromium and every process it started are stopped
// when the test ends.
func startBrowser(t *testing.T, path string) *browser {
	t.Helper()
	profile := t.TempDir()
	b := &browser{}
	b.cmd = exec.Command(path,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--disable-default-apps", "--hide-scrollbars",
		"--user-data-dir="+profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
		"--window-size=1400,1000", "about:blank")
	b.cmd.Stderr = &b.stderr
	// Its own process group, so that stopping it stops its renderers too.
	b.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := b.cmd.Start(); err != nil {
		t.Skipf("cannot start Chromium %s: %v", path, err)
	}
	exited := make(chan struct{})
	go func() { b.cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		if b.cdp != nil {
			b.call("Browser.close", nil, nil)
		}
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			syscall.Kill(-b.cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
		if t.Failed() {
			t.Logf("Chromium's stderr:\n%s", lastLines(b.stderr.String(), 30))
		}
	})

	// Chromium writes the port it chose to DevToolsActivePort.
	var port int
	deadline := time.Now().Add(60 * time.Second)
	for port == 0 {
		select {
		case <-exited:
			t.Fatalf("Chromium exited at start:\n%s", lastLines(b.stderr.String(), 30))
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("Chromium did not open its DevTools port in a minute:\n%s", lastLines(b.stderr.String(), 30))
		}
		if s, err := os.ReadFile(filepath.Join(profile, "DevToolsActivePort")); err == nil {
			first, _, _ := strings.Cut(string(s), "\n")
			port, _ = strconv.Atoi(first)
		}
		time.Sleep(50 * time.Millisecond)
	}
	var targets []struct {
		Type, URL, WebSocketDebuggerURL string
	}
	if err := getJSON(fmt.Sprintf("http://127.0.0.1:%d/json/list", port), &targets); err != nil {
		t.Fatal(err)
	}
	for _, tg := range targets {
		if tg.Type == "page" {
			ws, err := dialWS(tg.WebSocketDebuggerURL, 10*time.Second)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { ws.Close() })
			b.cdp = newCDP(ws)
			break
		}
	}
	if b.cdp == nil {
		t.Fatalf("Chromium has no page: %+v", targets)
	}
	for _, domain := range []string{"Page.enable", "Network.enable", "Runtime.enable"} {
		if err := b.call(domain, map[string]any{}, nil); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func getJSON(url string, v any) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v)
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// load runs action, which makes the page navigate, and waits until the new
// page has loaded. It returns the URL of every request the page made
// meanwhile.
func (b *browser) load(t *testing.T, action func() error) []string {
	t.Helper()
	b.drain()
	if err := action(); err != nil {
		t.Fatal(err)
	}
	var urls []string
	deadline := time.After(60 * time.Second)
	for {
		select {
		case m := <-b.events:
			switch m.Method {
			case "Network.requestWillBeSent":
				var p struct{ Request struct{ URL string } }
				json.Unmarshal(m.Params, &p)
				urls = append(urls, p.Request.URL)
			case "Page.loadEventFired":
				return urls
			}
		case <-b.done:
			t.Fatalf("lost the browser: %v", b.err)
		case <-deadline:
			t.Fatal("the page did not load in a minute")
		}
	}
}

// navigate loads url in the page.
func (b *browser) navigate(t *testing.T, url string) []string {
	t.Helper()
	return b.load(t, func() error {
		var r struct{ ErrorText string }
		if err := b.call("Page.navigate", map[string]any{"url": url}, &r); err != nil {
			return err
		}
		if r.ErrorText != "" {
			return fmt.Errorf("navigate to %s: %s", url, r.ErrorText)
		}
		return nil
	})
}

// shown is what the browser shows of a result page, read from its DOM
// and computed style.
type shown struct {
	URL     string
	Article *string // textContent of #text; nil when there is none
	Error   string
	Names   []string // the speaker panel's names, in order
	Content []struct {
		Q, Class, Text, Background string
	}
	Badges []string // the generated text beside each quote
	Grey   string   // background of an unresolved quote
}

const probe = `(() => {
	const text = document.getElementById('text');
	const err = document.getElementById('error');
	const bg = el => getComputedStyle(el).backgroundColor;
	const grey = document.querySelector('.legend .content.s-none');
	return {
		URL: location.href,
		Article: text ? text.textContent : null,
		Error: err ? err.textContent : '',
		Names: [...document.querySelectorAll('#speakers .speaker .name')].map(e => e.textContent),
		Content: [...document.querySelectorAll('#text .content')].map(e => ({Q: e.dataset.q, Class: e.className, Text: e.textContent, Background: bg(e)})),
		Badges: [...document.querySelectorAll('#text .badge')].map(e => getComputedStyle(e, '::after').content),
		Grey: grey ? bg(grey) : '',
	};
})()`

// TestBrowser starts the server, has headless Chromium upload the
// reference article through the page's form and paste it into the text
// area, and checks what the browser shows: the article exactly, each
// quote marked in its speaker's colour and labelled with its kind, and the
// speaker panel. It also opens the page written by -html. It saves a
// screenshot of the result to a temporary directory (testdata with
// -update) for people to look at.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped with -short: starts headless Chromium")
	}
	path, err := chromiumPath()
	if err != nil {
		t.Skipf("no Chromium to test in (install the Debian package chromium, or set $CHROMIUM): %v", err)
	}
	articlePath, err := filepath.Abs("../../testdata/riyadh-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	article := readArticle(t)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serve(ctx, ln, options{}, io.Discard) }()
	t.Cleanup(func() {
		cancel()
		if err := <-served; err != nil {
			t.Errorf("server: %v", err)
		}
	})
	home := "http://" + ln.Addr().String() + "/"

	b := startBrowser(t, path)
	checkRequests := func(urls []string) {
		t.Helper()
		for _, u := range urls {
			if !strings.HasPrefix(u, home) && !strings.HasPrefix(u, "file://") {
				t.Errorf("the page requested %s", u)
			}
		}
	}
	read := func() shown {
		t.Helper()
		var s shown
		if err := b.eval(probe, &s); err != nil {
			t.Fatal(err)
		}
		return s
	}

	// Upload the article as a file through the form.
	checkRequests(b.navigate(t, home))
	if s := read(); s.Article != nil || len(s.Names) != 0 {
		t.Fatalf("the empty form shows a result: %+v", s)
	}
	var doc struct{ Root struct{ NodeID int } }
	if err := b.call("DOM.getDocument", map[string]any{}, &doc); err != nil {
		t.Fatal(err)
	}
	var input struct{ NodeID int }
	if err := b.call("DOM.querySelector", map[string]any{"nodeId": doc.Root.NodeID, "selector": "#file-input"}, &input); err != nil {
		t.Fatal(err)
	}
	if err := b.call("DOM.setFileInputFiles", map[string]any{"nodeId": input.NodeID, "files": []string{articlePath}}, nil); err != nil {
		t.Fatal(err)
	}
	checkRequests(b.load(t, func() error { return b.eval(`document.getElementById('submit').click()`, nil) }))
	s := read()
	checkShown(t, "uploaded file", s, article, article)
	screenshot(t, b)

	// Paste it into the text area. Browsers send the lines of a text area
	// with CR LF ends, and the page shows the text as sent.
	checkRequests(b.navigate(t, home))
	js, _ := json.Marshal(article)
	checkRequests(b.load(t, func() error {
		return b.eval(`document.getElementById('text-input').value = `+string(js)+`; document.getElementById('submit').click()`, nil)
	}))
	crlf := strings.ReplaceAll(article, "\n", "\r\n")
	checkShown(t, "text area", read(), crlf, crlf)

	// Text that tries to break out of the page reads back as text.
	checkRequests(b.navigate(t, home+"?text="+url.QueryEscape(hostile)))
	var elements struct {
		Shown  shown
		Unsafe int
	}
	if err := b.eval(`({Shown: `+probe+`, Unsafe: document.querySelectorAll('script, img, style:not(head style), #text b').length})`, &elements); err != nil {
		t.Fatal(err)
	}
	if a := elements.Shown.Article; a == nil || *a != visibleText(hostile) {
		got := "(no article)"
		if a != nil {
			got = *a
		}
		t.Errorf("hostile text: the article in the browser differs from the input (-want +got):\n%s", cmp.Diff(visibleText(hostile), got))
	}
	if elements.Unsafe != 0 {
		t.Errorf("hostile text: the text made %d elements", elements.Unsafe)
	}

	// The page written by -html, opened as a file.
	out := filepath.Join(t.TempDir(), "riyadh-talks.html")
	if code := cmd([]string{"-html", out, articlePath}, nil, io.Discard, io.Discard); code != 0 {
		t.Fatalf("-html: exit status %d", code)
	}
	checkRequests(b.navigate(t, "file://"+out))
	checkShown(t, "static page", read(), article, article)
}

// checkShown compares what the browser shows with the view the program
// builds for analysed, the text the server received.
func checkShown(t *testing.T, name string, s shown, want, analysed string) {
	t.Helper()
	if s.Error != "" {
		t.Fatalf("%s: the page shows an error: %s", name, s.Error)
	}
	if s.Article == nil {
		t.Fatalf("%s: no article in the page at %s", name, s.URL)
	}
	if *s.Article != want {
		t.Errorf("%s: the article in the browser differs from the input (-want +got):\n%s", name, cmp.Diff(want, *s.Article))
	}
	v := newAnalyzer(false, nil).analyze(analysed)
	if len(v.Quotes) < 5 || len(v.Speakers) < 3 {
		t.Fatalf("%s: %d quotes and %d speakers in the reference article: the test needs more", name, len(v.Quotes), len(v.Speakers))
	}
	// The panel lists the speakers with quotes, then those only named.
	var names, named []string
	for _, sp := range v.Speakers {
		if len(sp.Quotes) > 0 {
			names = append(names, sp.Name)
		} else {
			named = append(named, sp.Name)
		}
	}
	names = append(names, named...)
	if diff := cmp.Diff(names, s.Names); diff != "" {
		t.Errorf("%s: speaker panel mismatch (-want +got):\n%s", name, diff)
	}
	// The highlighted text of each quote is its content, and each
	// speaker has a colour of its own.
	got := map[string]string{}
	colourOf := map[string]int{}
	for _, c := range s.Content {
		got[c.Q] += c.Text
		q, _ := strconv.Atoi(c.Q)
		sp := v.Quotes[q].speaker()
		if c.Background == "" || c.Background == "rgba(0, 0, 0, 0)" {
			t.Errorf("%s: quote %s is not highlighted: %+v", name, c.Q, c)
		}
		if sp < 0 {
			if c.Background == s.Grey {
				continue
			}
			t.Errorf("%s: unresolved quote %s has colour %s, want grey %s", name, c.Q, c.Background, s.Grey)
		}
		key := c.Background + " " + v.Quotes[q].Q.Kind.String()
		if prev, ok := colourOf[key]; ok && prev != sp {
			t.Errorf("%s: speakers %d and %d share the colour %s", name, prev, sp, c.Background)
		}
		colourOf[key] = sp
	}
	for i, q := range v.Quotes {
		var w strings.Builder
		for _, c := range q.Q.Content {
			w.WriteString(analysed[c.Start:c.End])
		}
		if g := got[strconv.Itoa(i)]; g != w.String() {
			t.Errorf("%s: quote %d highlights %q, want its content %q", name, i, g, w.String())
		}
	}
	if len(s.Badges) != len(v.Quotes) {
		t.Fatalf("%s: %d badges for %d quotes", name, len(s.Badges), len(v.Quotes))
	}
	stanced := 0
	for i, bd := range s.Badges {
		label := v.Quotes[i].Q.Kind.String()
		if l := v.Quotes[i].Stance.Label; l != "" {
			label += " · " + l
			stanced++
		}
		if want := strconv.Quote(label); bd != want {
			t.Errorf("%s: badge %d reads %s, want %s", name, i, bd, want)
		}
	}
	if stanced == 0 {
		t.Errorf("%s: no quote of the reference article has a stance label", name)
	}
}

// screenshot saves the whole page as a PNG in a temporary directory, or
// in testdata with -update, and logs where.
func screenshot(t *testing.T, b *browser) {
	t.Helper()
	var m struct {
		CSSContentSize struct{ Width, Height float64 }
	}
	if err := b.call("Page.getLayoutMetrics", map[string]any{}, &m); err != nil {
		t.Fatal(err)
	}
	var shot struct{ Data string }
	err := b.call("Page.captureScreenshot", map[string]any{
		"format": "png", "captureBeyondViewport": true,
		"clip": map[string]any{"x": 0, "y": 0, "width": m.CSSContentSize.Width, "height": m.CSSContentSize.Height, "scale": 1},
	}, &shot)
	if err != nil {
		t.Fatal(err)
	}
	png, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if *update {
		dir = "testdata"
	}
	path := filepath.Join(dir, "visualize.png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", path, len(png))
}

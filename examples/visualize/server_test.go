package main

import (
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const sample = "“We will not retreat,” Lavrov said, “never.” Rubio told reporters that the talks were “useful”."

// readArticle returns the bundled reference article.
func readArticle(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/riyadh-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// multipartBody returns a form body as a browser sends it, with the text
// area and, when file is not nil, an uploaded file.
func multipartBody(t testing.TB, text string, file []byte, indirect bool) (string, io.Reader) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	mw.WriteField("text", text)
	if file != nil {
		fw, err := mw.CreateFormFile("file", "article.txt")
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(file)
	} else {
		// A browser sends the file field empty when no file is chosen.
		fw, _ := mw.CreateFormFile("file", "")
		fw.Write(nil)
	}
	if indirect {
		mw.WriteField("indirect", "1")
	}
	mw.Close()
	return mw.FormDataContentType(), &b
}

func TestServer(t *testing.T) {
	article := readArticle(t)
	s := newServer(options{}, nil)
	tests := []struct {
		name        string
		req         func() *http.Request
		status      int
		text        string // the article the page must show; "" for none
		wantInError string
		speakers    []string // speaker names in the panel, in order, when set
	}{
		{
			name:   "empty form",
			req:    func() *http.Request { return httptest.NewRequest("GET", "/", nil) },
			status: http.StatusOK,
		},
		{
			name:     "text in the URL",
			req:      func() *http.Request { return httptest.NewRequest("GET", "/?text="+url.QueryEscape(sample), nil) },
			status:   http.StatusOK,
			text:     sample,
			speakers: []string{"Lavrov", "Rubio"},
		},
		{
			name: "text area",
			req: func() *http.Request {
				ct, body := multipartBody(t, sample, nil, false)
				r := httptest.NewRequest("POST", "/", body)
				r.Header.Set("Content-Type", ct)
				return r
			},
			status:   http.StatusOK,
			text:     sample,
			speakers: []string{"Lavrov", "Rubio"},
		},
		{
			name: "uploaded file wins over the text area",
			req: func() *http.Request {
				ct, body := multipartBody(t, "ignored", []byte(article), false)
				r := httptest.NewRequest("POST", "/", body)
				r.Header.Set("Content-Type", ct)
				return r
			},
			status: http.StatusOK,
			text:   article,
		},
		{
			name: "url-encoded form",
			req: func() *http.Request {
				r := httptest.NewRequest("POST", "/", strings.NewReader(url.Values{"text": {sample}}.Encode()))
				r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				return r
			},
			status: http.StatusOK,
			text:   sample,
		},
		{
			name: "hostile text",
			req: func() *http.Request {
				ct, body := multipartBody(t, "", []byte(hostile), true)
				r := httptest.NewRequest("POST", "/", body)
				r.Header.Set("Content-Type", ct)
				return r
			},
			status: http.StatusOK,
			text:   hostile,
		},
		{
			name: "too large",
			req: func() *http.Request {
				ct, body := multipartBody(t, "", bytes.Repeat([]byte("a"), defaultLimit), false)
				r := httptest.NewRequest("POST", "/", body)
				r.Header.Set("Content-Type", ct)
				return r
			},
			status:      http.StatusRequestEntityTooLarge,
			wantInError: "the article is too large: the limit is 10 MB",
		},
		{
			name: "no fields",
			req: func() *http.Request {
				r := httptest.NewRequest("POST", "/", strings.NewReader("x=1"))
				r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				return r
			},
			status:      http.StatusBadRequest,
			wantInError: `the form has neither a "file" nor a "text" field`,
		},
		{
			name: "broken multipart",
			req: func() *http.Request {
				r := httptest.NewRequest("POST", "/", strings.NewReader("--x\r\nbroken"))
				r.Header.Set("Content-Type", "multipart/form-data; boundary=x")
				return r
			},
			status:      http.StatusBadRequest,
			wantInError: "cannot read the form",
		},
		{
			name:        "other method",
			req:         func() *http.Request { return httptest.NewRequest("PUT", "/", nil) },
			status:      http.StatusMethodNotAllowed,
			wantInError: "method PUT is not allowed",
		},
		{
			name:   "other path",
			req:    func() *http.Request { return httptest.NewRequest("GET", "/style.css", nil) },
			status: http.StatusNotFound,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			s.ServeHTTP(w, tt.req())
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d\n%s", w.Code, tt.status, w.Body)
			}
			if tt.status == http.StatusNotFound {
				return
			}
			if ct := w.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			if csp := w.Header().Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'none'") {
				t.Errorf("Content-Security-Policy %q lets the page load resources", csp)
			}
			body := w.Body.String()
			p := parsePage(t, body)
			checkSelfContained(t, p)
			if p.elements["form"] != 1 {
				t.Errorf("the page has %d forms, want 1", p.elements["form"])
			}
			if tt.wantInError != "" {
				if !strings.Contains(p.errorText, tt.wantInError) {
					t.Errorf("page says %q, want %q", p.errorText, tt.wantInError)
				}
			}
			if tt.text == "" {
				if _, ok := p.ids["text"]; ok {
					t.Errorf("the page shows an article")
				}
				return
			}
			if want := visibleText(tt.text); p.article != want {
				t.Errorf("article text mismatch (-want +got):\n%s", cmp.Diff(want, p.article))
			}
			if p.byClass["att"] == 0 || p.byClass["content"] == 0 {
				t.Errorf("no quote is marked: %v", p.byClass)
			}
			if tt.speakers != nil {
				if diff := cmp.Diff(tt.speakers, p.names); diff != "" {
					t.Errorf("speakers mismatch (-want +got):\n%s", diff)
				}
			}
			if p.elements["script"] != 0 || p.elements["iframe"] != 0 || p.elements["img"] != 0 {
				t.Errorf("the text made elements: %v", p.elements)
			}
		})
	}
}

// hostile is text that tries to break out of the page.
const hostile = `</div></main><script>alert(1)</script><img src=x onerror=alert(2)>` +
	"\r\n“It's <b>fine</b> & \"safe\",” Ann said. ]]> <![CDATA[ x ]]> <!-- c --> &lt; \x00\x1b[31m \xff\xfe" +
	` <a href="javascript:alert(3)">x</a> {{.Text}} <style>body{display:none}</style>`

// checkSelfContained fails when the page refers to anything outside
// itself other than its own form and anchors.
func checkSelfContained(t testing.TB, p parsedPage) {
	t.Helper()
	for _, u := range p.urls {
		if !strings.HasPrefix(u, "#") && u != "/" {
			t.Errorf("the page refers to %q", u)
		}
	}
	for _, e := range []string{"script", "link", "img", "iframe", "object", "embed"} {
		if p.elements[e] != 0 {
			t.Errorf("the page has %d <%s> elements", p.elements[e], e)
		}
	}
}

func TestServerLimit(t *testing.T) {
	s := newServer(options{}, nil)
	s.limit = 1 << 10
	for _, n := range []int{500, 1 << 10} {
		ct, body := multipartBody(t, strings.Repeat("a", n), nil, false)
		r := httptest.NewRequest("POST", "/", body)
		r.Header.Set("Content-Type", ct)
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		want := http.StatusOK
		if n == 1<<10 {
			want = http.StatusRequestEntityTooLarge
		}
		if w.Code != want {
			t.Errorf("%d bytes of text: status %d, want %d", n, w.Code, want)
		}
		if want != http.StatusOK && !strings.Contains(w.Body.String(), "the limit is 1 KB") {
			t.Errorf("%d bytes of text: the page does not give the limit", n)
		}
	}
}

func TestServerIndirect(t *testing.T) {
	const text = "Lavrov said the talks were useful."
	for _, tt := range []struct {
		name      string
		def       bool
		query     string
		wantMarks int
	}{
		{"default off", false, "", 0},
		{"default on", true, "", 1},
		{"asked for", false, "&indirect=1", 1},
		{"asked not to", true, "&indirect=0", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := newServer(options{indirect: tt.def}, nil)
			w := httptest.NewRecorder()
			s.ServeHTTP(w, httptest.NewRequest("GET", "/?text="+url.QueryEscape(text)+tt.query, nil))
			p := parsePage(t, w.Body.String())
			if p.byClass["att"] != tt.wantMarks || (tt.wantMarks > 0 && p.byClass["k-indirect"] == 0) {
				t.Errorf("%d attributions marked (classes %v), want %d indirect", p.byClass["att"], p.byClass, tt.wantMarks)
			}
		})
	}
}

func TestStatic(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.html")
	var stderr bytes.Buffer
	if code := cmd([]string{"-html", out, "../../testdata/riyadh-talks.txt"}, nil, io.Discard, &stderr); code != 0 {
		t.Fatalf("exit status %d: %s", code, &stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	p := parsePage(t, string(b))
	checkSelfContained(t, p)
	if p.elements["form"] != 0 {
		t.Errorf("the static page has a form")
	}
	article := readArticle(t)
	if p.article != article {
		t.Errorf("article text mismatch (-want +got):\n%s", cmp.Diff(article, p.article))
	}
	v := newAnalyzer(false, nil).analyze(article)
	checkMarks(t, v, p)
	if len(p.names) != len(v.Speakers) || p.byClass["badge"] != len(v.Quotes) {
		t.Errorf("%d speakers and %d badges, want %d and %d", len(p.names), p.byClass["badge"], len(v.Speakers), len(v.Quotes))
	}
}

func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	labels := filepath.Join(dir, "labels.yaml")
	os.WriteFile(labels, []byte("schema: stance-rules/v1\nname: two\nversion: 1.0.0\nlabels:\n  against: {max: 0}\n  for: {min: 0}\n"), 0o644)
	broken := filepath.Join(dir, "broken.yaml")
	os.WriteFile(broken, []byte("schema: stance-rules/v1\nname: broken\nversion: 1.0.0\nlabels: 7\n"), 0o644)
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout string // a string the output must contain
		stderr string
	}{
		{"stdin to stdout", []string{"-html", "-", "-"}, sample, 0, `class="att`, ""},
		{"file without -html", []string{"x.txt"}, "", 2, "", "FILE is read only with -html"},
		{"-html without file", []string{"-html", "out.html"}, "", 2, "", "-html needs exactly one FILE"},
		{"missing file", []string{"-html", "-", "no/such/file.txt"}, "", 1, "", "no such file"},
		{"bad flag", []string{"-nope"}, "", 2, "", "flag provided but not defined"},
		{"help", []string{"-h"}, "", 0, "", "usage: visualize"},
		{"rules replacing the labels", []string{"-rules", labels, "-html", "-", "-"}, sample, 0, `data-label="direct · against"`, ""},
		{"rules with errors", []string{"-rules", broken, "-rules", "no/such.yaml", "-html", "-", "-"}, sample, 2, "", broken + ":4:"},
		{"missing rules", []string{"-rules", broken, "-rules", "no/such.yaml", "-html", "-", "-"}, sample, 2, "", "no/such.yaml"},
		{"own rules only", []string{"-nodefault", "-rules", labels, "-html", "-", "-"}, sample, 0, `data-label="direct · for"`, ""},
		{"no rules at all", []string{"-nodefault", "-html", "-", "-"}, sample, 2, "", "-nodefault leaves no rules"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := cmd(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tt.code, &stderr)
			}
			if !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stdout %.200q, stderr %q; want them to hold %q and %q", stdout.String(), stderr.String(), tt.stdout, tt.stderr)
			}
		})
	}
}

// TestServe runs the real server on a free loopback port, asks it for a
// page and stops it.
func TestServe(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var logs bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, options{}, &logs) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/?text=" + url.QueryEscape(sample))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if p := parsePage(t, string(body)); resp.StatusCode != http.StatusOK || p.article != sample {
		t.Errorf("status %d, article %q", resp.StatusCode, p.article)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
	if !strings.Contains(logs.String(), "serving on http://"+ln.Addr().String()+"/") {
		t.Errorf("serve did not say where it listens: %q", logs.String())
	}
}

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"mime"
	"net/http"
)

// defaultLimit is the largest request body the server reads, in bytes.
const defaultLimit = 10 << 20

// server answers on "/" with the page: the empty form for GET /, the
// analysed text for GET /?text=... and for a POST of the form. It is safe
// for concurrent use.
type server struct {
	// direct finds quotes with quote marks only; indirect also finds
	// reported speech. The form's box chooses between them.
	direct, indirect analyzer
	// indirectDefault ticks the box when the request does not say.
	indirectDefault bool
	limit           int64 // bytes; 0 means defaultLimit
	log             *log.Logger
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		http.NotFound(w, r)
		return
	}
	limit := s.limit
	if limit <= 0 {
		limit = defaultLimit
	}
	p := page{Limit: formatBytes(limit), Indirect: s.indirectDefault}
	var (
		text string
		has  bool
	)
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		q := r.URL.Query()
		text, has = q.Get("text"), q.Has("text")
		if q.Has("indirect") {
			p.Indirect = q.Get("indirect") != "" && q.Get("indirect") != "0"
		}
	case http.MethodPost:
		var status int
		var err error
		text, p.Indirect, status, err = s.readForm(w, r, limit)
		if err != nil {
			p.Error = err.Error()
			s.write(w, status, p)
			return
		}
		has = true
	default:
		w.Header().Set("Allow", "GET, HEAD, POST")
		p.Error = "method " + r.Method + " is not allowed: use GET or POST"
		s.write(w, http.StatusMethodNotAllowed, p)
		return
	}
	if has {
		p.Text = visibleText(text)
		a := s.direct
		if p.Indirect {
			a = s.indirect
		}
		v := a.analyze(text)
		p.Result = newResult(&v)
	}
	s.write(w, http.StatusOK, p)
}

// readForm reads the text of a POST: the uploaded file when there is one,
// else the text area. Both multipart/form-data and
// application/x-www-form-urlencoded bodies are read. On error it returns
// the HTTP status to answer with.
func (s *server) readForm(w http.ResponseWriter, r *http.Request, limit int64) (text string, indirect bool, status int, err error) {
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt == "multipart/form-data" {
		// The whole body is at most limit bytes: keep it in memory.
		err = r.ParseMultipartForm(limit)
	} else {
		err = r.ParseForm()
	}
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return "", false, http.StatusRequestEntityTooLarge,
				fmt.Errorf("the article is too large: the limit is %s; split it or run -html on the file", formatBytes(limit))
		}
		return "", false, http.StatusBadRequest, fmt.Errorf("cannot read the form: %v", err)
	}
	indirect = r.PostFormValue("indirect") != ""
	if f, _, ferr := r.FormFile("file"); ferr == nil {
		defer f.Close()
		var b bytes.Buffer
		if _, err := io.Copy(&b, f); err != nil {
			return "", false, http.StatusBadRequest, fmt.Errorf("cannot read the uploaded file: %v", err)
		}
		return b.String(), indirect, 0, nil
	} else if !errors.Is(ferr, http.ErrMissingFile) && !errors.Is(ferr, http.ErrNotMultipart) {
		return "", false, http.StatusBadRequest, fmt.Errorf("cannot read the uploaded file: %v", ferr)
	}
	if _, ok := r.PostForm["text"]; !ok {
		return "", false, http.StatusBadRequest, errors.New(`the form has neither a "file" nor a "text" field`)
	}
	return r.PostFormValue("text"), indirect, 0, nil
}

// write sends p with status. The page loads nothing from anywhere: the
// Content-Security-Policy header says so to the browser as well.
func (s *server) write(w http.ResponseWriter, status int, p page) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	var b bytes.Buffer
	if err := writePage(&b, p); err != nil {
		// The template and its data are the program's own: an error here
		// is a bug, not a bad request.
		s.logf("page: %v", err)
		http.Error(w, "internal error: cannot write the page", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

func (s *server) logf(format string, args ...any) {
	if s.log != nil {
		s.log.Printf(format, args...)
	}
}

// formatBytes writes n bytes for people: "10 MB", "512 KB", "300 bytes".
func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

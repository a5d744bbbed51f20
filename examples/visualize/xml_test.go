package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
)

// fragment is one element of the article: its class list, quote and the
// byte range of the article text it holds.
type fragment struct {
	class      []string
	q          string // data-q, or ""
	start, end int
}

// has reports whether f has class c.
func (f fragment) has(c string) bool {
	for _, x := range f.class {
		if x == c {
			return true
		}
	}
	return false
}

// parsedPage is a page read back with encoding/xml.
type parsedPage struct {
	article   string     // character data of the element with id "text"
	fragments []fragment // elements inside it, in document order of start tags
	ids       map[string]int
	// byClass counts elements anywhere in the page by class.
	byClass map[string]int
	// text of every element of the side panel with class "name", in order.
	names []string
	// urls are the values of every src, href and action attribute.
	urls []string
	// errorText is the text of the element with id "error".
	errorText string
	elements  map[string]int // count by element name
}

// voidElements are the HTML elements that may be written self-closed.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

var selfClosed = regexp.MustCompile(`<([A-Za-z][A-Za-z0-9]*)\b[^<>]*/>`)

// parsePage parses page strictly as XML and reads the article and side
// panel out of it. An HTML parser builds the same tree from it: every
// non-void element has an end tag, void elements are self-closed, and
// the only entities are XML's.
func parsePage(t testing.TB, page string) parsedPage {
	t.Helper()
	for _, m := range selfClosed.FindAllStringSubmatch(page, -1) {
		if !voidElements[strings.ToLower(m[1])] {
			t.Fatalf("non-void element written self-closed, which HTML reads as a start tag: %s", m[0])
		}
	}
	d := xml.NewDecoder(strings.NewReader(page))
	d.Strict = true
	p := parsedPage{ids: map[string]int{}, byClass: map[string]int{}, elements: map[string]int{}}
	var (
		depth        int
		articleDepth = -1 // depth of the article element while inside it
		nameDepth    = -1
		name         strings.Builder
		errorDepth   = -1
		errorText    strings.Builder
		open         []int // indexes into p.fragments of open elements in the article, -1 for others
		article      strings.Builder
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("page is not well-formed XML: %v\n%s", err, excerpt(page, d.InputOffset()))
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			p.elements[tok.Name.Local]++
			var f fragment
			f.q = "-"
			for _, a := range tok.Attr {
				switch a.Name.Local {
				case "id":
					if _, dup := p.ids[a.Value]; dup {
						t.Errorf("id %q is used twice", a.Value)
					}
					p.ids[a.Value] = article.Len()
					switch a.Value {
					case "text":
						articleDepth = depth
					case "error":
						errorDepth = depth
					}
				case "class":
					f.class = strings.Fields(a.Value)
					for _, c := range f.class {
						p.byClass[c]++
					}
				case "data-q":
					f.q = a.Value
				case "src", "href", "action":
					p.urls = append(p.urls, a.Value)
				}
			}
			if f.has("name") && nameDepth < 0 {
				nameDepth = depth
				name.Reset()
			}
			if articleDepth >= 0 && depth > articleDepth {
				f.start = article.Len()
				open = append(open, len(p.fragments))
				p.fragments = append(p.fragments, f)
			}
		case xml.EndElement:
			if articleDepth >= 0 && depth > articleDepth {
				p.fragments[open[len(open)-1]].end = article.Len()
				open = open[:len(open)-1]
			}
			if depth == errorDepth {
				errorDepth = -1
			}
			if depth == articleDepth {
				articleDepth = -2 // only one article
			}
			if depth == nameDepth {
				p.names = append(p.names, name.String())
				nameDepth = -1
			}
			depth--
		case xml.CharData:
			if articleDepth >= 0 && depth >= articleDepth {
				article.Write(tok)
			}
			if nameDepth >= 0 {
				name.Write(tok)
			}
			if errorDepth >= 0 {
				errorText.Write(tok)
			}
		}
	}
	p.article = article.String()
	p.errorText = errorText.String()
	return p
}

// excerpt shows page around offset off.
func excerpt(page string, off int64) string {
	lo, hi := max(0, int(off)-200), min(len(page), int(off)+200)
	return fmt.Sprintf("…%s…", page[lo:hi])
}

// covered returns the byte ranges of the article covered by the
// fragments with class c of quote q, merged where they touch.
func (p parsedPage) covered(c, q string) [][2]int {
	var r [][2]int
	for _, f := range p.fragments {
		if !f.has(c) || f.q != q || f.start == f.end {
			continue
		}
		if n := len(r); n > 0 && r[n-1][1] == f.start {
			r[n-1][1] = f.end
			continue
		}
		r = append(r, [2]int{f.start, f.end})
	}
	return r
}

package main

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"
	"unicode/utf8"
)

//go:embed page.html style.css
var assets embed.FS

// pageTemplate is the one page of the program. Its output is XHTML
// compatible: every element is closed or self-closed as XML requires and
// only the five predefined entities appear, so encoding/xml parses it.
var pageTemplate = template.Must(template.ParseFS(assets, "page.html"))

// style is the page's stylesheet. It contains neither '<' nor '&', so it
// is character data in XML as well as in HTML.
var style = func() template.CSS {
	b, err := assets.ReadFile("style.css")
	if err != nil {
		panic(err)
	}
	return template.CSS(b)
}()

// page is what the template shows.
type page struct {
	Title string
	// Static leaves out the form: the page is a report written by -html.
	Static   bool
	Text     string // the text in the form's text area
	Indirect bool   // the form's indirect box is ticked
	Limit    string // the largest request accepted, for people ("10 MB")
	Error    string
	Style    template.CSS
	Result   *result
}

// result is the analysed text.
type result struct {
	Article      template.HTML // from articleHTML
	SpeakerStyle template.CSS
	Speakers     []panelSpeaker // those with quotes, in order of appearance
	Mentioned    []panelSpeaker // the others: named in the text, never quoted
	Unresolved   []panelQuote
	Quotes       int
	HasStance    bool
}

// panelSpeaker is one speaker in the side panel.
type panelSpeaker struct {
	Index  int
	Class  string
	Name   string
	Detail string
	Quotes []panelQuote
}

// panelQuote is one quote in the side panel.
type panelQuote struct {
	Index  int
	Text   string
	Kind   string
	Stance string
}

// newResult builds the result part of the page from v.
func newResult(v *view) *result {
	r := &result{
		Article:      template.HTML(articleHTML(v)),
		SpeakerStyle: template.CSS(speakerStyle(len(v.Speakers))),
		Quotes:       len(v.Quotes),
		HasStance:    v.HasStance,
	}
	for i, s := range v.Speakers {
		ps := panelSpeaker{Index: i, Class: speakerClass(i), Name: visibleText(s.Name), Detail: visibleText(s.Detail)}
		for _, q := range s.Quotes {
			ps.Quotes = append(ps.Quotes, newPanelQuote(v, q))
		}
		if len(ps.Quotes) > 0 {
			r.Speakers = append(r.Speakers, ps)
		} else {
			r.Mentioned = append(r.Mentioned, ps)
		}
	}
	for i := range v.Quotes {
		if len(v.Quotes[i].Speakers) == 0 {
			r.Unresolved = append(r.Unresolved, newPanelQuote(v, i))
		}
	}
	return r
}

// panelLimit is the longest quote text shown in the side panel, in code
// points; the article shows all of it.
const panelLimit = 240

func newPanelQuote(v *view, i int) panelQuote {
	q := &v.Quotes[i]
	var parts []string
	for _, c := range q.Q.Content {
		if c.Start >= 0 && c.Start < c.End && c.End <= len(v.Text) {
			parts = append(parts, strings.Join(strings.Fields(v.Text[c.Start:c.End]), " "))
		}
	}
	text := strings.Join(parts, " … ")
	if utf8.RuneCountInString(text) > panelLimit {
		n := 0
		for j := range text {
			if n == panelLimit {
				text = text[:j] + " …"
				break
			}
			n++
		}
	}
	return panelQuote{Index: i, Text: visibleText(text), Kind: q.Q.Kind.String(), Stance: stanceText(q.Stance)}
}

// palette holds the first speakers' colours, chosen to be told apart and to
// keep black text readable; later speakers step round the hue circle.
var palette = []string{
	"#8ecae6", "#ffb703", "#b5e48c", "#f4a3c0", "#c3aed6",
	"#ffd6a5", "#90e0c0", "#f6bd60", "#a0c4ff", "#e9c46a",
}

// speakerStyle returns the rules that give speakers 0 to n-1 their colour
// and highlight a speaker's quotes in the article while the pointer is on
// the speaker in the side panel.
func speakerStyle(n int) string {
	var b strings.Builder
	for i := range n {
		c := ""
		if i < len(palette) {
			c = palette[i]
		} else {
			c = fmt.Sprintf("hsl(%d 70%% 78%%)", (i*137+20)%360)
		}
		fmt.Fprintf(&b, ".s%d{--c:%s}\n", i, c)
		fmt.Fprintf(&b, "body:has(.speaker.s%d:hover) .text .content.s%d{outline:2px solid #222}\n", i, i)
	}
	return b.String()
}

// writePage writes p with the program's style.
func writePage(w io.Writer, p page) error {
	p.Style = style
	if p.Title == "" {
		p.Title = "hearsay: who said what"
	}
	return pageTemplate.Execute(w, p)
}

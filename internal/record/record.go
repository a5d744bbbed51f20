package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/hearsaynlp/hearsay/internal/offsets"
	"github.com/hearsaynlp/hearsay/quote"
)

// Pair is a span as written in the output: [start, end] in the chosen unit.
type Pair [2]int

// Record is one output line: a quote with its offsets converted to the
// chosen unit and the text they cover. The field order is the key order of
// the output, a contract documented by examples/attribute.
type Record struct {
	Doc          string   `json:"doc"`
	Kind         string   `json:"kind"`
	Span         Pair     `json:"span"`
	Content      []Pair   `json:"content"`
	Cue          *Pair    `json:"cue"`    // nil when the quote has no cue
	Source       *Pair    `json:"source"` // nil when the text names no source
	Speaker      string   `json:"speaker"`
	Rule         string   `json:"rule"`
	Unclosed     bool     `json:"unclosed"`
	CueLemma     string   `json:"cue_lemma"`
	CueClass     string   `json:"cue_class"`
	Negated      bool     `json:"negated"`
	Text         string   `json:"text"`
	ContentTexts []string `json:"content_texts"`
	CueText      *string  `json:"cue_text"`
	SourceText   *string  `json:"source_text"`
}

// New builds the record of q, a quote found in text, the document called
// doc, converting its byte offsets with ix, an index of text. It reports
// an error, rather than panicking, when a span of q does not fit in text.
func New(doc, text string, q quote.Quote, ix *offsets.Index) (Record, error) {
	check := func(what string, s quote.Span) error {
		if s.Start < 0 || s.Start > s.End || s.End > len(text) {
			return fmt.Errorf("%s [%d,%d) is not a span of the %d-byte text", what, s.Start, s.End, len(text))
		}
		return nil
	}
	if err := check("span", q.Span); err != nil {
		return Record{}, err
	}
	for _, c := range q.Content {
		if err := check("content", c); err != nil {
			return Record{}, err
		}
	}
	if err := check("cue", q.Cue.Span); err != nil {
		return Record{}, err
	}
	if err := check("source", q.Source); err != nil {
		return Record{}, err
	}

	conv := func(s quote.Span) Pair { return Pair{ix.Offset(s.Start), ix.Offset(s.End)} }
	slice := func(s quote.Span) string { return offsets.ReplaceInvalid(text[s.Start:s.End]) }
	r := Record{
		Doc:          doc,
		Kind:         q.Kind.String(),
		Span:         conv(q.Span),
		Content:      make([]Pair, len(q.Content)),
		Rule:         q.Rule,
		Unclosed:     q.Unclosed,
		CueLemma:     q.Cue.Lemma,
		Negated:      q.Cue.Negated,
		Text:         slice(q.Span),
		ContentTexts: make([]string, len(q.Content)),
	}
	if q.Cue.Class != 0 {
		r.CueClass = q.Cue.Class.String()
	}
	for i, c := range q.Content {
		r.Content[i] = conv(c)
		r.ContentTexts[i] = slice(c)
	}
	if !q.Cue.Span.IsZero() {
		p, t := conv(q.Cue.Span), slice(q.Cue.Span)
		r.Cue, r.CueText = &p, &t
	}
	if !q.Source.IsZero() {
		p, t := conv(q.Source), slice(q.Source)
		r.Source, r.SourceText = &p, &t
	}
	return r, nil
}

// AppendJSON appends r to b as one line of JSON, without the final
// newline, and returns the extended slice. Keys are in field order,
// absent spans are null, and characters such as < and & are written as
// they are (no HTML escaping), so a line reads the way its text does.
func (r *Record) AppendJSON(b []byte) ([]byte, error) {
	buf := bytes.NewBuffer(b)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return b, err
	}
	out := buf.Bytes()
	return out[:len(out)-1], nil // Encode ends the value with a newline
}

// WriteText writes r as a block for people to read, such as
//
//	riyadh.txt: direct quote-comma-source-cue [120,190)
//	  content [120,151) "“We will not retreat,”"
//	  cue     [152,156) "said" say neutral
//	  source  [157,163) "Lavrov"
//
// followed by a blank line. Texts are Go-quoted so that line breaks and
// spaces inside them stay visible.
func (r *Record) WriteText(w *bufio.Writer) error {
	fmt.Fprintf(w, "%s: %s %s [%d,%d)", r.Doc, r.Kind, r.Rule, r.Span[0], r.Span[1])
	if r.Unclosed {
		w.WriteString(" unclosed")
	}
	w.WriteByte('\n')
	for i, c := range r.Content {
		fmt.Fprintf(w, "  content [%d,%d) %q\n", c[0], c[1], r.ContentTexts[i])
	}
	if r.Cue != nil {
		fmt.Fprintf(w, "  cue     [%d,%d) %q", r.Cue[0], r.Cue[1], *r.CueText)
		for _, s := range []string{r.CueLemma, r.CueClass} {
			if s != "" {
				fmt.Fprintf(w, " %s", s)
			}
		}
		if r.Negated {
			w.WriteString(" negated")
		}
		w.WriteByte('\n')
	}
	if r.Source != nil {
		fmt.Fprintf(w, "  source  [%d,%d) %q\n", r.Source[0], r.Source[1], *r.SourceText)
	}
	_, err := w.WriteString("\n")
	return err
}

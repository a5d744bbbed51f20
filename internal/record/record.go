package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"

	"strings"

	"github.com/hearsaynlp/hearsay/internal/offsets"
	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/stance"
)

// Pair is a span as written in the output: [start, end] in the chosen unit.
type Pair [2]int

// Record is one output line: a quote with its offsets converted to the
// chosen unit and the text they cover. The field order is the key order of
// the output, a contract documented by examples/attribute.
type Record struct {
	Doc           string   `json:"doc"`
	Kind          string   `json:"kind"`
	Span          Pair     `json:"span"`
	Content       []Pair   `json:"content"`
	Cue           *Pair    `json:"cue"`    // nil when the quote has no cue
	Source        *Pair    `json:"source"` // nil when the text names no source
	Speaker       string   `json:"speaker"`
	SpeakerType   string   `json:"speaker_type"`
	SpeakerMethod string   `json:"speaker_method"`
	Rule          string   `json:"rule"`
	Unclosed      bool     `json:"unclosed"`
	CueLemma      string   `json:"cue_lemma"`
	CueClass      string   `json:"cue_class"`
	Negated       bool     `json:"negated"`
	Belief        bool     `json:"belief"`    // the cue is a verb of thought ("thinks"), not of speech
	Addressee     *Pair    `json:"addressee"` // who was told ("reporters"), inside the cue; nil when none
	Channel       *Pair    `json:"channel"`   // the medium ("a statement"), inside the cue; nil when none
	Text          string   `json:"text"`
	ContentTexts  []string `json:"content_texts"`
	CueText       *string  `json:"cue_text"`
	SourceText    *string  `json:"source_text"`
	AddresseeText *string  `json:"addressee_text"`
	ChannelText   *string  `json:"channel_text"`
	Stance        *Stance  `json:"stance"` // nil when stance was not judged
}

// Stance is a [stance.Result] as written in the output: the same keys,
// with the spans of the rules that fired converted to the output's unit
// and the numbers rounded ([Score]). examples/stance writes it too.
type Stance struct {
	Label   string  `json:"label"`
	Score   Score   `json:"score"`
	Hedged  bool    `json:"hedged"`
	Negated bool    `json:"negated"`
	Target  string  `json:"target,omitempty"`
	Aligns  string  `json:"aligns,omitempty"`
	Rules   []Fired `json:"rules"`
}

// Fired is a [stance.Fired] as written in the output.
type Fired struct {
	Rule   string `json:"rule"`
	Pos    string `json:"pos"`
	Span   *Pair  `json:"span"` // nil for a rule fired by the cue's class
	Weight Score  `json:"weight,omitempty"`
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
	if err := check("addressee", q.Cue.Addressee); err != nil {
		return Record{}, err
	}
	if err := check("channel", q.Cue.Channel); err != nil {
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
		Belief:       q.Cue.Belief,
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
	if !q.Cue.Addressee.IsZero() {
		p, t := conv(q.Cue.Addressee), slice(q.Cue.Addressee)
		r.Addressee, r.AddresseeText = &p, &t
	}
	if !q.Cue.Channel.IsZero() {
		p, t := conv(q.Cue.Channel), slice(q.Cue.Channel)
		r.Channel, r.ChannelText = &p, &t
	}
	return r, nil
}

// FromPipeline returns the records of the attributions of res, which a
// [pipeline.Pipeline] found in text, the document called doc, converting
// offsets with ix, an index of text. Each record names its speakers
// (canonical names joined by "; "), their types (joined the same way),
// the method that decided them, and the stance of the quote. An
// attribution whose spans do not fit in text is left out, and its error,
// which names it "quote N" counting from 1, is returned in errs.
func FromPipeline(doc, text string, res *pipeline.Result, ix *offsets.Index) (recs []Record, errs []error) {
	recs = make([]Record, 0, len(res.Doc.Attributions))
	for i, a := range res.Doc.Attributions {
		r, err := New(doc, text, a.Quote, ix)
		if err == nil && i < len(res.Stances) {
			r.Stance, err = NewStance(res.Stances[i], text, ix)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("quote %d: %w", i+1, err))
			continue
		}
		r.Speaker = strings.Join(res.Speakers(i), "; ")
		types := make([]string, 0, len(a.Speakers))
		for _, s := range a.Speakers {
			if s >= 0 && s < len(res.Doc.Speakers) {
				types = append(types, res.Doc.Speakers[s].Type.String())
			}
		}
		r.SpeakerType = strings.Join(types, "; ")
		r.SpeakerMethod = a.Method.String()
		recs = append(recs, r)
	}
	return recs, errs
}

// NewStance converts st, judged on text, to its output form, converting
// the spans of the rules that fired with ix, an index of text. It reports
// an error, rather than panicking, when such a span does not fit in text.
func NewStance(st stance.Result, text string, ix *offsets.Index) (*Stance, error) {
	out := &Stance{
		Label: st.Label, Score: Score(st.Score), Hedged: st.Hedged, Negated: st.Negated,
		Target: st.Target, Aligns: st.Aligns, Rules: make([]Fired, len(st.Fired)),
	}
	for i, f := range st.Fired {
		out.Rules[i] = Fired{Rule: f.Rule, Pos: f.Pos, Weight: Score(f.Weight)}
		if f.Span.IsZero() {
			continue
		}
		if f.Span.Start < 0 || f.Span.Start > f.Span.End || f.Span.End > len(text) {
			return nil, fmt.Errorf("stance rule %q [%d,%d) is not a span of the %d-byte text", f.Rule, f.Span.Start, f.Span.End, len(text))
		}
		out.Rules[i].Span = &Pair{ix.Offset(f.Span.Start), ix.Offset(f.Span.End)}
	}
	return out, nil
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
//	  speaker "Sergei Lavrov" person surname
//	  stance  oppose -0.50 negated; term retreat; negator not
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
		if r.Belief {
			w.WriteString(" belief")
		}
		w.WriteByte('\n')
	}
	if r.Addressee != nil {
		fmt.Fprintf(w, "  to      [%d,%d) %q\n", r.Addressee[0], r.Addressee[1], *r.AddresseeText)
	}
	if r.Channel != nil {
		fmt.Fprintf(w, "  channel [%d,%d) %q\n", r.Channel[0], r.Channel[1], *r.ChannelText)
	}
	if r.Source != nil {
		fmt.Fprintf(w, "  source  [%d,%d) %q\n", r.Source[0], r.Source[1], *r.SourceText)
	}
	if r.SpeakerMethod != "" {
		fmt.Fprintf(w, "  speaker %q", r.Speaker)
		if r.SpeakerType != "" {
			fmt.Fprintf(w, " %s", r.SpeakerType)
		}
		fmt.Fprintf(w, " %s\n", r.SpeakerMethod)
	}
	if st := r.Stance; st != nil {
		fmt.Fprintf(w, "  stance  %s %+.2f", st.Label, st.Score)
		if st.Hedged {
			w.WriteString(" hedged")
		}
		if st.Negated {
			w.WriteString(" negated")
		}
		if st.Target != "" {
			fmt.Fprintf(w, " target %q", st.Target)
		}
		if st.Aligns != "" {
			fmt.Fprintf(w, " aligns %q", st.Aligns)
		}
		for _, f := range st.Rules {
			fmt.Fprintf(w, "; %s", f.Rule)
		}
		w.WriteByte('\n')
	}
	_, err := w.WriteString("\n")
	return err
}

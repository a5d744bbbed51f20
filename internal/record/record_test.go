package record

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/internal/offsets"
	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/quote"
)

// sampleText has two-, three- and four-byte runes (the emoji is above
// U+FFFF, two UTF-16 units) before and inside the spans of sampleQuote.
const sampleText = "“Zoë’s plan — ok,” said 😀 Müller, “fine.”"

// span returns the byte span of the first sub in text.
func span(t testing.TB, text, sub string) quote.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	return quote.Span{Start: i, End: i + len(sub)}
}

// sampleQuote is the attribution of sampleText, interrupted by its cue.
func sampleQuote(t testing.TB) quote.Quote {
	return quote.Quote{
		Kind:    quote.Direct,
		Span:    quote.Span{Start: 0, End: len(sampleText)},
		Content: []quote.Span{span(t, sampleText, "“Zoë’s plan — ok,”"), span(t, sampleText, "“fine.”")},
		Cue:     quote.Cue{Span: span(t, sampleText, "said"), Lemma: "say", Class: quote.Neutral},
		Source:  span(t, sampleText, "😀 Müller"),
		Rule:    "quote-cue-source-quote",
	}
}

func ptr[T any](v T) *T { return &v }

func TestNewRecord(t *testing.T) {
	texts := func(r *Record) {
		r.Text = sampleText
		r.ContentTexts = []string{"“Zoë’s plan — ok,”", "“fine.”"}
		r.CueText, r.SourceText = ptr("said"), ptr("😀 Müller")
	}
	// The rune and UTF-16 offsets are those Python and JavaScript report
	// for the same substrings.
	tests := []struct {
		unit offsets.Unit
		want Record
	}{
		{offsets.Byte, Record{
			Span: Pair{0, 58}, Content: []Pair{{0, 27}, {47, 58}},
			Cue: &Pair{28, 32}, Source: &Pair{33, 45},
		}},
		{offsets.Rune, Record{
			Span: Pair{0, 41}, Content: []Pair{{0, 18}, {34, 41}},
			Cue: &Pair{19, 23}, Source: &Pair{24, 32},
		}},
		{offsets.UTF16, Record{
			Span: Pair{0, 42}, Content: []Pair{{0, 18}, {35, 42}},
			Cue: &Pair{19, 23}, Source: &Pair{24, 33},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.unit.String(), func(t *testing.T) {
			want := tt.want
			want.Doc, want.Kind, want.Rule = "doc-1", "direct", "quote-cue-source-quote"
			want.CueLemma, want.CueClass = "say", "neutral"
			texts(&want)
			got, err := New("doc-1", sampleText, sampleQuote(t), offsets.NewIndex(sampleText, tt.unit))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("New mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// sliceIn returns text[p[0]:p[1]] with p counted in unit, the way a Python
// (rune) or JavaScript (UTF-16) consumer slices.
func sliceIn(text string, unit offsets.Unit, p Pair) string {
	switch unit {
	case offsets.Rune:
		return string([]rune(text)[p[0]:p[1]])
	case offsets.UTF16:
		return string(utf16.Decode(utf16.Encode([]rune(text))[p[0]:p[1]]))
	}
	return text[p[0]:p[1]]
}

// TestRecordSlices checks that slicing in every unit gives the texts that
// byte slicing gives.
func TestRecordSlices(t *testing.T) {
	q := sampleQuote(t)
	for _, unit := range []offsets.Unit{offsets.Byte, offsets.Rune, offsets.UTF16} {
		t.Run(unit.String(), func(t *testing.T) {
			r, err := New("d", sampleText, q, offsets.NewIndex(sampleText, unit))
			if err != nil {
				t.Fatal(err)
			}
			type texts struct {
				Span, Cue, Source string
				Content           []string
			}
			byteSlice := func(s quote.Span) string { return sampleText[s.Start:s.End] }
			want := texts{Span: byteSlice(q.Span), Cue: byteSlice(q.Cue.Span), Source: byteSlice(q.Source)}
			got := texts{
				Span:   sliceIn(sampleText, unit, r.Span),
				Cue:    sliceIn(sampleText, unit, *r.Cue),
				Source: sliceIn(sampleText, unit, *r.Source),
			}
			for i, c := range q.Content {
				want.Content = append(want.Content, byteSlice(c))
				got.Content = append(got.Content, sliceIn(sampleText, unit, r.Content[i]))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("texts sliced in %v mismatch (-want +got):\n%s", unit, diff)
			}
			if diff := cmp.Diff(want.Content, r.ContentTexts); diff != "" {
				t.Errorf("content_texts mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRecordJSON pins the encoding: one line without a newline, appended, key order, null for absent spans, an
// empty content array rather than null, and no HTML escaping.
func TestRecordJSON(t *testing.T) {
	text := "Officials said <b>talks</b> & more would follow."
	q := quote.Quote{Kind: quote.Indirect, Span: span(t, text, "<b>talks</b> & more"), Rule: "test"}
	r, err := New("x.txt", text, q, offsets.NewIndex(text, offsets.Byte))
	if err != nil {
		t.Fatal(err)
	}
	got, err := r.AppendJSON([]byte("prefix "))
	if err != nil {
		t.Fatal(err)
	}
	want := `prefix {"doc":"x.txt","kind":"indirect","span":[15,34],"content":[],"cue":null,"source":null,` +
		`"speaker":"","speaker_type":"","speaker_method":"","rule":"test","unclosed":false,"cue_lemma":"","cue_class":"","negated":false,` +
		`"belief":false,"addressee":null,"channel":null,` +
		`"text":"<b>talks</b> & more","content_texts":[],"cue_text":null,"source_text":null,` +
		`"addressee_text":null,"channel_text":null,"stance":null}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("encoded record mismatch (-want +got):\n%s", diff)
	}
}

func TestNewRecordInvalidUTF8(t *testing.T) {
	text := "\xe2\x82“ok,” he said"
	q := quote.Quote{Kind: quote.Direct, Span: quote.Span{Start: 0, End: len(text)}, Content: []quote.Span{span(t, text, "“ok,”")}}
	r, err := New("d", text, q, offsets.NewIndex(text, offsets.Rune))
	if err != nil {
		t.Fatal(err)
	}
	// Python: b"\xe2\x82\xe2\x80\x9cok,\xe2\x80\x9d he said".decode("utf-8", "replace")
	// is "\ufffd“ok,” he said": one U+FFFD for the truncated sequence.
	want := Record{
		Doc: "d", Kind: "direct", Span: Pair{0, 14}, Content: []Pair{{1, 6}},
		Text: "\uFFFD“ok,” he said", ContentTexts: []string{"“ok,”"},
	}
	if diff := cmp.Diff(want, r); diff != "" {
		t.Errorf("New mismatch (-want +got):\n%s", diff)
	}
}

func TestNewRecordBadSpan(t *testing.T) {
	text := "He said so."
	tests := []struct {
		name string
		q    quote.Quote
		want string
	}{
		{"span past the end", quote.Quote{Span: quote.Span{Start: 3, End: 12}}, "span [3,12) is not a span of the 11-byte text"},
		{"reversed content", quote.Quote{Span: quote.Span{End: 11}, Content: []quote.Span{{Start: 5, End: 4}}}, "content [5,4) is not a span of the 11-byte text"},
		{"negative cue", quote.Quote{Span: quote.Span{End: 11}, Cue: quote.Cue{Span: quote.Span{Start: -1, End: 2}}}, "cue [-1,2) is not a span of the 11-byte text"},
		{"source past the end", quote.Quote{Span: quote.Span{End: 11}, Source: quote.Span{Start: 10, End: 20}}, "source [10,20) is not a span of the 11-byte text"},
		{"addressee past the end", quote.Quote{Span: quote.Span{End: 11}, Cue: quote.Cue{Addressee: quote.Span{Start: 9, End: 12}}}, "addressee [9,12) is not a span of the 11-byte text"},
		{"reversed channel", quote.Quote{Span: quote.Span{End: 11}, Cue: quote.Cue{Channel: quote.Span{Start: 4, End: 3}}}, "channel [4,3) is not a span of the 11-byte text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New("d", text, tt.q, offsets.NewIndex(text, offsets.Rune))
			got := ""
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("New error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWriteText(t *testing.T) {
	r, err := New("doc-1", sampleText, sampleQuote(t), offsets.NewIndex(sampleText, offsets.Rune))
	if err != nil {
		t.Fatal(err)
	}
	r.Unclosed, r.Negated = true, true
	r.Speaker, r.SpeakerType, r.SpeakerMethod = "Zoë Müller", "person", "surname"
	r.Stance = &Stance{Label: "oppose", Score: -0.5, Hedged: true, Negated: true, Target: "plan", Aligns: "Berg",
		Rules: []Fired{{Rule: "term fine"}, {Rule: "frame deny"}}}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if err := r.WriteText(w); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	want := `doc-1: direct quote-cue-source-quote [0,41) unclosed
  content [0,18) "“Zoë’s plan — ok,”"
  content [34,41) "“fine.”"
  cue     [19,23) "said" say neutral negated
  source  [24,32) "😀 Müller"
  speaker "Zoë Müller" person surname
  stance  oppose -0.50 hedged negated target "plan" aligns "Berg"; term fine; frame deny

`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("WriteText mismatch (-want +got):\n%s", diff)
	}
}

// TestCueParts checks that the addressee, channel and belief of a cue
// reach the record, converted like every other span, and the text block.
func TestCueParts(t *testing.T) {
	text := "Müller told 😀 reporters in a statement that the plan was fine."
	q := quote.Quote{
		Kind:    quote.Indirect,
		Span:    quote.Span{Start: 0, End: len(text) - 1},
		Content: []quote.Span{span(t, text, "that the plan was fine")},
		Cue: quote.Cue{Span: span(t, text, "told 😀 reporters in a statement"), Lemma: "tell", Class: quote.Neutral,
			Addressee: span(t, text, "😀 reporters"), Channel: span(t, text, "a statement")},
		Source: span(t, text, "Müller"),
		Rule:   "indirect-source-cue",
	}
	r, err := New("d", text, q, offsets.NewIndex(text, offsets.Rune))
	if err != nil {
		t.Fatal(err)
	}
	// Python: text.index("😀 reporters") == 12, text.index("a statement") == 27.
	if diff := cmp.Diff(&Pair{12, 23}, r.Addressee); diff != "" {
		t.Errorf("addressee mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(&Pair{27, 38}, r.Channel); diff != "" {
		t.Errorf("channel mismatch (-want +got):\n%s", diff)
	}
	if r.AddresseeText == nil || *r.AddresseeText != "😀 reporters" || r.ChannelText == nil || *r.ChannelText != "a statement" {
		t.Errorf("addressee and channel texts = %v, %v; want the texts of their spans", r.AddresseeText, r.ChannelText)
	}
	r.Belief = true
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if err := r.WriteText(w); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	want := `d: indirect indirect-source-cue [0,61)
  content [39,61) "that the plan was fine"
  cue     [7,38) "told 😀 reporters in a statement" tell neutral belief
  to      [12,23) "😀 reporters"
  channel [27,38) "a statement"
  source  [0,6) "Müller"

`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("WriteText mismatch (-want +got):\n%s", diff)
	}
}

func TestFromPipeline(t *testing.T) {
	text := "Zoë Müller 😀 arrived. “This is a constructive step,” Müller said, and “It will fail,” said a senior official."
	res := pipeline.New(pipeline.Options{}).Run(text)
	recs, errs := FromPipeline("d", text, &res, offsets.NewIndex(text, offsets.Rune))
	if len(errs) > 0 || len(recs) != 2 {
		t.Fatalf("FromPipeline = %d records, errors %v; want 2 records", len(recs), errs)
	}
	type who struct{ Speaker, Type, Method string }
	var got []who
	for _, r := range recs {
		got = append(got, who{r.Speaker, r.SpeakerType, r.SpeakerMethod})
		if r.Stance == nil {
			t.Fatalf("record %q has no stance", r.Text)
		}
	}
	want := []who{{"Zoë Müller", "person", "surname"}, {"a senior official", "anonymous", "named"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("speakers mismatch (-want +got):\n%s", diff)
	}
	// The spans of the rules that fired are in the output's unit, like
	// every other span, and cover the words the byte spans cover.
	for i, r := range recs {
		st := res.Stances[i]
		if r.Stance.Label != st.Label || float64(r.Stance.Score) != st.Score || len(r.Stance.Rules) != len(st.Fired) {
			t.Fatalf("record stance %+v does not carry %+v", r.Stance, st)
		}
		for j, f := range st.Fired {
			if f.Span.IsZero() {
				if r.Stance.Rules[j].Span != nil {
					t.Errorf("rule %q without a span has span %v", f.Rule, r.Stance.Rules[j].Span)
				}
				continue
			}
			if got, want := sliceIn(text, offsets.Rune, *r.Stance.Rules[j].Span), text[f.Span.Start:f.Span.End]; got != want {
				t.Errorf("rule %q covers %q in code points; want %q", f.Rule, got, want)
			}
		}
	}
	if len(recs[0].Stance.Rules) == 0 {
		t.Error(`no rule fired for "constructive"`)
	}
}

func TestFromPipelineBadSpan(t *testing.T) {
	text := "“Yes,” she said."
	p := pipeline.New(pipeline.Options{})
	bad := quote.Quote{Kind: quote.Direct, Span: quote.Span{Start: 0, End: 99}}
	good := quote.Quote{Kind: quote.Direct, Span: quote.Span{Start: 0, End: len(text) - 1}, Rule: "test"}
	res := p.Attribute(text, []quote.Quote{bad, good})
	recs, errs := FromPipeline("d", text, &res, offsets.NewIndex(text, offsets.Byte))
	if len(recs) != 1 || recs[0].Rule != "test" {
		t.Errorf("records = %+v; want the good quote only", recs)
	}
	if len(errs) != 1 || errs[0].Error() != "quote 1: span [0,99) is not a span of the 20-byte text" {
		t.Errorf("errors = %v; want one for quote 1", errs)
	}
}

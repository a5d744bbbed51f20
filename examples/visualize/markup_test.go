package main

import (
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/quote"
)

// sp is a span in test tables.
func sp(s, e int) quote.Span { return quote.Span{Start: s, End: e} }

// mkQuote builds a quote with one content piece per pair in content.
func mkQuote(kind quote.Kind, span, cue, source quote.Span, content ...quote.Span) quoteView {
	return quoteView{Q: quote.Quote{Kind: kind, Span: span, Content: content, Cue: quote.Cue{Span: cue, Lemma: "say", Class: quote.Neutral}, Source: source, Rule: "test"}}
}

// renderView renders v as a whole page and parses it back.
func renderView(t testing.TB, v view) (string, parsedPage) {
	t.Helper()
	v.linkQuotes()
	var b strings.Builder
	if err := writePage(&b, page{Static: true, Result: newResult(&v)}); err != nil {
		t.Fatal(err)
	}
	return b.String(), parsePage(t, b.String())
}

// checkMarks checks that the page shows every valid span of v, each
// quote's and each mention's, exactly over its text, however the
// elements were split. It needs a text whose visible form has the same
// bytes as the text.
func checkMarks(t testing.TB, v view, p parsedPage) {
	t.Helper()
	n := len(v.Text)
	valid := func(s quote.Span) bool { return s.Start >= 0 && s.Start < s.End && s.End <= n }
	spans := func(ss ...quote.Span) [][2]int {
		var r [][2]int
		for _, s := range ss {
			if valid(s) {
				r = append(r, [2]int{s.Start, s.End})
			}
		}
		slices.SortFunc(r, func(a, b [2]int) int { return a[0] - b[0] })
		// Pieces that touch or overlap read as one stretch of marked text.
		var m [][2]int
		for _, x := range r {
			if k := len(m); k > 0 && x[0] <= m[k-1][1] {
				m[k-1][1] = max(m[k-1][1], x[1])
				continue
			}
			m = append(m, x)
		}
		return m
	}
	for i, q := range v.Quotes {
		id := strconv.Itoa(i)
		for _, c := range []struct {
			class string
			want  [][2]int
		}{
			{"att", spans(q.Q.Span)},
			{"content", spans(q.Q.Content...)},
			{"cue", spans(q.Q.Cue.Span)},
			{"source", spans(q.Q.Source)},
		} {
			if diff := cmp.Diff(c.want, p.covered(c.class, id)); diff != "" {
				t.Errorf("quote %d %s: marked text mismatch (-want +got):\n%s", i, c.class, diff)
			}
		}
		if valid(q.Q.Span) {
			if at, ok := p.ids["q"+id]; !ok || at != q.Q.Span.Start {
				t.Errorf("quote %d: anchor q%s at %d (present %v), want at %d", i, id, at, ok, q.Q.Span.Start)
			}
		}
	}
}

func TestArticleMarkup(t *testing.T) {
	const text = "Ann said “yes, and no” to Bob, who said “never”."
	//            0   4    9                  26 29      38
	tests := []struct {
		name string
		why  string
		v    view
		want string // the article's markup, when the split matters
	}{
		{
			name: "plain",
			v:    view{Text: text},
			want: text,
		},
		{
			name: "one quote",
			v: view{Text: text, Speakers: []speakerView{{Name: "Ann"}},
				Quotes: []quoteView{withSpeakers(mkQuote(quote.Direct, sp(0, 26), sp(4, 8), sp(0, 3), sp(9, 26)), 0)}},
			want: `<span class="att s0 k-direct" data-q="0" id="q0" title="Ann · direct · cue “said” · rule test">` +
				`<span class="source s0 k-direct" data-q="0" title="source: Ann">Ann</span> ` +
				`<span class="cue k-direct" data-q="0" title="cue: say (neutral)">said</span> ` +
				`<mark class="content s0 k-direct" data-q="0" title="Ann · direct · cue “said” · rule test">“yes, and no”</mark>` +
				`</span><span class="badge s0" data-label="direct"></span> to Bob, who said “never”.`,
		},
		{
			name: "crossing quotes",
			why:  "the second attribution starts inside the first and ends after it: the first's inner elements close and the second continues in a new element",
			v: view{Text: text, Quotes: []quoteView{
				mkQuote(quote.Mixed, sp(0, 30), sp(4, 8), sp(0, 3), sp(9, 26)),
				mkQuote(quote.Direct, sp(20, len(text)), sp(34, 38), sp(27, 30), sp(39, len(text)-1)),
			}},
		},
		{
			name: "same span twice",
			why:  "two quotes over the same text nest, the first outside",
			v: view{Text: text, Quotes: []quoteView{
				mkQuote(quote.Direct, sp(9, 26), quote.Span{}, quote.Span{}, sp(9, 26)),
				mkQuote(quote.Direct, sp(9, 26), quote.Span{}, quote.Span{}, sp(9, 26)),
			}},
		},
		{
			name: "content split by a mention",
			why:  "a speaker mention that crosses the end of a content piece",
			v: view{Text: text, Speakers: []speakerView{{Name: "Bob", Mentions: []quote.Span{sp(20, 30)}}},
				Quotes: []quoteView{mkQuote(quote.Direct, sp(9, 26), quote.Span{}, quote.Span{}, sp(9, 26))}},
		},
		{
			name: "bad spans",
			why:  "spans outside the text, reversed or empty are not shown, and nothing panics",
			v: view{Text: text, Speakers: []speakerView{{Name: "X", Mentions: []quote.Span{sp(-3, 2), sp(5, 5), sp(40, 400)}}},
				Quotes: []quoteView{
					mkQuote(quote.Direct, sp(30, 20), sp(-1, 4), sp(0, 1000), sp(9, 26), sp(26, 9)),
					{Q: quote.Quote{Kind: quote.Kind(99)}, Speakers: []int{7}},
				}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, p := renderView(t, tt.v)
			if p.article != visibleText(tt.v.Text) {
				t.Errorf("article text mismatch (-want +got):\n%s", cmp.Diff(tt.v.Text, p.article))
			}
			if tt.name != "bad spans" {
				checkMarks(t, tt.v, p)
			}
			if tt.want != "" {
				_, after, _ := strings.Cut(page, `<div id="text" class="text">`)
				got, _, _ := strings.Cut(after, "</div>")
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("markup mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// withSpeakers sets the speakers of q.
func withSpeakers(q quoteView, s ...int) quoteView {
	q.Speakers = s
	return q
}

func TestArticleTextIsInput(t *testing.T) {
	// Each text is shown with the quotes the extractor finds in it and,
	// to make elements cross, one mention per word pair.
	tests := []struct {
		name, text string
	}{
		{"empty", ""},
		{"markup", `Ann said: "<script>alert('x')</script> & <b>bold</b> ]]> <!-- -->" &amp; &#x3c;`},
		{"leading newline", "\n\nAnn said, “hello.”\n"},
		{"crlf", "Ann said: “one.”\r\n\r\nBob said: “two.”\r"},
		{"tabs and spaces", "\t  “x,” \t Ann  said.  \t"},
		{"controls", "a\x00b\x01c\x08\x0b\x0c\x1f\x7f “d,” Ann said.\ufffe\uffff"},
		{"invalid utf-8", "\xff“a\xc3,” Ann said\xe2\x80. \xed\xa0\x80 \xf4\x90\x80\x80"},
		{"entities in attributes", `"It's <fine> & \"ok\"," said Ann "O'Brien" <x@y>.`},
		{"astral", "“🙂 👍🏽,” said 𝒜nn."},
		{"bidi and nbsp", "“\u202eabc\u202c\u00a0def,” Ann said.\u2028x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := newAnalyzer(true, nil).analyze(tt.text)
			v.Speakers = append(v.Speakers, speakerView{Name: "<words>", Mentions: wordPairs(tt.text)})
			_, p := renderView(t, v)
			if want := visibleText(tt.text); p.article != want {
				t.Errorf("article text mismatch (-want +got):\n%s", cmp.Diff(want, p.article))
			}
			if p.elements["script"] != 0 || p.elements["b"] != 0 {
				t.Errorf("the text made elements: %v", p.elements)
			}
			if visibleText(tt.text) == tt.text {
				checkMarks(t, v, p)
			}
		})
	}
}

// wordPairs returns spans over every two words of text, overlapping one
// another, so that they cross the quotes' spans.
func wordPairs(text string) []quote.Span {
	var starts, ends []int
	in := false
	for i := 0; i <= len(text); i++ {
		space := i == len(text) || text[i] == ' ' || text[i] == '\n'
		if !space && !in {
			starts = append(starts, i)
		}
		if space && in {
			ends = append(ends, i)
		}
		in = !space
	}
	var r []quote.Span
	for i := 0; i+1 < len(starts); i++ {
		r = append(r, sp(starts[i], ends[i+1]))
	}
	return r
}

func TestVisibleText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain “text”\r\n\t", "plain “text”\r\n\t"},
		{"a\x00b\x1fc\x7f", "a\ufffdb\ufffdc\x7f"},
		{"\xff\xfe", "\ufffd\ufffd"},
		{"\xe2\x80", "\ufffd\ufffd"},
		{"\ufffe\uffff\ufffd", "\ufffd\ufffd\ufffd"},
		{"\U0001F642", "\U0001F642"},
	}
	for _, tt := range tests {
		if got := visibleText(tt.in); got != tt.want {
			t.Errorf("visibleText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestArticleLinear checks that the markup of a text grows in
// proportion to the text, whatever its quotes and however they overlap: a
// text eight times as long gives about eight times the markup and takes
// well under 64 times as long to mark up, the cost of quadratic work.
func TestArticleLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("marks up megabytes of text")
	}
	article, err := os.ReadFile("../../testdata/riyadh-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	staircase := func(v *view, k int) {
		// Mentions [i, i+k) for every i: each crosses the k-1 before it.
		var m []quote.Span
		for i := 0; i+k <= len(v.Text); i++ {
			m = append(m, sp(i, i+k))
		}
		v.Speakers = append(v.Speakers, speakerView{Name: "staircase", Mentions: m})
	}
	tests := []struct {
		name string
		unit string
		add  func(v *view)
	}{
		{"article", string(article) + "\n", nil},
		{"article with crossing word pairs", string(article) + "\n", func(v *view) {
			v.Speakers = append(v.Speakers, speakerView{Name: "w", Mentions: wordPairs(v.Text)})
		}},
		{"interrupted quotations", "“Q,” he said, “", nil},
		{"attributions one after another", "“We will win,” Lavrov said, “never.” ", nil},
		{"staircase of 5", "abcdefgh ", func(v *view) { staircase(v, 5) }},
	}
	const factor, bound = 8, 32
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			run := func(n int) (int, time.Duration) {
				v := newAnalyzer(true, nil).analyze(strings.Repeat(tt.unit, max(1, n/len(tt.unit))))
				if tt.add != nil {
					tt.add(&v)
				}
				best := time.Duration(0)
				size := 0
				for i := range 3 {
					start := time.Now()
					size = len(articleHTML(&v))
					if d := time.Since(start); i == 0 || d < best {
						best = d
					}
				}
				return size, best
			}
			var r float64
			for attempt := 0; attempt < 3; attempt++ {
				s1, d1 := run(32 << 10)
				s8, d8 := run(factor * 32 << 10)
				if s8 > factor*s1*11/10 {
					t.Fatalf("%d× the text gave %d bytes of markup, %d before: not linear", factor, s8, s1)
				}
				t.Logf("%d bytes of markup in %v; %d bytes in %v", s1, d1, s8, d8)
				if r = float64(d8) / float64(max(d1, time.Microsecond)); r <= bound {
					break
				}
			}
			if r > bound {
				t.Errorf("%d× the text took %.1f× the time, want under %d×", factor, r, bound)
			}
		})
	}
}

// BenchmarkPage measures the whole page for the reference article:
// analysis, markup and template.
func BenchmarkPage(b *testing.B) {
	text := readArticle(b)
	a := newAnalyzer(false, nil)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		v := a.analyze(text)
		if err := writePage(io.Discard, page{Static: true, Result: newResult(&v)}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArticleHTML measures the markup of the reference article alone.
func BenchmarkArticleHTML(b *testing.B) {
	v := newAnalyzer(false, nil).analyze(readArticle(b))
	b.SetBytes(int64(len(v.Text)))
	b.ReportAllocs()
	for b.Loop() {
		articleHTML(&v)
	}
}

func TestStanceShown(t *testing.T) {
	const text = "Ann denied that “we lost”."
	q := withSpeakers(mkQuote(quote.Mixed, sp(0, 25), sp(4, 10), sp(0, 3), sp(11, 25)), 0)
	q.Method = "by name"
	q.Stance = stanceView{Label: "oppose", Score: -0.45, Negated: true, Hedged: true, Target: "the war", Aligns: "Bob",
		Fired: []string{"frame deny", "term lost", "a", "b", "c", "d", "e", "f", "g"}}
	v := view{Text: text, Speakers: []speakerView{{Name: "Ann Lee", Detail: "person"}}, Quotes: []quoteView{q}, HasStance: true}
	page, p := renderView(t, v)
	for _, want := range []string{
		`data-label="mixed · oppose"`,
		`title="Ann Lee (by name) · mixed · cue “denied” · stance oppose -0.45, hedged, negated, toward the war, with Bob · rules: frame deny, term lost, a, b, c, d, e, f, … · rule test"`,
		`<span class="stance">oppose -0.45, hedged, negated, toward the war, with Bob</span>`,
		`<span class="detail">person</span>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not hold %s", want)
		}
	}
	checkMarks(t, v, p)

	q.Speakers, q.Reason, q.Stance = nil, "no source", stanceView{Label: "support", Score: 0.5}
	page, _ = renderView(t, view{Text: text, Quotes: []quoteView{q}})
	for _, want := range []string{`class="att s-none k-mixed"`, `title="unresolved (no source) · mixed`, `stance support +0.50`, `class="speaker s-none unresolved"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not hold %s", want)
		}
	}
}

package quote

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsaynlp/hearsay/internal/lineartest"
	"github.com/hearsaynlp/hearsay/internal/textseg"
)

// repeat returns unit repeated to about n bytes.
func repeat(unit string, n int) string { return strings.Repeat(unit, max(1, n/len(unit))) }

// pathological texts of about n bytes each: megabytes of quote marks,
// quotations that never close, paragraphs far longer than any article's,
// attributions one after another, and bytes that are not UTF-8.
var pathological = []struct {
	name string
	gen  func(n int) string
	// skipText and skipParagraph, when set, say why extraction is known
	// not to be linear yet in the size of the text (TestLinear) or of one
	// paragraph (TestLinearParagraph); the test skips the case.
	skipText, skipParagraph string
}{
	{name: "straight double marks", gen: func(n int) string { return repeat(`"`, n) }},
	{name: "left double marks", gen: func(n int) string { return repeat("“", n) }},
	{name: "right single marks", gen: func(n int) string { return repeat("’", n) }},
	{name: "straight single marks", gen: func(n int) string { return repeat("'", n) }},
	{name: "spaced straight marks", gen: func(n int) string { return repeat(`" `, n) }},
	{name: "alternating marks", gen: func(n int) string { return repeat("“a ”", n) }},
	{name: "unclosed quotations in one paragraph", gen: func(n int) string { return repeat("“word ", n) }},
	{name: "unclosed quotation per paragraph", gen: func(n int) string { return repeat("Lavrov said: “we will win\n", n) }},
	{name: "quotation paragraphs continuing each other", gen: func(n int) string { return repeat("“We will win.\n", n) }},
	{name: "one huge paragraph", gen: func(n int) string {
		return repeat("Officials said, according to the minister, that he said the talks, which Lavrov said went well, ended. ", n)
	}},
	{name: "interrupted quotations", gen: func(n int) string { return repeat("“Q,” he said, “", n) }},
	{name: "attributed quotations", gen: func(n int) string { return repeat("“We will win,” Lavrov said, “never.” ", n) }},
	{name: "one line with no spaces", gen: func(n int) string { return repeat("Lavrov-said,U.S.’90s“Q”:", n) }},
	{name: "continuation bytes", gen: func(n int) string { return repeat("\x80", n) }},
	{name: "blank lines", gen: func(n int) string { return repeat("\n \n", n) }},
}

// pieces counts quotes and their content pieces.
func pieces(qs []Quote) int {
	n := len(qs)
	for _, q := range qs {
		n += len(q.Content)
	}
	return n
}

// TestLinear checks that extraction takes time and memory in proportion to
// the size of its input, whatever the input. It compares a text with one
// eight times its size rather than timing either against a clock: a linear
// scan takes about 8 times as long, a quadratic one 64 times.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts from megabytes of text")
	}
	checkLinear(t, 1<<20, 3, false)
}

// TestLinearParagraph makes the same comparison within one paragraph, as
// long as paragraphs get, where work bounded per paragraph but quadratic in
// its length would still look linear in TestLinear.
func TestLinearParagraph(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts from paragraphs of pathological text")
	}
	checkLinear(t, textseg.MaxParagraph/8, 7, true)
}

// checkLinear extracts from each pathological text of n bytes and from the
// text repeated 8 times, the fastest of runs runs each, and compares. With
// paragraph set, the larger text is still one paragraph.
func checkLinear(t *testing.T, n, runs int, paragraph bool) {
	for _, opts := range []Options{{}, {Indirect: true}} {
		t.Run(fmt.Sprintf("indirect=%v", opts.Indirect), func(t *testing.T) { checkLinearWith(t, New(opts), n, runs, paragraph) })
	}
}

// checkLinearWith is checkLinear for one extractor.
func checkLinearWith(t *testing.T, e *Extractor, n, runs int, paragraph bool) {
	const (
		factor = lineartest.Factor
		// The scratch buffers for one paragraph: a paragraph of one-byte
		// tokens, in slices grown by append, takes about 256 bytes a byte.
		scratch = 512 * textseg.MaxParagraph
	)
	for _, p := range pathological {
		t.Run(p.name, func(t *testing.T) {
			skip := p.skipText
			if paragraph {
				skip = p.skipParagraph
			}
			if skip != "" {
				t.Skip(skip)
			}
			small := p.gen(n)
			large := strings.Repeat(small, factor)
			// The scratch buffers come on top: a collection may free them
			// between runs.
			lineartest.Check(t,
				lineartest.Input{Size: len(small), Run: func() { e.Extract(small) }},
				lineartest.Input{Size: len(large), Run: func() { e.Extract(large) }},
				runs, scratch)
			sp, lp := pieces(e.Extract(small)), pieces(e.Extract(large))
			t.Logf("%d pieces; %d pieces", sp, lp)
			// Paragraphs cut at the length limit fall differently in the
			// larger text, so a few more reports may start at a cut.
			if lp > factor*sp+factor*sp/100+2*factor {
				t.Errorf("%d× the text gave %d quotes and pieces, %d before; want at most %d×", factor, lp, sp, factor)
			}
		})
	}
}

// TestAllocsPerQuote checks that extraction allocates for the quotes it
// finds, not for the text it reads: a text with no quotes costs as many
// allocations however long it is.
func TestAllocsPerQuote(t *testing.T) {
	const para = "Lavrov met Rubio in Riyadh on Tuesday, and the talks went on until late in the evening.\n" +
		"The ministers dined at the embassies in Washington and Moscow.\n"
	e := New(Options{})
	small := strings.Repeat(para, 100)
	large := strings.Repeat(para, 800)
	checkAllocs(t, e, small, large)
	checkAllocs(t, New(Options{Indirect: true}), small, large)
}

// checkAllocs compares the allocations of e on two texts without quotes.
func checkAllocs(t *testing.T, e *Extractor, small, large string) {
	t.Helper()
	if qs := e.Extract(large); len(qs) != 0 {
		t.Fatalf("the text has %d quotes, want none: %+v", len(qs), qs)
	}
	a1 := testing.AllocsPerRun(5, func() { e.Extract(small) })
	a8 := testing.AllocsPerRun(5, func() { e.Extract(large) })
	if a1 != a8 {
		t.Errorf("%d bytes: %v allocations; %d bytes: %v allocations; want the same", len(small), a1, len(large), a8)
	}
}

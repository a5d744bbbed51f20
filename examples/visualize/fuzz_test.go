package main

import (
	"testing"

	"github.com/hearsaynlp/hearsay/quote"
)

// FuzzPage renders any text with the quotes the extractor finds in it and
// with more spans chosen by the fuzzer, which cross them and each other
// at will, and checks that the page parses as XML, that the article reads
// back as the text, and that every span is marked over exactly its text.
func FuzzPage(f *testing.F) {
	f.Add("“We will not retreat,” Lavrov said, “never.”", []byte{0, 10, 5, 30, 2, 2})
	f.Add("Ann said: \"<b>&amp;</b>\"\r\n]]>", []byte{1, 200, 7, 9})
	f.Add("\xff\x00“a,” he said\xe2\x80", []byte{3, 4, 4, 3})
	f.Add("", []byte{})
	f.Fuzz(func(t *testing.T, text string, cuts []byte) {
		v := newAnalyzer(true, nil).analyze(text)
		// Pairs of bytes are spans; each fourth span becomes a quote of
		// its own and the others mentions of a speaker. Offsets may fall
		// outside the text or inside a rune.
		n := len(text) + 2
		var mentions []quote.Span
		for i := 0; i+1 < len(cuts); i += 2 {
			s := quote.Span{Start: int(cuts[i])%n - 1, End: int(cuts[i+1]) % n}
			if i%8 == 6 {
				v.Quotes = append(v.Quotes, quoteView{Q: quote.Quote{Kind: quote.Direct, Span: s, Content: []quote.Span{s}, Rule: "fuzz"}, Speakers: []int{len(v.Speakers)}})
				continue
			}
			mentions = append(mentions, s)
		}
		v.Speakers = append(v.Speakers, speakerView{Name: text, Detail: string(cuts), Mentions: mentions})
		_, p := renderView(t, v)
		if want := visibleText(text); p.article != want {
			t.Fatalf("article reads %q, want %q", p.article, want)
		}
		if visibleText(text) == text && validSpans(v) {
			checkMarks(t, v, p)
		}
	})
}

// validSpans reports whether every span of every quote in v is inside the
// text and on rune boundaries, as the extractor promises. checkMarks
// compares marked byte ranges, which only hold for such spans.
func validSpans(v view) bool {
	ok := func(s quote.Span) bool {
		if s.Start < 0 || s.End > len(v.Text) || s.Start > s.End {
			return s.IsZero() || s.Start >= s.End
		}
		return runeStart(v.Text, s.Start) && runeStart(v.Text, s.End)
	}
	for _, q := range v.Quotes {
		if !ok(q.Q.Span) || !ok(q.Q.Cue.Span) || !ok(q.Q.Source) {
			return false
		}
		for _, c := range q.Q.Content {
			if !ok(c) {
				return false
			}
		}
	}
	for _, s := range v.Speakers {
		for _, m := range s.Mentions {
			if !ok(m) {
				return false
			}
		}
	}
	return true
}

// runeStart reports whether offset i of s is where a rune starts (or the
// end of s).
func runeStart(s string, i int) bool {
	return i == len(s) || i < len(s) && (s[i] < 0x80 || s[i] >= 0xC0)
}

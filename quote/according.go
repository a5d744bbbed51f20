package quote

// Outer "according to": a quote whose sentence ends by naming where the
// report comes from.

import (
	"slices"

	"github.com/hearsaynlp/hearsay/internal/textseg"
)

// outerAccording rewrites the direct and mixed quotes found since
// s.out[first] whose trailing attribution ends in ", according to X": in
// "“We will win,” Ortiz told donors, according to a recording", the
// recording is the source the writer relies on, and what it reports is
// the whole clause, Ortiz's attribution included.
func (s *scanner) outerAccording(first int) {
	lead := len(s.out) > first && s.accordingLeads()
	for n := first; n < len(s.out); n++ {
		if lead && s.leadAccording(first, n) {
			continue
		}
		q := &s.out[n]
		if q.Kind == Indirect || q.Cue.Lemma == accordingEntry.Lemma || q.Cue.Span.Start < q.Content[0].End {
			// Only a trailing attribution: after "Ortiz said that ...",
			// the sentence's own report is as often the one annotated.
			continue
		}
		end := max(q.Span.End, q.Cue.Span.End, q.Source.End)
		comma, src, ok := s.accordingAfter(s.tokenAfter(end))
		if !ok {
			continue
		}
		from := s.tokenAfter(q.Span.Start)
		if si := s.sentenceOf(from); si >= 0 {
			from = min(from, s.sents[si].From)
		}
		content := Span{s.at(from).Start, s.at(comma - 1).End}
		s.rewriteAccording(q, content, Span{content.Start, s.at(src.To - 1).End}, cue{at: comma + 1, end: comma + 3, source: src})
	}
}

// rewriteAccording makes q a mixed quote of the words in content, whose
// cue c is "according to" and whose whole span is span.
func (s *scanner) rewriteAccording(q *Quote, content, span Span, c cue) {
	q.Kind = Mixed
	q.Rule += "+according"
	q.Content = q.Content[:1]
	q.Content[0] = content
	q.Span = span
	q.Cue = Cue{}
	c.entry = accordingEntry
	s.fill(q, c)
	s.used = max(s.used, q.Span.End)
}

// accordingLeads reports whether a sentence of this paragraph opens with
// "according".
func (s *scanner) accordingLeads() bool {
	for _, sent := range s.sents {
		if s.is(sent.From, "according") {
			return true
		}
	}
	return false
}

// leadAccording rewrites s.out[n] when its sentence opens with
// "According to X," and its own attribution follows that comma: in
// "According to pool reports, Ortiz said the day was “a disgrace.”", the
// reports are the source and the rest of the sentence is what they say.
// It reports whether it rewrote the quote; another quote of this
// paragraph (those since s.out[first]) in the same sentence leaves it
// alone.
func (s *scanner) leadAccording(first, n int) bool {
	q := &s.out[n]
	if q.Kind == Indirect || q.Cue.Lemma == accordingEntry.Lemma || q.Source.IsZero() {
		return false
	}
	si := s.sentenceOf(s.tokenAfter(q.Content[0].Start))
	if si < 0 {
		return false
	}
	sent := s.sents[si]
	if !s.is(sent.From, "according") || !s.is(sent.From+1, "to") {
		return false
	}
	c, ok := s.accordingTo(sent.From, s.tokenAfter(q.Span.Start))
	if !ok || q.Source.Start < s.at(c.content).Start {
		return false
	}
	for _, m := range [2]int{n - 1, n + 1} {
		// Quotes are found in the order of their quotations, so another
		// one in the sentence is a neighbour.
		if m < first || m >= len(s.out) {
			continue
		}
		if o := s.out[m]; o.Span.Start < s.at(sent.To-1).End && o.Span.End > s.at(sent.From).Start {
			return false
		}
	}
	last := sent.To - 1
	if s.at(last).Kind == textseg.Punct && isStop(s.tok(last)) {
		last--
	}
	if last < c.content {
		return false
	}
	content := Span{s.at(c.content).Start, s.at(last).End}
	s.rewriteAccording(q, content, Span{s.at(sent.From).Start, content.End}, c)
	return true
}

// accordingAfter reads ", according to X" and the end of the sentence in
// the few words of the clause that start at token k, with no quotation
// mark, stop or reporting verb before it. It returns the comma and the
// source X.
func (s *scanner) accordingAfter(k int) (int, textseg.Range, bool) {
	for j := k; j < len(s.toks) && j < k+maxPhrase; j++ {
		if t := s.at(j); t.Kind == textseg.Mark && t.Role != textseg.Apostrophe || s.punct(j, ";") || isStop(s.tok(j)) && t.Kind == textseg.Punct {
			break
		}
		if !s.punct(j, ",") || !s.is(j+1, "according") || !s.is(j+2, "to") {
			if _, ok := s.cueAt(j); ok {
				break
			}
			continue
		}
		from := j + 3
		end := from
		for end < len(s.toks) && end < from+3*maxPhrase && s.at(end).Kind != textseg.Mark && !s.punct(end, ",") && !s.punct(end, ";") &&
			!(isStop(s.tok(end)) && !textseg.Abbreviation(s.tok(end-1))) {
			end++
		}
		if end == from || end < len(s.toks) && !(isStop(s.tok(end)) || s.isMark(end, textseg.Close)) {
			return 0, textseg.Range{}, false // "..., according to X, who ...": the clause goes on
		}
		return j, textseg.Range{From: from, To: end}, true
	}
	return 0, textseg.Range{}, false
}

// sentenceOf returns the index of the sentence of this paragraph that
// holds token k, or -1.
func (s *scanner) sentenceOf(k int) int {
	i, _ := slices.BinarySearchFunc(s.sents, k, func(r textseg.Range, k int) int {
		switch {
		case r.To <= k:
			return -1
		case r.From > k:
			return 1
		}
		return 0
	})
	if i < len(s.sents) && s.sents[i].From <= k && k < s.sents[i].To {
		return i
	}
	return -1
}

package quote

// The parts of a cue phrase: who was told and through what.

// cueParts returns the addressee and the channel inside the cue c: "told
// reporters", "told Russian television", "said in a statement", "wrote on
// Twitter", "said in an interview with Fox News", "said by email".
func (s *scanner) cueParts(c cue) (addressee, channel Span) {
	k := c.at + 1
	if k >= c.end {
		return
	}
	lemma := c.entry.Lemma
	if addresseeVerbs.has(lemma) && !s.in(k, tailPreps) && !s.is(k, "that") {
		from := k
		if p := s.pastTitle(k); p < c.end {
			k = p // told “Morning Desk” host Ann Ray
		}
		if end := s.nounPhrase(k, c.end); end > k {
			addressee = s.span(from, end)
			k = end
		} else {
			k = from
		}
	}
	for ; k < c.end-1; k++ {
		if !s.isAny(k, "in", "on", "via", "through", "during", "to", "with", "by") {
			continue
		}
		from := k + 1
		end := s.nounPhrase(from, c.end)
		if end == from || s.in(from, timeWords) || s.lowIn(from, days) {
			continue
		}
		if s.is(k, "to") || s.is(k, "with") {
			// "said to reporters", "in an interview with Fox News"
			if addressee.IsZero() {
				addressee = s.span(from, end)
			}
		} else if channel.IsZero() {
			channel = s.span(from, end)
		}
		k = end - 1
	}
	return addressee, channel
}

// span returns the byte span of tokens [from, to).
func (s *scanner) span(from, to int) Span {
	return Span{s.at(from).Start, s.at(to - 1).End}
}

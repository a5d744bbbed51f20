package stance

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hearsaynlp/hearsay/quote"
)

// Result is the stance of a text or of a quote's content, and why.
type Result struct {
	// Label is the name of the label whose score range holds Score, such
	// as "support", "neutral" or "oppose" in the default rules.
	Label string `json:"label"`
	// Score is in (-1, 1): below zero against, above zero for.
	Score float64 `json:"score"`
	// Hedged is set when the text only reports or doubts what it says
	// ("reportedly", "may", "claimed").
	Hedged bool `json:"hedged"`
	// Negated is set when a negation or a denial turned what was said
	// around ("would not accept", "denied").
	Negated bool `json:"negated"`
	// Target is the target the text was judged toward: the one given to
	// [RuleSet.Toward], or the name of the first rule-file target that
	// matched the quote.
	Target string `json:"target,omitempty"`
	// Aligns is the text of whom the speaker sides with, as written
	// ("Rubio" in "Lavrov echoed Rubio's remarks").
	Aligns string `json:"aligns,omitempty"`
	// Fired lists every rule that fired, in text order.
	Fired []Fired `json:"rules"`
}

// Fired is one rule that fired.
type Fired struct {
	// Rule is the section and key of the rule: "term accept", "hedge
	// reportedly", "frame deny", "class dispute".
	Rule string `json:"rule"`
	// Pos is where the rule is written, as file:line:col.
	Pos string `json:"pos"`
	// Span is what fired it: byte offsets into the text given. It is zero
	// for a rule fired by the quote's cue class.
	Span quote.Span `json:"span"`
	// Weight is what the rule added to the raw score, or the factor it
	// applied; zero for rules that change only the modality. A term's
	// weight is its weight in the rule file times the intensifier or
	// dampener before it and the contrast earlier in its sentence, turned
	// around by a negator: it depends on the words read with it. So the
	// same word can weigh differently in [RuleSet.Quote], which reads a
	// quote's content alone, and in [RuleSet.Toward] on the whole text:
	// in "But Rubio said ... that the US agreed", "agreed" weighs 0.8 in
	// the quote and 1.2 in the text, where "But" (after: 1.5) reaches it.
	Weight float64 `json:"weight,omitempty"`
}

// run is the state of one scoring pass; runs are pooled per rule set.
type run struct {
	matcher
	rs *RuleSet

	frameOnly bool // only frames and hedges count (the words around a quote)
	other     bool // frameOnly: reading another report, from its verb to the cue
	content   bool // scanning quoted content: reporting verbs in it are content, not frames
	skip      quote.Span

	sum        float64 // raw score so far
	factor     float64 // pending intensifier or dampener
	factorN    int     // tokens it still reaches
	after      float64 // contrast factor for what follows
	negLeft    int     // tokens the last negator still reaches
	negBare    bool    // the negator has negated nothing yet
	negRule    int32
	negSpan    quote.Span
	hedged     bool
	question   bool // a question asserts nothing and denies nothing
	questionAt int  // its entry in fired
	negated    bool
	frameNeg   bool
	affirm     float64

	capture  bool // reading the name after an align frame
	aligns   quote.Span
	captureN int

	target int // index of the first target a literal matched, or -1

	colon      bool // a colon has been read
	colonAt    int  // where the last colon is
	colonWords int  // words after it

	hedges      []int32 // the hedge rules that fired
	claimHedges []int32 // hedge rules that do not hedge, being part of the claim

	fired []Fired
}

func (r *run) reset(rs *RuleSet, text string) {
	r.rs, r.text = rs, text
	r.sum, r.factor, r.factorN, r.after = 0, 1, 0, 1
	r.negLeft, r.negBare = 0, false
	r.hedged, r.question, r.negated, r.frameNeg, r.affirm = false, false, false, false, 0
	r.capture, r.aligns, r.captureN = false, quote.Span{}, 0
	r.fired, r.target = nil, -1
	r.hedges, r.claimHedges = r.hedges[:0], nil
	r.colon, r.colonAt, r.colonWords = false, 0, 0
	r.frameOnly, r.skip, r.content, r.other = false, quote.Span{}, false, false
}

func (r *run) fire(ri int32, span quote.Span, w float64) {
	ru := &r.rs.lex.rules[ri]
	if r.fired == nil {
		r.fired = make([]Fired, 0, 8)
	}
	r.fired = append(r.fired, Fired{Rule: ru.name, Pos: ru.pos, Span: span, Weight: w})
}

// endScope closes a negator's scope; a negator that negated no term
// negates the statement itself ("Mayor Hale not arrested").
func (r *run) endScope() {
	if r.negLeft > 0 && r.negBare && !r.frameOnly && r.rs.bare != 0 {
		w := r.rs.bare * r.after
		r.sum += w
		r.negated = true
		r.fire(r.negRule, r.negSpan, w)
	}
	r.negLeft, r.negBare = 0, false
}

func (r *run) visit(toks []tok, i, j int, n int32) {
	for k := i; k <= j; k++ {
		r.read(toks[k])
		if !toks[k].punct {
			r.colonWords++
			if r.question && !r.frameOnly {
				// Words after a question answer it: "Who met in
				// Riyadh? Photos from the first day of talks".
				r.question = false
				r.fired = slices.Delete(r.fired, r.questionAt, r.questionAt+1)
			}
		}
	}
	t := toks[i]
	span := quote.Span{Start: t.start, End: toks[j].end}
	cue := !r.skip.IsZero() && r.skip.Start <= span.Start && span.End <= r.skip.End
	if cue {
		r.other = false // the report before the cue ends at it
	}
	if t.punct && r.sentenceEnd(t) {
		// A contrast reaches to the end of its sentence: "but" early in
		// an article does not weigh every term after it.
		r.after = 1
	}
	if n == 0 {
		if t.punct {
			if r.text[t.start] == ':' {
				r.colon, r.colonAt, r.colonWords = true, t.start, 0
			}
			switch r.text[t.start] {
			case '.', ';', '!', '?', ':', ',':
				r.endScope()
				r.factorN = 0
			}
			return
		}
		r.tick(1)
		return
	}
	if cue {
		return // the cue itself: its frame comes from the quote
	}
	width := j - i + 1
	for _, ri := range r.rs.lex.nodes[n].rules {
		ru := &r.rs.lex.rules[ri]
		if r.frameOnly && !r.attribution(ru.kind) {
			continue
		}
		switch ru.kind {
		case kindTerm:
			if !r.content && r.termAt(n, kindFrame) {
				continue // a reporting verb outside quoted content acts as a frame
			}
			w := ru.weight * r.factor * r.after
			if r.negLeft > 0 && r.negSpan != span {
				// A word that is both a negator and a term counts once.
				w = -w * r.rs.negated
				r.negated, r.negBare = true, false
				r.fire(r.negRule, r.negSpan, 0)
			}
			r.sum += w
			r.fire(ri, span, w)
			r.factorN = 0
		case kindHedge:
			if r.hedge(ri) {
				r.fire(ri, span, 0)
			}
		case kindQuestion:
			if !slices.Contains(r.claimHedges, ri) {
				r.question, r.questionAt = true, len(r.fired)
				r.fire(ri, span, 0)
			}
		case kindNegator:
			if r.termAt(n, kindTerm) {
				continue // the word is a term: its weight already counts
			}
			r.endScope()
			r.negLeft, r.negBare, r.negRule, r.negSpan = r.rs.window+width, true, ri, span
		case kindIntensifier, kindDampener:
			r.factor, r.factorN = ru.weight, 2+width
			r.fire(ri, span, ru.weight)
		case kindContrast:
			r.endScope()
			r.sum *= ru.before
			r.after = ru.after
			r.fire(ri, span, ru.after)
		case kindFrame:
			switch {
			case r.content:
				// A reporting verb inside quoted content is content; one
				// that only reports hedges what follows, as a hedge does:
				// "he said he would come".
				if ru.effect == effectReport && r.hedge(ri) {
					r.fire(ri, span, 0)
				}
			case r.frameOnly:
				// Around a quote, a reporting verb other than the cue
				// reports something else ("said the talks could fail,
				// adding that ..."): it frames nothing, and the hedges
				// after it up to the cue are that report's. Only whom the
				// speaker sides with holds for all they say ("echoed
				// Rubio's remarks and told reporters that ...").
				r.other = true
				if ru.effect == effectAlign {
					r.frame(ri, span)
				}
			default:
				r.frame(ri, span)
			}
		case kindTarget:
			if r.target < 0 {
				r.target = int(ru.weight)
			}
		}
	}
	r.tick(width)
}

// sentenceEnd reports whether the punctuation token t ends a sentence: a
// '!' or '?', or a '.' followed by a space, a quotation mark, a closing
// parenthesis or the end of the text, and not
// ending a one-letter abbreviation ("the U.S. but").
func (r *run) sentenceEnd(t tok) bool {
	switch r.text[t.start] {
	case '!', '?':
		return true
	case '.':
	default:
		return false
	}
	if t.end < len(r.text) {
		if c, _ := utf8.DecodeRuneInString(r.text[t.end:]); !isSpace(c) && !isQuoteMark(c) && c != ')' {
			return false // "3.5", "hearsay.example"
		}
	}
	if t.start >= 1 && isAlnum(rune(r.text[t.start-1])) && (t.start == 1 || !isAlnum(rune(r.text[t.start-2]))) {
		return false // "U.S.", "J. Smith"
	}
	return true
}

// attribution reports whether rules of kind k count in the words of a
// quote's attribution outside its content: frames, and hedges unless they
// belong to another report.
func (r *run) attribution(k ruleKind) bool {
	switch k {
	case kindFrame:
		return true
	case kindHedge, kindQuestion:
		return !r.other
	}
	return false
}

// termAt reports whether lexicon node n holds a rule of kind k.
func (r *run) termAt(n int32, k ruleKind) bool {
	for _, ri := range r.rs.lex.nodes[n].rules {
		if r.rs.lex.rules[ri].kind == k {
			return true
		}
	}
	return false
}

// frame applies a reporting verb found in the text.
func (r *run) frame(ri int32, span quote.Span) {
	ru := &r.rs.lex.rules[ri]
	ef := ru.effect
	if r.negLeft > 0 && (ef == effectNegate || ef == effectAffirm) {
		// "did not deny" affirms, "did not confirm" leaves it open.
		r.negBare = false
		if ef == effectNegate {
			ef = effectAffirm
		} else {
			ef = effectHedge
		}
	}
	switch ef {
	case effectNegate:
		r.frameNeg = true
	case effectHedge, effectReport:
		if !r.hedge(ri) {
			return
		}
	case effectAffirm:
		r.affirm += ru.weight
	case effectAlign:
		if r.aligns.IsZero() {
			r.capture, r.captureN = true, 0
		}
	}
	r.fire(ri, span, 0)
}

// hedge records that hedge rule ri fired, unless it is part of the claim.
func (r *run) hedge(ri int32) bool {
	if slices.Contains(r.claimHedges, ri) {
		return false
	}
	r.hedged = true
	r.hedges = append(r.hedges, ri)
	return true
}

// tick moves the scopes on by n tokens.
func (r *run) tick(n int) {
	if r.factorN > 0 {
		if r.factorN -= n; r.factorN <= 0 {
			r.factor, r.factorN = 1, 0
		}
	}
	if r.negLeft > 0 {
		if r.negLeft -= n; r.negLeft <= 0 {
			r.negLeft = 1
			r.endScope()
		}
	}
}

// read follows the name after an align frame: capitalised words up to
// a possessive ("Rubio's remarks") or the first other token.
func (r *run) read(t tok) {
	if !r.capture {
		return
	}
	if r.captureN == 0 && t.end <= r.lastFired() {
		return // the frame's own words
	}
	if t.punct || !t.upper {
		r.capture = false
		return
	}
	end := t.end
	s := r.text[t.start:t.end]
	if p := possessive(s); p > 0 {
		end = t.start + p
		r.capture = false
	}
	if r.captureN == 0 {
		r.aligns.Start = t.start
	}
	r.aligns.End = end
	r.captureN++
	if r.captureN >= 5 {
		r.capture = false
	}
}

func (r *run) lastFired() int {
	if len(r.fired) == 0 {
		return 0
	}
	return r.fired[len(r.fired)-1].Span.End
}

// possessive returns the length of s without its possessive ending, or 0.
func possessive(s string) int {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) {
			return len(s) - len(suf)
		}
	}
	return 0
}

// finish turns the raw score and modality into a Result.
func (r *run) finish(s float64) Result {
	switch {
	case r.question:
		r.hedged = true
		s *= r.rs.hedge
	case r.hedged:
		// A hedge weakens what is asserted, not what is denied: "Ortiz
		// says the man is not his brother" denies it.
		s = max(s, 0)*r.rs.hedge + min(s, 0)
	}
	score := s / (r.rs.scale + math.Abs(s))
	res := Result{Score: score, Hedged: r.hedged, Negated: r.negated, Fired: r.fired}
	if res.Fired == nil {
		res.Fired = []Fired{} // "rules": [] rather than null
	}
	res.Label = r.rs.label(score)
	if !r.aligns.IsZero() {
		res.Aligns = r.text[r.aligns.Start:r.aligns.End]
	}
	r.fired = nil
	return res
}

// label returns the label whose range holds score.
func (rs *RuleSet) label(score float64) string {
	for _, l := range rs.labels {
		if score >= l.min && score < l.max {
			return l.name
		}
	}
	if len(rs.labels) > 0 && score >= 1 {
		return rs.labels[len(rs.labels)-1].name
	}
	return ""
}

func (rs *RuleSet) get(text string) *run {
	r := rs.pool.Get().(*run)
	r.reset(rs, text)
	return r
}

func (rs *RuleSet) put(r *run) {
	r.text = ""
	rs.pool.Put(r)
}

// Toward returns the stance of a short text (a headline, a sentence)
// toward target, a claim or topic: whether the text asserts it (a score
// above zero), denies it (below zero) or only reports it (Hedged). A text
// that states something without taking a side asserts it, by the rule
// set's "assert" score. The target's own words are read too: hedges it
// holds ("Ortiz Steel plans to close its mill") do not hedge a text that
// repeats them, and when the target is negative itself ("tired of not
// finding a parking space") the text's negation up to the same amount agrees with it
// rather than denying it. target may be empty.
func (rs *RuleSet) Toward(text, target string) Result {
	r := rs.get(text)
	defer rs.put(r)
	var claimSum float64
	if target != "" {
		// Hedges the claim holds itself are part of what is claimed: "Ortiz
		// Steel plans to close" asserts the claim that it plans to close.
		claimSum, r.claimHedges = rs.claim(target)
	}
	r.scan(r, 0, len(text))
	r.endScope()
	if r.colon && r.colonWords > 0 && r.colonWords <= rs.tail && !r.frameOnly {
		// "Hale had knee surgery: aide" is attributed, not asserted.
		r.hedged = true
		r.fired = append(r.fired, Fired{Rule: "attribution tail", Pos: rs.tailPos, Span: quote.Span{Start: r.colonAt, End: len(text)}})
	}
	if r.sum < 0 && claimSum < 0 {
		// A claim that is negative itself ("tired of not finding a
		// parking space") is asserted, not denied, by text as negative as it.
		r.sum = min(r.sum-max(claimSum, r.sum), 0)
	}
	s := rs.assert + r.sum
	if r.frameNeg {
		r.negated = true
		s = -math.Abs(rs.assert) + min(r.sum, 0)
	}
	if s < 0 {
		s -= r.affirm // "confirms: not detained" confirms the denial
	} else {
		s += r.affirm
	}
	res := r.finish(s)
	res.Target = target
	return res
}

// claim returns the raw score of a target's own words and the hedges it
// holds ("Ortiz Steel plans to close its mill").
func (rs *RuleSet) claim(target string) (float64, []int32) {
	r := rs.get(target)
	defer rs.put(r)
	r.scan(r, 0, len(target))
	r.endScope()
	return r.sum, slices.Clone(r.hedges) // r goes back to the pool
}

// Quote returns the stance of what q reports, framed by its cue: the
// content is scored with the lexicon, then the cue's frame (by lemma, or
// else by class) turns it around ("denied"), hedges it ("claimed"),
// affirms it ("confirmed") or aligns the speaker with someone. The rest
// of the attribution can hedge it ("reportedly told") and align the
// speaker ("Lavrov echoed Rubio's remarks and told reporters ..."), but
// another reporting verb in it frames nothing: "said the talks could
// fail, adding that ..." neither hedges nor negates what was added.
// text is the text q was extracted from.
func (rs *RuleSet) Quote(text string, q quote.Quote) Result {
	r := rs.get(text)
	defer rs.put(r)
	valid := func(s quote.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(text) }
	r.content = true
	for _, c := range q.Content {
		if valid(c) {
			r.scan(r, c.Start, c.End)
			r.endScope()
			r.factor, r.factorN = 1, 0
		}
	}
	r.content = false
	s := r.sum
	// The words of the attribution outside its content: hedges and
	// align frames (see run.visit).
	if valid(q.Span) {
		r.frameOnly, r.skip = true, q.Cue.Span
		at := q.Span.Start
		for _, c := range q.Content {
			if valid(c) && c.Start >= at {
				r.other = false
				r.scan(r, at, c.Start)
				at = c.End
			}
		}
		if at < q.Span.End {
			r.other = false
			r.scan(r, at, q.Span.End)
		}
		r.frameOnly = false
	}
	ef, rule, p, w := rs.cueFrame(q.Cue)
	if ef != effectNone {
		r.fired = append(r.fired, Fired{Rule: rule, Pos: p, Span: q.Cue.Span})
	}
	if ef == effectNegate {
		r.negated = true
		if s == 0 {
			s = -w
		} else {
			s = -s
		}
	}
	switch ef {
	case effectHedge:
		r.hedged = true
	case effectAffirm:
		if s == 0 {
			s = w
		}
	}
	if q.Cue.Negated {
		r.negated = true
		s = -s
	}
	target := rs.targetOf(r, text, q)
	res := r.finish(s)
	res.Target = target
	return res
}

// cueFrame returns the frame of a quote's cue: the frame of its lemma, or
// else that of its class.
func (rs *RuleSet) cueFrame(c quote.Cue) (effect, string, string, float64) {
	if c.Lemma != "" {
		if ri, ok := rs.frames[strings.ToLower(c.Lemma)]; ok {
			ru := &rs.lex.rules[ri]
			if ru.effect == effectReport {
				// "said" only reports, and a quote is a report already.
				return effectNone, "", "", 0
			}
			return ru.effect, ru.name, ru.pos, ru.weight
		}
	}
	if int(c.Class) < len(rs.classes) {
		if f := rs.classes[c.Class]; f.effect != effectNone {
			return f.effect, f.rule, f.pos, 1
		}
	}
	return effectNone, "", "", 0
}

// targetOf returns the name of the target the quote's content mentions:
// the first literal the lexicon matched, or else the first target with a
// regular expression that matches a content piece.
func (rs *RuleSet) targetOf(r *run, text string, q quote.Quote) string {
	if r.target >= 0 {
		return rs.targets[r.target].name
	}
	for _, t := range rs.targets {
		for _, re := range t.regexps {
			for _, c := range q.Content {
				if 0 <= c.Start && c.Start <= c.End && c.End <= len(text) && re.MatchString(text[c.Start:c.End]) {
					return t.name
				}
			}
		}
	}
	return ""
}

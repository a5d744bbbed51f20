package textseg

// Range is a half-open range [From, To) of token indexes.
type Range struct{ From, To int }

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Sen": true, "Sens": true, "Rep": true, "Reps": true,
	"Gov": true, "Gen": true, "Lt": true, "Col": true, "Sgt": true, "Capt": true, "Cmdr": true, "Adm": true,
	"Maj": true, "Prof": true, "Rev": true, "St": true, "Jr": true, "Sr": true, "Pres": true, "Atty": true,
	"Jan": true, "Feb": true, "Apr": true, "Aug": true, "Sept": true, "Sep": true, "Oct": true, "Nov": true, "Dec": true,
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "No": true, "Nos": true, "vs": true, "Mt": true, "Ft": true,
	"Ave": true, "Blvd": true, "Gens": true, "Supt": true, "Hon": true, "approx": true, "etc": true, "Fig": true,
}

// stateAbbreviations are US states as news style abbreviates them
// ("Salem, Mass., said"). Unlike a title, one may end its sentence:
// "He lives in Lowell, Mass. He left."
var stateAbbreviations = map[string]bool{
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Fla": true,
	"Ga": true, "Ill": true, "Kan": true, "Ky": true, "Md": true, "Mass": true, "Mich": true, "Minn": true,
	"Miss": true, "Neb": true, "Nev": true, "Okla": true, "Ore": true, "Pa": true, "Tenn": true, "Vt": true,
	"Va": true, "Wis": true, "Wyo": true,
}

// starters are words that, capitalised after a dotted abbreviation such as
// "p.m." or "U.S.", begin a new sentence rather than continue a name.
var starters = map[string]bool{
	"He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "The": true, "This": true,
	"That": true, "But": true, "And": true, "His": true, "Her": true, "Their": true, "Its": true,
	"There": true, "Those": true, "These": true, "If": true, "When": true, "While": true, "After": true,
	"Before": true, "A": true, "An": true, "In": true, "On": true, "At": true, "As": true, "So": true,
}

// Sentences appends to dst the sentences of a paragraph's tokens as token
// ranges covering every token, and returns it. A sentence never ends inside
// a quotation: “A. B,” she said. is one sentence. Dots after abbreviations
// (Mr., Gov., Sept.) and initials (J. Smith) do not end sentences, and a
// sentence ends only where the next one starts with a capital letter, a
// digit or an opening mark.
func Sentences(dst []Range, text string, toks []Token, regions []Region) []Range {
	from := 0
	r := 0 // next region that may contain i
	for i := 0; i < len(toks); i++ {
		// Most tokens cannot end a sentence: skip them before the rest.
		switch t := &toks[i]; t.Kind {
		case Punct:
			if !isTerminal(t.Text(text)) {
				continue
			}
		case Word:
			if text[t.End-1] != '.' {
				continue
			}
		case Mark:
			if t.Role != Close {
				continue
			}
		default:
			continue
		}
		for r < len(regions) && regions[r].End <= toks[i].Start {
			r++
		}
		inside := r < len(regions) && regions[r].Start < toks[i].Start && toks[i].End <= regions[r].End &&
			(regions[r].Close < 0 || i < regions[r].Close)
		if inside {
			continue
		}
		t := toks[i]
		end := -1 // the last token of the sentence, if it ends here
		switch {
		case t.Kind == Punct && isTerminal(t.Text(text)) && !abbreviation(text, toks, i):
			end = i
		case t.Kind == Word && text[t.End-1] == '.' && i+1 < len(toks) && toks[i+1].Kind == Word && starters[toks[i+1].Text(text)]:
			// A dotted abbreviation that ends its sentence: "at 7 p.m. He says".
			end = i
		case t.Kind == Mark && t.Role == Close && terminalBefore(text, toks, i):
			end = i
		}
		if end < 0 {
			continue
		}
		// Closing brackets and marks stay with the sentence they close.
		for end+1 < len(toks) && !toks[end+1].SpaceBefore && closer(text, toks[end+1]) {
			end++
		}
		if end+1 >= len(toks) || !toks[end+1].SpaceBefore || !startsSentence(text, toks[end+1]) {
			i = end
			continue
		}
		dst = append(dst, Range{from, end + 1})
		from = end + 1
		i = end
	}
	if from < len(toks) {
		dst = append(dst, Range{from, len(toks)})
	}
	return dst
}

// terminalBefore reports whether the marks ending at toks[i] follow a
// sentence's final stop: .” or a stop and two straight single marks, as
// some archives write a closing double mark.
func terminalBefore(text string, toks []Token, i int) bool {
	j := i - 1
	for j >= 0 && j > i-3 && toks[j].Kind == Mark {
		j--
	}
	return j >= 0 && toks[j].Kind == Punct && isTerminal(toks[j].Text(text))
}

func isTerminal(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }

func closer(text string, t Token) bool {
	if t.Kind == Mark {
		return t.Role == Close
	}
	if t.Kind != Punct {
		return false
	}
	switch t.Text(text) {
	case ")", "]", ".", "!", "?", "…":
		return true
	}
	return false
}

func startsSentence(text string, t Token) bool {
	switch t.Kind {
	case Word:
		return t.Upper || isDigit(rune(text[t.Start]))
	case Mark:
		return t.Role == Open
	}
	switch t.Text(text) {
	case "(", "[", "—", "–", "-", "•", "*":
		return true
	}
	return false
}

// abbreviation reports whether the dot at toks[i] ends an abbreviation or
// an initial rather than a sentence.
func abbreviation(text string, toks []Token, i int) bool {
	if toks[i].Text(text) != "." || i == 0 || toks[i].SpaceBefore {
		return false
	}
	p := toks[i-1]
	if p.Kind != Word {
		return false
	}
	w := p.Text(text)
	if len(w) > maxAbbreviation {
		return false // most words before a dot: too long to look up
	}
	if abbreviations[w] {
		return true
	}
	if stateAbbreviations[w] {
		return !(i+1 < len(toks) && toks[i+1].Kind == Word && starters[toks[i+1].Text(text)])
	}
	// An initial: one upper-case letter, as in "J. Smith".
	return len(w) == 1 && p.Upper
}

// maxAbbreviation is the length of the longest of the abbreviations and
// state abbreviations.
var maxAbbreviation = func() int {
	n := 0
	for _, m := range []map[string]bool{abbreviations, stateAbbreviations} {
		for w := range m {
			n = max(n, len(w))
		}
	}
	return n
}()

// Abbreviation reports whether word (without its dot) is an abbreviation
// whose dot does not end a sentence: Mr, Gov, Sept, or an initial.
func Abbreviation(word string) bool {
	return len(word) <= maxAbbreviation && (abbreviations[word] || stateAbbreviations[word]) || len(word) == 1 && 'A' <= word[0] && word[0] <= 'Z'
}

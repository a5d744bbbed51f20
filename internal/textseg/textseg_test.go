package textseg

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// segmented is one paragraph run through Tokenize, Pair and Sentences.
type segmented struct {
	text    string
	toks    []Token
	regions []Region
	sents   []Range
}

func segment(text string) segmented {
	s := segmented{text: text}
	s.toks = Tokenize(nil, text, 0, len(text))
	var p Pairer
	s.regions = p.Pair(nil, text, s.toks, len(text))
	s.sents = Sentences(nil, text, s.toks, s.regions)
	return s
}

// tokens renders the tokens separated by spaces, each mark followed by its
// role in brackets: ‘[open] Rubio’s envoys ’[apostrophe] visit.
func (s segmented) tokens() string {
	var b strings.Builder
	for i, t := range s.toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text(s.text))
		if t.Kind == Mark {
			b.WriteString("[" + t.Role.String() + "]")
		}
	}
	return b.String()
}

// quotations returns the text of each region, with "…" appended to an
// unclosed one.
func (s segmented) quotations() []string {
	var out []string
	for _, r := range s.regions {
		q := s.text[r.Start:r.End]
		if r.Unclosed {
			q += "…"
		}
		out = append(out, q)
	}
	return out
}

func (s segmented) sentences() []string {
	var out []string
	for _, r := range s.sents {
		out = append(out, s.text[s.toks[r.From].Start:s.toks[r.To-1].End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		why  string
		text string
		want []string
	}{
		{
			name: "abbreviations",
			text: "Mr. Lavrov met Gov. Hale in the U.S. on Sept. 3. Then he left.",
			want: []string{"Mr. Lavrov met Gov. Hale in the U.S. on Sept. 3.", "Then he left."},
		},
		{
			name: "state abbreviations",
			text: "Mr. Morrow, retired in Salem, Mass., said so. He lives in Lowell, Mass. He left.",
			want: []string{"Mr. Morrow, retired in Salem, Mass., said so.", "He lives in Lowell, Mass.", "He left."},
		},
		{
			name: "suffix before a capital",
			text: "Martin Luther King Jr. Day is a holiday. It is in January.",
			want: []string{"Martin Luther King Jr. Day is a holiday.", "It is in January."},
		},
		{
			name: "initials",
			text: "J. R. Smith spoke. He left.",
			want: []string{"J. R. Smith spoke.", "He left."},
		},
		{
			name: "period inside a quotation",
			why:  "a sentence never ends inside a quotation",
			text: "“We will win. We always do,” he said. Then he left.",
			want: []string{"“We will win. We always do,” he said.", "Then he left."},
		},
		{
			name: "quotation ending the sentence",
			why:  "the closing mark stays with the sentence it closes",
			text: "He said “we will win.” Then he left.",
			want: []string{"He said “we will win.”", "Then he left."},
		},
		{
			name: "lower case after a dot",
			text: "The deal is worth 3.5 bn. dollars, he said.",
			want: []string{"The deal is worth 3.5 bn. dollars, he said."},
		},
		{
			name: "question and exclamation",
			text: "Why? Because! 2025 was hard.",
			want: []string{"Why?", "Because!", "2025 was hard."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := segment(tt.text).sentences()
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPair(t *testing.T) {
	tests := []struct {
		name       string
		why        string
		text       string
		tokens     string
		quotations []string
	}{
		{
			name:       "curly",
			text:       "“We will win,” he said.",
			tokens:     "“[open] We will win , ”[close] he said .",
			quotations: []string{"“We will win,”"},
		},
		{
			name:       "apostrophes inside a quotation",
			why:        "possessives and elisions in and after words are not closing marks",
			text:       "‘Rubio’s envoys’ visit won’t matter in the ’90s sense,’ Lavrov said.",
			tokens:     "‘[open] Rubio’s envoys ’[apostrophe] visit won’t matter in the ’[apostrophe] 90s sense , ’[close] Lavrov said .",
			quotations: []string{"‘Rubio’s envoys’ visit won’t matter in the ’90s sense,’"},
		},
		{
			name:   "apostrophes with no quotation",
			text:   "The envoys’ visit won’t matter, Rubio’s aide said of the ’90s.",
			tokens: "The envoys ’[apostrophe] visit won’t matter , Rubio’s aide said of the ’[apostrophe] 90s .",
		},
		{
			name:       "straight apostrophes",
			text:       "'The envoys' visit won't matter,' he said.",
			tokens:     "'[open] The envoys '[apostrophe] visit won't matter , '[close] he said .",
			quotations: []string{"'The envoys' visit won't matter,'"},
		},
		{
			name:       "low-high marks",
			text:       "„Wir gewinnen,“ sagte Lawrow.",
			tokens:     "„[open] Wir gewinnen , “[close] sagte Lawrow .",
			quotations: []string{"„Wir gewinnen,“"},
		},
		{
			name:       "guillemets pointing inwards",
			text:       "»Wir gewinnen,« sagte Lawrow.",
			tokens:     "»[open] Wir gewinnen , «[close] sagte Lawrow .",
			quotations: []string{"»Wir gewinnen,«"},
		},
		{
			name:       "guillemets pointing outwards",
			text:       "«Nous gagnerons», a dit Lavrov.",
			tokens:     "«[open] Nous gagnerons »[close] , a dit Lavrov .",
			quotations: []string{"«Nous gagnerons»"},
		},
		{
			name:       "mismatched marks",
			why:        "damaged text closes a curly quotation with a straight mark",
			text:       "“We will win,\" Lavrov said.",
			tokens:     "“[open] We will win , \"[close] Lavrov said .",
			quotations: []string{"“We will win,\""},
		},
		{
			name:       "closing mark opening a paragraph",
			why:        "a ” before an ellipsis at the start of a paragraph has nothing to close, so it opens",
			text:       "” … they are nothing like us,” she said.",
			tokens:     "”[open] … they are nothing like us , ”[close] she said .",
			quotations: []string{"” … they are nothing like us,”"},
		},
		{
			name:       "three apostrophes",
			why:        "before a word they open a double and then a single mark; after one they close the single and then the double",
			text:       "'''Harbor Quiz,''' he replied.",
			tokens:     "''[open] '[open] Harbor Quiz , '[close] ''[close] he replied .",
			quotations: []string{"'''Harbor Quiz,'''"},
		},
		{
			name:       "nested single marks",
			why:        "the inner quotation is part of the outer one's text",
			text:       "“He told me ‘never again’,” Witkoff said.",
			tokens:     "“[open] He told me ‘[open] never again ’[close] , ”[close] Witkoff said .",
			quotations: []string{"“He told me ‘never again’,”"},
		},
		{
			name:       "unclosed",
			text:       "Lavrov said: “We will win",
			tokens:     "Lavrov said : “[open] We will win",
			quotations: []string{"“We will win…"},
		},
		{
			name:       "two quotations",
			text:       "“We will win,” he said, “never.”",
			tokens:     "“[open] We will win , ”[close] he said , “[open] never . ”[close]",
			quotations: []string{"“We will win,”", "“never.”"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segment(tt.text)
			if diff := cmp.Diff(tt.tokens, s.tokens()); diff != "" {
				t.Errorf("tokens mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.quotations, s.quotations()); diff != "" {
				t.Errorf("quotations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "lines",
			text: "  One.\nTwo.\r\nThree. ",
			want: []string{"One.", "Two.", "Three."},
		},
		{
			name: "blank lines keep hard wraps",
			text: "One line\nwrapped.\n\n  \nTwo.\n",
			want: []string{"One line\nwrapped.", "Two."},
		},
		{
			name: "unusual spaces",
			text: "\u00a0\u200bOne.\u3000\v\n\u2028Two.\f",
			want: []string{"One.", "Two."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for p := range Paragraphs(tt.text) {
				got = append(got, tt.text[p.Start:p.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDoubledApostrophes(t *testing.T) {
	text := "''We will win,'' he said. It's fine."
	var p Pairer
	toks := Tokenize(nil, text, 0, len(text))
	regions := p.Pair(nil, text, toks, len(text))
	if len(regions) != 1 || text[regions[0].Start:regions[0].End] != "''We will win,''" {
		t.Fatalf("regions = %+v, want one for ''We will win,''", regions)
	}
	if g := toks[regions[0].Open].Glyph; g != StraightDbl {
		t.Errorf("glyph of '' = %v, want StraightDbl", g)
	}
}

func TestRegionLast(t *testing.T) {
	tests := []struct {
		name string
		why  string
		text string
		want string // the text of the last token of the first quotation
	}{
		{name: "plain", text: `"We will win," he said.`, want: ","},
		{
			name: "title at the end",
			why:  "American usage closes both quotations after the title's comma",
			text: `"He is the 'Main Backer,' " Dana Ortiz wrote.`,
			want: ",",
		},
		{name: "marks together", text: "“He is the ‘Sponsor,’” he wrote.", want: ","},
		{name: "title inside", text: `"The 'Deal' is off," he said.`, want: ","},
		{name: "unclosed", text: `He said: "We will 'win'`, want: "win"},
		{name: "empty", text: `"" he said`, want: `"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segment(tt.text)
			if len(s.regions) == 0 {
				t.Fatalf("no quotation in %q: %s", tt.text, s.tokens())
			}
			r := s.regions[0]
			if diff := cmp.Diff(tt.want, s.toks[r.Last(s.toks)].Text(s.text)); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestGarbledNames checks that a name whose encoding went wrong stays one
// word: a stray Latin-1 byte, or UTF-8 read as Latin-1.
func TestGarbledNames(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Jos\xe9 Ort\xedz said", "Jos\xe9 Ort\xedz said"},
		{"JosÃ© OrtÃ\u00adz said", "JosÃ© OrtÃ\u00adz said"},
		{"a \xe9 b", "a \xe9 b"},
		{"ok © 2016", "ok © 2016"},
	}
	for _, tt := range tests {
		s := segment(tt.text)
		if got := s.tokens(); got != tt.want || len(s.toks) != len(strings.Fields(tt.want)) {
			t.Errorf("Tokenize(%q) = %q in %d tokens, want %q", tt.text, got, len(s.toks), tt.want)
		}
	}
}

package quote

import "testing"

// TestNestedAtEnd covers quotations that end with a quotation nested in
// them: the punctuation before the inner closing mark is what ends the
// outer one, as American usage writes "... the 'Gold Patron,' " he wrote.
func TestNestedAtEnd(t *testing.T) {
	checkLayouts(t, New(Options{}), []layoutCase{
		{
			name: "title before the closing mark, attribution goes on",
			why:  "the comma inside 'Gold Patron,' ends the outer quotation, so the attribution may go on after its verb",
			text: `"That must be how he became the 'Gold Patron,' " Steve Witkoff wrote of the 2019 donation.`,
			want: []found{{
				Kind:    Direct,
				Content: []string{`"That must be how he became the 'Gold Patron,' "`},
				Cue:     "wrote",
				Source:  "Steve Witkoff",
			}},
		},
		{
			name: "no space between the marks",
			text: `"He is the 'Sponsor,'" Witkoff wrote in 2010.`,
			want: []found{{
				Kind:    Direct,
				Content: []string{`"He is the 'Sponsor,'"`},
				Cue:     "wrote in 2010",
				Source:  "Witkoff",
			}},
		},
		{
			name: "curly marks",
			text: "“He is the ‘Sponsor,’ ” Witkoff wrote of the gift.",
			want: []found{{
				Kind:    Direct,
				Content: []string{"“He is the ‘Sponsor,’ ”"},
				Cue:     "wrote",
				Source:  "Witkoff",
			}},
		},
	})
}

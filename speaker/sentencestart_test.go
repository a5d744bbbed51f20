package speaker

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/quote"
)

// TestSentenceStart checks that a common noun capitalised only because it
// opens a sentence ("The agency said") is read as the noun it is, exactly
// as "the agency" inside a sentence, and not as a name.
func TestSentenceStart(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		sources []string
		want    []string
	}{
		{name: "with nobody before", text: "The agency said no. Later the agency said yes.",
			sources: []string{"The agency", "the agency"},
			want:    []string{"the agency/organisation named", "the agency/organisation named"}},
		{name: "after the named agency", text: "The Environmental Protection Agency issued a rule. The agency said it would act. Later the agency said more.",
			sources: []string{"The agency", "the agency"},
			want: []string{"the Environmental Protection Agency/organisation role",
				"the Environmental Protection Agency/organisation role"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var qs []quote.Quote
			for _, s := range tt.sources {
				qs = append(qs, at(tt.text, s))
			}
			if diff := cmp.Diff(tt.want, attributed(Attribute(tt.text, qs))); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

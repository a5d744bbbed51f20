package polnear

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/speaker"
)

func TestParseReferents(t *testing.T) {
	src, err := os.ReadFile("testdata/referents.tsv")
	if err != nil {
		t.Fatal(err)
	}
	refs, problems := ParseReferents("testdata/referents.tsv", src)
	want := []Referent{
		{Article: "story", Start: 67, End: 69, Type: "person", Referent: "Sergei Lavrov", Line: 2},
		{Article: "story", Start: 100, End: 117, Type: "anonymous", Line: 3},
		{Article: "story", Start: 5, End: 9, Type: "person", Referent: "Someone", Line: 4}, // six columns
	}
	if diff := cmp.Diff(want, refs); diff != "" {
		t.Errorf("referents mismatch (-want +got):\n%s", diff)
	}
	// Line 5 is not annotated yet and skipped silently; 6, 7 and 8 are bad;
	// line 9 is a comment.
	var got []string
	for _, p := range problems {
		got = append(got, fmt.Sprintf("%s:%d", p.File, p.Line))
	}
	if diff := cmp.Diff([]string{"testdata/referents.tsv:6", "testdata/referents.tsv:7", "testdata/referents.tsv:8"}, got); diff != "" {
		t.Errorf("problems mismatch (-want +got):\n%s\n%v", diff, problems)
	}
}

// TestScoreReferents scores a made-up article: a pronoun resolved to the
// full name, an anonymous source, and a pronoun the extractor's quotes miss.
func TestScoreReferents(t *testing.T) {
	text := "Russian Foreign Minister Sergei Lavrov said the talks went well. He added that more work was needed.\n" +
		"A senior official said no deal was near.\n"
	span := func(s string) string {
		i := strings.Index(text, s)
		return fmt.Sprintf("%d %d", i, i+len(s))
	}
	ann := "T1\tSource " + span("Russian Foreign Minister Sergei Lavrov") + "\tx\n" +
		"T2\tCue " + span("said the") + "\tx\n" +
		"T3\tContent " + span("the talks went well") + "\tx\n" +
		"E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n" +
		"T4\tSource " + span("He") + "\tx\n" +
		"T5\tCue " + span("added") + "\tx\n" +
		"T6\tContent " + span("that more work was needed") + "\tx\n" +
		"E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n" +
		"T7\tSource " + span("A senior official") + "\tx\n" +
		"T8\tCue " + span("said no") + "\tx\n" +
		"T9\tContent " + span("no deal was near") + "\tx\n" +
		"E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9\n"
	a, problems := NewArticle("story", text, filepath.Join("attributions", "story_x.ann"), []byte(ann))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	refs := []Referent{
		{Article: "story", Type: "person", Referent: "Sergei Lavrov"},
		{Article: "story", Type: "anonymous"},
		{Article: "nowhere", Type: "person", Referent: "Nobody"},
	}
	for i, s := range []string{"He", "A senior official"} {
		fmt.Sscan(span(s), &refs[i].Start, &refs[i].End)
	}
	// The extractor finds only the first quote, so the pronoun and the
	// official are wrong end to end.
	extract := func(string) []quote.Quote { return []quote.Quote{goldQuote(a.Gold[0])} }
	// A referents file may cover part of a split: an article without
	// referents is neither scored nor unfound.
	other, _ := NewArticle("other", text, filepath.Join("attributions", "other_x.ann"), []byte(ann))
	g, e := ScoreReferents([]Article{other, a}, refs, extract)
	if g.Total != (Tally{N: 2, Right: 2}) || g.Unfound != 1 {
		t.Errorf("from gold: %+v, %d unfound; want 2 of 2 right, 1 unfound\n%s", g.Total, g.Unfound, strings.Join(g.Wrong, "\n"))
	}
	if e.Total != (Tally{N: 2, Right: 0}) {
		t.Errorf("end to end: %+v, want 0 of 2 right", e.Total)
	}
	if got := get(g.ByForm, "pronoun"); got != (Tally{N: 1, Right: 1}) {
		t.Errorf("pronouns from gold: %+v, want 1 of 1", got)
	}
	var out strings.Builder
	if err := WriteResolution(&out, g, e); err != nil || !strings.Contains(out.String(), "pronoun") {
		t.Errorf("table %q, %v", out.String(), err)
	}
}

func TestResolvedRight(t *testing.T) {
	d := speakerDoc()
	tests := []struct {
		name     string
		speakers []int
		typ, ref string
		want     bool
	}{
		{"full name", []int{0}, "person", "Robert C. Scott", true},
		{"name of the referent's words", []int{1}, "person", "Robert C. \"Bobby\" Scott", true},
		{"shared surname", []int{1}, "person", "Tim Scott", false},
		{"unique surname", []int{2}, "person", "Sergei Lavrov", true},
		{"unnamed person, no person resolved", []int{3}, "person", "", true},
		{"anonymous resolved to a person", []int{2}, "anonymous", "", false},
		{"organisation without the", []int{4}, "organisation", "Kremlin", true},
		{"shorter form of a name", []int{5}, "organisation", "Commission on Presidential Debates", true},
		{"label for part of the referent", []int{6}, "organisation", "Trump campaign", false},
		{"label of the referent", []int{6}, "organisation", "campaign", true},
		{"group of names", []int{2, 4}, "group", "Lavrov; the Kremlin", true},
		{"group missing a name", []int{2}, "group", "Lavrov; the Kremlin", false},
		{"unresolved person", nil, "person", "Sergei Lavrov", false},
	}
	for _, tt := range tests {
		if got := resolvedRight(d, tt.speakers, Referent{Type: tt.typ, Referent: tt.ref}); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func speakerDoc() speaker.Doc {
	return speaker.Doc{Speakers: []speaker.Speaker{
		{Name: "Robert C. Scott", Type: speaker.Person},
		{Name: "Bobby Scott", Type: speaker.Person},
		{Name: "Lavrov", Type: speaker.Person},
		{Name: "a senior official", Type: speaker.Anonymous},
		{Name: "the Kremlin", Type: speaker.Organisation},
		{Name: "Commission", Type: speaker.Organisation},
		{Name: "the campaign", Type: speaker.Organisation},
	}}
}

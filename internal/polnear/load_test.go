package polnear

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/quote"
)

// devDir is PolNeAR's dev split as the project lays it out next to the
// repository; tests that need it skip when it is absent.
const devDir = "../../../shared/corpora/polnear/dev"

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	// Code points: “Oui” 0-5, dit 6-9, Zoé 10-13, pense 19-24, que non. 25-33;
	// in bytes each of “, ” and é adds to the offsets after it.
	text := "“Oui” dit Zoé. Zoé pense que non.\n"
	writeFiles(t, dir, map[string]string{
		"text/a_b.txt": text,
		"attributions/a_b_1111.ann": "T1\tContent 0 5\t“Oui”\n" +
			"T2\tCue 6 9\tdit\n" +
			"T3\tSource 10 13\tZoé\n" +
			"E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\n" +
			"T4\tContent 25 33\tque non.\n" +
			"T5\tCue 19 24\tpense\n" +
			"E2\tAttribution-no-source:T5 Content:T4 Cue:T5\n" +
			"E3\tAttribution-no-source:T5 Cue:T5\n" +
			"T6\tContent 30 90\tpast the end\n" +
			"E4\tAttribution:T5 Content:T6\n" +
			"bad line\n",
		"attributions/a_b_2222.ann":   "not read\n",
		"attributions/a_b_c_1111.ann": "belongs to a_b_c\n",
		"text/lonely.txt":             "No annotations.",
		"text/notes.md":               "not an article",
	})
	arts, problems, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	ann := filepath.Join(dir, "attributions", "a_b_1111.ann")
	b := func(start, end int) []quote.Span { return []quote.Span{{Start: start, End: end}} }
	want := []Article{{
		Name:    "a_b",
		Text:    text,
		AnnFile: ann,
		Gold: []Gold{
			{Event: "E1", Line: 4, Kind: quote.Direct, Content: b(0, 9), Cue: b(10, 13), Source: b(14, 18)},
			{Event: "E2", Line: 7, Kind: quote.Indirect, Content: b(31, 39), Cue: b(25, 30)},
		},
	}}
	if diff := cmp.Diff(want, arts); diff != "" {
		t.Errorf("articles mismatch (-want +got):\n%s", diff)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.Error())
	}
	wantProblems := []string{
		ann + ":8: E3: attribution has no content; skipped",
		ann + ":10: E4: span 30-90 outside text of 34 code points; skipped",
		ann + ":11: malformed line: no tab",
		filepath.Join(dir, "text", "lonely.txt") + ": no annotation file; article skipped",
	}
	if diff := cmp.Diff(wantProblems, got); diff != "" {
		t.Errorf("problems mismatch (-want +got):\n%s", diff)
	}
}

func TestLoadMissingDir(t *testing.T) {
	if _, _, err := Load(filepath.Join(t.TempDir(), "nothing")); err == nil {
		t.Error("Load of a missing directory returned no error")
	}
}

// TestDevOracle feeds the dev gold back as predictions: whatever the
// corpus holds, a perfect extractor must score 1 everywhere.
func TestDevOracle(t *testing.T) {
	if _, err := os.Stat(devDir); err != nil {
		t.Skipf("PolNeAR dev split not found at %s (see examples/polnear for how to get it): %v", devDir, err)
	}
	arts, _, err := Load(devDir)
	if err != nil {
		t.Fatal(err)
	}
	texts := make(map[string][]quote.Quote)
	for _, a := range arts {
		texts[a.Text] = mirror(a)
	}
	r := Score(arts, Options{
		Extract:   func(text string) []quote.Quote { return texts[text] },
		Reporting: func(string) bool { return true },
	})
	for _, c := range []Category{DirectMixed, Indirect} {
		n := r.Counts(c)
		if n.Gold == 0 || n.Precision() != 1 || n.Recall() != 1 || n.CueAccuracy() != 1 || n.SourceAccuracy() != 1 {
			t.Errorf("%s: gold %d, P %.3f, R %.3f, cue %.3f, source %.3f; want all 1",
				c, n.Gold, n.Precision(), n.Recall(), n.CueAccuracy(), n.SourceAccuracy())
		}
	}
	if r.Speech.Recall() != 1 {
		t.Errorf("speech-only recall %.3f, want 1", r.Speech.Recall())
	}
}

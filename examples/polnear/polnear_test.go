package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/internal/polnear"
)

// devDir is PolNeAR's dev split as the project lays it out next to the
// repository; see the package comment for how to get it.
const devDir = "../../../shared/corpora/polnear/dev"

// The targets on the dev split, for direct and mixed quotes and for
// indirect speech (indirect attributions whose cue is a reporting verb or
// phrase), and the floors the extractor is held to. The floors sit just under what the
// extractor scores today, so a change that loses accuracy fails; they rise
// towards the targets as the extractor improves. A target not yet met is
// logged, not failed.
var devChecks = []struct {
	name          string
	row           func(*polnear.Result) polnear.Counts
	score         func(polnear.Counts) float64
	floor, target float64
}{
	{"direct+mixed F1", directMixed, polnear.Counts.F1, 0.880, 0.90},
	{"direct+mixed source accuracy", directMixed, polnear.Counts.SourceAccuracy, 0.97, 0.88},
	{"direct+mixed cue accuracy", directMixed, polnear.Counts.CueAccuracy, 0.98, 0.90},
	{"indirect speech F1", speech, polnear.Counts.F1, 0.702, 0.70},
	{"indirect speech source accuracy", speech, polnear.Counts.SourceAccuracy, 0.96, 0.85},
	{"indirect speech cue accuracy", speech, polnear.Counts.CueAccuracy, 0.99, 0.90},
}

func directMixed(r *polnear.Result) polnear.Counts { return r.DirectMixed }
func speech(r *polnear.Result) polnear.Counts      { return r.Speech }

func TestDevFloors(t *testing.T) {
	if _, err := os.Stat(devDir); err != nil {
		t.Skipf("PolNeAR dev split not found at %s; get it from github.com/networkdynamics/PolNeAR: %v", devDir, err)
	}
	articles, problems, err := load([]string{devDir})
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Logf("%d annotation problems, first: %v", len(problems), problems[0])
	}
	r := polnear.Score(articles, scoreOptions())
	var table strings.Builder
	if err := r.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles\n%s", r.Articles, table.String())

	for _, c := range devChecks {
		got := c.score(c.row(r))
		if got < c.floor {
			t.Errorf("%s = %.3f, below the floor %.3f", c.name, got, c.floor)
		}
		if got < c.target {
			t.Logf("%s = %.3f, short of the target %.2f", c.name, got, c.target)
		}
	}
}

// referentsFile is the annotated referents of the dev split's pronoun and
// nominal sources (format in internal/polnear). HEARSAY_REFERENTS, a
// comma-separated list of files in the same format, replaces it.
const referentsFile = "../../testdata/polnear-dev-referents.tsv"

// trainDir and trainSampleFile are PolNeAR's train split and the annotated
// referents of a seeded sample of its articles (how it was drawn is in the
// file's header). The resolver is developed on the dev referents; the
// sample is held out, so its floors tell whether a gain on dev carries over.
const (
	trainDir        = "../../../shared/corpora/polnear/train"
	trainSampleFile = "../../testdata/polnear-train-sample-referents.tsv"
)

// trainTuneFile is the annotated referents of a second seeded sample of
// train articles, apart from the held-out one, on which the resolver's
// rules are fitted beside dev (how it was drawn is in the file's header).
const trainTuneFile = "../../testdata/polnear-train-tune-referents.tsv"

// resolutionCheck is a floor of speaker resolution on annotated referents,
// just under what it scores, and a target; a target not yet met is logged.
type resolutionCheck struct {
	name   string
	tally  func(g, e *polnear.Resolution) polnear.Tally
	floor  float64
	target float64
}

func fromGoldAll(g, _ *polnear.Resolution) polnear.Tally { return g.Total }
func fromGoldPronouns(g, _ *polnear.Resolution) polnear.Tally {
	return tallyOf(g.ByForm, "pronoun")
}
func fromGoldNominals(g, _ *polnear.Resolution) polnear.Tally {
	return tallyOf(g.ByForm, "nominal")
}
func endToEndAll(_, e *polnear.Resolution) polnear.Tally { return e.Total }

// The floors on the dev referents, and the target for resolution from gold
// quotes. All three sets' floors were lowered when the scorer stopped
// taking a lower-case label ("the campaign") for the longer referent it is
// part of ("Trump campaign"): such a source is unresolved.
var resolutionChecks = []resolutionCheck{
	{"from gold, all", fromGoldAll, 0.848, 0.85},
	{"from gold, pronouns", fromGoldPronouns, 0.90, 0.85},
	{"from gold, nominals", fromGoldNominals, 0.715, 0.85},
	{"end to end, all", endToEndAll, 0.51, 0},
}

// The floors on the held-out train sample.
var trainSampleChecks = []resolutionCheck{
	{"from gold, all", fromGoldAll, 0.815, 0.85},
	{"from gold, pronouns", fromGoldPronouns, 0.845, 0.85},
	{"from gold, nominals", fromGoldNominals, 0.76, 0.85},
	{"end to end, all", endToEndAll, 0.52, 0},
}

// The floors on the train tuning sample. Its third batch of articles,
// harder than the first two, lowered end to end from 0.56; its fourth,
// with more nominals, lowered all and nominals; its fifth, with many
// groups, lowered all, nominals and end to end again; its sixth, with
// hard pronouns, lowered all and pronouns.
var trainTuneChecks = []resolutionCheck{
	{"from gold, all", fromGoldAll, 0.887, 0.85},
	{"from gold, pronouns", fromGoldPronouns, 0.91, 0.85},
	{"from gold, nominals", fromGoldNominals, 0.815, 0.85},
	{"end to end, all", endToEndAll, 0.51, 0},
}

func tallyOf(m map[string]*polnear.Tally, k string) polnear.Tally {
	if t := m[k]; t != nil {
		return *t
	}
	return polnear.Tally{}
}

func TestResolutionFloors(t *testing.T) {
	files := os.Getenv("HEARSAY_REFERENTS")
	if files == "" {
		files = referentsFile
	}
	checkResolution(t, devDir, files, resolutionChecks)
}

func TestTrainSampleResolutionFloors(t *testing.T) {
	checkResolution(t, trainDir, trainSampleFile, trainSampleChecks)
}

func TestTrainTuneResolutionFloors(t *testing.T) {
	checkResolution(t, trainDir, trainTuneFile, trainTuneChecks)
}

// checkResolution scores speaker resolution on the referents in files, a
// comma-separated list, against the corpus in dir, and holds it to checks.
// It skips when the corpus or a file is absent.
func checkResolution(t *testing.T, dir, files string, checks []resolutionCheck) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("PolNeAR split not found at %s: %v", dir, err)
	}
	for _, f := range strings.Split(files, ",") {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("no referents file: %v", err)
		}
	}
	refs, problems, err := loadReferents(files)
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Errorf("%d problems in the referents, first: %v", len(problems), problems[0])
	}
	articles, _, err := load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	g, e := polnear.ScoreReferents(articles, refs, scoreOptions().Extract)
	var table strings.Builder
	if err := polnear.WriteResolution(&table, g, e); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d referents\n%s", len(refs), table.String())
	if g.Unfound > len(refs)/20 {
		t.Errorf("%d of %d referents match no gold source", g.Unfound, len(refs))
	}
	for _, c := range checks {
		tl := c.tally(g, e)
		got := tl.Accuracy()
		if tl.N == 0 {
			t.Errorf("%s: no referents", c.name)
			continue
		}
		if got < c.floor {
			t.Errorf("%s = %.3f, below the floor %.3f", c.name, got, c.floor)
		}
		if got < c.target {
			t.Logf("%s = %.3f, short of the target %.2f", c.name, got, c.target)
		}
	}
}

func TestIsReportingCue(t *testing.T) {
	tests := []struct {
		cue  string
		want bool
	}{
		{"said", true},
		{"Said", true},
		{"told reporters", true},
		{"has said", true},
		{"according to", true},
		{"According  to", true},
		{"according", false},
		{"believes", false},
		{"wants", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isReportingCue(tt.cue); got != tt.want {
			t.Errorf("isReportingCue(%q) = %v, want %v", tt.cue, got, tt.want)
		}
	}
}

func TestRun(t *testing.T) {
	corpus := t.TempDir()
	for name, content := range map[string]string{
		"text/one.txt":             "“We won,” she said.\n",
		"attributions/one_abc.ann": "T1\tContent 0 9\t“We won,”\nT2\tCue 14 18\tsaid\nT3\tSource 10 13\tshe\nE1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\nstray\n",
	} {
		path := filepath.Join(corpus, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	errorsFile := filepath.Join(t.TempDir(), "errors.txt")
	referents := filepath.Join(t.TempDir(), "referents.tsv")
	if err := os.WriteFile(referents, []byte("one\t10\t13\tperson\t\none\t1\tx\tperson\t\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantOut    string // a line the output must contain
		wantErr    string // a line standard error must contain
		noOut      bool   // nothing is scored: the problem is found first
	}{
		{name: "no directory", wantStatus: 2, wantErr: "usage: polnear [-v] [-q] [-agreement] [-errors FILE] [-referents FILE[,FILE...]] DIR..."},
		{name: "help", args: []string{"-h"}, wantStatus: 0, wantErr: "usage: polnear [-v] [-q] [-agreement] [-errors FILE] [-referents FILE[,FILE...]] DIR..."},
		{name: "bad flag", args: []string{"-x", corpus}, wantStatus: 2, wantErr: "flag provided but not defined: -x"},
		{name: "missing directory", args: []string{filepath.Join(corpus, "none")}, wantStatus: 1, wantErr: "polnear: " + filepath.Join(corpus, "none") + " has no text/ directory: give a split of the corpus, the directory that holds text/ and attributions/ (such as PolNeAR/data/dev)"},
		{name: "text directory given", args: []string{filepath.Join(corpus, "text")}, wantStatus: 1, wantErr: "polnear: " + filepath.Join(corpus, "text") + " has no text/ directory"},
		{
			name:       "scores and reports annotation problems",
			args:       []string{corpus},
			wantStatus: 0,
			wantOut:    "1 article",
			wantErr:    filepath.Join(corpus, "attributions", "one_abc.ann") + ":5: malformed line: no tab",
		},
		{name: "verbose", args: []string{"-v", corpus}, wantStatus: 0, wantOut: "one"},
		{name: "agreement, one annotator", args: []string{"-agreement", corpus}, wantStatus: 0, wantOut: "annotators: no text is annotated in more than one file"},
		{
			name:       "agreement",
			args:       []string{"-agreement", filepath.Join("..", "..", "internal", "polnear", "testdata", "agree")},
			wantStatus: 0,
			wantOut:    "annotators on the 1 text annotated more than once (1 pair, each later file against the first)",
		},
		{
			name:       "referents",
			args:       []string{"-referents", referents, "-errors", filepath.Join(t.TempDir(), "errors.txt"), corpus},
			wantStatus: 0,
			wantOut:    "resolution  n  from gold  end to end",
			wantErr:    referents + ":2: bad span",
		},
		{name: "referents missing", args: []string{"-referents", referents + ".none", corpus}, wantStatus: 1, wantErr: "polnear: open " + referents + ".none", noOut: true},
		{name: "errors file", args: []string{"-errors", errorsFile, corpus}, wantStatus: 0, wantOut: "direct+mixed"},
		{
			name:       "errors file not writable",
			args:       []string{"-errors", filepath.Join(corpus, "none", "errors.txt"), corpus},
			wantStatus: 1,
			wantErr:    "polnear: open " + filepath.Join(corpus, "none", "errors.txt"),
			noOut:      true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr strings.Builder
			status := run(tt.args, &stdout, &stderr)
			if status != tt.wantStatus {
				t.Errorf("status = %d, want %d; stderr:\n%s", status, tt.wantStatus, stderr.String())
			}
			if tt.noOut && stdout.Len() > 0 {
				t.Errorf("stdout %q, want nothing", stdout.String())
			}
			if !strings.Contains(stdout.String(), tt.wantOut) {
				t.Errorf("stdout does not contain %q:\n%s", tt.wantOut, stdout.String())
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("stderr does not contain %q:\n%s", tt.wantErr, stderr.String())
			}
		})
	}

	got, err := os.ReadFile(errorsFile)
	if err != nil {
		t.Fatal(err)
	}
	// Whatever the extractor finds, the file lists every kind of finding.
	var heads []string
	for line := range strings.Lines(string(got)) {
		if strings.HasPrefix(line, "# ") {
			heads = append(heads, strings.Fields(line)[1])
		}
	}
	want := []string{"missed:", "spurious:", "wrong-cue:", "wrong-source:"}
	if diff := cmp.Diff(want, heads); diff != "" {
		t.Errorf("error file sections mismatch (-want +got):\n%s", diff)
	}
}

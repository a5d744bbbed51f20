package polnear

import (
	"strings"
	"testing"
)

func TestAgreement(t *testing.T) {
	reporting := func(cue string) bool { return cue == "said" }
	r, texts, problems, err := Agreement("testdata/agree", Options{Reporting: reporting})
	if err != nil || len(problems) > 0 {
		t.Fatalf("Agreement: %v %v", err, problems)
	}
	if strings.Join(texts, " ") != "bridge" {
		t.Errorf("texts %q, want only the text annotated twice", texts)
	}
	if r.Articles != 1 {
		t.Errorf("%d pairs, want 1", r.Articles)
	}
	// The second annotator found the direct quote and missed the reported
	// speech: full agreement on one row, none on the other.
	if dm := r.DirectMixed; dm.Gold != 1 || dm.Pred != 1 || dm.Matched != 1 || dm.CueRight != 1 || dm.SourceRight != 1 {
		t.Errorf("direct+mixed %+v, want one quote matched with its cue and source", dm)
	}
	if s := r.Speech; s.Gold != 1 || s.Pred != 0 || s.Matched != 0 {
		t.Errorf("indirect speech %+v, want one gold and nothing predicted", s)
	}
}

func TestAgreementMissingDir(t *testing.T) {
	if _, _, _, err := Agreement("testdata/none", Options{}); err == nil {
		t.Error("no error for a missing directory")
	}
}

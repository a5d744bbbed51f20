package polnear

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/hearsaynlp/hearsay/internal/brat"
	"github.com/hearsaynlp/hearsay/quote"
)

// Agreement measures how far the annotators of dir agree with each other:
// the level an extractor can hope to reach on the same annotations. For
// every text annotated in several files, each later file is scored, as if
// it were an extractor's output, against the first (the file [Load]
// reads), with opts less its Extract. The result's Articles counts these
// pairs; texts names the texts, sorted. Problems and the error are as in
// [Load].
func Agreement(dir string, opts Options) (r *Result, texts []string, problems brat.ErrorList, err error) {
	r = &Result{HasSpeech: opts.Reporting != nil}
	files, err := annotationFiles(filepath.Join(dir, "attributions"))
	if err != nil {
		return r, nil, nil, err
	}
	for name, paths := range files {
		if len(paths) > 1 {
			texts = append(texts, name)
		}
	}
	slices.Sort(texts)
	for _, name := range texts {
		textPath := filepath.Join(dir, "text", name+".txt")
		text, err := os.ReadFile(textPath)
		if errors.Is(err, fs.ErrNotExist) {
			problems = append(problems, &brat.Error{File: textPath, Msg: "no text for these annotations; skipped"})
			continue
		} else if err != nil {
			return r, texts, problems, err
		}
		var first Article
		for i, f := range files[name] {
			src, err := os.ReadFile(f)
			if err != nil {
				return r, texts, problems, err
			}
			a, probs := NewArticle(name, string(text), f, src)
			problems = append(problems, probs...)
			if i == 0 {
				first = a
				continue
			}
			preds := asExtracted(a.Gold)
			o := opts
			o.Extract = func(string) []quote.Quote { return preds }
			r.Add(ScoreArticle(&first, o))
		}
	}
	problems.Sort()
	return r, texts, problems, nil
}

// asExtracted returns the quotes of gold attributions, sorted as an
// extractor returns them.
func asExtracted(gold []Gold) []quote.Quote {
	qs := make([]quote.Quote, len(gold))
	for i, g := range gold {
		qs[i] = goldQuote(g)
	}
	slices.SortStableFunc(qs, func(a, b quote.Quote) int { return a.Span.Start - b.Span.Start })
	return qs
}

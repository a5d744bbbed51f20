package polnear

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hearsaynlp/hearsay/internal/brat"
	"github.com/hearsaynlp/hearsay/quote"
)

// Article is one annotated text.
type Article struct {
	// Name is the text's file name without ".txt".
	Name string
	// Text is the article as read, unmodified.
	Text string
	// AnnFile is the path of the annotation file the gold came from.
	AnnFile string
	// Gold holds the usable attributions in file order.
	Gold []Gold
}

// Gold is one annotated attribution, in byte offsets into its article.
type Gold struct {
	// Event is the brat event id ("E33") and Line its line in the file.
	Event string
	Line  int
	// Kind is derived from the quote marks by [GoldKind].
	Kind quote.Kind
	// Content is sorted and free of overlaps; it is never empty.
	Content []quote.Span
	// Cue and Source are as annotated; empty when the event has none.
	Cue    []quote.Span
	Source []quote.Span
}

// Load reads every article under dir. Problems with the annotations (bad
// lines, spans past the end of the text, attributions without content, a
// text without annotations) do not stop it: the affected items are skipped
// and the problems returned, sorted, in the list. The error is for I/O
// failures only; when it is not nil the articles are incomplete.
//
// When several annotation files exist for one text, the first by file name
// is read. Annotator suffixes contain no underscore.
func Load(dir string) ([]Article, brat.ErrorList, error) {
	textDir := filepath.Join(dir, "text")
	annDir := filepath.Join(dir, "attributions")
	texts, err := os.ReadDir(textDir)
	if err != nil {
		return nil, nil, err
	}
	annFor, err := annotationFiles(annDir)
	if err != nil {
		return nil, nil, err
	}

	var arts []Article
	var problems brat.ErrorList
	for _, e := range texts {
		name, ok := strings.CutSuffix(e.Name(), ".txt")
		if !ok || e.IsDir() {
			continue
		}
		textPath := filepath.Join(textDir, e.Name())
		files, ok := annFor[name]
		if !ok {
			problems = append(problems, &brat.Error{File: textPath, Msg: "no annotation file; article skipped"})
			continue
		}
		text, err := os.ReadFile(textPath)
		if err != nil {
			return arts, problems, err
		}
		src, err := os.ReadFile(files[0])
		if err != nil {
			return arts, problems, err
		}
		a, probs := NewArticle(name, string(text), files[0], src)
		problems = append(problems, probs...)
		arts = append(arts, a)
	}
	problems.Sort()
	return arts, problems, nil
}

// annotationFiles returns the annotation files of dir by the name of the
// text they annotate, each list sorted by file name.
func annotationFiles(dir string) (map[string][]string, error) {
	anns, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		return nil, err
	}
	files := make(map[string][]string)
	for _, e := range anns {
		base, ok := strings.CutSuffix(e.Name(), ".ann")
		if !ok || e.IsDir() {
			continue
		}
		if i := strings.LastIndexByte(base, '_'); i >= 0 {
			files[base[:i]] = append(files[base[:i]], filepath.Join(dir, e.Name()))
		}
	}
	return files, nil
}

// NewArticle builds an article from its text and the contents src of its
// annotation file annPath. It returns the problems found; attributions
// with problems are left out.
func NewArticle(name, text, annPath string, src []byte) (Article, brat.ErrorList) {
	a := Article{Name: name, Text: text, AnnFile: annPath}
	attrs, err := brat.Parse(annPath, src)
	var problems brat.ErrorList
	if err != nil && !errors.As(err, &problems) {
		problems = brat.ErrorList{{File: annPath, Msg: err.Error()}}
	}
	offsets := brat.NewOffsets(text)
	inside := quoted(text)
	for _, at := range attrs {
		if len(at.Content) == 0 {
			problems = append(problems, &brat.Error{File: annPath, Line: at.Line, Msg: at.ID + ": attribution has no content; skipped"})
			continue
		}
		b, err := offsets.Attribution(at)
		if err != nil {
			problems = append(problems, &brat.Error{File: annPath, Line: at.Line, Msg: fmt.Sprintf("%s: %v; skipped", at.ID, err)})
			continue
		}
		g := Gold{
			Event:   at.ID,
			Line:    at.Line,
			Content: normalize(toQuote(b.Content)),
			Cue:     toQuote(b.Cue),
			Source:  toQuote(b.Source),
		}
		g.Kind = kindOf(text, inside, g.Content)
		a.Gold = append(a.Gold, g)
	}
	return a, problems
}

func toQuote(in []brat.Span) []quote.Span {
	if len(in) == 0 {
		return nil
	}
	out := make([]quote.Span, len(in))
	for i, s := range in {
		out[i] = quote.Span{Start: s.Start, End: s.End}
	}
	return out
}

// normalize sorts spans and merges the ones that overlap or touch, dropping
// empty ones. It reuses the backing array of spans.
func normalize(spans []quote.Span) []quote.Span {
	slices.SortFunc(spans, func(a, b quote.Span) int { return a.Start - b.Start })
	out := spans[:0]
	for _, s := range spans {
		if s.End <= s.Start {
			continue
		}
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

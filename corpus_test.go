package hearsay_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// corpusDir is where the annotated corpora live, beside the checkout.
const corpusDir = "../shared/corpora"

// copyRun is the shortest run of bytes that, shared with a corpus text,
// counts as copied: longer than names and stock phrases ("the
// Environmental Protection Agency said"), shorter than any sentence.
const copyRun = 40

// The corpora are for measuring, and their texts are copyrighted news: no
// test sentence, comment or data file of the project may repeat them.
// TestNoCorpusText looks for any run of copyRun bytes of a project file
// that also occurs in a corpus text.
func TestNoCorpusText(t *testing.T) {
	texts, err := corpusTexts()
	if err != nil || len(texts) == 0 {
		t.Skipf("corpora not found under %s: %v", corpusDir, err)
	}
	var runs []uint64
	for _, text := range texts {
		runs = appendRunHashes(runs, text)
	}
	slices.Sort(runs)

	found := 0
	var hashes []uint64
	err = filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != "." && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(path, "-referents.tsv") || path == filepath.Join("testdata", "riyadh-talks.txt") {
			// The referent files name whom sources refer to, in the
			// articles' own words by design; the bundled article shares
			// stock phrases with the news ("Speaking to reporters after
			// the meeting,").
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil || bytes.IndexByte(data, 0) >= 0 {
			return err // a binary file holds no prose
		}
		for i, line := range bytes.Split(data, []byte("\n")) {
			hashes = appendRunHashes(hashes[:0], line)
			for _, h := range hashes {
				if _, ok := slices.BinarySearch(runs, h); ok {
					found++
					if found <= 20 {
						t.Errorf("%s:%d repeats corpus text: %s", path, i+1, bytes.TrimSpace(line))
					}
					break
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found > 20 {
		t.Errorf("%d lines in all repeat corpus text", found)
	}
}

// corpusTexts reads the article texts of PolNeAR's splits and Emergent's
// files.
func corpusTexts() ([][]byte, error) {
	names, err := filepath.Glob(filepath.Join(corpusDir, "polnear", "*", "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	emergent, err := filepath.Glob(filepath.Join(corpusDir, "emergent", "*.csv"))
	if err != nil {
		return nil, err
	}
	var texts [][]byte
	for _, name := range append(names, emergent...) {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		texts = append(texts, data)
	}
	return texts, nil
}

// appendRunHashes appends a rolling hash of every run of copyRun bytes of
// b, in one pass.
func appendRunHashes(hashes []uint64, b []byte) []uint64 {
	const base = 1099511628211
	if len(b) < copyRun {
		return hashes
	}
	var top uint64 = 1 // base^(copyRun-1), the weight of a run's first byte
	for range copyRun - 1 {
		top *= base
	}
	var h uint64
	for i, c := range b {
		if i >= copyRun {
			h -= uint64(b[i-copyRun]) * top
		}
		h = h*base + uint64(c)
		if i >= copyRun-1 {
			hashes = append(hashes, h)
		}
	}
	return hashes
}

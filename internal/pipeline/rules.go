package pipeline

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/hearsaynlp/hearsay/stance"
)

// Rules is the repeatable -rules FILE flag of hearsay's programs: rule
// files that extend the default rules, in the order given. Register it with
// flag.Var(&rules, "rules", ...).
type Rules []string

// String returns the files, comma-separated.
func (r *Rules) String() string { return strings.Join(*r, ",") }

// Set adds a file.
func (r *Rules) Set(name string) error {
	if name == "" {
		return errors.New("empty file name")
	}
	*r = append(*r, name)
	return nil
}

// Files returns the default rule file followed by the files of r, read
// from fsys (nil means the operating system's files). Its error is a
// [stance.ErrorList] naming every file that cannot be read (category
// [stance.ErrIO]); the files that could be read are returned all the same.
func (r Rules) Files(fsys fs.FS) ([]stance.File, error) {
	return r.files(fsys, true)
}

func (r Rules) files(fsys fs.FS, withDefault bool) ([]stance.File, error) {
	read := os.ReadFile
	if fsys != nil {
		read = func(name string) ([]byte, error) { return fs.ReadFile(fsys, name) }
	}
	var files []stance.File
	if withDefault {
		files = append(files, stance.DefaultFile())
	}
	var unread stance.ErrorList
	for _, name := range r {
		src, err := read(name)
		if err != nil {
			msg := err.Error()
			var pe *fs.PathError
			if errors.As(err, &pe) {
				msg = pe.Err.Error()
			}
			unread = append(unread, &stance.Error{File: name, Msg: msg, Kind: stance.ErrIO, Cause: err})
			continue
		}
		files = append(files, stance.File{Name: name, Src: src})
	}
	return files, unread.Err()
}

// Compile compiles the default rules extended by the files of r, read
// from fsys (nil means the operating system's files); with no files it
// returns [stance.Default]. Its error is a [stance.ErrorList] with every
// problem of every file at once, a file that cannot be read among them
// (category [stance.ErrIO]).
func (r Rules) Compile(fsys fs.FS) (*stance.RuleSet, error) {
	return r.compile(fsys, true)
}

func (r Rules) compile(fsys fs.FS, withDefault bool) (*stance.RuleSet, error) {
	if len(r) == 0 && withDefault {
		return stance.Default(), nil
	}
	files, readErr := r.files(fsys, withDefault)
	rs, err := stance.ParseFiles(files...)
	if readErr == nil {
		return rs, err
	}
	var list stance.ErrorList
	if err != nil && !errors.As(err, &list) {
		return nil, err
	}
	list = append(readErr.(stance.ErrorList), list...)
	list.Sort()
	return nil, list
}

// Load is [Rules.Compile] for a program: on failure it writes every
// problem to w, one per line as FILE:LINE:COL: message, then
// "prog: N problems in the rule files", and returns false, after which
// the program exits with status 2, as for a bad command line.
func (r Rules) Load(w io.Writer, prog string) (*stance.RuleSet, bool) {
	return r.load(w, prog, true)
}

// LoadOwn is [Rules.Load] without the default rules: the rule set holds
// only the files of r (a program's -nodefault flag). With no files it
// says that -nodefault needs -rules.
func (r Rules) LoadOwn(w io.Writer, prog string) (*stance.RuleSet, bool) {
	if len(r) == 0 {
		fmt.Fprintf(w, "%s: -nodefault leaves no rules: give the rule files to use with -rules FILE\n", prog)
		return nil, false
	}
	return r.load(w, prog, false)
}

func (r Rules) load(w io.Writer, prog string, withDefault bool) (*stance.RuleSet, bool) {
	rs, err := r.compile(nil, withDefault)
	if err == nil {
		return rs, true
	}
	var list stance.ErrorList
	if !errors.As(err, &list) {
		fmt.Fprintf(w, "%s: %v\n", prog, err)
		return nil, false
	}
	for _, e := range list {
		fmt.Fprintln(w, e)
	}
	if len(list) == 1 {
		fmt.Fprintf(w, "%s: 1 problem in the rule files\n", prog)
	} else {
		fmt.Fprintf(w, "%s: %d problems in the rule files\n", prog, len(list))
	}
	return nil, false
}

package rulefiles

import (
	"errors"
	"os"

	"github.com/hearsaynlp/hearsay/stance"
)

// Load compiles the rule files named, in order, after the default rules
// unless noDefault. With no names and not noDefault it returns
// [stance.Default]. A file that cannot be read does not stop the others
// from being checked: the error, when not nil, is a [stance.ErrorList]
// of every problem of every file, sorted by position, and the rule set is
// then nil.
func Load(names []string, noDefault bool) (*stance.RuleSet, error) {
	if len(names) == 0 && !noDefault {
		return stance.Default(), nil
	}
	var files []stance.File
	if !noDefault {
		files = append(files, stance.DefaultFile())
	}
	var errs stance.ErrorList
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			errs = append(errs, &stance.Error{File: n, Msg: err.Error(), Kind: stance.ErrIO, Cause: err})
			continue
		}
		files = append(files, stance.File{Name: n, Src: src})
	}
	rs, err := stance.ParseFiles(files...)
	if err != nil {
		var list stance.ErrorList
		if !errors.As(err, &list) {
			return nil, err
		}
		errs = append(errs, list...)
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return rs, nil
}

package rulefiles_test

import (
	"fmt"

	"github.com/hearsaynlp/hearsay/internal/rulefiles"
)

func ExampleLoad() {
	// No -rules and no -nodefault: the default rules.
	rs, err := rulefiles.Load(nil, false)
	fmt.Println(rs.Name(), err)
	// A file that does not exist is reported with its name.
	_, err = rulefiles.Load([]string{"no-such-rules.yaml"}, false)
	fmt.Println(err)
	// Output:
	// news <nil>
	// no-such-rules.yaml: open no-such-rules.yaml: no such file or directory
}

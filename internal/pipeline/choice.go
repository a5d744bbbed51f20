package pipeline

import (
	"fmt"
	"slices"
	"strings"
)

// Choice is a command-line flag whose value is one of a fixed list, so
// that every program rejects a bad value the same way, while parsing
// the flags, with the usage.
type Choice struct {
	Value   string   // the default, then the value given
	Allowed []string // the values accepted
}

func (c *Choice) String() string { return c.Value }

// Set accepts s when it is one of c.Allowed.
func (c *Choice) Set(s string) error {
	if !slices.Contains(c.Allowed, s) {
		return fmt.Errorf("must be %s", strings.Join(c.Allowed, " or "))
	}
	c.Value = s
	return nil
}

// Package rulefiles loads the stance rule files named on a command line,
// the way the programs under examples/ take them: each -rules FILE
// extends the default rules of package stance, and -nodefault leaves the
// default rules out.
package rulefiles

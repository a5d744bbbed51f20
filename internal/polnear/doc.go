// Package polnear scores the quote extractor against attribution corpora
// in PolNeAR's layout (github.com/networkdynamics/PolNeAR): for every
// DIR/text/NAME.txt, brat standoff annotations in
// DIR/attributions/NAME_<annotator>.ann.
//
// # Gold kinds
//
// The corpus does not say whether an attribution is direct or indirect.
// [GoldKind] derives it from the quote marks, without the quote package:
// direct when every letter and digit of the content lies inside double
// quotes, mixed when some do, indirect when none do.
//
// # Matching
//
// A prediction matches a gold attribution when the letters and digits in
// the intersection of their contents are at least [MinOverlap] of the larger
// of their two letter-and-digit counts. Pairs are made one to one, greedily,
// best ratio first. [Counts] documents what is counted from the pairs.
//
// # Offsets
//
// Everything here is in bytes into the article text; the code points of the
// annotation files are converted when an article is loaded.
package polnear

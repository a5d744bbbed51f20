// Package cuelex is the lexicon of reporting verbs: every inflected form of
// every lemma, with the framing class of its verb. The quote package finds
// cues with it and the stance package reads the classes.
package cuelex

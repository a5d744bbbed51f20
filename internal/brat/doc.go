// Package brat reads attribution relations from brat standoff annotation
// files laid out the way PolNeAR's are: text-bound Content, Cue and Source
// annotations tied together by Attribution events.
//
// # Offsets
//
// Brat counts offsets in Unicode code points, end-exclusive. [Parse] returns
// them as written; an [Offsets] built for the annotated text converts them to
// the byte offsets the rest of the module uses.
//
// # Errors
//
// A bad line does not stop [Parse]: it is recorded as an [*Error] carrying
// the file name and line number, and the line is skipped. All problems come
// back together as one [ErrorList].
package brat

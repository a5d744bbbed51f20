// Package wordbloom is a small Bloom filter of words, ignoring ASCII case,
// that word lists put in front of their maps: most words of running text
// are in no list, and a filter rejects them for a hash computed in one
// pass, without the map's lookup.
//
// A filter answers "maybe" for every word added and "no" for most others
// (about one in a hundred false "maybe" for a thousand words). It is
// filled while a list is built and only read afterwards, so a filled
// filter is safe for concurrent use.
package wordbloom

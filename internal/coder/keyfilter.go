package coder

import "github.com/accord-hub/accord/internal/dict"

// keyFilter returns a Bloom filter of m's keys, so that a hot loop can pass
// over most tokens with one probe of the token's cached hash before looking
// the word up in m.
func keyFilter[V any](m map[string]V) *dict.WordFilter {
	f := &dict.WordFilter{}
	for k := range m {
		f.Add(k)
	}
	return f
}

// countFilter holds the words of countWords.
var countFilter = keyFilter(countWords)

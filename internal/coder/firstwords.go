package coder

import (
	"sync"

	"github.com/accord-hub/accord/internal/dict"
)

// minIndexedAlts is the number of alternatives from which an element's
// first words are indexed. A filter probe on the token's hash costs less
// than comparing the token with even one alternative's forms, so every
// element is.
const minIndexedAlts = 1

// firstWords indexes, for pattern elements with many alternatives (word
// sets such as &agreement), the forms their alternatives start with, so
// that matching rejects a position with one lookup instead of comparing
// the token with every form of every alternative. Pattern matching is the
// coder's costliest step after tagging. Entries are built on first use;
// it is safe for concurrent use.
type firstWords struct {
	m sync.Map // altsKey → *dict.WordFilter (nil: not indexed)
}

// altsKey identifies an element's alternatives: the dictionary is immutable
// once loaded, so the backing array and length name them.
type altsKey struct {
	first *[]dict.Forms
	n     int
}

// of returns a filter of the forms e's alternatives start with, or nil when
// e is not indexed (few alternatives, or an empty one that matches anywhere).
func (f *firstWords) of(e *dict.Elem) *dict.WordFilter {
	if len(e.Alts) < minIndexedAlts {
		return nil
	}
	if f := e.FirstWords(); f != nil {
		return f // built with the dictionary
	}
	key := altsKey{&e.Alts[0], len(e.Alts)}
	if v, ok := f.m.Load(key); ok {
		return v.(*dict.WordFilter)
	}
	set := &dict.WordFilter{}
	for _, alt := range e.Alts {
		if len(alt) == 0 {
			set = nil
			break
		}
		for _, w := range alt[0] {
			set.Add(w)
		}
	}
	f.m.Store(key, set)
	return set
}

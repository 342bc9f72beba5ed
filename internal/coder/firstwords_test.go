package coder

import (
	"testing"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/nlp"
)

// TestFirstWordsMatchesScan checks that matching with the first-word index
// gives what scanning every alternative gives, for every word set of the
// built-in verb dictionary at every position of some news sentences.
func TestFirstWordsMatchesScan(t *testing.T) {
	c, err := builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.dict.Verbs.Sets) == 0 {
		t.Fatal("the built-in dictionary has no word sets")
	}
	text := "The two sides signed a memorandum of understanding and a joint statement on the peace process. " +
		"Kyrgyz and Tajik border guards agreed to a ceasefire after talks in Batken; the treaty was ratified. " +
		"Officials said the framework agreement, a road map and humanitarian aid would follow."
	var fw firstWords
	indexed, matched := 0, 0
	for name, alts := range c.dict.Verbs.Sets {
		e := dict.Elem{Alts: alts}
		first := fw.of(&e)
		if first != nil {
			indexed++
		}
		for _, s := range nlp.Split(text) {
			for k := 0; k <= len(s.Tokens); k++ {
				wantN, want := matchAlts(s.Tokens, &e, nil, k)
				gotN, got := matchAlts(s.Tokens, &e, first, k)
				if got != want || gotN != wantN {
					t.Errorf("&%s at %d (%q): indexed %v/%d, scan %v/%d", name, k, s.Tokens[min(k, len(s.Tokens)-1)].Text, got, gotN, want, wantN)
				}
				if got {
					matched++
				}
			}
		}
	}
	if indexed == 0 || matched == 0 {
		t.Errorf("%d sets indexed, %d matches: the test exercises nothing", indexed, matched)
	}
}

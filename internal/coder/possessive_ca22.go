package coder

import (
	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/nlp"
)

// samePersonAfterPossessive reports whether atom j, right after a country's
// possessive ending at end, is a person of that same country: in
// "Kyrgyzstan's Japarov" and "Armenia's Nikol Pashinyan" the person is the
// head of the noun phrase, not a second actor.
func (c *Coder) samePersonAfterPossessive(toks []nlp.Token, atoms []atom, j, end int, country, person string) bool {
	if c.dict.Compat || person != "" || len(country) < 3 || j >= len(atoms) {
		return false
	}
	a := atoms[j]
	if a.start != end || !a.isActor || a.kind != dict.Person || len(a.code) < 3 {
		return false
	}
	return a.code[:3] == country[:3]
}

// unlistedAdviceVerb reports whether g, a verb group with "should" or
// "must" whose verb the dictionary does not list, is still a plain verb a
// speaker may advise another to do: "Georgieva said Kazakhstan should
// diversify its economy" appeals to Kazakhstan whatever the verb.
func (x *sentence) unlistedAdviceVerb(g *vgroup) bool {
	if g.head >= len(x.toks) || x.toks[g.head].Tag != "VB" {
		return false
	}
	switch x.toks[g.head].Lower {
	case "be", "have", "do", "go", "come", "seem", "look", "feel", "happen", "exist", "matter":
		return false
	}
	return true
}

package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// objectPronouns cannot be the subject of a finite verb.
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true}

// retagObjectPronoun mends two tagger slips around an object pronoun: "her"
// read as a possessive with no noun after it ("placed her/PRP$ under house
// arrest" is the object her/PRP), and a past form after an object pronoun,
// which can only be a participle ("ordered him held/VBD in custody" is
// held/VBN).
func retagObjectPronoun(toks []nlp.Token) {
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if t.Lower == "her" && t.Tag == "PRP$" && strings.HasPrefix(toks[k-1].Tag, "VB") && (k+1 == len(toks) || objectFollower(toks[k+1].Tag)) {
			t.Tag = "PRP"
		}
		if t.Tag == "VBD" && objectPronouns[toks[k-1].Lower] && toks[k-1].Tag == "PRP" && k >= 2 && strings.HasPrefix(toks[k-2].Tag, "VB") {
			t.Tag = "VBN"
		}
	}
}

// objectFollower reports whether a tag may follow an object pronoun but not
// a possessive one: a preposition, "to", an adverb, a conjunction or
// punctuation.
func objectFollower(tag string) bool {
	switch tag {
	case "IN", "TO", "RB", "RP", ",", ".", ":", "CC":
		return true
	}
	return false
}

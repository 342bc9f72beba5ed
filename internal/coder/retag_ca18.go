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

// retagPlacedVerb mends a past tense the tagger reads as an adjective after
// a subject placed by a town: in "a court in Astana jailed/JJ opposition
// politician …" and "police in Almaty detained/JJ activists" the word is
// the subject's verb. It needs a noun, "in", one to three proper nouns,
// then an "-ed" form of a verb we know before a noun or an article.
func (c *Coder) retagPlacedVerb(toks []nlp.Token) {
	for k := 3; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.Tag != "JJ" || !strings.HasSuffix(t.Lower, "ed") || len(c.dict.Verbs.LemmasOf(t.Lower)) == 0 {
			continue
		}
		switch toks[k+1].Tag {
		case "NN", "NNS", "NNP", "DT", "PRP$", "CD":
		default:
			continue
		}
		j := k - 1
		for j > 0 && toks[j].Tag == "NNP" && k-j <= 3 {
			j--
		}
		if j == k-1 || j < 1 || toks[j].Lower != "in" || !strings.HasPrefix(toks[j-1].Tag, "NN") {
			continue
		}
		if finiteTagBefore(toks, j-1) {
			continue // "said a court in Astana": the clause has its verb
		}
		t.Tag = "VBD"
	}
}

// finiteTagBefore reports whether a finite verb stands before token k.
func finiteTagBefore(toks []nlp.Token, k int) bool {
	for i := 0; i < k; i++ {
		switch toks[i].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// retagGerundNoun mends a gerund after an article that the tagger leaves a
// verb: in "fled their homes during the fighting/VBG held a rally" the
// word is a noun, since an article cannot open a verb phrase. It needs an
// article before and a preposition, a verb, a conjunction or punctuation
// after ("the warring parties" keeps its noun after).
func retagGerundNoun(toks []nlp.Token) {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Tag != "VBG" || toks[k-1].Tag != "DT" {
			continue
		}
		switch toks[k-1].Lower {
		case "the", "a", "an", "this", "that":
		default:
			continue
		}
		switch toks[k+1].Tag {
		case "IN", "VBD", "VBZ", "VBP", "MD", "CC", ",", ".", ":":
			toks[k].Tag = "NN"
		}
	}
}

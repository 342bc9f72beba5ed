package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// retagPast mends a tagger slip: an irregular past tense right after the
// subject's noun taken for a noun of its own, "the Sudanese army withdrew/NN
// from the city", "the army fought/NN rebels". A form that is no lemma of
// any verb ("withdrew", "fought", "took") is never a noun.
func (c *Coder) retagPast(toks []nlp.Token) {
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.Tag != "NN" {
			continue
		}
		switch toks[k-1].Tag {
		case "NN", "NNS", "NNP", "NNPS":
		default:
			continue
		}
		switch toks[k+1].Tag {
		case "DT", "IN", "TO", "NNS", "NNP", "NNPS", "PRP$", "PRP", "CD", "JJ", "RB":
			if c.dict.Verbs.LemmasOfToken(t) != nil && c.irregularPast(t.Lower) {
				t.Tag = "VBD"
			}
		}
	}
}

// irregularPast reports whether w is an inflected form of a dictionary verb
// that is none of its lemmas and no -s or -ing form: "withdrew", "fought".
func (c *Coder) irregularPast(w string) bool {
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return false
	}
	lemmas := c.dict.Verbs.LemmasOf(w)
	if len(lemmas) == 0 {
		return false
	}
	for _, l := range lemmas {
		if l == w {
			return false
		}
	}
	return true
}

// retagAttributive mends another tagger slip: a participle standing between
// a determiner-led adverb and its noun is an adjective, not the clause's
// verb: "the newly appointed ambassador", "its recently elected president",
// "a freshly signed deal".
func retagAttributive(toks []nlp.Token) {
	for k := 2; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.Tag != "VBN" && t.Tag != "VBD" {
			continue
		}
		adv := toks[k-1]
		if adv.Tag != "RB" || !strings.HasSuffix(adv.Lower, "ly") {
			continue
		}
		switch toks[k-2].Tag {
		case "DT", "PRP$", "POS", "CD":
		case "IN":
			if toks[k-2].Lower != "of" {
				continue // "the credentials of newly appointed ambassadors"
			}
		default:
			continue
		}
		switch toks[k+1].Tag {
		case "NN", "NNS", "NNP", "NNPS", "JJ":
			t.Tag = "JJ"
		}
	}
}

// nounCompounds are two-word nouns whose first word the tagger may take for
// a verb: "fired stun grenades and tear/VB gas to disperse them" would
// make "tear" a verb and hide the purpose's link to "fired".
var nounCompounds = map[string]string{"tear": "gas", "water": "cannon", "armoured": "personnel", "armored": "personnel"}

// retagNounCompounds makes the first word of such a noun an adjective.
func retagNounCompounds(toks []nlp.Token) {
	for k := 0; k+1 < len(toks); k++ {
		t := &toks[k]
		if strings.HasPrefix(t.Tag, "VB") && nounCompoundFilter.MayHave(t.LowerHash()) && nounCompounds[t.Lower] != "" && strings.HasPrefix(toks[k+1].Lower, nounCompounds[t.Lower]) {
			t.Tag = "JJ"
		}
	}
}

package coder

import (
	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/nlp"
)

// wordGate holds the hashes of the words one of which a rule needs in a
// sentence before it scans the sentence for them: one probe of the
// sentence's word set (wordSet) per word passes over the many sentences
// without any of them.
type wordGate []uint64

// gateOf returns the gate of the given words.
func gateOf(words ...string) wordGate {
	g := make(wordGate, len(words))
	for i, w := range words {
		g[i] = nlp.HashWord(w)
	}
	return g
}

// gateOfKeys returns the gate of m's keys; keys of several words give the
// gate of their first word.
func gateOfKeys[V any](m map[string]V) wordGate {
	g := make(wordGate, 0, len(m))
	for k := range m {
		g = append(g, nlp.HashWord(firstWordOf(k)))
	}
	return g
}

// firstWordOf is the text of w up to its first space.
func firstWordOf(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] == ' ' {
			return w[:i]
		}
	}
	return w
}

// mayHave reports whether one of g's words may stand in the sentence: false
// means none does.
func (x *sentence) mayHave(g wordGate) bool {
	return setHasAny(x.wordSet(), g)
}

// setHasAny reports whether one of g's words may be in s.
func setHasAny(s *dict.WordSet, g wordGate) bool {
	for _, h := range g {
		if s.Has(h) {
			return true
		}
	}
	return false
}

// Gates of the rules' trigger words.
var (
	ideaNounGate     = gateOfKeys(ideaNouns)
	electionNounGate = gateOfKeys(electionNouns)
	flawWordGate     = gateOfKeys(flawWords)
	toldVerbGate     = gateOfKeys(toldVerbs)
	rebukeNounGate   = gateOfKeys(rebukeNouns)
)

// Gates of the retags Code runs on every tagged sentence.
var (
	onGate            = gateOf("on")
	andGate           = gateOf("and")
	spokeGate         = gateOf("spoke")
	approxWordGate    = gateOfKeys(approxWords)
	objectPronounGate = gateOfKeys(objectPronouns)
	sameFormPastGate  = gateOfKeys(sameFormPasts)
	nounOnlyAgentGate = gateOfKeys(nounOnlyAgents)
)

// wordsOf returns the set of the words of toks.
func wordsOf(toks []nlp.Token) dict.WordSet {
	var ws dict.WordSet
	for i := range toks {
		ws.Add(toks[i].LowerHash())
	}
	return ws
}

// refWord reports whether w is a word resolveReferences may resolve.
func refWord(w string) bool {
	switch w {
	case "both", "the", "he", "she", "it", "his", "her", "its", "their", "we", "our", "him", "them", "they":
		return true
	}
	return false
}

// s8facts holds facts of a sentence the rules' gates test, made on first
// use.
type s8facts struct {
	numbersDone     bool
	firstCD, lastCD int // the first and last number tokens, -1 for none
}

// numberWithin reports whether a number (CD) token may stand in
// toks[from:to]: false means none does.
func (x *sentence) numberWithin(from, to int) bool {
	f := &x.s8
	if !f.numbersDone {
		f.firstCD, f.lastCD = -1, -1
		for k := range x.toks {
			if x.toks[k].Tag == "CD" {
				if f.firstCD < 0 {
					f.firstCD = k
				}
				f.lastCD = k
			}
		}
		f.numbersDone = true
	}
	return f.firstCD >= 0 && from <= f.lastCD && to > f.firstCD
}

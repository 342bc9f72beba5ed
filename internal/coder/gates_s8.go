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

package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
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
	f := &x.s8
	if f.words == nil {
		if x.st != nil && x.st.s8for == x.s && x.s != nil {
			f.words = &x.st.s8words // made by Code for the retags
		} else {
			f.words = new(gateSet)
			f.words.fill(x.toks)
		}
	}
	return setHasAny(f.words, g)
}

// gateSet is a Bloom filter of the words of one sentence, of two probes in
// 4096 bits: with a sentence's few dozen words, a word not in the sentence
// passes about once in several thousand tries (dict.WordSet, made for
// whole patterns, is smaller and lets through a few in a hundred).
type gateSet [64]uint64

// add adds the word with hash h.
func (s *gateSet) add(h uint64) {
	a, b := h&4095, h>>12&4095
	s[a>>6] |= 1 << (a & 63)
	s[b>>6] |= 1 << (b & 63)
}

// has reports whether the word with hash h may be in the set.
func (s *gateSet) has(h uint64) bool {
	a, b := h&4095, h>>12&4095
	return s[a>>6]&(1<<(a&63)) != 0 && s[b>>6]&(1<<(b&63)) != 0
}

// setHasAny reports whether one of g's words may be in s.
func setHasAny(s *gateSet, g wordGate) bool {
	for _, h := range g {
		if s.has(h) {
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

// fill makes s the set of the words of toks.
func (s *gateSet) fill(toks []nlp.Token) {
	*s = gateSet{}
	for i := range toks {
		s.add(toks[i].LowerHash())
	}
}

// wordsFor returns the set of the words of s, made once for the sentence.
func (st *docState) wordsFor(s *nlp.Sentence) *gateSet {
	if st.s8for != s {
		st.s8words.fill(s.Tokens)
		st.s8for = s
	}
	return &st.s8words
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
	numbersDone bool
	numbers     [4]uint64 // bit k: token k is a number (CD), for k < 256
	longNumber  bool      // a number stands at 256 or after
	words       *gateSet  // the sentence's words (mayHave), nil until made
}

// numberWithin reports whether a number (CD) token may stand in
// toks[from:to]: false means none does.
func (x *sentence) numberWithin(from, to int) bool {
	f := &x.s8
	if !f.numbersDone {
		for k := range x.toks {
			if x.toks[k].Tag == "CD" {
				if k >= 256 {
					f.longNumber = true
					break
				}
				f.numbers[k>>6] |= 1 << (k & 63)
			}
		}
		f.numbersDone = true
	}
	if f.longNumber && to > 256 {
		return true
	}
	to = min(to, 256)
	for k := max(from, 0); k < to; {
		w := f.numbers[k>>6] >> (k & 63)
		if n := 64 - k&63; to-k < n {
			w &= 1<<(to-k) - 1
			if w != 0 {
				return true
			}
			break
		} else if w != 0 {
			return true
		} else {
			k += n
		}
	}
	return false
}

// measureUnitFilter holds the words of measureUnits.
var measureUnitFilter = keyFilter(measureUnits)

// verdictCueGate holds the words without one of which verdictCode and
// freedomRanking find nothing.
// The commonest words come first: a sentence that has one stops the test.
var verdictCueGate = append(append(append(gateOf("not", "no", "rights", "failed", "forced", "least", "freedom", "freedoms"),
	gateOfKeys(weakFaultCues)...), gateOfKeys(accusingCues)...), gateOfKeys(faultCues)...)

// verdictNounGate holds the words of verdictNouns.
var verdictNounGate = gateOfKeys(verdictNouns)

var (
	conditionOpenerGate = gateOfKeys(conditionOpeners)
	phoneGate           = gateOf("phone", "telephone")
	presentClaimGate    = gateOfKeys(presentClaims)
)

// targetlessBesideAimed reports whether evs hold an event with no target
// (other than a force posture, 15) and one with a target: dropTargetless
// has nothing to drop otherwise.
func targetlessBesideAimed(evs []event.Event) bool {
	bare, aimed := false, false
	for i := range evs {
		if evs[i].Target != "" {
			aimed = true
		} else if evs[i].Root != "15" {
			bare = true
		}
	}
	return bare && aimed
}

// frontedAs is fronted, with its first test made before the call.
func (x *sentence) frontedAs(k int) int {
	if x.toks[k].Lower != "as" {
		return 0
	}
	return x.fronted(k)
}

var (
	remarkNounGate       = gateOfKeys(remarkNouns)
	reactionNounGate     = gateOfKeys(reactionNouns)
	noneWordGate         = append(gateOfKeys(noneWords), gateOf("no")...)
	resultParticipleGate = gateOfKeys(resultParticiples)
	localTitleGate       = gateOfKeys(localTitles)
)

// headlineVerbAt is headlineVerb, with its tag test made before the call.
func (x *sentence) headlineVerbAt(k int) bool {
	if t := x.toks[k].Tag; t != "NN" && t != "NNS" {
		return false
	}
	return x.headlineVerb(k)
}

// letGate holds the forms of "let".
var letGate = gateOf("let", "lets", "letting", "letted")

// twoUntargetedAgreements reports whether evs hold two events agreedTogether
// may join: with no target, a verb, and a code of intent (03) or of mutual
// talk.
func twoUntargetedAgreements(evs []event.Event) bool {
	n := 0
	for i := range evs {
		ev := &evs[i]
		if ev.Target != "" || ev.Evidence.Verb == nil || !strings.HasPrefix(ev.Code, "03") && !mutualTalk[ev.Code] {
			continue
		}
		if n++; n == 2 {
			return true
		}
	}
	return false
}

// attendedGate holds "attended", which attendedGatherings needs.
var attendedGate = gateOf("attended")

// twoUntargeted reports whether evs hold two events compoundMutuals may
// join: with a source and a verb but no target.
func twoUntargeted(evs []event.Event) bool {
	n := 0
	for i := range evs {
		if ev := &evs[i]; ev.Target == "" && ev.Source != "" && ev.Evidence.Verb != nil {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// meetingBesideAppeal reports whether evs hold a meeting or call (04) and
// an appeal for talks (026), the pair dropMeetingPurposes looks at.
func meetingBesideAppeal(evs []event.Event) bool {
	meeting, appeal := false, false
	for i := range evs {
		meeting = meeting || evs[i].Root == "04"
		appeal = appeal || evs[i].Code == "026"
	}
	return meeting && appeal
}

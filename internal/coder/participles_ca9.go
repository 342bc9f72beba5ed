package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
)

// participleModifier reports whether the participle at k modifies the noun
// phrase after it rather than heading a clause: "held talks with the
// visiting/VBG US envoy" (after a determiner, before a name), "freed
// detained/VBD Iranian drivers", "released jailed/VBN journalists" (right
// after another verb that is no auxiliary).
func (x *sentence) participleModifier(k int) bool {
	toks := x.toks
	if k <= x.from || k+1 >= len(toks) {
		return false
	}
	t, prev, next := toks[k], toks[k-1], toks[k+1]
	switch t.Tag {
	case "VBG":
		return (prev.Tag == "DT" || prev.Tag == "PRP$") && next.Tag == "NNP" && x.mentionStartingAt(k+1) != nil
	case "VBN", "VBD":
		if !strings.HasSuffix(t.Lower, "ed") || !strings.HasPrefix(prev.Tag, "VB") && !x.headlineVerb(k-1) || auxForms[prev.Lower] || prev.Tag == "VBG" || prev.Tag == "VBN" && k-2 >= x.from && auxForms[toks[k-2].Lower] {
			return false
		}
		if !strings.HasPrefix(prev.Tag, "VB") {
			// a headline: "Uzbekistan frees/NNS jailed blogger"
			return next.Tag == "JJ" || strings.HasPrefix(next.Tag, "NN") && x.mentionStartingAt(k+1) != nil
		}
		return next.Tag == "JJ" || next.Tag == "NNS" || next.Tag == "NNP" && x.mentionStartingAt(k+1) != nil
	}
	return false
}

// objectlessParticiples are verbs that always take an object: after a noun
// and before a preposition, with no object between, they are passive
// participles ("a Kazakh businessman arrested in Bishkek on an Interpol
// warrant"), not the noun's act.
var objectlessParticiples = setOf("arrest", "detain", "jail", "imprison", "sentence", "convict", "deport", "extradite",
	"kill", "wound", "injure", "abduct", "kidnap", "charge", "expel", "wanted")

// objectlessParticiple reports whether the past form at k is such a
// participle: "businessman arrested in Bishkek", "two soldiers wounded in
// the clash", but not "police arrested by mistake …" (a "by" is an agent).
func (x *sentence) objectlessParticiple(k int) bool {
	toks := x.toks
	if k+1 >= len(toks) || k <= x.from || toks[k].Tag != "VBD" || !strings.HasPrefix(toks[k-1].Tag, "NN") {
		return false
	}
	if next := toks[k+1]; next.Tag != "IN" || next.Lower == "by" || next.Lower == "that" {
		return false
	}
	if m := x.mentionEndingAt(k - 1); m == nil || m.pronoun {
		return false
	}
	for _, l := range x.c.dict.Verbs.LemmasOfToken(&toks[k]) {
		if objectlessParticiples[l] {
			return true
		}
	}
	return false
}

// selfSanction reports whether an event of a government on its own
// officials is worth coding although source and target codes are the same:
// a president criticising his governors or threatening to sack the
// cabinet, two different phrases of one state.
func (x *sentence) selfSanction(code, cameo string, srcSpan, tgtSpan *event.Span, tgtText string) bool {
	if x.c.dict.Compat || srcSpan == nil || tgtSpan == nil || *srcSpan == *tgtSpan || len(code) != 6 || code[3:] != "GOV" || len(cameo) < 2 {
		return false
	}
	switch cameo[:2] {
	case "11", "13", "17":
	default:
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(tgtText)) {
		if officialWords[w] {
			return true
		}
	}
	return false
}

// officialWords name a state's own officials and bodies, which its leader
// may criticise, threaten or sack.
var officialWords = setOf("government", "cabinet", "governor", "governors", "minister", "ministers", "official", "officials",
	"akim", "akims", "hokim", "hokims", "mayor", "mayors", "ministry", "ministries")

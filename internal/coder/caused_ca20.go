package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// causingLemmas are verbs whose object does what the to-infinitive after it
// says: "the ban prompted UNAMA to condemn the Taliban" is UNAMA's
// condemnation, not the ban's. "Forced" is left out: "police forced the men
// to shave" is the police's coercion, not an act of the men.
var causingLemmas = map[string]bool{"prompt": true, "lead": true, "spur": true, "cause": true, "provoke": true,
	"inspire": true, "embolden": true}

// causedSubject returns the object of a causing verb og that stands right
// before the to-infinitive, as the infinitive's subject; or nil.
func (x *sentence) causedSubject(og *vgroup, between []*mention) *mention {
	if x.c.dict.Compat || len(between) == 0 || !causingLemmas[firstLemma(og)] || og.passive {
		return nil
	}
	m := between[len(between)-1]
	if m.locative || m.weak || m.start < og.end {
		return nil
	}
	return m
}

// floatingQuantifier reports whether token j is "each", "all" or "both"
// standing between an auxiliary and its verb: "were each given life
// terms", "have all been released".
func floatingQuantifier(toks []nlp.Token, j, from int) bool {
	switch toks[j].Lower {
	case "each", "all", "both":
	default:
		return false
	}
	return j > from && isAux(&toks[j-1])
}

// pluralGroupNames are names of movements that news refers back to as
// "they": "The Taliban closed the market. They accused Turkmenistan …".
var pluralGroupNames = map[string]bool{"taliban": true, "houthis": true, "huthis": true, "mujahideen": true,
	"mujahedeen": true, "mujahidin": true, "police": true}

// pluralName reports whether m is a movement named in the plural.
func pluralName(m *mention) bool {
	if m.pronoun || len(m.codes) != 1 {
		return false
	}
	t := strings.ToLower(m.text)
	if i := strings.LastIndexByte(t, ' '); i >= 0 {
		t = t[i+1:]
	}
	return pluralGroupNames[t]
}

// bareTwo reports whether "the two" at k stands alone as a subject, its
// verb at n: "and the two agreed to exchange information".
func (x *sentence) bareTwo(k, n int) bool {
	if x.c.dict.Compat || n >= len(x.toks) || x.toks[k].Lower != "the" || x.toks[k+1].Lower != "two" {
		return false
	}
	t := x.toks[n].Tag
	return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || t == "RB" && n+1 < len(x.toks) && strings.HasPrefix(x.toks[n+1].Tag, "VB")
}

package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/nlp"
)

// strangerWords name people who are by definition not of the country
// where they are: unmarked, they take neither the sentence's country nor
// their captor's ("police in the Moscow region rounded up 200 migrants").
var strangerWords = map[string]bool{
	"migrant": true, "migrants": true, "foreigner": true, "foreigners": true,
	"expatriate": true, "expatriates": true, "expat": true, "expats": true,
}

// stranger reports whether m is a bare agent phrase headed by a word of
// strangerWords ("migrants", "labour migrants", "migrant workers"), which
// no country marks.
func (x *sentence) stranger(m *mention) bool {
	if x.c.dict.Compat || len(m.codes) != 1 || m.codes[0] == "" || !isAgentOnly(m.codes[0]) {
		return false
	}
	for k := m.start; k < m.end && k < len(x.toks); k++ {
		if hasWord(&x.toks[k], strangerWordFilter, strangerWords) {
			return !x.nationalityAfter(m)
		}
	}
	return false
}

// nationalityAfter reports whether an apposition after m names the
// country of its people: "40 migrants, most of them Tajik citizens".
func (x *sentence) nationalityAfter(m *mention) bool {
	probe := &mention{start: m.start, end: m.end, codes: []string{"?" + m.codes[0]}}
	return x.appositionCountry(probe) != probe
}

// dealTopic reports whether the target found for a compound source that
// signed something stands in a phrase about the deal rather than naming a
// partner: "Russia and Uzbekistan signed a deal for Rosatom to build a
// plant", "signed an agreement on the recruitment of Uzbek workers",
// "signed an agreement during a visit by Berdimuhamedov". Only "with"
// names a third party ("signed a deal with China").
func dealTopic(tgt *mention) bool {
	switch tgt.prep {
	case "to", "on", "of", "for", "by", "about", "over", "in", "at", "during", "from", "under", "between", "among":
		return true
	}
	return false
}

// calledIn reports whether the mention at start follows the particle of
// "called in" ("called in the Russian ambassador"): the object, not a
// place after "in".
func calledIn(toks []nlp.Token, start int) bool {
	k := start - 1
	for k > 0 && (isDeterminer(&toks[k]) || toks[k].Tag == "JJ") {
		k--
	}
	if k < 1 || toks[k].Lower != "in" {
		return false
	}
	switch toks[k-1].Lower {
	case "call", "calls", "called", "calling":
		return true
	}
	return false
}

func init() {
	// "proposed setting up a joint commission with Russia": a proposal's
	// gerund is its act, like an infinitive.
	aspectVerbs["propose"] = true
	// "officers of the Russian National Guard", "employees of the
	// migration service": the body after "of" acts.
	for _, w := range []string{"officers", "employees", "staff", "personnel", "agents", "fighters", "servicemen"} {
		if _, ok := quantityNouns[w]; !ok {
			quantityNouns[w] = true
		}
	}
}

// reducedPassive reports whether the past participle at k, tagged VBN
// right after an actor and before a preposition, is a passive that
// describes the actor ("Uzbek migrants detained in Moscow began a hunger
// strike"): an act with no agent, not the actor's own. Only the subject
// before the clause's first verb is read so.
func (x *sentence) reducedPassive(k int) bool {
	toks := x.toks
	if x.c.dict.Compat || k <= x.from || k+1 >= len(toks) || toks[k].Tag != "VBN" {
		return false
	}
	switch toks[k+1].Lower {
	case "about", "around", "over", "nearly", "some", "up", "more":
		return false // "police arrested about 20 people": a count of the object
	case "at":
		if k+2 < len(toks) && (toks[k+2].Lower == "least" || toks[k+2].Lower == "most") {
			return false // "arrested at least 20 people"
		}
	}
	m := x.mentionEndingAt(k - 1)
	if m == nil {
		return false
	}
	for j := x.from; j < m.start; j++ {
		if strings.HasPrefix(toks[j].Tag, "VB") {
			return false // "released 40 Tajik citizens detained for …": the object's
		}
	}
	toks[k].Tag = "VBD" // objectlessParticiple reads a past form
	ok := x.objectlessParticiple(k)
	toks[k].Tag = "VBN"
	return ok
}

// ownPeople reports whether m is a bare agent of people (citizens, workers,
// refugees) after "its" or "their" past
// the clause's verb ("advised its citizens to avoid travel to Russia"):
// the subject's own people, whom no place in the sentence makes foreign.
func (x *sentence) ownPeople(m *mention) bool {
	toks := x.toks
	if x.c.dict.Compat || m.start < 1 || len(m.codes) != 1 || m.codes[0] == "" || !isAgentOnly(m.codes[0]) {
		return false
	}
	if w := toks[m.start-1].Lower; w != "its" && w != "their" {
		return false
	}
	if a := m.codes[0][:3]; a != "CVL" && a != "LAB" && a != "REF" {
		return false // "its troops", "its police": whose is less plain
	}
	for j := x.from; j < m.start-1; j++ {
		if strings.HasPrefix(toks[j].Tag, "VB") {
			return true
		}
	}
	return false
}

// nearbyAdjectives may stand between "residents of" and the country they
// belong to: "residents of neighbouring Kyrgyz and Tajik villages".
var nearbyAdjectives = map[string]bool{
	"neighbouring": true, "neighboring": true, "nearby": true, "adjacent": true, "remote": true,
	"rival": true, "two": true,
}

// policeOnTrial reports whether an event of a state's police or courts on
// its own police is worth coding although source and target codes are
// the same: "Russian investigators opened a criminal case against the
// police officers who beat an Uzbek migrant".
func (x *sentence) policeOnTrial(code, cameo string, srcSpan, tgtSpan *event.Span, tgtText string) bool {
	if x.c.dict.Compat || srcSpan == nil || tgtSpan == nil || *srcSpan == *tgtSpan || len(code) != 6 || len(cameo) < 2 {
		return false
	}
	if a := code[3:]; a != "COP" && a != "JUD" {
		return false
	}
	if r := cameo[:2]; r != "09" && r != "17" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(tgtText)) {
		switch w {
		case "police", "officer", "officers", "policeman", "policemen", "guards", "guard", "investigators":
			return true
		}
	}
	return false
}

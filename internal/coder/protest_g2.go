package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/event"
)

// stateNameProtest reports whether a country or capital named alone as the
// subject protests against, over or to someone: "Kyrgyzstan protested
// against the decision of Tajikistan", "Bishkek protested to Dushanbe". A
// state's protest is an official complaint (114), not a rally; a people
// named by its demonym ("Uzbeks protested against the law") still rallies.
func (x *sentence) stateNameProtest(src string, srcSpan, verbSpan *event.Span) bool {
	if x.c.dict.Compat || len(src) != 3 || srcSpan == nil || verbSpan == nil || !x.verbWord(verbSpan, "protest") {
		return false
	}
	var m *mention
	for k := range x.toks {
		if x.toks[k].Start == srcSpan[0] {
			m = x.mentionStartingAt(k)
			break
		}
	}
	if m == nil || m.adj || m.plural || m.locative || m.pronoun || m.end-m.start > 3 || !m.capital && x.demonymWord(x.toks[m.end-1].Lower) {
		return false
	}
	for k := range x.toks {
		if x.toks[k].Start >= verbSpan[1] {
			switch x.toks[k].Lower {
			case "against", "over", "to", "at":
				return true
			}
			return false
		}
	}
	return false
}

// demonymWord reports whether w, or w less a plural "s", is a demonym
// ("Uzbeks", "Kyrgyz").
func (x *sentence) demonymWord(w string) bool {
	for _, p := range []string{w, strings.TrimSuffix(w, "s")} {
		if e := x.c.dict.Actors.Lookup(dict.Phrase{p}); e != nil {
			for _, cd := range e.Codings {
				if cd.Kind == dict.Adj {
					return true
				}
			}
		}
	}
	return false
}

// wareNouns are things made or sold in a country: after a demonym they name
// wares ("Chinese goods", "Russian films"), which say where they were made,
// not where the sentence's people are.
var wareNouns = map[string]bool{
	"goods": true, "products": true, "merchandise": true, "brands": true, "cars": true,
	"food": true, "cuisine": true, "dishes": true, "films": true, "movies": true, "music": true,
	"songs": true, "wine": true, "beer": true, "vodka": true, "cigarettes": true, "clothes": true,
	"clothing": true, "textiles": true, "fruit": true, "vegetables": true, "produce": true,
	"smartphones": true, "phones": true, "apps": true, "dramas": true, "series": true,
}

// conductNouns are a state's conduct: after a demonym ("Chinese influence",
// "Tajik claims") the country is what an event is aimed at, never the
// country of the sentence's other people.
var conductNouns = map[string]bool{
	"influence": true, "expansion": true, "expansionism": true, "pressure": true, "interference": true,
	"meddling": true, "propaganda": true, "aggression": true, "claims": true, "claim": true,
	"policy": true, "policies": true, "actions": true, "presence": true, "investment": true,
	"investments": true, "occupation": true, "encroachment": true, "demands": true, "threats": true,
	"sanctions": true, "remarks": true, "statements": true, "provocations": true, "hegemony": true,
	"dominance": true, "imperialism": true, "militarism": true, "revanchism": true, "chauvinism": true,
}

// stateProtest reports whether g is a state's protest ("Bishkek protested
// against the decision", "the foreign ministry protested"): a complaint,
// which, like criticism, is aimed at the other side named before it when
// it names no one.
func (x *sentence) stateProtest(g *vgroup, src *mention, code string) bool {
	if x.c.dict.Compat || !strings.HasPrefix(code, "14") || len(src.codes) != 1 || src.pronoun || !strings.HasPrefix(x.toks[g.head].Lower, "protest") {
		return false
	}
	for _, m := range x.ms {
		if m.start >= g.end && len(m.codes) > 0 {
			return false // "protested the detention of its citizens in Kazakhstan"
		}
	}
	if stateAgent(src.codes[0]) {
		return true
	}
	return len(src.codes[0]) == 3 && !src.adj && !src.plural && !src.locative && !src.pronoun && (src.capital || !x.demonymWord(x.toks[src.end-1].Lower))
}

// protestedAgainst returns what a protest is against when the target found
// is only the place it was held: in "rallied in Almaty against Chinese
// influence" the protest is aimed at China, not at Almaty.
func (x *sentence) protestedAgainst(g *vgroup, tgt *mention, code string, clauseEnd int) *mention {
	if x.c.dict.Compat || tgt != nil && !tgt.locative || !strings.HasPrefix(code, "14") {
		return tgt
	}
	place := false // the protest's place comes between: "in Almaty against"
	for _, m := range x.ms {
		if m.start < g.end || m.start >= clauseEnd {
			continue
		}
		if m.locative {
			place = true
			continue
		}
		if place && m.prep == "against" && len(m.codes) == 1 && !m.pronoun && (!m.weak || m.end < len(x.toks) && conductNouns[x.toks[m.end].Lower]) {
			return m
		}
		break
	}
	return tgt
}

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

package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
)

// lendResultTarget gives the victims named by a result participle to the
// act coded just before it when that act has no target of its own:
// "special forces stormed the prison, killing 20 inmates" is force used on
// the inmates, "opened fire on the post, wounding two Kyrgyz guards" on the
// guards. Mass violence (20) keeps the place it struck: "gassed the town of
// Halabja, killing 5,000 people".
func (x *sentence) lendResultTarget(g *vgroup, tgt *mention) {
	if tgt == nil || x.c.dict.Compat {
		return
	}
	prev := x.prevGroup(g.start - 1)
	if prev == nil || prev.evTo > len(x.events) {
		return
	}
	for i := prev.evFrom; i < prev.evTo; i++ {
		if strings.HasPrefix(x.events[i].Code, "20") {
			return
		}
	}
	x.lendTarget(prev, tgt)
}

// officeOfPlace turns a place named after an office noun into its
// government: "arrested the former head of the Almaty region" detains an
// official of Kazakhstan, it does not occupy Almaty.
func (x *sentence) officeOfPlace(tgt *mention) *mention {
	if !tgt.place || tgt.compound() || len(tgt.codes) != 1 || len(tgt.codes[0]) < 3 || tgt.codes[0][0] == '?' || !x.officeOf(tgt) {
		return tgt
	}
	c := *tgt
	c.codes = []string{tgt.codes[0][:3] + "GOV"}
	c.place, c.locative, c.capital = false, false, false
	return &c
}

// The staff of a body act for it: "officers of Kyrgyzstan's security
// committee searched the homes", "agents of the FSB detained him".
func init() {
	for _, w := range []string{"officer", "officers", "agent", "agents", "employee", "employees", "operative", "operatives"} {
		officeNouns[w] = true
	}
}

// selfArrest reports whether a security body's coercion of its own kind is
// worth coding although source and target codes are the same: "Kazakh
// police arrested a former deputy interior minister", "the security
// committee detained two of its officers" are arrests of officials.
func (x *sentence) selfArrest(code, cameo string, srcSpan, tgtSpan *event.Span, tgtText string) bool {
	if x.c.dict.Compat || srcSpan == nil || tgtSpan == nil || *srcSpan == *tgtSpan || len(code) != 6 || !strings.HasPrefix(cameo, "17") {
		return false
	}
	switch code[3:] {
	case "COP", "SPY", "MIL", "JUD":
	default:
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(tgtText)) {
		if officialWords[w] || arrestedOfficerWords[w] {
			return true
		}
	}
	// "the former deputy head of the customs service": the office before "of".
	for k := x.from; k < len(x.toks); k++ {
		if x.toks[k].Start != tgtSpan[0] {
			continue
		}
		j := k - 1
		for j > x.from && j >= k-2 && determiners[x.toks[j].Lower] {
			j--
		}
		return j > x.from && x.toks[j].Lower == "of" && arrestedOfficerWords[x.toks[j-1].Lower]
	}
	return false
}

// arrestedOfficerWords name members of a security body that its own
// investigators may arrest.
var arrestedOfficerWords = setOf("officer", "officers", "policeman", "policemen", "guard", "guards", "commander", "commanders",
	"chief", "head", "deputy", "investigator", "investigators", "judge", "judges", "prosecutor", "prosecutors", "general", "generals")

// appositionCountry gives an agent of no named country the country of the
// apposition after it: "arrested an eleventh suspect, a native of
// Kyrgyzstan", "detained its driver, an Afghan citizen".
func (x *sentence) appositionCountry(tgt *mention) *mention {
	if tgt.compound() || len(tgt.codes) != 1 || !strings.HasPrefix(tgt.codes[0], "?") || tgt.end+2 >= len(x.toks) || x.toks[tgt.end].Lower != "," {
		return tgt
	}
	k := tgt.end + 1
	if w := x.toks[k].Lower; w == "a" || w == "an" {
		k++ // "a native of", "an Afghan citizen"; not "the Kazakh embassy said"
	} else if k+3 < len(x.toks) && (w == "most" || w == "all" || w == "many") && x.toks[k+1].Lower == "of" && x.toks[k+2].Lower == "them" {
		k += 3 // "19 defendants, most of them Tajik citizens"
	}
	for _, m := range x.ms {
		if m.start != k || m.compound() || m.locative || len(m.codes) != 1 || len(m.codes[0]) < 3 || strings.HasPrefix(m.codes[0], "?") {
			continue
		}
		if m.end < len(x.toks) && (strings.HasPrefix(x.toks[m.end].Tag, "VB") || x.toks[m.end].Tag == "MD") {
			return tgt // "a man, Kazakh officials said": a speaker, not an apposition
		}
		return withCountryOf(tgt, m)
	}
	return tgt
}

// withCountryOf returns a copy of the unmarked target tgt ("?CVL") with the
// country of m, or tgt itself when m is an organisation, not a country.
func withCountryOf(tgt, m *mention) *mention {
	if nonState(m.codes[0]) {
		return tgt
	}
	c := *tgt
	c.codes = []string{m.codes[0][:3] + tgt.codes[0][1:]}
	return &c
}

// streetAgent reports whether a code's agent is a nationalist gang:
// "Russian nationalists attacked Tajik migrants" is an assault, not
// military force. Armed smugglers in a shootout with border guards do fight
// (19).
func streetAgent(code string) bool {
	return len(code) == 6 && code[3:] == "RAD"
}

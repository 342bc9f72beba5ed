package coder

import "strings"

// visitNouns are the nouns news uses for a visit it names in passing.
var visitNouns = map[string]bool{"visit": true, "visits": true, "trip": true}

// possessiveWords before a visit noun make it someone's visit named in
// passing: "after Rahmon's visit to Tashkent", "during his trip to Moscow".
var possessiveWords = map[string]bool{"'s": true, "’s": true, "'": true, "his": true, "her": true, "their": true, "its": true}

// dropNominalVisits drops visits (04x) coded from the noun of a visit named
// in passing rather than reported: "after Rahmon's visit to Tashkent", "it
// would be the first visit by a Japanese prime minister to Kazakhstan".
// A visit reported by a verb ("visited", "arrived … for a state visit")
// keeps its event.
func (x *sentence) dropNominalVisits() {
	kept := x.events[:0]
	for _, ev := range x.events {
		if len(ev.Code) >= 2 && ev.Code[:2] == "04" && x.nominalVisit(x.verbToken(ev)) {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// nominalVisit reports whether token k is a visit noun owned by someone
// ("Rahmon's state visit") or followed by its visitor ("the visit by").
func (x *sentence) nominalVisit(k int) bool {
	if k < 1 || !visitNouns[x.toks[k].Lower] || strings.HasPrefix(x.toks[k].Tag, "VB") {
		return false
	}
	if k+1 < len(x.toks) && x.toks[k+1].Lower == "by" {
		return true
	}
	for j := k - 1; j >= x.from && j >= k-3; j-- {
		if possessiveWords[x.toks[j].Lower] {
			return true
		}
	}
	return false
}

package coder

// dayParts may follow a weekday in a time phrase: "on Monday night".
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// lastPeriods follow "last" or "this" in a time phrase: "last week".
var lastPeriods = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "night": true}

// loneTimeWords are one-word adverbials that may stand between a verb and
// its that-clause: "demanded again that", "said yesterday that".
var loneTimeWords = map[string]bool{"yesterday": true, "today": true, "again": true, "publicly": true,
	"repeatedly": true, "formally": true, "officially": true, "earlier": true, "also": true}

// beforeTimePhrase steps back from token k-1 over a short time adverbial
// that ends there ("on Tuesday", "on Monday night", "last week",
// "yesterday") and returns the index of the token before the phrase; with
// no such phrase it returns k-1. "The Taliban demanded on Tuesday that
// Tajikistan return the aircraft": the demand verb stands before the day.
func (x *sentence) beforeTimePhrase(k int) int {
	j := k - 1
	if j <= x.from {
		return j
	}
	w := x.toks[j].Lower
	switch {
	case loneTimeWords[w]:
		return j - 1
	case dayParts[w] && j-2 > x.from && x.toks[j-2].Lower == "on" && weekdays[x.toks[j-1].Lower] != 0 || dayParts[w] && j-2 > x.from && x.toks[j-2].Lower == "on" && x.toks[j-1].Lower == "sunday":
		return j - 3
	case (weekdays[w] != 0 || w == "sunday") && x.toks[j-1].Lower == "on":
		return j - 2
	case lastPeriods[w] && (x.toks[j-1].Lower == "last" || x.toks[j-1].Lower == "this"):
		return j - 2
	}
	return j
}

// backshifted reports whether g, a past tense, stands in a clause reported
// by a past speech verb, where English shifts a present stance back: "the
// ministry said it did not intend to recognise the Taliban" states a
// present intention, as "does not intend to" does.
func (x *sentence) backshifted(g *vgroup) bool {
	for _, depth := range []int{0, 1} {
		if rg := x.reportingGroup(g, depth); rg != nil && !rg.neg {
			return x.toks[rg.head].Tag == "VBD"
		}
	}
	return false
}

// distanceUnits measure how far an act took place from somewhere.
var distanceUnits = map[string]bool{"km": true, "kilometres": true, "kilometers": true, "miles": true,
	"metres": true, "meters": true, "kms": true, "mi": true}

// distancePlace reports whether m only measures where an act took place:
// "drills at the Momirak range, 20 km from the Afghan border" are held
// near Afghanistan, not against it.
func (x *sentence) distancePlace(m *mention) bool {
	return m.prep == "from" && x.distanceBefore(m.start)
}

// distanceBefore reports whether the border word at k is measured from:
// "20 km from the Afghan border".
func (x *sentence) distanceBefore(k int) bool {
	for j := k - 1; j > x.from && j >= k-4; j-- {
		if x.toks[j].Lower == "from" {
			u := x.toks[j-1].Lower
			if u == "away" && j-2 >= x.from {
				u = x.toks[j-2].Lower
			}
			return distanceUnits[u]
		}
	}
	return false
}

// borderPlaceOn is borderPlace with "on" too: "on the border with
// Uzbekistan" places an act as "near" it does.
func (x *sentence) borderPlaceOn(m *mention) bool {
	if x.borderPlace(m) {
		return true
	}
	if m.prep != "with" || m.start < 4 {
		return false
	}
	switch x.toks[m.start-2].Lower {
	case "border", "frontier":
	default:
		return false
	}
	return x.toks[m.start-4].Lower == "on" && determiners[x.toks[m.start-3].Lower]
}

// weakObjectBefore returns a weak object (a demonym on a thing: "a Tajik
// border post") standing in [from, to), or nil.
func (x *sentence) weakObjectBefore(from, to int) *mention {
	for _, m := range x.ms {
		if m.start >= from && m.start < to && m.weak && m.adj && !m.locative && len(m.codes) == 1 {
			return m
		}
	}
	return nil
}

package coder

import (
	"strconv"
	"strings"
)

// datedHistory reports whether the clause of the verb at v dates its act
// well before the document: "fought a brief border war in September 2022"
// in a 2024 story, "Russia invaded Ukraine in February 2022, and …",
// "relatives who fought in World War II". Such acts are background recalled
// by the story, not its news. The scan stops at the next verb or clause
// word, so "released journalists who had been jailed in 2021" keeps the
// release.
func (x *sentence) datedHistory(v int) bool {
	if v < 0 || len(x.st.date) < 7 {
		return false
	}
	docYear, err1 := strconv.Atoi(x.st.date[:4])
	docMonth, err2 := strconv.Atoi(x.st.date[5:7])
	if err1 != nil || err2 != nil {
		return false
	}
	claims := x.mayHave(presentClaimGate) // s8: no claim word, no loop
	for k := x.from; k < v && claims; k++ {
		if hasWord(&x.toks[k], presentClaimFilter, presentClaims) {
			return false // "Rights groups say troops massacred protesters in May 2005": today's claim
		}
	}
	end := min(len(x.toks), v+12)
	for k := v + 1; k < end; k++ {
		t := &x.toks[k] // s8: no copy
		if strings.HasPrefix(t.Tag, "VB") || hasWord(t, historyStopFilter, historyStops) {
			return false
		}
		if t.Lower == "world" && k+1 < len(x.toks) && x.toks[k+1].Lower == "war" && docYear > 1960 {
			return true // "in World War II", "during the Second World War"
		}
		if t.Lower != "in" || k+1 >= len(x.toks) {
			continue
		}
		y, m := k+1, 0
		if monthNames[x.toks[y].Lower] && y+1 < len(x.toks) {
			m = monthIndex(x.toks[y].Lower)
			y++
		}
		w := x.toks[y].Text
		if len(w) != 4 || !allDigits(w) {
			continue
		}
		year, _ := strconv.Atoi(w)
		if year < 1000 {
			continue
		}
		// Months before the document: more than six with a month named,
		// a whole earlier year without one (unless the story is from its
		// first months).
		if m > 0 {
			if (docYear-year)*12+docMonth-m > 6 {
				return true
			}
		} else if year < docYear-1 || year == docYear-1 && docMonth > 4 {
			return true
		}
	}
	return false
}

// historyStops end the clause of a verb: a relative or subordinate clause,
// or a new sentence part, may date another act.
var historyStops = setOf("who", "which", "that", "when", "where", "after", "before", "since", "while", "until",
	"because", "as", ";", ".", ":", "whose", "amid", "following")

// presentClaims are present-tense reporting verbs: what they report is
// today's claim, whatever its date.
var presentClaims = setOf("say", "says", "allege", "alleges", "claim", "claims", "insist", "insists", "maintain", "maintains")

// monthIndex returns 1 for "january" … 12 for "december", 0 otherwise.
func monthIndex(w string) int {
	for i, m := range []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"} {
		if w == m {
			return i + 1
		}
	}
	return 0
}

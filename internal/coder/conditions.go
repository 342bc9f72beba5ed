package coder

import "github.com/accord-hub/accord/internal/nlp"

// conditionOpeners open a clause whose act is only supposed: "unless
// Uzbekistan and Tajikistan agreed to extend their contracts", "whatever
// Tajikistan demanded".
var conditionOpeners = map[string]bool{"if": true, "unless": true, "whether": true, "whatever": true}

// dropConditionedActs drops acts whose verb stands in such a clause, a few
// words after its opener, with no comma or other verb between: the main
// clause's warning or threat is the act; the condition is not.
func (x *sentence) dropConditionedActs() {
	if !x.mayHave(conditionOpenerGate) {
		return // s8: inCondition needs an opener
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if k := x.verbToken(ev); k > 0 && x.inCondition(k) {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// inCondition reports whether a condition opener stands within six words
// before token k, in the same clause.
func (x *sentence) inCondition(k int) bool {
	for j := k - 1; j >= x.from && j >= k-6; j-- {
		t := &x.toks[j]
		if conditionOpeners[t.Lower] {
			return true
		}
		if t.Lower == "," || t.Lower == ";" || t.Lower == "that" || t.Lower == "and" && j > x.from && x.toks[j-1].Lower == "," || isVerbTag(t.Tag) && !isAuxiliary(t.Lower) {
			return false
		}
	}
	return false
}

// isVerbTag reports whether a part-of-speech tag is a verb's.
func isVerbTag(tag string) bool { return len(tag) >= 2 && tag[:2] == "VB" }

// isAuxiliary reports whether w only helps another verb ("would", "had").
func isAuxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "would", "will", "could", "should", "might", "may", "can":
		return true
	}
	return false
}

// withinAccordingTo reports whether the words before start, back to the
// last comma, open with "according to": "According to a statement by the
// Kyrgyz government, Tajikistan and Turkmenistan said …" names the source
// of the report, not a member of the list after the comma.
func withinAccordingTo(toks []nlp.Token, start int) bool {
	for j := start - 1; j >= 1 && j >= start-8; j-- {
		switch toks[j].Lower {
		case ",", ";":
			return false
		case "to":
			if toks[j-1].Lower == "according" {
				return true
			}
		}
	}
	return false
}

// ditransitivePassive reports whether w, a participle, keeps an object in
// the passive: "was summoned to the ministry and handed a note of protest".
func ditransitivePassive(w string) bool {
	switch w {
	case "handed", "given", "shown", "sent", "offered", "granted", "awarded", "denied", "told", "served", "issued":
		return true
	}
	return false
}

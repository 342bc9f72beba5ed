package coder

import "github.com/accord-hub/accord/internal/dict"

// stanceLemmas are verbs whose negated present tense states a policy, not
// an act that did not happen: "Kazakhstan does not recognise the
// republics", "we do not accept the sanctions" reject them.
var stanceLemmas = map[string]bool{"recognise": true, "recognize": true, "accept": true, "support": true, "endorse": true}

// presentStanceRefusal reports whether g is a negated present tense ("does
// not", "do not") of a stance verb: a rejection, where "did not recognise"
// tells of no act.
func (x *sentence) presentStanceRefusal(g *vgroup) bool {
	if !g.neg || !stanceLemmas[firstLemma(g)] {
		return false
	}
	for k := g.start; k < g.head; k++ {
		switch x.toks[k].Lower {
		case "does", "do":
			return true
		}
	}
	return false
}

// refusingIntents are the intent verbs whose negated present or future
// is a refusal: "does not intend to join", "has no plans" aside, "will not
// seek to".
var refusingIntents = map[string]bool{"intend": true, "plan": true, "want": true, "wish": true, "seek": true, "mean": true}

// presentIntentRefusal reports whether the frame verb fg is a negated
// present or future intent ("does not intend to", "do not plan to", "will
// not seek to"): a rejection, where "did not intend to" tells of the past.
func (x *sentence) presentIntentRefusal(fg *vgroup) bool {
	if fg == nil || !fg.neg || !refusingIntents[firstLemma(fg)] {
		return false
	}
	switch fg.modal {
	case "will", "would", "wo", "'ll":
		return true
	}
	for k := fg.start; k < fg.head; k++ {
		switch x.toks[k].Lower {
		case "does", "do":
			return true
		case "did":
			if x.backshifted(fg) {
				return true // "said it did not intend to"
			}
		}
	}
	return false
}

// noIntentRefuses reports whether "no" before an intent noun makes a
// refusal: "has no plans to recognise the Taliban", "no intention of
// joining the sanctions" reject the act, as a negated intent does.
func noIntentRefuses(det, frame string) bool {
	return det == "no" && frame == dict.FrameIntent
}

// leavingLemmas are acts whose absence keeps things as they are: "had no
// plans to leave the CSTO" refuses nothing.
var leavingLemmas = map[string]bool{"leave": true, "quit": true, "exit": true, "withdraw": true, "abandon": true,
	"cut": true, "break": true, "end": true, "close": true, "suspend": true, "resign": true, "step": true}

// leavingAt reports whether the verb group starting at token k is one of
// leaving or ending.
func (x *sentence) leavingAt(k int) bool {
	g := x.groupCovering(k)
	return g != nil && leavingLemmas[firstLemma(g)]
}

package coder

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

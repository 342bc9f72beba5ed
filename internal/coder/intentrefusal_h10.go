package coder

import "github.com/accord-hub/accord/internal/dict"

// negatedIntentRefusals codes "Kazakhstan does not intend to join BRICS"
// when the act refused gave no event of its own: a present or future
// negated intent is a refusal (120) of whom the refused act names, as
// "refused to join BRICS" is. "Has no plans to leave the CSTO" keeps
// things as they are and refuses nothing; people are no target ("does not
// intend to extradite him").
func (x *sentence) negatedIntentRefusals() {
	if x.c.dict.Compat {
		return
	}
	for _, g := range x.groups {
		if g.noun || g.coded || g.frame != dict.FrameIntent || x.skip != nil && x.skip[g.head] || !x.presentIntentRefusal(g) {
			continue
		}
		cg := x.infinitiveAfter(g)
		if cg == nil || cg.coded || cg.start-1 != g.end || x.toks[g.end].Lower != "to" {
			continue
		}
		if leavingLemmas[firstLemma(cg)] || leavingLemmas[x.toks[cg.head].Lower] {
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil || l.neg || x.hypothetical(subj.start) {
			continue
		}
		m := x.objectOf(cg.end, x.clauseEnd(cg), false)
		if m == nil || m.person || m.locative || m.weak || m == subj {
			continue
		}
		x.emitAll(subj, m, "120", "", x.span(g.head, g.end), "")
		g.coded = true
	}
}

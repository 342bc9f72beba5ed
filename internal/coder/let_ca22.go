package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/dict"
)

// letActs mends "refused to let the UN working group visit the country",
// "would not let the ship dock": the act after "let X" is only permitted,
// so when the letting is refused, negated or hypothetical the act is not
// done, and the refusal is of X.
func (x *sentence) letActs() {
	if len(x.events) == 0 || !x.mayHave(letGate) {
		return // (s8: no form of "let")
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		g, p := x.verbAfter(ev, "let", 10)
		if p == nil {
			kept = append(kept, ev)
			continue
		}
		m := x.mentionStartingAt(p.end)
		if m == nil && p.end < len(x.toks) && x.toks[p.end].Tag == "DT" {
			m = x.mentionStartingAt(p.end + 1)
		}
		if m == nil || m.end > g.start || !x.nounsOnly(m.end, g.start) {
			kept = append(kept, ev)
			continue
		}
		refuser := x.refusalOver(p)
		if !p.neg && refuser == nil && !helpModals[p.modal] {
			kept = append(kept, ev)
			continue
		}
		if refuser != nil {
			x.retargetRefusal(refuser, m)
		}
	}
	x.events = kept
}

// refusalOver returns the refusal frame group p hangs on by "to" ("refused
// to let"), or nil.
func (x *sentence) refusalOver(p *vgroup) *vgroup {
	rg := x.prevGroup(p.start)
	if rg == nil || rg.noun || rg.frame != dict.FrameRefuse || x.connector(rg, p) != "to" {
		return nil
	}
	return rg
}

// retargetRefusal gives the target-less refusal coded from rg the actor m
// that was not let act.
func (x *sentence) retargetRefusal(rg *vgroup, m *mention) {
	if len(m.codes) != 1 || m.weak {
		return
	}
	for i := range x.events {
		ev := &x.events[i]
		if ev.Target != "" || !strings.HasPrefix(ev.Code, "12") {
			continue
		}
		if k := x.verbToken(*ev); k < rg.start || k >= rg.end {
			continue
		}
		ev.Target = x.resolve(m.codes[0], "")
		ev.TargetName = m.text
		ev.Evidence.Target = x.span(m.start, m.end)
	}
}

// nounsOnly reports whether tokens [from, to) are the rest of a noun
// phrase: "UN inspectors" after the mention "UN", "working group on
// enforced disappearances".
func (x *sentence) nounsOnly(from, to int) bool {
	for k := from; k < to; k++ {
		switch x.toks[k].Tag {
		case "NN", "NNS", "NNP", "NNPS", "JJ", "VBN", "CD":
		case "IN":
			switch x.toks[k].Lower {
			case "of", "on", "for", "from":
			default:
				return false
			}
		default:
			return false
		}
	}
	return true
}

// coordinatedInfinitive reports whether g is an infinitive joined by "and
// to" (or "or to") to og, itself an infinitive: in "urged them to resist
// pressure and to settle disputes" settling hangs on "urged", not on
// "resist".
func (x *sentence) coordinatedInfinitive(og, g *vgroup) bool {
	if x.c.dict.Compat || g.start < 2 || og.start < 1 || og.end > g.start {
		return false
	}
	toks := x.toks
	j := g.start - 1
	if toks[j].Lower != "to" {
		return false
	}
	if w := toks[j-1].Lower; w != "and" && w != "or" {
		return false
	}
	return toks[og.start-1].Lower == "to" || toks[og.start].Lower == "to"
}

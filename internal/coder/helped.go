package coder

import "github.com/accord-hub/accord/internal/event"

// helpModals are the modals that make a help hypothetical: "could help
// Russian firms evade sanctions".
var helpModals = map[string]bool{"could": true, "may": true, "might": true, "would": true, "will": true, "can": true, "ca": true, "wo": true}

// helpedActs mends the acts done with someone's help, "Kazakhstan will not
// help Russia evade sanctions": a help that is negated, hypothetical or
// alleged ("accused two banks of helping Russian firms bypass
// restrictions") reports no act, and the helper is never the act's target.
func (x *sentence) helpedActs() {
	kept := x.events[:0]
	for _, ev := range x.events {
		g, p := x.verbAfter(ev, "help", 6)
		if p == nil || x.toks[g.start].Tag != "VB" && x.toks[g.start].Tag != "VBP" {
			kept = append(kept, ev)
			continue
		}
		if p.neg || helpModals[p.modal] {
			continue
		}
		if p.start > x.from {
			switch x.toks[p.start-1].Lower {
			case "of", "for", "with":
				continue
			}
		}
		if x.conditionalBefore(p.start) {
			continue // "if they helped Russian companies evade restrictions"
		}
		if helper, _ := x.subjectOf(p, 0); helper != nil {
			for _, c := range helper.codes {
				if x.resolve(c, "") == ev.Target {
					ev.Target, ev.TargetName, ev.Evidence.Target = "", "", nil
				}
			}
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// conditionalBefore reports whether "if" or "unless" opens the clause
// just before token k: "if they helped …".
func (x *sentence) conditionalBefore(k int) bool {
	for j := k - 1; j >= x.from && j >= k-4; j-- {
		switch x.toks[j].Lower {
		case "if", "unless":
			return true
		case ",", ";", "and", "that":
			return false
		}
	}
	return false
}

// verbAfter returns the verb group g that ev was coded from and the verb
// group p of the lemma right before it, at most gap tokens away ("help
// Russia evade", "let the ship dock"), or nils when there is no such pair.
func (x *sentence) verbAfter(ev event.Event, lemma string, gap int) (g, p *vgroup) {
	k := x.verbToken(ev)
	g = x.groupCovering(max(k, 0))
	if k < 0 || g == nil || g.noun {
		return nil, nil
	}
	p = x.prevGroup(g.start)
	if p == nil || p.noun || firstLemma(p) != lemma || g.start-p.end > gap {
		return nil, nil
	}
	return g, p
}

package coder

import "strings"

// forceWords in what a warning says make it a threat of force.
var forceWords = map[string]bool{
	"war": true, "retaliation": true, "retaliate": true, "strike": true, "strikes": true, "attack": true,
	"attacks": true, "destroy": true, "destroyed": true, "destruction": true, "annihilation": true,
	"annihilate": true, "wipe": true, "wiped": true, "crush": true, "crushed": true, "invasion": true,
	"invade": true, "bomb": true, "bombed": true, "flatten": true, "flattened": true, "rubble": true,
	"military": true, "force": true, "turned": true,
}

// warnsOfForce reports whether the warning g, addressed to tgt, says in its
// that-clause that force or war will follow: "warned Taiwan that
// independence means war", "warned Hezbollah that Beirut would be turned
// into Gaza". Said to no one ("warned that war would hurt growth") it stays
// a gloomy comment.
func (x *sentence) warnsOfForce(g *vgroup, tgt *mention) bool {
	k := g.end
	if tgt.start != k || len(tgt.codes) != 1 || len(tgt.codes[0]) < 3 {
		return false
	}
	if src, _ := x.subjectOf(g, 0); src == nil || len(src.codes) != 1 || len(src.codes[0]) < 3 ||
		src.codes[0][:3] == "IGO" || src.codes[0][:3] == "NGO" {
		return false // "the IMF warned Egypt that the war would hurt growth"
	}
	k = tgt.end
	if k >= len(x.toks) || x.toks[k].Lower != "that" {
		return false
	}
	end := len(x.toks)
	for j := k + 1; j < end; j++ {
		if x.toks[j].Lower == "," || x.toks[j].Lower == ";" {
			break
		}
		if forceWords[x.toks[j].Lower] && !(j <= k+2 && j > k+1 && determiners[x.toks[j-1].Lower]) {
			return true
		}
	}
	return false
}

// reducedRelative reports whether g is a past form right after the object of
// another verb and before a preposition: "demanded that Russia return the
// children deported during the war". After a verb of saying the noun is a
// new clause's subject instead ("said Russia attacked …").
func (x *sentence) reducedRelative(g *vgroup) bool {
	toks := x.toks
	if x.c.dict.Compat || g.passive || g.start != g.head || toks[g.head].Tag != "VBD" || !strings.HasSuffix(toks[g.head].Lower, "ed") || g.end >= len(toks) {
		return false
	}
	if next := toks[g.end]; next.Tag != "IN" || next.Lower == "that" {
		return false
	}
	m := x.mentionEndingAt(g.start - 1)
	if m == nil || m.start == 0 {
		return false
	}
	k := m.start - 1
	for k > x.from && determiners[toks[k].Lower] {
		k--
	}
	vg := x.groupCovering(k)
	if vg == nil || vg.noun || vg.end != k+1 || speechLemmas[firstLemma(vg)] {
		return false
	}
	return true
}

// forcePosture mends a force-posture event (15x): one's own police or troops
// sent somewhere are what is deployed, not whom ("France deployed 45,000
// police officers"), and an alert is a police alert (151) when police raise
// it and a military one (152) when soldiers do.
func forcePosture(src, tgt *mention, code string) (*mention, string) {
	if len(src.codes) != 1 || len(src.codes[0]) < 3 {
		return tgt, code
	}
	sc := strings.TrimPrefix(src.codes[0], "?")
	if tgt != nil && len(tgt.codes) == 1 && len(tgt.codes[0]) >= 3 {
		tc := strings.TrimPrefix(tgt.codes[0], "?")
		if len(tc) > 3 && tc[:3] == sc[:3] {
			tc = tc[3:]
		}
		switch tc {
		case "MIL", "COP", "GOVMIL", "MILGOV":
			tgt = nil
		}
	}
	switch {
	case code == "151" && strings.HasSuffix(sc, "MIL"):
		code = "152"
	case code == "152" && strings.HasSuffix(sc, "COP"):
		code = "151"
	}
	return tgt, code
}

// thatClauseActor returns the first actor of another country in the
// that-clause right after a comment verb and its noun ("voiced confidence
// that …", "was optimistic that …"), or nil.
func (x *sentence) thatClauseActor(g *vgroup, src *mention) *mention {
	toks := x.toks
	k := g.end
	for k < len(toks) && k < g.end+4 && toks[k].Lower != "that" {
		if toks[k].Lower == "," || x.mentionStartingAt(k) != nil {
			return nil
		}
		k++
	}
	if k >= len(toks) || toks[k].Lower != "that" || len(src.codes) != 1 || len(src.codes[0]) < 3 {
		return nil
	}
	for _, m := range x.ms {
		if m.start <= k {
			continue
		}
		if toks[m.start-1].Lower == ";" || m.start > k+12 {
			return nil
		}
		if m.weak || len(m.codes) != 1 || len(m.codes[0]) < 3 || m.codes[0][0] == '?' || m.codes[0][:3] == src.codes[0][:3] {
			continue
		}
		return m
	}
	return nil
}

// plannedWords after an event noun and its verb "to be" make the event a
// plan: "the summit is scheduled for next week".
var plannedWords = map[string]bool{
	"scheduled": true, "planned": true, "due": true, "expected": true, "slated": true, "set": true, "likely": true,
}

// plannedNoun reports whether the event noun g is the subject of "is
// scheduled", "are due", "will be held" and the like: not yet an event.
func (x *sentence) plannedNoun(g *vgroup) bool {
	toks := x.toks
	for k := g.end; k+1 < len(toks) && k < g.end+12; k++ {
		w := toks[k].Lower
		if w == "," || w == ";" || w == "that" || w == "which" || w == "who" {
			return false
		}
		if w == "is" || w == "are" || w == "was" || w == "were" || w == "be" {
			n := toks[k+1].Lower
			if plannedWords[n] {
				return true
			}
			if n == "to" && k+2 < len(toks) && toks[k+2].Lower == "be" || k > 0 && toks[k-1].Lower == "will" {
				return true // "is to be held", "will be held"
			}
			return false
		}
		if w == "will" && k+1 < len(toks) && toks[k+1].Lower != "be" {
			return true // "talks will start on Monday"
		}
	}
	return false
}

// abroad returns the first place or country named after "in" between from
// and to that is not the source's own country, when a topic noun stands
// before it ("the unrest in Mozambique"), or nil.
func (x *sentence) abroad(from, to int, src *mention) *mention {
	if len(src.codes) != 1 || len(src.codes[0]) < 3 || src.codes[0][0] == '?' {
		return nil
	}
	for _, m := range x.ms {
		if m.start < from || m.start >= to {
			continue
		}
		if !m.locative || m.prep != "in" || m.start < 2 || len(m.codes) != 1 || len(m.codes[0]) < 3 || m.codes[0][0] == '?' {
			return nil
		}
		if t := x.toks[m.start-2].Tag; !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") || m.codes[0][:3] == src.codes[0][:3] {
			return nil
		}
		return m
	}
	return nil
}

// optionActor returns the first actor, not the source's own country, named
// by the verb right after a verb of considering: "weighing whether to
// recognise a Palestinian state", "considering recognising Kosovo".
func (x *sentence) optionActor(g *vgroup, src *mention) *mention {
	toks := x.toks
	k := g.end
	if k < len(toks) && (toks[k].Lower == "whether" || toks[k].Lower == "how") {
		k++
	}
	if k < len(toks) && toks[k].Lower == "to" {
		k++
	}
	if k >= len(toks) || !strings.HasPrefix(toks[k].Tag, "VB") || len(src.codes) != 1 || len(src.codes[0]) < 3 {
		return nil
	}
	for _, m := range x.ms {
		if m.start <= k {
			continue
		}
		if m.start > k+5 || x.verbBetween(k+1, m.start) {
			return nil
		}
		if m.locative || len(m.codes) != 1 || len(m.codes[0]) < 3 || m.codes[0][0] == '?' || m.codes[0][:3] == src.codes[0][:3] {
			return nil
		}
		return m
	}
	return nil
}

package coder

import "strings"

// victimPronouns are the pronouns by which a speaker tells of what was done
// to him or her.
var victimPronouns = setOf("he", "she", "they", "i", "we")

// speakerVictims aims a passive act with an agent but no target at the one
// who tells of it: "Gadoev said he had been abducted in Moscow by Russian
// police officers" is an abduction of Gadoev.
func (x *sentence) speakerVictims() {
	if x.c.dict.Compat {
		return
	}
	for i := range x.events {
		ev := &x.events[i]
		if ev.Target != "" || ev.Source == "" {
			continue
		}
		g := x.groupCovering(x.verbToken(*ev))
		if g == nil || g.noun || !g.passive || g.start < 2 || !victimPronouns[x.toks[g.start-1].Lower] {
			continue
		}
		k := g.start - 2
		if x.toks[k].Lower == "that" && k > x.from {
			k--
		}
		sg := x.groupCovering(k)
		if sg == nil || sg.noun || sg.neg || !speechLemmas[firstLemma(sg)] && firstLemma(sg) != "complain" {
			continue
		}
		sp, l := x.subjectOf(sg, 1)
		if sp == nil || l.neg || sp.pronoun || len(sp.codes) != 1 {
			continue
		}
		c := x.resolve(sp.codes[0], ev.Source)
		if len(c) < 3 || strings.HasPrefix(c, "IGO") || cut3(c) == cut3(ev.Source) && len(c) == 3 {
			continue
		}
		ev.Target, ev.TargetName, ev.Evidence.Target = c, sp.text, x.span(sp.start, sp.end)
	}
}

// openingIt returns the body an "It" that opens a sentence stands for: the
// last sentence's subject, when that is one body and no person ("The Kyrgyz
// foreign ministry summoned Tajikistan's ambassador. It protested against
// …": the ministry, not the ambassador); or nil.
func (x *sentence) openingIt(k int) *mention {
	s := x.st.subject
	if x.c.dict.Compat || k != x.from || s == nil || s.person || s.plural || s.compound() || len(s.codes) != 1 || len(s.codes[0]) < 3 {
		return nil
	}
	return s
}

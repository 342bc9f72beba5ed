package coder

// clauseSubordinators open an adverbial clause with a subject of its own.
var clauseSubordinators = map[string]bool{
	"since": true, "after": true, "before": true, "when": true, "while": true, "because": true,
	"although": true, "though": true, "until": true, "once": true, "whereas": true,
}

// mainOverSubordinate steps back from the verb of an adverbial clause to
// the main verb when a verb after ", and" goes on: in "Putin visited Bishkek
// on his first trip since the court issued a warrant, and toured the base"
// Putin toured it, not the court. j is the index of the "and"; prev is the
// verb group before it.
func (x *sentence) mainOverSubordinate(prev, g *vgroup, j int) *vgroup {
	toks := x.toks
	if prev == nil || prev.noun || !prev.finite || !g.finite || j < 1 || toks[j-1].Lower != "," {
		return prev
	}
	// The subordinator must open prev's clause: between it and prev only
	// the clause's subject, no other verb.
	s := -1
	for k := prev.start - 1; k > x.from && k >= prev.start-8; k-- {
		if clauseSubordinators[toks[k].Lower] && toks[k].Tag == "IN" {
			s = k
			break
		}
		if og := x.groupCovering(k); og != nil && !og.noun {
			return prev
		}
		switch toks[k].Lower {
		case ",", ";", ":", "and", "but", "that", "who", "which":
			return prev
		}
	}
	if s < 0 {
		return prev
	}
	if main := x.prevGroup(s); main != nil && main.finite && !main.passive && (x.skip == nil || !x.skip[main.head]) {
		return main
	}
	return prev
}

// includingSubject returns the subject before a parenthetical list that
// names some of its members: "Critics, including the ombudsman, denounced
// the law", "Western governments, among them the United States, criticised
// the verdict". The members are examples; the subject is the whole.
func (x *sentence) includingSubject(g *vgroup) *mention {
	toks := x.toks
	if g.start < x.from+4 || toks[g.start-1].Lower != "," {
		return nil
	}
	for p := g.start - 3; p > x.from && p >= g.start-16; p-- {
		switch toks[p].Lower {
		case ";", ":", "(", ")":
			return nil
		case ",":
			switch w := toks[p+1].Lower; {
			case w == "including", w == "among" && toks[p+2].Lower == "them", w == "such" && toks[p+2].Lower == "as":
				if m := x.mentionEndingAt(p - 1); m != nil && !m.weak && m.prep == "" {
					return m
				}
			}
			return nil
		}
		if og := x.groupCovering(p); og != nil && !og.noun && toks[og.head].Lower != "including" {
			return nil
		}
	}
	return nil
}

// mainOverCommaRelative steps back from the verb of a relative clause
// closed by a comma to the main verb when a finite verb follows ", and":
// in "detained a Russian blogger who insulted Kyrgyz people in a video, and
// asked Moscow to hand him over" the police asked, not the blogger.
func (x *sentence) mainOverCommaRelative(prev, g *vgroup, j int) *vgroup {
	toks := x.toks
	if prev == nil || prev.noun || !g.finite || j < 1 || toks[j-1].Lower != "," || toks[g.head].Tag != "VBD" {
		return prev
	}
	ant := x.relativeAntecedent(prev)
	if ant == nil || ant.start <= x.from {
		return prev
	}
	k := ant.start - 1
	for k > x.from && (determiners[toks[k].Lower] || toks[k].Tag == "JJ" || toks[k].Tag == "CD") {
		k--
	}
	vg := x.groupCovering(k)
	if vg == nil || vg.noun || vg.end != k+1 || vg.passive || !vg.finite {
		return prev
	}
	return vg
}

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

package coder

// harmLemmas are passives of harm whose subject is the victim of an attack
// told in a "when" clause after them.
var harmLemmas = map[string]bool{
	"wound": true, "kill": true, "injure": true, "hurt": true, "shoot": true,
}

// harmedWhen finds the victim of an attack with no target of its own in
// the main clause of a "when" clause: in "a Kyrgyz border guard was
// wounded when Tajik servicemen fired at a patrol" and "two guards were
// killed when their post was shelled by Tajik forces" the guards are whom
// the fire was aimed at. The victim must be of another country than the
// attacker.
func (x *sentence) harmedWhen(g *vgroup, src *mention) *mention {
	if src == nil || len(src.codes) != 1 || g.start <= x.from {
		return nil
	}
	// The subordinator: "when" right before the clause's subject or verb.
	k := g.start - 1
	if m := x.mentionEndingAt(k); m != nil {
		k = m.start - 1
	} else if x.toks[k].Tag == "PRP$" || x.toks[k].Tag == "NN" || x.toks[k].Tag == "NNS" {
		// "when their post was shelled": the passive's subject phrase.
		for k > x.from && x.toks[k].Lower != "when" && k > g.start-5 {
			k--
		}
	}
	if k <= x.from || x.toks[k].Lower != "when" {
		return nil
	}
	hg := x.prevGroup(k)
	if hg == nil || !hg.passive || hg.end < k-4 || !harmLemmas[firstLemma(hg)] {
		return nil
	}
	v, _ := x.subjectOf(hg, 0)
	if v == nil || len(v.codes) != 1 || v.weak || v.locative {
		return nil
	}
	sc, vc := x.resolve(src.codes[0], ""), x.resolve(v.codes[0], "")
	if len(sc) < 3 || len(vc) < 3 || sc[:3] == vc[:3] {
		return nil
	}
	return v
}

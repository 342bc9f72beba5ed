package coder

// judgeLemmas are verbs of praise and blame whose "for" + gerund names an
// act of their object that the sentence takes as fact: "thanked Kazakhstan
// for sending aid", "criticised Iran for deporting Afghans". Accusing and
// arresting verbs are not here: their "of"/"for" gives an allegation.
var judgeLemmas = map[string]bool{
	"thank": true, "praise": true, "commend": true, "applaud": true, "hail": true,
	"congratulate": true, "criticise": true, "criticize": true, "condemn": true,
	"denounce": true, "rebuke": true, "censure": true, "slam": true, "chide": true,
	"reproach": true,
}

// judgedActor returns the object of a praise or blame verb when g is the
// gerund after its "for": in "condemned a Tajik court for sentencing an
// Afghan", the court sentenced. It returns nil otherwise.
func (x *sentence) judgedActor(g *vgroup) *mention {
	return x.judgedActorDepth(g, 0)
}

func (x *sentence) judgedActorDepth(g *vgroup, depth int) *mention {
	if x.c.dict.Compat || g.noun || depth > 2 || x.toks[g.head].Tag != "VBG" {
		return nil
	}
	f := g.start - 1
	for f > x.from && x.toks[f].Tag == "RB" {
		f-- // "for forcibly returning"
	}
	if f <= x.from || x.toks[f].Lower != "for" {
		return nil
	}
	for k := g.start; k < g.head; k++ {
		if x.toks[k].Tag != "RB" {
			return nil
		}
	}
	prev := x.prevGroup(f)
	if prev == nil || prev.passive {
		return nil
	}
	if !judgeLemmas[firstLemma(prev)] {
		if f >= 1 && (x.toks[f-1].Lower == "and" || x.toks[f-1].Lower == "or") {
			// "criticised Japarov for concentrating power and for jailing
			// journalists": the same object.
			return x.judgedActorDepth(prev, depth+1)
		}
		return nil
	}
	for _, m := range x.ms {
		if m.start >= prev.end && m.end <= f && !m.weak {
			for k := m.end; k < f; k++ {
				if x.toks[k].Lower == "," || x.toks[k].Tag == "IN" && x.toks[k].Lower != "of" {
					return nil // "praised Russia's role in …": not the object alone
				}
			}
			return m
		}
	}
	return nil
}

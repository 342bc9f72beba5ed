package coder

import "strings"

// lendResultTarget gives the victims named by a result participle to the
// act coded just before it when that act has no target of its own:
// "special forces stormed the prison, killing 20 inmates" is force used on
// the inmates, "opened fire on the post, wounding two Kyrgyz guards" on the
// guards. Mass violence (20) keeps the place it struck: "gassed the town of
// Halabja, killing 5,000 people".
func (x *sentence) lendResultTarget(g *vgroup, tgt *mention) {
	if tgt == nil || x.c.dict.Compat {
		return
	}
	prev := x.prevGroup(g.start - 1)
	if prev == nil || prev.evTo > len(x.events) {
		return
	}
	for i := prev.evFrom; i < prev.evTo; i++ {
		if strings.HasPrefix(x.events[i].Code, "20") {
			return
		}
	}
	x.lendTarget(prev, tgt)
}

// officeOfPlace turns a place named after an office noun into its
// government: "arrested the former head of the Almaty region" detains an
// official of Kazakhstan, it does not occupy Almaty.
func (x *sentence) officeOfPlace(tgt *mention) *mention {
	if !tgt.place || tgt.compound() || len(tgt.codes) != 1 || len(tgt.codes[0]) < 3 || tgt.codes[0][0] == '?' || !x.officeOf(tgt) {
		return tgt
	}
	c := *tgt
	c.codes = []string{tgt.codes[0][:3] + "GOV"}
	c.place, c.locative, c.capital = false, false, false
	return &c
}

// The staff of a body act for it: "officers of Kyrgyzstan's security
// committee searched the homes", "agents of the FSB detained him".
func init() {
	for _, w := range []string{"officer", "officers", "agent", "agents", "employee", "employees", "operative", "operatives"} {
		officeNouns[w] = true
	}
}

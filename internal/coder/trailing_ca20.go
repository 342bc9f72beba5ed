package coder

// tellingLemmas report speech to a listener named as their object.
var tellingLemmas = map[string]bool{"tell": true, "assure": true, "inform": true}

// trailingAddressee returns the listener of a speech verb that closes the
// sentence after g's clause: in "Uzbekistan will cut fees on transit cargo,
// Mirziyoyev told a Taliban delegation" the delegation is told. It returns
// nil when no "…, X told Y" follows g.
func (x *sentence) trailingAddressee(g *vgroup) *mention {
	toks := x.toks
	for _, tg := range x.groups {
		if tg.noun || tg.start <= g.end || !tellingLemmas[firstLemma(tg)] {
			continue
		}
		sp := x.mentionEndingAt(tg.start - 1)
		if sp == nil || sp.start < 1 || toks[sp.start-1].Lower != "," {
			return nil
		}
		if groups := x.groupsBetween(g.end, sp.start); len(groups) > 0 {
			return nil // another clause stands between
		}
		o := x.mentionAfterDeterminers(tg.end)
		if o == nil || o.locative || o.weak || pressAudience(o) {
			return nil
		}
		return o
	}
	return nil
}

package coder

import "strings"

// reportedNoun reports whether "a <event noun> between X and Y" opens the
// sentence as the subject of a past-tense verb, "A brawl between Kazakh and
// Chinese workers left 40 people in hospital": a reported event, not the
// hypothetical of "a war between X and Y would be a disaster".
func (x *sentence) reportedNoun(g *vgroup, code string) bool {
	toks := x.toks
	if !strings.HasPrefix(code, "18") && code != "145" {
		return false // only a fight or brawl between people
	}
	if x.c.dict.Compat || g.start != x.from+1 || g.end >= len(toks) || toks[g.end].Lower != "between" {
		return false
	}
	for _, og := range x.groups {
		if og.noun || og.start <= g.end {
			continue
		}
		if og.modal != "" || og.neg {
			return false
		}
		return toks[og.head].Tag == "VBD" && !speechLemmas[firstLemma(og)]
	}
	return false
}

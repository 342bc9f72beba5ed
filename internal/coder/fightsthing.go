package coder

import "strings"

// fightsThing reports whether a fighting verb has an object that is no
// actor and no name of the fight itself: "fought off a group of drug
// smugglers", "repelled an attack by militants". A compound subject of such
// a verb fought together, not each other; "fought a brief war", "exchanged
// fire" stay mutual.
func (x *sentence) fightsThing(g *vgroup, code string) bool {
	if !strings.HasPrefix(code, "19") || x.isReciprocalAfter(g) {
		return false
	}
	toks := x.toks
	k := g.end
	for k < len(toks) && (toks[k].Lower == "off" || toks[k].Lower == "back") {
		k++
	}
	if k >= len(toks) || x.mentionStartingAt(k) != nil {
		return false
	}
	t := toks[k]
	if t.Tag != "DT" && t.Tag != "CD" && !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
		return false
	}
	for n := k; n < len(toks) && n < k+6; n++ {
		w := toks[n].Lower
		if fightNames[w] {
			return false
		}
		if toks[n].Tag == "IN" || w == "," || w == "." {
			break
		}
	}
	return true
}

// isReciprocalAfter reports whether "each other" or "one another" follows g.
func (x *sentence) isReciprocalAfter(g *vgroup) bool {
	return isReciprocal(x.toks, g.end, min(g.end+6, len(x.toks)))
}

// fightNames name the fight itself as a verb's object: "fought a war",
// "exchanged fire".
var fightNames = map[string]bool{
	"war": true, "wars": true, "battle": true, "battles": true, "clash": true, "clashes": true,
	"skirmish": true, "skirmishes": true, "fire": true, "shots": true, "gunfire": true, "fight": true,
	"fighting": true, "conflict": true, "duel": true, "gunfight": true, "firefight": true, "blows": true,
}

// earlierYearAfter reports whether an event noun is dated by "in YEAR" after
// it to a year before the document's: "the clashes between Kyrgyz and Tajik
// troops in 2022 killed about 100 people", written in 2023, recalls them.
func (x *sentence) earlierYearAfter(g *vgroup) bool {
	if x.c.dict.Compat || x.st == nil || len(x.st.date) < 4 {
		return false
	}
	toks := x.toks
	for k := g.end; k+1 < len(toks) && k < g.end+8; k++ {
		if og := x.groupCovering(k); og != nil && og != g && !og.noun {
			return false // the next verb: "in 2022" is not the noun's
		}
		if toks[k].Lower != "in" {
			continue
		}
		y := toks[k+1].Lower
		if len(y) == 4 && (y[0] == '1' || y[0] == '2') && strings.Trim(y, "0123456789") == "" {
			return y < x.st.date[:4]
		}
	}
	return false
}

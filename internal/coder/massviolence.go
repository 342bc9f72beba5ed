package coder

import (
	"strconv"
	"strings"
)

// quantityWords count people roughly: "hundreds of civilians".
var quantityWords = map[string]int{
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2000000,
}

// massCount returns how many people the words [from, to) count, the largest
// figure before the first actor there ("more than 100,000 Afghan refugees",
// "tens of thousands of Armenians"), or 0.
func (x *sentence) massCount(from, to int) int {
	n := 0
	for k := from; k < to && k < len(x.toks) && k < from+8; k++ {
		t := &x.toks[k]
		v := 0
		if t.Tag == "CD" {
			f, _ := strconv.ParseFloat(strings.ReplaceAll(t.Lower, ",", ""), 64)
			if k+1 < len(x.toks) && (x.toks[k+1].Lower == "million" || x.toks[k+1].Lower == "millions") {
				f *= 1000000
			}
			v = int(f)
		} else if q, ok := quantityWords[t.Lower]; ok {
			v = q
			if k >= from+2 && x.toks[k-1].Lower == "of" {
				switch x.toks[k-2].Lower {
				case "tens":
					v *= 10 // "tens of thousands"
				case "hundreds":
					v *= 100 // "hundreds of thousands"
				}
			}
		}
		n = max(n, v)
		if m := x.mentionStartingAt(k); m != nil && k > from {
			break
		}
	}
	return n
}

// massViolence turns an expulsion or a killing of very many people into
// mass violence (CAMEO 20): "deported more than 100,000 Afghans" is a mass
// expulsion (201), "killed hundreds of protesters" a mass killing (202).
// Killing soldiers in battle stays fighting.
func (x *sentence) massViolence(g *vgroup, code string, end int) string {
	from := g.end
	if g.passive {
		// "more than 500,000 Afghans were deported by Pakistan": the count
		// is the subject's.
		from, end = max(x.from, g.start-8), g.start
		for k := g.start - 1; k > from; k-- {
			if x.toks[k].Lower == "," || x.toks[k].Tag == "VBD" || x.toks[k].Tag == "VBZ" {
				from = k + 1
				break
			}
		}
	}
	switch firstLemma(g) {
	case "deport", "expel", "evict", "expulse", "send", "return", "repatriate", "force", "compel":
		// "forced more than half a million Afghans to return": a mass
		// expulsion, as the deportation of tens of thousands is.
		if (strings.HasPrefix(code, "174") || code[:2] == "17" && (firstLemma(g) == "force" || firstLemma(g) == "compel")) && x.massCount(from, end) >= 10000 {
			return "201"
		}
	case "kill", "execute", "shoot", "gun", "murder", "slay":
		if code[:2] != "18" && code != "190" && code != "175" || strings.HasPrefix(code, "183") {
			return code
		}
		if x.massCount(from, end) < 100 {
			return code
		}
		if o := x.objectOf(from, end, false); o != nil {
			for _, c := range o.codes {
				if strings.Contains(c, "MIL") || strings.Contains(c, "REB") {
					return code // soldiers killed in battle
				}
			}
		}
		return "202"
	}
	return code
}

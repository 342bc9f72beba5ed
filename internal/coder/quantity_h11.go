package coder

import "github.com/accord-hub/accord/internal/nlp"

// bareCounts are the counts the agent dictionary reads as people when they
// stand alone as a subject: "Thousands marched in Bishkek".
var bareCounts = map[string]bool{
	"thousands": true, "hundreds": true, "dozens": true,
	"tens of thousands": true, "hundreds of thousands": true, "several thousand": true,
	"several hundred": true, "a few thousand": true, "a few hundred": true,
}

// dropBareCounts keeps a bare count as an actor only where it opens the
// clause and is not followed by "of": "Thousands marched" names a crowd,
// but in "hundreds of migrants" the migrants are the actor, and "detained
// dozens" leaves its target to the context.
func dropBareCounts(toks []nlp.Token, from int, ms []*mention) []*mention {
	kept := ms[:0]
	for _, m := range ms {
		if isBareCount(toks, m.start, m.end) {
			opens := m.start == from || (m.start > from && toks[m.start-1].Lower == ",")
			if !opens || (m.end < len(toks) && toks[m.end].Lower == "of") {
				continue
			}
		}
		kept = append(kept, m)
	}
	return kept
}

// lowerSpan joins the lower-case words of toks[i:j] with spaces.
func lowerSpan(toks []nlp.Token, i, j int) string {
	s := ""
	for k := i; k < j; k++ {
		if k > i {
			s += " "
		}
		s += toks[k].Lower
	}
	return s
}

// countBeforeOf reports whether toks[i:i+n] is a bare count followed by
// "of": "dozens of Afghan soldiers" names the soldiers, not a crowd.
func countBeforeOf(toks []nlp.Token, i, n int) bool {
	return i+n < len(toks) && toks[i+n].Lower == "of" && isBareCount(toks, i, i+n)
}

// isBareCount reports whether toks[i:j] is one of bareCounts, without
// building a string unless its first word can start one.
func isBareCount(toks []nlp.Token, i, j int) bool {
	if i >= j {
		return false
	}
	switch toks[i].Lower {
	case "thousands", "hundreds", "dozens", "tens", "several", "a":
	default:
		return false
	}
	if j-i == 1 {
		return bareCounts[toks[i].Lower]
	}
	return bareCounts[lowerSpan(toks, i, j)]
}

// ledGroupNouns name a group of states that acts as whoever leads it:
// "Thirty-nine countries led by Germany condemned China".
var ledGroupNouns = map[string]bool{
	"countries": true, "states": true, "nations": true, "governments": true,
	"coalition": true, "alliance": true, "bloc": true,
}

// ledGroupWords may stand before a group noun inside its phrase: "a group
// of 39 Western countries".
var ledGroupWords = map[string]bool{"group": true, "of": true, "other": true, "some": true}

// extendLedGroups stretches a mention after "led by" or "headed by" back
// over the group it leads, so "countries led by Germany" is a subject with
// Germany's code. Only a leader of a country stands for the group.
func extendLedGroups(toks []nlp.Token, from int, ms []*mention) {
	for i, m := range ms {
		b := m.start - 1
		if b > from && isDeterminer(&toks[b]) {
			b-- // "led by the United States"
		}
		g := b - 2
		if g < from || toks[b].Lower != "by" || !ledGroupNouns[toks[g].Lower] || len(m.codes) != 1 {
			continue
		}
		if w := toks[b-1].Lower; w != "led" && w != "headed" {
			continue
		}
		if c := m.codes[0]; len(c) < 3 || c[0] == '?' || isAgentOnly(c) {
			continue
		}
		low := from
		if i > 0 {
			low = max(low, ms[i-1].end)
		}
		k := g
		for k-1 >= low && (isDeterminer(&toks[k-1]) || toks[k-1].Tag == "CD" || toks[k-1].Tag == "JJ" || ledGroupWords[toks[k-1].Lower]) {
			k--
		}
		m.start = k
	}
}

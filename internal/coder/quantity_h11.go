package coder

import "github.com/accord-hub/accord/internal/nlp"

// bareCounts are the counts the agent dictionary reads as people when they
// stand alone as a subject: "Thousands marched in Bishkek".
var bareCounts = map[string]bool{
	"thousands": true, "hundreds": true, "dozens": true,
	"tens of thousands": true, "hundreds of thousands": true,
}

// dropBareCounts keeps a bare count as an actor only where it opens the
// clause and is not followed by "of": "Thousands marched" names a crowd,
// but in "hundreds of migrants" the migrants are the actor, and "detained
// dozens" leaves its target to the context.
func dropBareCounts(toks []nlp.Token, from int, ms []*mention) []*mention {
	kept := ms[:0]
	for _, m := range ms {
		if bareCounts[lowerSpan(toks, m.start, m.end)] {
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
	return i+n < len(toks) && toks[i+n].Lower == "of" && bareCounts[lowerSpan(toks, i, i+n)]
}

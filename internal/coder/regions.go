package coder

import (
	"github.com/accord-hub/accord/internal/nlp"
)

// regionGroup is a region whose states news names as a set: "the five
// Central Asian states" are Kazakhstan, Kyrgyzstan, Tajikistan,
// Turkmenistan and Uzbekistan.
type regionGroup struct {
	words []string // the region's adjective, lower case, token by token
	count string   // how many members, as a word ("five")
	codes []string
}

var regionGroups = []regionGroup{
	{[]string{"central", "asian"}, "five", []string{"KAZ", "KGZ", "TJK", "TKM", "UZB"}},
	{[]string{"baltic"}, "three", []string{"EST", "LVA", "LTU"}},
}

// regionNouns are the nouns after the region's adjective and the agent they
// give: "the five Central Asian presidents" are governments.
var regionNouns = map[string]string{
	"states": "", "countries": "", "republics": "", "nations": "", "neighbours": "", "neighbors": "",
	"leaders": "GOV", "presidents": "GOV", "governments": "GOV", "ministers": "GOV", "heads": "GOV",
}

// regionAgents stand before "of the five Central Asian states".
var regionAgents = map[string]bool{"leaders": true, "presidents": true, "heads": true, "ministers": true, "governments": true, "representatives": true, "delegations": true}

// regionMentions replaces "the five Central Asian states" (or "the Central
// Asian leaders", "the presidents of the three Baltic states") with a
// compound of the member states.
func regionMentions(toks []nlp.Token, from int, ms []*mention) []*mention {
	for k := from; k < len(toks); k++ {
		for _, rg := range regionGroups {
			if !wordsAt(toks, k, rg.words) {
				continue
			}
			start := k
			counted := false
			if start > from && (toks[start-1].Lower == rg.count || toks[start-1].Lower == "all") {
				start--
				counted = true
			}
			if start > from && toks[start-1].Lower == "the" {
				start--
				counted = true
			}
			end := k + len(rg.words)
			if !counted || end >= len(toks) {
				continue
			}
			agent, ok := regionNouns[toks[end].Lower]
			if !ok && end+1 < len(toks) && toks[end].Lower == "foreign" {
				agent, ok = regionNouns[toks[end+1].Lower]
				end++
			}
			if !ok {
				continue
			}
			end++
			if agent == "GOV" && end+1 < len(toks) && toks[end].Lower == "of" && toks[end+1].Lower == "state" {
				end += 2
			}
			// "the leaders of the five Central Asian states".
			if s := start - 1; s > from && toks[s].Lower == "of" && regionAgents[toks[s-1].Lower] {
				start = s - 1
				if start > from && (toks[start-1].Lower == "foreign" || toks[start-1].Lower == "the") {
					start--
				}
				agent = "GOV"
			}
			m := &mention{start: start, end: end, plural: true}
			for _, c := range rg.codes {
				m.codes = append(m.codes, c+agent)
				m.spans = append(m.spans, [2]int{start, end})
			}
			kept := ms[:0]
			for _, o := range ms {
				if o.end <= start || o.start >= end {
					kept = append(kept, o)
				}
			}
			ms = append(kept, m)
			sortMentions(ms)
			k = end - 1
			break
		}
	}
	return ms
}

// wordsAt reports whether the tokens from k are the words ws.
func wordsAt(toks []nlp.Token, k int, ws []string) bool {
	if k+len(ws) > len(toks) {
		return false
	}
	for i, w := range ws {
		if toks[k+i].Lower != w {
			return false
		}
	}
	return true
}

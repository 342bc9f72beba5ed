package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// regionMembers are regions whose members news counts out: "the five
// Central Asian states" are Kazakhstan, Kyrgyzstan, Tajikistan,
// Turkmenistan and Uzbekistan. A region gives its members only with the
// matching count, so "Central Asian leaders" stays no one in particular.
var regionMembers = map[string][]string{
	"central asian":   {"KAZ", "KGZ", "TJK", "TKM", "UZB"},
	"central asia":    {"KAZ", "KGZ", "TJK", "TKM", "UZB"},
	"baltic":          {"EST", "LVA", "LTU"},
	"south caucasus":  {"ARM", "AZE", "GEO"},
	"south caucasian": {"ARM", "AZE", "GEO"},
	"nordic":          {"DNK", "FIN", "ISL", "NOR", "SWE"},
}

// regionCountryNouns head a counted region phrase that names the states
// themselves, not an agent of them.
var regionCountryNouns = map[string]bool{
	"state": true, "states": true, "country": true, "countries": true, "nation": true, "nations": true,
	"republic": true, "republics": true, "neighbour": true, "neighbours": true, "neighbor": true, "neighbors": true,
}

// matchRegion returns the members of the region named at toks[k] and the
// region phrase's length.
func matchRegion(toks []nlp.Token, k int) ([]string, int) {
	for n := 2; n >= 1; n-- {
		if k+n > len(toks) {
			continue
		}
		words := make([]string, n)
		for i := range words {
			words[i] = toks[k+i].Lower
		}
		if ms, ok := regionMembers[strings.Join(words, " ")]; ok {
			return ms, n
		}
	}
	return nil, 0
}

// regionGroups turns counted region phrases into compound mentions of the
// members: "the five Central Asian states", "the five Central Asian
// leaders", "the leaders of the five Central Asian countries", "the three
// Baltic states".
func (c *Coder) regionGroups(toks []nlp.Token, from int, ms []*mention) []*mention {
	for k := from; k+2 < len(toks); k++ {
		if !countFilter.MayHave(toks[k].LowerHash()) {
			continue // the lookup below, for most words
		}
		want := countWords[toks[k].Lower]
		if want == 0 {
			continue
		}
		members, n := matchRegion(toks, k+1)
		if len(members) != want {
			continue
		}
		p := k + 1 + n
		agent, end := "", p
		switch {
		case p < len(toks) && regionCountryNouns[toks[p].Lower]:
			end = p + 1
		default:
			e, an := c.dict.Agents.Match(toks, p)
			if an == 0 || e.Agent == "" {
				continue
			}
			agent, end = e.Agent, p+an
		}
		start := k
		if start > from && (toks[start-1].Lower == "the" || toks[start-1].Lower == "all") {
			start--
		}
		// "the leaders of the five Central Asian states": the agent before.
		var head *mention
		for _, m := range ms {
			if len(m.codes) != 1 || !isAgentOnly(m.codes[0]) || m.end >= start {
				continue
			}
			if toks[m.end].Lower == "of" && (m.end+1 == start || m.end+2 == start && toks[m.end+1].Lower == "the") {
				head = m
			}
		}
		if head != nil && agent == "" {
			agent = head.codes[0]
			start = head.start
		}
		g := &mention{start: start, end: end, plural: true}
		for _, cc := range members {
			code := cc
			if agent != "" {
				code = addAgent(cc, agent)
			}
			g.codes = append(g.codes, code)
			g.spans = append(g.spans, [2]int{start, end})
		}
		kept := ms[:0]
		for _, m := range ms {
			if m.end <= start || m.start >= end {
				kept = append(kept, m)
			}
		}
		ms = append(kept, g)
		sortMentions(ms)
		k = end - 1
	}
	return ms
}

package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// nounOnlyAgents are agent words English never uses as verbs; the tagger
// still calls some of them verbs after noun modifiers ("the EU's sanctions
// envoy", "the OSCE media freedom representative").
var nounOnlyAgents = map[string]bool{
	"envoy": true, "envoys": true, "representative": true, "representatives": true,
	"coordinator": true, "coordinators": true, "commissioner": true, "commissioners": true,
	"ambassador": true, "ambassadors": true, "diplomat": true, "diplomats": true,
	"official": true, "officials": true, "minister": true, "ministers": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "rapporteur": true,
	"ombudsman": true, "delegation": true, "delegations": true, "chief": true,
}

// nounOnlyAgent reports whether the agent at toks[i:i+n] ends in a word that
// is a noun wherever it stands, after a noun modifier ("sanctions envoy").
func nounOnlyAgent(toks []nlp.Token, i, n int) bool {
	if i == 0 || !nounOnlyAgents[toks[i+n-1].Lower] {
		return false
	}
	prev := toks[i-1].Tag
	return prev == "NN" || prev == "NNS" || prev == "POS"
}

// agentsInPlaces gives an agent with no country of its own the countries of
// a compound of places right after "in": "warned officials in Astana and
// Bishkek" warns Kazakh and Kyrgyz officials. (One place alone is left to
// agentPlace and inferCountries.)
func (x *sentence) agentsInPlaces() {
	var drop []*mention
	for _, m := range x.ms {
		if m.end+1 >= len(x.toks) || len(m.codes) != 1 || len(m.codes[0]) < 3 || !isAgentOnly(m.codes[0]) || m.person {
			continue
		}
		if x.toks[m.end].Lower != "in" {
			continue
		}
		n := x.mentionStartingAt(m.end + 1)
		if n == nil || n.person || len(n.codes) < 2 {
			continue
		}
		var codes []string
		seen := map[string]bool{}
		for _, c := range n.codes {
			if len(c) < 3 || isAgentOnly(c) || c[:3] == "IGO" || c[:3] == "NGO" || c[:3] == "MNC" {
				codes = nil
				break
			}
			if !seen[c[:3]] {
				seen[c[:3]] = true
				codes = append(codes, c[:3]+m.codes[0])
			}
		}
		if len(codes) < 2 {
			continue
		}
		spans := make([][2]int, len(codes))
		for i := range spans {
			spans[i] = [2]int{m.start, m.end}
		}
		m.codes, m.spans, m.plural, m.end = codes, spans, true, n.end
		drop = append(drop, n)
	}
	x.dropMentions(drop)
}

// bareAgent reports whether m is written with common nouns alone, naming
// no country or body of its own ("companies", "the banks"): in "warned
// officials in Astana that companies would face consequences" the firms are
// the addressees' own.
func (x *sentence) bareAgent(m *mention) bool {
	if m == nil || m.person || m.pronoun || len(m.codes) != 1 {
		return false
	}
	for k := m.start; k < m.end; k++ {
		if isCapitalised(x.toks[k].Text) && !determiners[x.toks[k].Lower] {
			return false
		}
	}
	return true
}

// threatCode is the code of a warning's threat by the words of its clause:
// "would face sanctions" threatens sanctions (1312), other consequences are
// a threat of no act in particular (130).
func (x *sentence) threatCode(g *vgroup) string {
	for k := g.head; k < x.clauseEnd(g) && k < len(x.toks); k++ {
		switch x.toks[k].Lower {
		case "sanctions", "sanction", "embargo", "blacklist", "blacklisted":
			return "1312"
		}
	}
	return "130"
}

// placeAfter returns the end of a place named right after m with "in"
// ("officials in Astana"), or 0.
func (x *sentence) placeAfter(m *mention) int {
	if m.end+1 >= len(x.toks) || x.toks[m.end].Lower != "in" {
		return 0
	}
	if n := x.mentionAfterDeterminers(m.end + 1); n != nil && n.locative {
		return n.end
	}
	return 0
}

// commaBetween reports whether a comma stands in toks[from:to].
func (x *sentence) commaBetween(from, to int) bool {
	for k := from; k < to && k < len(x.toks); k++ {
		if x.toks[k].Lower == "," {
			return true
		}
	}
	return false
}

// regionGroupMade reports whether a counted region gave a compound ("the
// five Central Asian states"): all its members share one span, which
// coordination never makes.
func regionGroupMade(ms []*mention) bool {
	for _, m := range ms {
		if len(m.codes) < 2 {
			continue
		}
		same := true
		for _, sp := range m.spans[1:] {
			same = same && sp == m.spans[0]
		}
		if same {
			return true
		}
	}
	return false
}

// sameGroupWithOutsider reports whether members i and j of the compound m
// come from one counted region ("the five Central Asian states") that acts
// together with someone outside it: in "the five Central Asian states and
// the EU held a summit" each state met the EU, not each other.
func sameGroupWithOutsider(m *mention, i, j int) bool {
	if m.spans[i] != m.spans[j] {
		return false
	}
	for _, sp := range m.spans {
		if sp != m.spans[i] {
			return true
		}
	}
	return false
}

// joinRegionWithBloc coordinates a counted region with an organisation
// named beside it ("the leaders of the five Central Asian countries and the
// European Union"), which the first coordination could not see; other
// joins of a region are left as they were.
func joinRegionWithBloc(toks []nlp.Token, ms []*mention) []*mention {
	cp := make([]*mention, len(ms))
	copy(cp, ms)
	joined := coordinate(toks, cp, false)
	if len(joined) == len(ms) {
		return ms
	}
	for _, m := range joined {
		if len(m.codes) < 3 {
			continue
		}
		group, bloc := 0, false
		for _, sp := range m.spans {
			n := 0
			for _, sq := range m.spans {
				if sq == sp {
					n++
				}
			}
			group = max(group, n)
		}
		for _, c := range m.codes {
			bloc = bloc || strings.HasPrefix(c, "IGO")
		}
		if group >= 3 && group != len(m.codes) && !bloc {
			return ms
		}
	}
	return joined
}

// retagPastAfterApposition mends the slip retagPast mends when an
// apposition stands between the subject and its verb: "Kaja Kallas, the
// EU's top diplomat, spoke/NN by telephone with …".
func (c *Coder) retagPastAfterApposition(toks []nlp.Token) {
	for k := 3; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.Tag != "NN" || toks[k-1].Lower != "," {
			continue
		}
		switch toks[k-2].Tag {
		case "NN", "NNS", "NNP", "NNPS":
		default:
			continue
		}
		opened := false
		for j := k - 3; j >= 1 && j >= k-10; j-- {
			if toks[j].Lower == "," {
				opened = strings.HasPrefix(toks[j-1].Tag, "NNP")
				break
			}
		}
		if !opened {
			continue
		}
		switch toks[k+1].Tag {
		case "DT", "IN", "TO", "NNS", "NNP", "NNPS", "PRP$", "PRP", "CD", "JJ", "RB":
			if c.dict.Verbs.LemmasOfToken(t) != nil && c.irregularPast(t.Lower) {
				t.Tag = "VBD"
			}
		}
	}
}

// retagNounOnlyAgents mends the tagger's reading of an agent noun after a
// noun modifier as a verb ("the EU's sanctions envoy/VBP"), and of the
// clause's verb after the apposition it closes as an adjective
// ("…, visited/JJ Kyrgyzstan").
func (c *Coder) retagNounOnlyAgents(toks []nlp.Token) {
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if !strings.HasPrefix(t.Tag, "VB") || !nounOnlyAgent(toks, k, 1) {
			continue
		}
		if strings.HasSuffix(t.Lower, "s") {
			t.Tag = "NNS"
		} else {
			t.Tag = "NN"
		}
		if k+2 < len(toks) && toks[k+1].Lower == "," && toks[k+2].Tag == "JJ" && strings.HasSuffix(toks[k+2].Lower, "ed") &&
			c.dict.Verbs.LemmasOfToken(&toks[k+2]) != nil {
			toks[k+2].Tag = "VBD"
		}
	}
}

package coder

import (
	"strings"
	"unicode"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/nlp"
)

// Constructions common in security and conflict news: reporting tails
// (", local media reported"), a country's own Security Council, leaders and
// chiefs named by "of" ("the heads of the Kyrgyz and Tajik security
// services"), and participles inside an actor's name ("armed forces").

// reportingTail reports whether mention m is the speaker of a trailing
// reporting clause: ", local media reported", ", the UN drugs agency said".
// Such a speaker is never the object of the verb before it.
func (x *sentence) reportingTail(m *mention) bool {
	toks := x.toks
	k := m.start - 1
	for k > x.from && (determiners[toks[k].Lower] || toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNP") && x.mentionEndingAt(k) == nil {
		k-- // over "the", "local", "UN drugs"
	}
	if k <= x.from || toks[k].Lower != "," {
		return false
	}
	j := m.end
	for j < len(toks) && (toks[j].Tag == "NN" || toks[j].Tag == "NNS") && x.groupCovering(j) == nil {
		j++ // "the UN drugs agency": a head noun the dictionary left out
	}
	if !x.c.dict.Compat {
		j = x.speakerTitleEnd(j)
	}
	if j >= len(toks) {
		return false
	}
	g := x.groupCovering(j)
	if g == nil || g.noun || g.start != j {
		return false
	}
	speech := false
	for _, l := range g.lemmas {
		if speechLemmas[l] {
			speech = true
		}
	}
	if !speech {
		return false
	}
	// The clause ends with the sentence or a time phrase: "said on Monday."
	e := g.end
	for e < len(toks) && toks[e].Lower != "." && toks[e].Lower != "," && toks[e].Lower != ";" {
		if m2 := x.mentionStartingAt(e); m2 != nil && e == g.end && !x.c.dict.Compat {
			e = m2.end // "told Asia-Plus", "told Reuters": whom it was told
			continue
		}
		if !x.c.dict.Compat && firstLemma(g) == "tell" && (toks[e].Tag == "NNP" || pressWords[toks[e].Lower] || toks[e].Lower == "the") {
			e++ // "…, a government source told Asia-Plus."
			continue
		}
		switch toks[e].Lower {
		case "reporters", "journalists":
			if e != g.end {
				return false
			}
		case "on", "in", "late", "early", "last", "this", "a", "statement", "tuesday", "monday", "wednesday",
			"thursday", "friday", "saturday", "sunday", "today", "yesterday", "earlier", "later":
		default:
			return false
		}
		e++
	}
	return true
}

// nationalSecurityCouncil reports whether the "Security Council" at
// toks[i:i+n] belongs to a country named just before it ("Kyrgyzstan's
// Security Council", "the Russian Security Council"): a state body, not the
// United Nations'.
func nationalSecurityCouncil(toks []nlp.Token, i, n int, out []atom) bool {
	if n != 2 || toks[i].Lower != "security" || toks[i+1].Lower != "council" || len(out) == 0 {
		return false
	}
	prev := out[len(out)-1]
	end := i
	if end > 0 && isPossessive(toks[end-1].Lower) {
		end--
	}
	if !prev.isActor || prev.end != end || len(prev.code) < 3 {
		return false
	}
	if nonState(prev.code) {
		return false
	}
	return true
}

// officeNouns before "of" make the actor after it the subject: "the heads
// of the Kyrgyz and Tajik security services agreed", "the chiefs of staff
// of the two armies met".
var officeNouns = map[string]bool{
	"head": true, "heads": true, "chief": true, "chiefs": true, "staff": true, "leader": true,
	"leaders": true, "commander": true, "commanders": true, "secretary": true, "representative": true,
	"representatives": true, "envoy": true, "envoys": true, "delegations": true, "director": true,
	"directors": true, "chairman": true, "chairwoman": true, "chair": true, "deputies": true,
	"house": true, "chamber": true,
}

// officeOf reports whether mention m follows "<office noun> of [the]".
func (x *sentence) officeOf(m *mention) bool {
	k := m.start - 1
	for k > x.from && k >= m.start-3 && (determiners[x.toks[k].Lower] || x.toks[k].Tag == "JJ" || x.toks[k].Tag == "VBN") {
		k-- // "the heads of the", "relatives of the jailed"
	}
	if k <= x.from || x.toks[k].Lower != "of" {
		return false
	}
	return officeNouns[x.toks[k-1].Lower] || quantityNouns[x.toks[k-1].Lower]
}

// insideName reports whether token k lies inside an actor mention of two or
// more words, where a verb-like word is part of the name: "armed" in "the
// Kyrgyz and Tajik armed forces".
func (x *sentence) insideName(k int) bool {
	for _, m := range x.ms {
		if m.end-m.start >= 2 && k >= m.start && k < m.end-1 && !strings.Contains(x.toks[k].Lower, "-") {
			return true
		}
	}
	return false
}

// mentionCovers reports whether token k is part of an actor mention: a name
// the tagger took for a verb ("handed over to Kyrgyzstan/VB a man").
func (x *sentence) mentionCovers(k int) bool {
	for _, m := range x.ms {
		if k >= m.start && k < m.end {
			return true
		}
	}
	return false
}

// affairsOfState reports whether the agent phrase at toks[i:i+n] is
// "internal affairs" in "interference in its internal affairs": a country's
// business, not its interior ministry.
func affairsOfState(toks []nlp.Token, i, n int) bool {
	if n != 2 || toks[i].Lower != "internal" || toks[i+1].Lower != "affairs" || i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "its", "their", "his", "her", "our", "'s", "in", "into", "country's":
		return true
	}
	return false
}

// mutualAct reports whether an act promised by a compound subject is one
// its members do towards each other: besides symmetric acts, pulling back
// troops ("the two sides pledged to withdraw their forces").
func mutualAct(act string) bool {
	return symmetric(act) || strings.HasPrefix(act, "087")
}

// settlement reports whether an act of a compound subject with no object
// settles a dispute between its members: "Kyrgyzstan and Uzbekistan have
// resolved all disputed sections of their border".
func settlement(code string) bool {
	return strings.HasPrefix(code, "037") || strings.HasPrefix(code, "087")
}

// ownPossessive reports whether tgt is the source's own country in a
// possessive before the object: "Tokayev offered Kazakhstan's help".
func (x *sentence) ownPossessive(src, tgt *mention, code string) bool {
	if root := code[:2]; root != "03" && root != "07" {
		return false // "the Taliban seized Afghanistan's main crossing"
	}
	if len(tgt.codes) == 1 && len(tgt.codes[0]) != 3 {
		return false // "defied the military's ban": an agent of its own
	}
	if src == nil || tgt.end <= tgt.start || !isPossessive(x.toks[tgt.end-1].Lower) || len(src.codes) != 1 || len(tgt.codes) != 1 {
		return false
	}
	a, b := x.resolve(src.codes[0], ""), x.resolve(tgt.codes[0], "")
	return len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3]
}

// peoplePlural reports whether a mention is a people named by a plural
// demonym alone ("Russians crossed into Kazakhstan"): civilians, not an army.
func (x *sentence) peoplePlural(m *mention) bool {
	if m.end-m.start != 1 || len(m.codes) != 1 || len(m.codes[0]) != 3 {
		return false
	}
	t := x.toks[m.start]
	if !isCapitalised(t.Text) || !strings.HasSuffix(t.Lower, "s") {
		return false
	}
	e := x.c.dict.Actors.Lookup(dict.Phrase{strings.TrimSuffix(t.Lower, "s")})
	if e == nil {
		return false
	}
	cd, ok := e.CodeOn(x.st.date)
	return ok && cd.Kind == dict.Adj
}

// twoNations reports whether a compound mention joins actors of at least
// two countries or organisations.
func (x *sentence) twoNations(m *mention) bool {
	first := ""
	for _, c := range m.codes {
		c = x.resolve(c, "")
		if len(c) < 3 {
			return false
		}
		if first == "" {
			first = c[:3]
		} else if c[:3] != first {
			return true
		}
	}
	return false
}

// hasLetter reports whether a token has a letter: a quotation mark the
// tagger took for a verb has none.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// affiliationWords link people to the group they belong to: "inmates linked
// to the Islamic State", "gunmen loyal to the warlord".
var affiliationWords = map[string]bool{"linked": true, "tied": true, "loyal": true, "affiliated": true, "allied": true, "belonging": true, "connected": true}

// affiliations gives an agent of no country the group it is said to belong
// to: "six inmates linked to the Islamic State" are the Islamic State's.
func (x *sentence) affiliations() {
	toks := x.toks
	for i, m := range x.ms {
		if len(m.codes) != 1 || len(m.codes[0]) < 3 || !isAgentOnly(m.codes[0]) || m.end+2 >= len(toks) || !affiliationWords[toks[m.end].Lower] {
			continue
		}
		if p := toks[m.end+1].Lower; p != "to" && p != "with" {
			continue
		}
		for _, n := range x.ms[i+1:] {
			if n.start > m.end+4 {
				break
			}
			if n.start >= m.end+2 && !n.weak && !n.locative && len(n.codes) == 1 && len(n.codes[0]) >= 3 && !isAgentOnly(n.codes[0]) {
				m.codes[0] = n.codes[0]
				break
			}
		}
	}
}

// dropTargetless drops an event with no target when the sentence gave the
// same source the same act against someone: "ratified the agreement on the
// Kyrgyz-Uzbek border" is Kyrgyzstan's with Uzbekistan, not also alone.
func (x *sentence) dropTargetless() {
	if !targetlessBesideAimed(x.events) {
		return // s8: nothing to drop
	}
	key := func(ev event.Event) string {
		return ev.Source + "|" + ev.Root
	}
	aimed := map[string]bool{}
	for _, ev := range x.events {
		if ev.Target != "" {
			aimed[key(ev)] = true
		}
	}
	if len(aimed) == 0 {
		return
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if ev.Target == "" && aimed[key(ev)] && ev.Root != "15" {
			// (a force posture may stand alone beside one aimed at someone)
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// allegationNouns open a that-clause naming who is said to have acted.
var allegationNouns = map[string]bool{
	"allegations": true, "allegation": true, "reports": true, "claims": true, "accusations": true,
	"suspicion": true, "suspicions": true, "evidence": true, "claim": true, "accusation": true, "charges": true,
}

// allegedActor finds X in "into allegations that X had …" after an
// investigation verb: whom the inquiry is about.
func (x *sentence) allegedActor(g *vgroup) *mention {
	toks := x.toks
	for k := g.end; k+2 < len(toks) && k < g.end+8; k++ {
		if !allegationNouns[toks[k].Lower] || toks[k+1].Lower != "that" {
			continue
		}
		j := k + 2
		for j < len(toks) && determiners[toks[j].Lower] {
			j++
		}
		if m := x.mentionStartingAt(j); m != nil && !m.weak && !m.locative {
			return m
		}
		return nil
	}
	return nil
}

// meetingAside codes "X and Y, meeting in Samarkand, agreed …": the
// participle between commas says the two met each other.
func (x *sentence) meetingAside() {
	toks := x.toks
	for k := x.from + 2; k+1 < len(toks); k++ {
		if toks[k].Lower != "meeting" || toks[k-1].Lower != "," {
			continue
		}
		m := x.mentionEndingAt(k - 2)
		if m == nil || !m.compound() || !x.twoNations(m) {
			continue
		}
		verb := x.span(k, k+1)
		for i, a := range m.codes {
			for j, b := range m.codes {
				if i != j {
					x.emit(a, b, "040", x.span(m.spans[i][0], m.spans[i][1]), x.span(m.spans[j][0], m.spans[j][1]), verb, m.text, m.text, "")
				}
			}
		}
	}
}

// violenceWords before a singular "force" make it violence, not an armed force.
var violenceWords = map[string]bool{
	"use": true, "used": true, "uses": true, "using": true, "of": true, "excessive": true,
	"lethal": true, "deadly": true, "brute": true, "disproportionate": true, "unnecessary": true,
}

// conditionActor finds the subject of an "if" or "unless" clause after a
// threat: the one threatened ("warned it would respond if Tajik troops
// crossed the border again").
func (x *sentence) conditionActor(g *vgroup) *mention {
	toks := x.toks
	for k := g.end; k+1 < len(toks) && k < g.end+12; k++ {
		if toks[k].Lower == ";" || toks[k].Lower == "." {
			return nil
		}
		if toks[k].Lower != "if" && toks[k].Lower != "unless" {
			continue
		}
		j := k + 1
		for j < len(toks) && determiners[toks[j].Lower] {
			j++
		}
		if m := x.mentionStartingAt(j); m != nil && !m.weak && !m.locative && !m.pronoun {
			return m
		}
		return nil
	}
	return nil
}

// timePreps open a phrase that tells when, never whom: "during Xi's visit".
var timePreps = map[string]bool{"during": true, "amid": true, "despite": true, "ahead": true}

// agentOfNoun reports whether a "by" mention names the doer of an event
// noun right before it: "repelled an attack by Tajik forces".
func (x *sentence) agentOfNoun(m *mention) bool {
	k := m.start - 1
	for k > x.from && determiners[x.toks[k].Lower] {
		k--
	}
	if k <= x.from || x.toks[k].Lower != "by" {
		return false
	}
	for _, g := range x.groups {
		// "an attack by", "the shelling of civilian areas by"
		if !g.noun || g.head >= k || !(g.head == k-1 || g.head >= k-6 && x.toks[g.head+1].Lower == "of") {
			continue
		}
		for _, v := range x.groups {
			if !v.noun && v.head > g.head && v.head < k {
				return false // "the village was shelled by": a passive's agent
			}
		}
		return true
	}
	return false
}

// statementNouns name what someone said or did that another rejects or
// criticises: "denied Kyrgyz claims", "called the Kyrgyz statements
// provocative".
var statementNouns = map[string]bool{
	"claim": true, "claims": true, "accusation": true, "accusations": true, "allegation": true,
	"allegations": true, "statement": true, "statements": true, "remarks": true, "comments": true,
	"report": true, "reports": true, "actions": true, "decision": true, "move": true, "demands": true,
}

// claimMaker finds the maker of a claim or statement named by a demonym or
// possessive right before the claim noun: "Kyrgyz claims", "Moscow's
// statement".
func (x *sentence) claimMaker(from, to int) *mention {
	return x.makerBefore(from, to, statementNouns, func(m *mention, k int) bool {
		return m.adj || isPossessive(x.toks[m.end-1].Lower) || k > m.end
	})
}

// demonymNoun reports whether token k, tagged a present-tense verb, is a
// noun after a demonym in object position: "denied Kyrgyz claims",
// "rejected Russian demands".
func (x *sentence) demonymNoun(k int) bool {
	t := x.toks[k]
	if t.Tag != "VBZ" && t.Tag != "VBP" || k < 2 {
		return false
	}
	m := x.mentionEndingAt(k - 1)
	if m == nil || !m.adj || m.start == 0 || m.start <= x.from {
		return false
	}
	p := x.toks[m.start-1].Tag
	return strings.HasPrefix(p, "VB") || p == "DT" || p == "IN" || p == "PRP$"
}

// adjectiveForm reports whether a word has an adjective's ending, for a word
// the tagger took for a verb that no verb entry knows: "provocative".
func adjectiveForm(w string) bool {
	for _, suf := range []string{"ive", "ous", "able", "ible", "ful", "less", "ical"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// locatedCapital reports whether a mention after "in" or "at" is a city the
// gazetteer knows, though the dictionary makes it a government ("police
// arrested a man in Bishkek"): where it happened.
func (x *sentence) locatedCapital(m *mention) bool {
	if x.c.placeCountry == nil || m.prep != "in" || m.end-m.start != 1 || len(m.codes) != 1 {
		return false
	}
	c := x.c.placeCountry(m.text)
	return c != "" && strings.HasPrefix(m.codes[0], c)
}

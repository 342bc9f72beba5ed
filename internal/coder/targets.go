package coder

// This file holds the target grammar of branch targets: places, titles,
// requesters and causes that are no targets, and the targets that
// relative clauses, possessives and earlier clauses name.

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/nlp"
)

// placeOfOtherClause reports whether the place that would give the agent
// mention m its country belongs to another verb's clause after m, while an
// actor of another country named before m is the one acting on it: in
// "a Kazakh court sentenced a man for fighting as a mercenary in Ukraine"
// and "border guards prevented the journalist from boarding a flight to
// Geneva" the man and the journalist are not of the place. Such an agent is
// left open, to take its source's country when the event is coded.
func (x *sentence) placeOfOtherClause(m, place *mention, local string) bool {
	if x.c.dict.Compat || place == nil {
		return false
	}
	if m.start > x.from && place.start >= m.end && (x.toks[m.start-1].Lower == "its" || x.toks[m.start-1].Lower == "their") && forceAgent(m.codes[0]) {
		return true // "put its air defence units on alert after the North Korean launch": its own
	}
	if place.start < m.end {
		return false
	}
	before := false
	for _, o := range x.ms {
		if o.start >= m.start {
			break
		}
		if o.weak || o.locative || len(o.codes) != 1 || len(o.codes[0]) < 3 || isAgentOnly(o.codes[0]) || o.codes[0][0] == '?' {
			continue
		}
		c := o.codes[0][:3]
		if nonState(c) {
			continue
		}
		if c == local {
			return false
		}
		before = true
	}
	if !before {
		return false
	}
	for k := m.end; k < place.start; k++ {
		if strings.HasPrefix(x.toks[k].Tag, "VB") || k > m.end && x.toks[k-1].Tag == "IN" && strings.HasSuffix(x.toks[k].Lower, "ing") {
			return true // "for fighting", tagged a noun or not
		}
	}
	return false
}

// siteOfObject reports whether a locative target of a coercive act is only
// where the act's own object was: "dispersed a rally outside the Russian
// embassy", "banned all rallies near the Russian embassy". A building or
// body named after a noun object is the scene, not the one coerced; a
// country or town ("imposed a curfew in Gaza") still is.
func (x *sentence) siteOfObject(g *vgroup, tgt *mention, code string) bool {
	switch tgt.prep {
	case "near", "outside", "in", "around", "inside":
	default:
		return false // "fired tear gas at protesters": at whom
	}
	if code[:2] != "17" || len(tgt.codes) != 1 || len(tgt.codes[0]) <= 3 || tgt.place || tgt.capital || tgt.start-1 <= g.end {
		return false
	}
	for k := g.end; k < tgt.start-1; k++ {
		if t := x.toks[k].Tag; (t == "NN" || t == "NNS") && !x.inMention(k) {
			return true
		}
	}
	return false
}

// subordinateSubject reports whether the actor right before a verb the
// tagger took for a participle opens a clause of its own after a
// subordinator: in "closed the crossing after Pakistani and Taliban border
// guards traded/VBN fire" the guards traded fire; it is no "guards traded
// in the deal" describing a noun.
func (x *sentence) subordinateSubject(g *vgroup) bool {
	m := x.mentionEndingAt(g.start - 1)
	if m == nil || m.start == 0 || m.weak || m.locative {
		return false
	}
	return subordinators[x.toks[m.start-1].Lower] && x.toks[m.start-1].Lower != "as"
}

// speakerTitleEnd skips the rest of a speaker's title after its actor in a
// trailing attribution, from token j: ", the UN special rapporteur on human
// rights defenders said". It returns j unchanged when no speech verb
// follows the title within a few words.
func (x *sentence) speakerTitleEnd(j int) int {
	toks := x.toks
	k := j
	for n := 0; k < len(toks) && n < 8; n, k = n+1, k+1 {
		if g := x.groupCovering(k); g != nil {
			if !g.noun && g.start == k && k > j {
				return k
			}
			return j
		}
		switch t := toks[k].Tag; {
		case t == "NN" || t == "NNS" || t == "NNP" || t == "JJ" || t == "DT" || x.inMention(k):
		case toks[k].Lower == "on" || toks[k].Lower == "for" || toks[k].Lower == "of":
		default:
			return j
		}
	}
	return j
}

// missionNouns are a state's missions abroad.
var missionNouns = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true}

// missionOwner returns the country whose embassy or consulate "its" or
// "their" names when another actor acts on it: in "Mexico broke off
// relations after Ecuadorian police stormed its embassy in Quito" and
// "Iran said Israel had bombed its consulate in Damascus" the mission is
// not the subject's own nor the town's, but the one of the actor named
// before the subject. It returns "" when there is none.
func (x *sentence) missionOwner(m *mention) string {
	if x.c.dict.Compat || len(m.codes) != 1 || !isAgentOnly(m.codes[0]) || m.start == 0 || m.end-m.start != 1 || !missionNouns[x.toks[m.start].Lower] {
		return ""
	}
	if w := x.toks[m.start-1].Lower; w != "its" && w != "their" {
		return ""
	}
	subject := ""
	for i := len(x.ms) - 1; i >= 0; i-- {
		o := x.ms[i]
		if o.end > m.start || o.weak || o.locative || o.pronoun || len(o.codes) != 1 || len(o.codes[0]) < 3 || o.codes[0][0] == '?' || isAgentOnly(o.codes[0]) {
			continue
		}
		c := o.codes[0][:3]
		if nonState(c) {
			return ""
		}
		if subject == "" {
			subject = c
			continue
		}
		if c != subject {
			return c
		}
	}
	return ""
}

// personRoles are singular nouns for one person whose agent code does not
// say so: "a lawyer" (JUD), "a businessman" (BUS).
var personRoles = map[string]bool{
	"lawyer": true, "attorney": true, "businessman": true, "businesswoman": true, "officer": true,
	"soldier": true, "judge": true, "imam": true, "cleric": true, "doctor": true, "teacher": true,
	"pilot": true, "driver": true, "farmer": true, "trader": true, "entrepreneur": true,
}

// personHead reports whether a singular agent mention with no country of
// its own is one person ("a lawyer", "a man"), whom "him" or "her" may
// name later: "police detained a lawyer, and a court later sentenced him".
func (x *sentence) personHead(m *mention) bool {
	if x.c.dict.Compat || m.plural || m.pronoun || len(m.codes) != 1 || !isAgentOnly(m.codes[0]) {
		return false
	}
	w := x.toks[m.end-1].Lower
	return personNouns[w] || personRoles[w]
}

// requestNouns, before "of", make the actor after them the one who asked
// for an act: "at the request of", "on behalf of".
var requestNouns = map[string]bool{
	"request": true, "behalf": true, "invitation": true, "initiative": true, "urging": true, "behest": true,
}

// requester reports whether a mention stands after "at the request of" or a
// like phrase: "banned rallies at the request of the city administration".
func (x *sentence) requester(m *mention) bool {
	k := m.start - 1
	for k > x.from && k > m.start-4 && (determiners[x.toks[k].Lower] || x.toks[k].Tag == "JJ" || x.toks[k].Tag == "NN" || x.toks[k].Tag == "NNP") {
		k-- // over "the city"
	}
	return k > x.from && x.toks[k].Lower == "of" && requestNouns[x.toks[k-1].Lower]
}

// contactRelative returns the antecedent of a relative clause with no
// "that" whose subject is a pronoun: in "imposed sanctions on two Kyrgyz
// firms it accused of supplying electronics" the firms are whom "it"
// accused. The verb must have no object of its own.
func (x *sentence) contactRelative(g *vgroup, subj *mention) *mention {
	if subj == nil || !subj.pronoun || subj.end != g.start || subj.start <= x.from || g.end >= len(x.toks) {
		return nil
	}
	switch x.toks[g.end].Lower {
	case "of", "for", "as", "to", "over", ",", ".":
	default:
		return nil
	}
	a := x.mentionEndingAt(subj.start - 1)
	if a == nil || a.pronoun || a.locative || a.weak && !a.adj {
		return nil
	}
	return a
}

// pairNouns are plural nouns for the two leaders or governments named in
// the sentences before: "The presidents agreed to finish the demarcation".
var pairNouns = map[string]bool{
	"leaders": true, "presidents": true, "ministers": true, "premiers": true, "delegations": true,
	"governments": true,
}

// pairNounAlone reports whether token k is such a noun standing alone as a
// sentence's subject, not "the presidents of Russia and China".
func (x *sentence) pairNounAlone(k int) bool {
	if !pairNouns[x.toks[k].Lower] || k+1 >= len(x.toks) {
		return false
	}
	next := x.toks[k+1]
	return next.Lower != "of" && !strings.HasPrefix(next.Tag, "NN") && !isPossessive(next.Lower)
}

// handedOverTo reports whether a "to" target comes after "the <noun> of
// …" in the verb's own clause: "the handover of the reservoir to
// Uzbekistan", "the sale of the mine to China".
func (x *sentence) handedOverTo(g *vgroup, tgt *mention) bool {
	for k := g.end; k+1 < tgt.start; k++ {
		if x.toks[k].Lower == "of" && (x.toks[k-1].Tag == "NN" || x.toks[k-1].Tag == "NNS") {
			return true
		}
	}
	return false
}

// causeBefore reports whether a target named after the verb stands in a
// phrase or clause of cause or time: "after a North Korean missile launch",
// "as the Taliban advanced", "amid tensions with Kyrgyzstan".
func (x *sentence) causeBefore(g *vgroup, tgt *mention) bool {
	for k := g.end; k < tgt.start; k++ {
		switch x.toks[k].Lower {
		case "after", "following", "amid", "as", "since", "because", "before":
			return true
		}
	}
	return false
}

// forceAgent reports whether an agent-only code is armed forces, police or
// security services.
func forceAgent(code string) bool {
	switch strings.TrimPrefix(code, "?") {
	case "MIL", "COP", "SPY":
		return true
	}
	return false
}

// dealParty finds the other party of a deal a state signs, ratifies or
// approves with no partner named as such: "endorsed a protocol on extending
// Russia's military base in the country", "approved an agreement allowing
// China to build a base", "ratified the agreement on Uzbekistan's observer
// status in the Eurasian Economic Union". It is the first actor of another
// country or body named in the clause, and there must be just one.
func (x *sentence) dealParty(g *vgroup, src *mention, end int) *mention {
	sc := x.resolve(src.codes[0], "")
	if len(sc) < 3 {
		return nil
	}
	var found *mention
	for _, m := range x.ms {
		if m.start < g.end || m.start >= end || m.pronoun || len(m.codes) != 1 || m.adj || m.place {
			continue // "near the Afghan border", "in Vienna": where
		}
		c := m.codes[0]
		if m.locative && !strings.HasPrefix(c, "IGO") {
			continue
		}
		if len(c) < 3 || c[0] == '?' || isAgentOnly(c) || c[:3] == sc[:3] || c[:3] == "NGO" || c[:3] == "MNC" {
			continue
		}
		if found != nil && found.codes[0][:3] != c[:3] {
			return nil // several: which is the party is unclear
		}
		if found == nil {
			found = m
		}
	}
	return found
}

// courtOnLawyer reports whether a court's act is on a lawyer, whom the
// agent dictionary codes JUD as well: "a court sentenced the lawyer
// Dauletmurat Tazhimuratov" is not a court acting on itself.
func (x *sentence) courtOnLawyer(code, cameo string, srcSpan, tgtSpan *event.Span, tgtText string) bool {
	if x.c.dict.Compat || srcSpan == nil || tgtSpan == nil || *srcSpan == *tgtSpan || !strings.HasSuffix(code, "JUD") || len(cameo) < 2 {
		return false
	}
	switch cameo[:2] {
	case "12", "17":
	default:
		return false
	}
	if strings.Contains(tgtText, " and ") || strings.Contains(tgtText, ",") {
		return false // "the lawyer and journalist X": coded by his other role
	}
	for _, w := range strings.Fields(strings.ToLower(tgtText)) {
		if w == "lawyer" || w == "lawyers" || w == "attorney" || w == "advocate" {
			return true
		}
	}
	return false
}

// holdNouns are acts a state does to people it holds: "the arrest of".
var holdNouns = map[string]bool{
	"arrest": true, "arrests": true, "detention": true, "detentions": true, "jailing": true, "sentencing": true,
	"imprisonment": true, "killing": true, "killings": true, "deportation": true, "deportations": true,
	"expulsion": true, "torture": true, "abduction": true, "execution": true, "executions": true, "death": true,
	"deaths": true, "mistreatment": true, "beating": true,
}

// heldAbroad returns the country where the source's own people were
// arrested, jailed or killed, when the act names them ("condemned the
// arrest of a Chinese businessman in Kyrgyzstan", "expressed concern over
// the detention of Uzbek citizens in Russia"): the complaint is aimed at
// that country, not at its own nationals.
func (x *sentence) heldAbroad(src, tgt *mention, end int) *mention {
	if len(src.codes) != 1 || len(tgt.codes) != 1 || tgt.start < 2 {
		return nil
	}
	sc, tc := x.resolve(src.codes[0], ""), x.resolve(tgt.codes[0], src.codes[0])
	if len(sc) < 3 || len(tc) < 3 || sc[:3] != tc[:3] {
		return nil
	}
	// "the arrest of [a] Chinese businessman": a hold noun before "of".
	k := tgt.start - 1
	for k > x.from && determiners[x.toks[k].Lower] && x.toks[k].Lower != "of" {
		k--
	}
	if k < x.from+1 || x.toks[k].Lower != "of" || !holdNouns[x.toks[k-1].Lower] {
		return nil
	}
	for _, m := range x.ms {
		if m.start < tgt.end || m.start >= end || m.start > tgt.end+4 || !m.locative || m.prep != "in" || len(m.codes) != 1 {
			continue
		}
		if c := m.codes[0]; len(c) >= 3 && c[0] != '?' && c[:3] != sc[:3] {
			return &mention{start: m.start, end: m.end, codes: []string{c[:3]}, spans: m.spans, text: m.text}
		}
	}
	return nil
}

// ledBloc reports whether "X-led bloc" starts at token k: a hyphenated
// "-led" or "-backed" word before a bloc noun.
func ledBloc(toks []nlp.Token, k int) bool {
	w := toks[k].Lower
	return (strings.HasSuffix(w, "-led") || strings.HasSuffix(w, "-backed")) && blocWords[toks[k+1].Lower]
}

// dropStartingAt removes the mentions that start at the given tokens.
func dropStartingAt(ms []*mention, starts []int) []*mention {
	kept := ms[:0]
	for _, m := range ms {
		drop := false
		for _, s := range starts {
			if m.start == s {
				drop = true
			}
		}
		if !drop {
			kept = append(kept, m)
		}
	}
	return kept
}

// lastBloc returns the last organisation named before token k, in this
// sentence ("its participation in the CSTO") or the ones before.
func (x *sentence) lastBloc(k int) *mention {
	for i := len(x.ms) - 1; i >= 0; i-- {
		if m := x.ms[i]; m.end <= k && !m.weak && !m.compound() && strings.HasPrefix(m.codes[0], "IGO") {
			return m
		}
	}
	for i := len(x.st.recent) - 1; i >= 0; i-- {
		if m := x.st.recent[i]; !m.compound() && len(m.codes) > 0 && strings.HasPrefix(m.codes[0], "IGO") {
			return m
		}
	}
	return nil
}

// hostGovernment resolves "the government" or "the president" with no
// country, in a relative clause on a foreigner whom a state acts on, to
// that state: in "Kyrgyzstan deported a Russian journalist who had
// criticised the government" the government is Kyrgyzstan's, not Russia's.
func (x *sentence) hostGovernment(g *vgroup, src, tgt *mention) *mention {
	if len(tgt.codes) != 1 || tgt.codes[0] != "?GOV" || len(src.codes) != 1 {
		return tgt
	}
	ant := x.relativeAntecedent(g)
	if ant == nil {
		return tgt
	}
	sc := x.resolve(src.codes[0], "")
	for _, m := range x.ms {
		if m.start >= ant.start {
			break
		}
		if m.weak || m.locative || m.pronoun || len(m.codes) != 1 {
			continue
		}
		c := x.resolve(m.codes[0], "")
		if len(c) < 3 || len(sc) < 3 || c[:3] == sc[:3] || !(len(c) == 3 || stateAgent(c)) {
			return tgt
		}
		if nonState(c) {
			return tgt
		}
		return &mention{start: tgt.start, end: tgt.end, codes: []string{c[:3] + "GOV"}, spans: tgt.spans, text: tgt.text}
	}
	return tgt
}

// holderAsked finds whom a request for a person's extradition or release
// is made of when it names no one: the one the sentence said holds him, in
// "Kyrgyz police detained Alexei Rozhkov after Russia requested his
// extradition".
func (x *sentence) holderAsked(g *vgroup, src *mention) *mention {
	k := g.end
	if k+1 >= len(x.toks) || x.toks[k].Tag != "PRP$" || !handoverNouns[x.toks[k+1].Lower] && x.toks[k+1].Lower != "release" {
		return nil
	}
	sc := x.resolve(src.codes[0], "")
	for i := len(x.events) - 1; i >= 0; i-- {
		ev := &x.events[i]
		if !strings.HasPrefix(ev.Code, "173") || len(ev.Source) < 3 || len(sc) < 3 || ev.Source[:3] == sc[:3] || ev.Evidence.Source == nil {
			continue
		}
		return &mention{start: k, end: k + 2, codes: []string{ev.Source}, spans: [][2]int{{k, k + 2}}, text: ev.SourceName}
	}
	return nil
}

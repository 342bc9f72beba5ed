package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/event"
)

// Constructions of border and dispute news (branch ca11).

// dropAllegedAtrocities removes the generic mass-violence events ("had
// committed war crimes", code 200) of the accused when a rights group or an
// international body is the one alleging them: the act is an allegation,
// coded as the group's accusation (1124), not as news of the act.
func (x *sentence) dropAllegedAtrocities(accused map[string]bool) {
	kept := x.events[:0]
	for _, ev := range x.events {
		if ev.Code == "200" && accused[ev.Source] {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// indefiniteSubjects open a warned clause about whoever does something:
// "warned that anyone who stirred unrest would be crushed".
var indefiniteSubjects = map[string]bool{"anyone": true, "anybody": true, "whoever": true, "everyone": true, "those": true, "any": true}

// passiveWarned parses a warned clause [k, …) whose subject is the
// addressee again ("warned protesters that they would be arrested") or
// anyone at all ("warned opponents that anyone trying to stir unrest would
// be arrested"), and whose verb is a passive of what will be done to them:
// the warner's threat. It returns nil for other clauses.
func (x *sentence) passiveWarned(wg *vgroup, addr *mention, k int) *warning {
	if k >= len(x.toks) {
		return nil
	}
	from := -1
	if indefiniteSubjects[x.toks[k].Lower] {
		from = k + 1
	} else if m := x.mentionStartingAt(k); m != nil && m.pronoun && addr != nil && x.sameActor(m, addr) {
		from = m.end
	}
	if from < 0 {
		return nil
	}
	for _, g := range x.groups {
		if g.noun || g.start < from {
			continue
		}
		if g.start-from > 12 {
			break
		}
		if (g.modal == "will" || g.modal == "would" || g.modal == "'ll" || g.modal == "shall") && g.passive && !g.neg {
			return &warning{verb: wg, addr: addr, clause: g}
		}
		if g.finite && g.modal != "" {
			if x.toks[g.head].Lower == "be" {
				return x.quotedPassive(wg, addr, g.start) // would be "met with a response"
			}
			return nil // another clause's verb
		}
	}
	return x.quotedPassive(wg, addr, from)
}

// quotedPassive finds "would be \"crushed\"" within a few words of from, a
// passive the tagger split at the quotation mark, as a warned clause.
func (x *sentence) quotedPassive(wg *vgroup, addr *mention, from int) *warning {
	toks := x.toks
	for k := from; k+3 < len(toks) && k < from+14; k++ {
		if m := toks[k].Lower; m != "will" && m != "would" {
			continue
		}
		if toks[k+1].Lower != "be" || hasLetter(toks[k+2].Text) || !strings.HasSuffix(toks[k+3].Lower, "ed") && toks[k+3].Tag != "VBN" && toks[k+3].Lower != "met" {
			return nil
		}
		return &warning{verb: wg, addr: addr, clause: &vgroup{start: k, head: k + 3, end: k + 4, modal: toks[k].Lower, passive: true, finite: true}}
	}
	return nil
}

// addresseeOfThat parses "opponents of the Kempir-Abad deal that" at k:
// an addressee with an "of" phrase before the warned clause. It returns
// the addressee and the position after "that", or nil.
func (x *sentence) addresseeOfThat(k int) (*mention, int) {
	m := x.mentionAfterDeterminers(k)
	if m == nil || m.weak || m.locative || m.pronoun || m.end >= len(x.toks) || x.toks[m.end].Lower != "of" {
		return nil, 0
	}
	for j := m.end + 1; j < len(x.toks) && j <= m.end+8; j++ {
		switch x.toks[j].Lower {
		case "that":
			return m, j + 1
		case ",", ";", ".":
			return nil, 0
		}
		if strings.HasPrefix(x.toks[j].Tag, "VB") {
			return nil, 0
		}
	}
	return nil, 0
}

// unmarkedText reports whether an actor's words name no country or group
// of their own ("troops", "their forces"): the country was only inferred.
func unmarkedText(s string) bool {
	if s == "" {
		return false
	}
	for _, f := range strings.Fields(s) {
		if r := f[0]; r >= 'A' && r <= 'Z' {
			return false
		}
	}
	return true
}

// withdrawalCode reports whether code is a pull-back of one's own forces,
// done or intended.
func withdrawalCode(code string) bool {
	return strings.HasPrefix(code, "087") || strings.HasPrefix(code, "0357")
}

// mutualOverTroops mends the target of a compound subject's mutual act that
// was taken from unmarked troops after the verb: "Tashiev and his Tajik
// counterpart signed a protocol on the removal of troops", "both sides
// pledged to pull back troops" are each side's act towards the other, not
// towards the troops, whose country was only guessed from the sentence.
func (x *sentence) mutualOverTroops() {
	for _, g := range x.groups {
		if !g.coded || g.evTo > len(x.events) || g.evTo-g.evFrom < 2 {
			continue
		}
		evs := x.events[g.evFrom:g.evTo]
		code, tgt := evs[0].Code, evs[0].Target
		if !(symmetric(code) || withdrawalCode(code)) || !unmarkedText(evs[0].TargetName) && !x.borderTopic(evs[0]) || len(tgt) < 3 {
			continue
		}
		var srcs []string
		same := true
		for _, ev := range evs {
			if ev.Code != code || ev.Target != tgt || ev.TargetName != evs[0].TargetName {
				same = false
				break
			}
			srcs = append(srcs, ev.Source)
		}
		if !same || len(srcs) != 2 || cut3(srcs[0]) == cut3(srcs[1]) || cut3(tgt) != cut3(srcs[0]) && cut3(tgt) != cut3(srcs[1]) && !x.borderTopic(evs[0]) {
			continue
		}
		for i := range evs {
			other := &x.events[g.evFrom+1-i]
			evs[i].Target, evs[i].TargetName = srcs[1-i], other.SourceName
			evs[i].Evidence.Target = other.Evidence.Source
		}
	}
}

// absoluteWith reports whether m opens an absolute phrase after a comma,
// ", with Lavrov saying it showed …": a comment on the clause before, whose
// verb's object it is not.
func (x *sentence) absoluteWith(m *mention) bool {
	w := m.start - 1
	for w > x.from && determiners[x.toks[w].Lower] {
		w-- // ", with the Turkmen foreign minister attending"
	}
	if m.prep != "with" || w < 1 || x.toks[w].Lower != "with" || x.toks[w-1].Lower != "," {
		return false
	}
	return m.end < len(x.toks) && x.toks[m.end].Tag == "VBG"
}

// conditionalUntil reports whether the "until" at token j opens a condition
// rather than a time: after a negated or future verb ("will not negotiate
// until Dushanbe withdraws its troops", "would not pull back until Kyrgyz
// forces withdrew") the act after it has not happened.
func (x *sentence) conditionalUntil(j int) bool {
	for _, g := range x.groups {
		if g.head >= j {
			break
		}
		if g.noun || j-g.end > 12 {
			continue
		}
		if g.neg || g.modal == "will" || g.modal == "would" || g.modal == "'ll" || g.modal == "wo" {
			return true
		}
	}
	return false
}

// noneWords as a verb's object negate it: "pardoned none of the activists".
var noneWords = map[string]bool{"none": true, "nobody": true, "no-one": true}

// dropNoneObjects removes the events of verbs whose object is "none" or
// "nobody": "Japarov pardoned none of the activists" pardons no one.
func (x *sentence) dropNoneObjects() {
	if !x.mayHave(noneWordGate) {
		return // s8: no "none", "nobody", "no one"
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if k := x.verbToken(ev); k > 0 && k+1 < len(x.toks) && x.toks[k].Tag != "NN" && x.toks[k].Tag != "NNS" &&
			(noneWords[x.toks[k+1].Lower] || x.toks[k+1].Lower == "no" && k+2 < len(x.toks) && x.toks[k+2].Lower == "one") {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// allegationParticiples describe a noun they follow: "companies accused of
// helping Russia", "men suspected of links to the Islamic State".
var allegationParticiples = map[string]string{
	"accused": "of", "suspected": "of", "charged": "with", "convicted": "of", "linked": "to", "tied": "to", "involved": "in",
	"opposed": "to",
}

// describingParticiple reports whether g is such a participle between its
// noun and the clause's own finite verb: "Kyrgyz activists opposed to the
// deal staged a rally" is a rally, not opposition.
func (x *sentence) describingParticiple(g *vgroup) bool {
	if !x.allegationParticiple(g) || x.mentionEndingAt(g.start-1) == nil {
		return false
	}
	for _, og := range x.groups {
		if og.start > g.end && og.finite && !og.noun {
			return true
		}
	}
	return false
}

// allegationParticiple reports whether g is such a participle after a noun,
// not the finite verb of a new clause.
func (x *sentence) allegationParticiple(g *vgroup) bool {
	if g.start != g.head || g.end >= len(x.toks) {
		return false
	}
	if !allegationFilter.MayHave(x.toks[g.head].LowerHash()) {
		return false
	}
	prep, ok := allegationParticiples[x.toks[g.head].Lower]
	return ok && x.toks[g.end].Lower == prep
}

// negatedBefore reports whether a negation stands within three words
// before token k: "will not allow", "would never let".
func (x *sentence) negatedBefore(k int) bool {
	for j := k - 1; j >= x.from && j >= k-3; j-- {
		switch x.toks[j].Lower {
		case "not", "never", "n't":
			return true
		}
	}
	return false
}

// wordsWithin reports whether one of words stands in the n tokens from k.
func (x *sentence) wordsWithin(k, n int, words ...string) bool {
	for j := k; j < len(x.toks) && j < k+n; j++ {
		for _, w := range words {
			if x.toks[j].Lower == w {
				return true
			}
		}
	}
	return false
}

// speakerOf finds who says the clause of g, "X told Y that …" before it or
// ", X told reporters" after it, and whom X tells.
func (x *sentence) speakerOf(g *vgroup) (speaker, addressee *mention) {
	for _, sg := range x.groups {
		if sg == g || sg.noun || !speechLemmas[firstLemma(sg)] || sg.neg {
			continue
		}
		s, _ := x.subjectOf(sg, 0)
		if s == nil {
			continue
		}
		if m := x.mentionAfterDeterminers(sg.end); m != nil && !m.locative && !m.weak && m.start <= sg.end+3 {
			addressee = m
		}
		if m := x.mentionAfterDeterminers(sg.end + 1); m != nil && sg.end < len(x.toks) && x.toks[sg.end].Lower == "visiting" && !m.locative {
			addressee = m // "told visiting Taliban officials"
		}
		return s, addressee
	}
	return nil, nil
}

// dropGroupEvents removes the events coded from group g's verb.
func (x *sentence) dropGroupEvents(g *vgroup) {
	kept := x.events[:0]
	for _, ev := range x.events {
		if k := x.verbToken(ev); k >= g.start && k < g.end {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// firstPerson pronouns in a quotation stand for the speaker's side.
var firstPerson = map[string]bool{"we": true, "i": true, "us": true}

// mainOverRelative returns the main verb a past-tense verb after "and"
// goes with when the verb before it is a pluperfect relative clause on that
// main verb's object: in "detained eight Tajik nationals who had strayed
// into Kyrgyz territory and later returned them to Tajikistan" the border
// troops returned them, not the nationals. It returns nil otherwise.
func (x *sentence) mainOverRelative(og, g *vgroup) *vgroup {
	if x.toks[g.head].Tag != "VBD" || x.toks[og.start].Lower != "had" {
		return nil
	}
	ant := x.relativeAntecedent(og)
	if ant == nil {
		return nil
	}
	k := ant.start - 1
	for k > x.from && (determiners[x.toks[k].Lower] || x.toks[k].Tag == "JJ" || x.toks[k].Tag == "CD") {
		k--
	}
	vg := x.groupCovering(k)
	if vg == nil || vg.noun || vg.end != k+1 || vg.passive {
		return nil
	}
	return vg
}

// summaryNouns sum up the act of the clause before them: ", a move
// Kabul welcomed", ", a verdict that Astana said it regretted".
var summaryNouns = map[string]bool{
	"move": true, "decision": true, "step": true, "verdict": true, "sentence": true, "ruling": true,
	"measure": true, "announcement": true, "deal": true, "agreement": true, "action": true, "gesture": true,
}

// reactionCodes are what the one who reacts to such an act does to its doer.
var reactionCodes = map[string]string{
	"welcome": "051", "praise": "051", "hail": "051", "applaud": "051", "commend": "051",
	"condemn": "111", "criticise": "111", "criticize": "111", "denounce": "111", "deplore": "111",
	"regret": "111", "protest": "111", "slam": "111",
}

// summaryReactions codes the reaction in ", a move the Taliban welcomed as a
// sign of trust" to the one whose act the clause before told, when the
// reacting verb found no object of its own.
func (x *sentence) summaryReactions() {
	toks := x.toks
	for k := x.from + 2; k+2 < len(toks); k++ {
		if toks[k].Lower != "," || toks[k+1].Lower != "a" && toks[k+1].Lower != "an" {
			continue
		}
		j := k + 2
		for j < len(toks) && toks[j].Tag == "JJ" {
			j++
		}
		if j >= len(toks) || !summaryNouns[toks[j].Lower] {
			continue
		}
		var doer *event.Event
		for i := range x.events {
			if vk := x.verbToken(x.events[i]); vk >= 0 && vk < k && x.events[i].Source != "" {
				doer = &x.events[i]
				break
			}
		}
		if doer == nil {
			continue
		}
		for _, g := range x.groups {
			if g.noun || g.head <= j || g.head > j+12 || g.neg {
				continue
			}
			if speechLemmas[firstLemma(g)] {
				continue // "… said it regretted": the verb after it
			}
			if g.end < len(toks) && toks[g.end].Lower == "by" && toks[g.head].Tag == "VBN" {
				break // "a decision condemned by the UN": reactionAppositions
			}
			rg := g
			code := reactionCodes[firstLemma(rg)]
			if code == "" {
				break
			}
			if x.groupHasEvents(rg) {
				break
			}
			subj, _ := x.subjectOf(rg, 0)
			if subj == nil || subj.pronoun && subj.start > j+1 {
				// "a verdict that Kazakhstan's foreign ministry said it
				// regretted": the speaker before "said".
				subj = x.mentionBetween(j+1, rg.start)
			}
			if subj == nil || len(subj.codes) == 0 {
				break
			}
			for i, c := range subj.codes {
				x.emit(c, doer.Source, code, x.span(subj.spans[i][0], subj.spans[i][1]), doer.Evidence.Source, x.span(rg.head, rg.end), subj.text, doer.SourceName, "")
			}
			break
		}
	}
}

// groupHasEvents reports whether some event was coded from g's verb.
func (x *sentence) groupHasEvents(g *vgroup) bool {
	for _, ev := range x.events {
		if k := x.verbToken(ev); k >= g.start && k < g.end {
			return true
		}
	}
	return false
}

// mentionBetween returns the first actor mention in [from, to), or nil.
func (x *sentence) mentionBetween(from, to int) *mention {
	for _, m := range x.ms {
		if m.start >= from && m.end <= to && !m.weak && !m.locative && !m.pronoun {
			return m
		}
	}
	return nil
}

// mediatorParticiples name a third party's part in others' talks or deals:
// "talks in Doha mediated by Qatar and Turkey", "a truce brokered by Russia".
var mediatorParticiples = map[string]bool{"mediated": true, "brokered": true, "facilitated": true}

// mediatedBy codes the mediator of "X and Y agreed to a ceasefire at talks
// mediated by Qatar and Turkey" as mediating (045) with each party of the
// mutual act coded before it.
func (x *sentence) mediatedBy() {
	toks := x.toks
	for k := x.from + 1; k+2 < len(toks); k++ {
		if toks[k+1].Lower != "by" || !mediatorParticiples[toks[k].Lower] {
			continue
		}
		med := x.mentionStartingAt(k + 2)
		if med == nil || med.weak || med.locative || len(med.codes) == 0 {
			continue
		}
		var parties []string
		spans := map[string]*event.Span{}
		names := map[string]string{}
		for _, ev := range x.events {
			if vk := x.verbToken(ev); vk < 0 || vk >= k || ev.Target == "" || !symmetric(ev.Code) {
				continue
			}
			if _, ok := spans[ev.Source]; !ok {
				parties = append(parties, ev.Source)
				spans[ev.Source], names[ev.Source] = ev.Evidence.Source, ev.SourceName
			}
		}
		if len(parties) < 2 {
			continue
		}
		for i, c := range med.codes {
			for _, p := range parties {
				if cut3(x.resolve(c, "")) == cut3(p) {
					continue
				}
				x.emit(c, p, "045", x.span(med.spans[i][0], med.spans[i][1]), spans[p], x.span(k, k+1), med.text, names[p], "")
			}
		}
	}
}

// purposeOfRequest reports whether the infinitive og after g hangs on a
// "for" phrase of g's ("asked the IMF for additional support to cope with
// the fall in remittances"): the purpose of what is asked for, not the
// frame's complement.
func (x *sentence) purposeOfRequest(g, og *vgroup) bool {
	if t := x.toks[max(og.start-2, 0)].Tag; og.start < 2 || x.toks[og.start-1].Lower != "to" || t != "NN" && t != "NNS" {
		return false
	}
	for k := g.end; k < og.start-1; k++ {
		if x.toks[k].Lower == "for" {
			return true
		}
	}
	return false
}

// hopeLemmas say what one wishes others would do: "China hoped Kyrgyzstan
// and Tajikistan would settle the conflict" is China's appeal to them.
var hopeLemmas = map[string]bool{"hope": true, "wish": true, "trust": true}

// hopedActs turns the intents coded in the clause after a hope verb, whose
// subject is not the one who hopes, into that one's appeal (02x) to them.
func (x *sentence) hopedActs() {
	seen := map[string]bool{}
	kept := x.events[:0]
	var add []event.Event
	for _, ev := range x.events {
		if ev.Modality != "intent" || !strings.HasPrefix(ev.Code, "03") {
			kept = append(kept, ev)
			continue
		}
		k := x.verbToken(ev)
		g := x.groupCovering(k)
		var hoper *mention
		if g != nil && !g.noun {
			hoper = x.hoperOf(g)
		}
		if hoper == nil || len(hoper.codes) == 0 || cut3(x.resolve(hoper.codes[0], "")) == cut3(ev.Source) {
			kept = append(kept, ev)
			continue
		}
		src := x.resolve(hoper.codes[0], "")
		if src == "" || seen[src+ev.Source] {
			continue
		}
		seen[src+ev.Source] = true
		n := ev
		n.Source, n.SourceName, n.Target, n.TargetName = src, hoper.text, ev.Source, ev.SourceName
		n.Evidence.Target, n.Evidence.Source = ev.Evidence.Source, x.span(hoper.spans[0][0], hoper.spans[0][1])
		code := "02" + ev.Code[2:3]
		if code == "029" {
			code = "020"
		}
		fill(&n, code)
		n.Modality = "appeal"
		add = append(add, n)
	}
	x.events = append(kept, add...)
}

// hoperOf returns the subject of a hope verb ("hoped", "expressed hope")
// whose that-clause g's verb heads, when the clause has a subject of its
// own and a modal: "China said it hoped Kyrgyzstan and Tajikistan would
// settle the conflict". It returns nil otherwise.
func (x *sentence) hoperOf(g *vgroup) *mention {
	if g.modal != "would" && g.modal != "will" && g.modal != "could" && g.modal != "can" {
		return nil
	}
	subj := x.mentionEndingAt(g.start - 1)
	if subj == nil || subj.weak || subj.pronoun {
		return nil
	}
	k := subj.start - 1
	if k > x.from && x.toks[k].Lower == "that" {
		k--
	}
	if k <= x.from {
		return nil
	}
	var hg *vgroup
	switch w := x.toks[k].Lower; {
	case (w == "hope" || w == "hopes") && x.groupCovering(k) == nil:
		if m := x.mentionEndingAt(k - 1); m != nil && !m.weak && !m.locative {
			return m // "Beijing hopes Kyrgyzstan will …", the verb taken for a noun
		}
		hg = x.prevGroup(k) // "expressed hope that"
		if hg == nil || hg.end < k-2 || firstLemma(hg) != "express" {
			return nil
		}
	default:
		hg = x.groupCovering(k)
		if hg == nil || hg.noun || hg.end != k+1 || !hopeLemmas[firstLemma(hg)] {
			return nil
		}
	}
	h, _ := x.subjectOf(hg, 0)
	if h != nil && h.pronoun {
		if sg := x.prevGroup(h.start); sg != nil && speechLemmas[firstLemma(sg)] {
			// "China said it hoped": the one who said it.
			h, _ = x.subjectOf(sg, 0)
		}
	}
	return h
}

// lawSigning codes a head of state signing the law that ratifies the treaty
// a parliament approved earlier in the sentence ("the Senate ratified the
// agreement with Kyrgyzstan, and Tokayev signed it into law", "and Rahmon
// signed the ratification law"): the same agreement, with the same party.
func (x *sentence) lawSigning() {
	var ratified *event.Event
	for i := range x.events {
		if strings.HasPrefix(x.events[i].Code, "057") && x.events[i].Target != "" {
			ratified = &x.events[i]
			break
		}
	}
	if ratified == nil {
		return
	}
	rk := x.verbToken(*ratified)
	tgt, tgtName, tgtSpan := ratified.Target, ratified.TargetName, ratified.Evidence.Target
	for _, g := range x.groups {
		if g.noun || g.neg || g.head <= rk || firstLemma(g) != "sign" || x.groupHasEvents(g) || !x.signsLaw(g) {
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil || l.neg || l.frame != "" {
			continue
		}
		for i, c := range subj.codes {
			if cut3(x.resolve(c, "")) == cut3(tgt) {
				continue
			}
			x.emit(c, tgt, "057", x.span(subj.spans[i][0], subj.spans[i][1]), tgtSpan, x.span(g.head, g.end), subj.text, tgtName, "")
		}
	}
}

// signsLaw reports whether the words after the verb g are "it into law",
// "the ratification law", "the law" or "the bill".
func (x *sentence) signsLaw(g *vgroup) bool {
	for k := g.end; k < len(x.toks) && k < g.end+4; k++ {
		switch x.toks[k].Lower {
		case "law", "bill":
			return true
		case ",", ";", "and":
			return false
		}
	}
	return false
}

// speakerAsVictim aims an untargeted attack that a state's own officials
// report at that state: "Tajik servicemen fired at a patrol near Ak-Sai, the
// Kyrgyz border service said" is an attack on Kyrgyzstan, whose patrol and
// village the sentence leaves unnamed.
func (x *sentence) speakerAsVictim() {
	for i := range x.events {
		ev := &x.events[i]
		if ev.Target != "" || len(ev.Source) < 3 || !(ev.Root == "18" || ev.Root == "19" || ev.Root == "20" || strings.HasPrefix(ev.Code, "171")) {
			continue
		}
		k := x.verbToken(*ev)
		g := x.groupCovering(k)
		if g == nil {
			continue
		}
		sp, _ := x.speakerOf(g)
		if sp == nil || len(sp.codes) != 1 || sp.pronoun || strings.HasPrefix(sp.codes[0], "?") {
			continue
		}
		c := x.resolve(sp.codes[0], "")
		if len(c) < 3 || strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "NGO") || len(c) > 3 && !stateAgent(c) || cut3(c) == cut3(ev.Source) {
			continue
		}
		if !x.unnamedVictim(g) {
			continue
		}
		ev.Target, ev.TargetName = c[:3], sp.text
	}
}

// unnamedVictim reports whether the act of g names no one it is aimed at,
// neither actor nor place: "fired at a patrol", not "attacked the town of
// Batken", where a place stands.
func (x *sentence) unnamedVictim(g *vgroup) bool {
	end := x.clauseEnd(g)
	for k := g.end; k < end; k++ {
		if x.toks[k].Lower == "," {
			end = k // ", the Kyrgyz border service said": the speaker
		}
	}
	for _, m := range x.ms {
		if m.start < g.end || m.start >= end || adjunctPreps[m.prep] {
			continue
		}
		if m.prep == "of" && m.start >= 2 && placeWords[x.toks[m.start-2].Lower] {
			j := m.start - 3
			for j > g.end && determiners[x.toks[j].Lower] {
				j--
			}
			if j >= g.end && adjunctPreps[x.toks[j].Lower] {
				continue // "near the village of Ak-Sai"
			}
		}
		return false
	}
	return true
}

// adjunctPreps put a place beside an act rather than make it the act's
// object: "fired at a patrol near the village of Ak-Sai".
var adjunctPreps = map[string]bool{"near": true, "in": true, "at": true, "outside": true, "around": true, "along": true, "on": true}

// counterpartAgents gives "their Tajik counterparts" the kind of actor the
// possessive stands for: "Kyrgyz border guards met their Tajik
// counterparts" are Tajik border guards (TJKMIL), "Tashiev and his Tajik
// counterpart" a Tajik security chief, not Tajik officials.
func (x *sentence) counterpartAgents() {
	toks := x.toks
	for i, m := range x.ms {
		if len(m.codes) != 1 || len(m.codes[0]) != 6 || !strings.HasSuffix(m.codes[0], "GOV") || m.start < 1 {
			continue
		}
		if w := toks[m.end-1].Lower; w != "counterpart" && w != "counterparts" {
			continue
		}
		switch toks[m.start-1].Lower {
		case "his", "her", "their", "its":
		default:
			continue
		}
		var ante *mention
		for _, p := range x.ms[:i] {
			if !p.weak && !p.locative && len(p.codes) == 1 && len(p.codes[0]) == 6 && p.codes[0][0] != '?' {
				ante = p
			}
		}
		if ante == nil {
			continue
		}
		switch agent := ante.codes[0][3:]; agent {
		case "MIL", "SPY", "COP", "LEG", "JUD":
			m.codes[0] = m.codes[0][:3] + agent
		}
	}
}

// pressWords are the audience of "told reporters": never the ones a
// following pronoun or the act after it means.
var pressWords = map[string]bool{"reporters": true, "journalists": true, "correspondents": true, "media": true, "press": true, "newsmen": true}

// toldPressBy returns the teller of "X told reporters (that) they …" for the
// pronoun at k: the residents who spoke, not the reporters.
func (x *sentence) toldPressBy(k int) *mention {
	j := k - 1
	if j > x.from && x.toks[j].Lower == "that" {
		j--
	}
	if j < x.from+2 || !pressWords[x.toks[j].Lower] {
		return nil
	}
	j--
	if j > x.from && determiners[x.toks[j].Lower] {
		j--
	}
	switch x.toks[j].Lower {
	case "told", "tells", "tell", "assured", "informed":
	default:
		return nil
	}
	var teller *mention
	for _, m := range x.ms {
		if m.end <= j && m.start >= x.from && m.prep == "" && !m.locative && !m.weak {
			teller = m
		}
	}
	return teller
}

// pressAudience reports whether m is the unnamed press someone speaks to:
// "told journalists that …".
func pressAudience(m *mention) bool {
	return m != nil && len(m.codes) == 1 && strings.HasSuffix(m.codes[0], "MED") && unmarkedText(m.text)
}

// headWords name the one at the head of a body.
var headWords = map[string]bool{"head": true, "director": true, "chief": true}

// headsOf lets an unnamed head stand aside for the body after "of" when the
// two did not join into one actor: in "dismissed the head of the border
// service" the border service is what the act touches.
func (x *sentence) headsOf() {
	out := x.ms[:0]
	for i, m := range x.ms {
		if (m.prep == "with" || m.prep == "by") && strings.EqualFold(m.text, "force") {
			continue // "respond with force", "by force": a means, no actor
		}
		if i+1 < len(x.ms) && len(m.codes) == 1 && m.codes[0] == "?GOV" && headWords[strings.ToLower(m.text)] {
			if n := x.ms[i+1]; n.prep == "of" && n.start <= m.end+2 {
				n.prep = m.prep
				continue
			}
		}
		out = append(out, m)
	}
	x.ms = out
}

// localOfficials gives an official "of" a known place that place's country:
// "the governor of Batken region", "the mayor of Osh", "the regional
// governors of Batken and Fergana" (one each).
func (x *sentence) localOfficials() {
	if !x.mayHave(localTitleGate) {
		return // s8: no local title
	}
	out := x.ms[:0]
	drop := map[*mention]bool{}
	for i, m := range x.ms {
		if drop[m] {
			continue
		}
		if len(m.codes) == 1 && strings.HasSuffix(m.codes[0], "GOV") && localTitles[strings.ToLower(x.toks[m.end-1].Text)] && i+1 < len(x.ms) {
			n := x.ms[i+1]
			if n.place && n.prep == "of" && n.start <= m.end+2 && len(n.codes) == 1 && len(n.codes[0]) >= 3 {
				codes := []string{n.codes[0][:3] + "GOV"}
				spans := [][2]int{{m.start, n.end}}
				drop[n] = true
				if i+2 < len(x.ms) {
					if o := x.ms[i+2]; o.place && o.start == n.end+1 && x.toks[n.end].Lower == "and" && len(o.codes) == 1 && len(o.codes[0]) >= 3 {
						codes = append(codes, o.codes[0][:3]+"GOV")
						spans = append(spans, [2]int{o.start, o.end})
						drop[o] = true
					}
				}
				m.codes, m.spans = codes, spans
				if len(codes) == 2 {
					m.plural = true
				}
			}
		}
		out = append(out, m)
	}
	x.ms = out
}

// localTitles head a town or region.
var localTitles = map[string]bool{
	"mayor": true, "mayors": true, "governor": true, "governors": true, "akim": true, "akims": true,
	"hokim": true, "hokims": true, "khokim": true, "head": true, "heads": true, "authorities": true,
}

// borderTopic reports whether an event's target follows "border(s) with":
// in "Uzbekistan and Turkmenistan signed a treaty on the junction point of
// their borders with Afghanistan" Afghanistan is what the treaty is about.
func (x *sentence) borderTopic(ev event.Event) bool {
	sp := ev.Evidence.Target
	if sp == nil || sp[0] > len(x.s.Text) {
		return false
	}
	before := strings.TrimSpace(strings.ToLower(x.s.Text[:sp[0]]))
	return strings.HasSuffix(before, "borders with") || strings.HasSuffix(before, "border with")
}

// finiteAboveInfinitive returns, for a participle after a comma whose verb
// before is an infinitive ("asked the CSTO to investigate …, calling"), the
// finite verb the infinitive hangs on, or nil.
func (x *sentence) finiteAboveInfinitive(g *vgroup) *vgroup {
	prev := x.prevGroup(g.start - 1)
	if prev == nil || prev.noun || prev.finite || prev.start < 1 || x.toks[prev.start-1].Lower != "to" {
		return nil
	}
	up := x.prevGroup(prev.start - 1)
	if up == nil || up.noun || !up.finite || x.connector(up, prev) != "to" || x.skip != nil && x.skip[up.head] {
		return nil
	}
	return up
}

// punishLemmas are what a state warns will be done to those who cross it.
var punishLemmas = map[string]bool{
	"punish": true, "prosecute": true, "arrest": true, "jail": true, "imprison": true, "detain": true,
	"crush": true, "fine": true, "deport": true, "expel": true, "charge": true, "sentence": true,
}

// announcedPunishments codes "said Tajik citizens who defame the homeland
// would be punished", "warning that mercenaries would be prosecuted": an
// official's threat (130) against whoever the clause names. Only verbs of
// speech whose own subject is a state actor count.
func (x *sentence) announcedPunishments() {
	for _, g := range x.groups {
		if g.noun || g.neg || !g.passive || g.modal != "will" && g.modal != "would" || !punishLemmas[firstLemma(g)] || x.groupHasEvents(g) {
			continue
		}
		var sg *vgroup
		for _, og := range x.groups {
			if og.head < g.start && !og.noun && !og.neg && (speechLemmas[firstLemma(og)] || firstLemma(og) == "warn") {
				sg = og
			}
		}
		if sg == nil || g.start-sg.end > 14 {
			continue
		}
		speaker, _ := x.subjectOf(sg, 0)
		if speaker == nil || len(speaker.codes) == 0 {
			continue
		}
		c := x.resolve(speaker.codes[0], "")
		if len(c) < 3 || c[0] == '?' || strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "NGO") || len(c) > 3 && !stateAgent(c) && !strings.HasSuffix(c, "LEG") {
			continue
		}
		var victim *mention
		for _, m := range x.ms {
			if m.start >= sg.end && m.end <= g.start && !m.locative && !m.weak {
				victim = m
				break
			}
		}
		if victim != nil {
			x.emitAll(speaker, victim, "130", "", x.span(sg.head, sg.end), dict.FrameThreaten)
			continue
		}
		// "mercenaries would be prosecuted at home": the state's own people.
		x.emit(c, c[:3], "130", x.span(speaker.spans[0][0], speaker.spans[0][1]), nil, x.span(sg.head, sg.end), speaker.text, "", dict.FrameThreaten)
	}
}

// objectIsSubject reports whether the pronoun object right after g stands
// for the subject m g would inherit: "… and gave them 24 hours".
func (x *sentence) objectIsSubject(g *vgroup, m *mention) bool {
	o := x.mentionStartingAt(g.end)
	return o != nil && o.pronoun && x.sameActor(o, m)
}

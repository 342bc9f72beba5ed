package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/dict"
)

// judgeLemmas are verbs of praise and blame whose "for" + gerund names an
// act of their object that the sentence takes as fact: "thanked Kazakhstan
// for sending aid", "criticised Iran for deporting Afghans". Accusing and
// arresting verbs are not here: their "of"/"for" gives an allegation.
var judgeLemmas = map[string]bool{
	"thank": true, "praise": true, "commend": true, "applaud": true, "hail": true,
	"congratulate": true, "criticise": true, "criticize": true, "condemn": true,
	"denounce": true, "rebuke": true, "censure": true, "slam": true, "chide": true,
	"reproach": true,
}

// judgedActor returns the object of a praise or blame verb when g is the
// gerund after its "for": in "condemned a Tajik court for sentencing an
// Afghan", the court sentenced. It returns nil otherwise.
func (x *sentence) judgedActor(g *vgroup) *mention {
	return x.judgedActorDepth(g, 0)
}

func (x *sentence) judgedActorDepth(g *vgroup, depth int) *mention {
	if x.c.dict.Compat || g.noun || depth > 2 || x.toks[g.head].Tag != "VBG" {
		return nil
	}
	f := g.start - 1
	for f > x.from && x.toks[f].Tag == "RB" {
		f-- // "for forcibly returning"
	}
	if f <= x.from || x.toks[f].Lower != "for" {
		return nil
	}
	for k := g.start; k < g.head; k++ {
		if x.toks[k].Tag != "RB" {
			return nil
		}
	}
	prev := x.prevGroup(f)
	if prev == nil || prev.passive {
		return nil
	}
	if !judgeLemmas[firstLemma(prev)] {
		if f >= 1 && (x.toks[f-1].Lower == "and" || x.toks[f-1].Lower == "or") {
			// "criticised Japarov for concentrating power and for jailing
			// journalists": the same object.
			return x.judgedActorDepth(prev, depth+1)
		}
		return nil
	}
	for _, m := range x.ms {
		if m.start >= prev.end && m.end <= f && !m.weak {
			for k := m.end; k < f; k++ {
				if x.toks[k].Lower == "," || x.toks[k].Tag == "IN" && x.toks[k].Lower != "of" {
					return nil // "praised Russia's role in …": not the object alone
				}
			}
			return m
		}
	}
	return nil
}

// speakerActLemmas are acts a speaker goes on to do after reporting
// something: "said the canal could damage farming and asked the Taliban to
// share data", "told Putin that terrorists had no nationality and offered
// condolences".
var speakerActLemmas = map[string]bool{
	"ask": true, "invite": true, "offer": true, "propose": true, "appeal": true,
	"thank": true, "praise": true, "express": true, "pledge": true, "promise": true,
	"vow": true, "suggest": true, "request": true, "welcome": true, "reiterate": true,
}

// speakerGoesOn reports whether g, coordinated after a reported clause
// whose subject is no actor, is an act of speech or diplomacy that belongs
// to the one who spoke rather than to the thing spoken of.
func (x *sentence) speakerGoesOn(g *vgroup) bool {
	if x.speechAct(g) {
		return true
	}
	for _, l := range g.lemmas {
		if speakerActLemmas[l] {
			return true
		}
	}
	return false
}

// blameLemmas are verbs of accusation and criticism whose object a demand or
// threat coordinated after them is aimed at.
var blameLemmas = map[string]bool{
	"accuse": true, "blame": true, "criticise": true, "criticize": true, "condemn": true,
	"denounce": true, "slam": true, "rebuke": true, "warn": true,
}

// adjectivalParticiple reports whether g is a bare past participle between
// "of", an article or a possessive and the noun it describes: "the list of
// banned groups", "its frozen assets", "the disputed area".
func (x *sentence) adjectivalParticiple(g *vgroup) bool {
	toks := x.toks
	if g.noun || g.start != g.head || toks[g.head].Tag != "VBN" || g.start <= x.from || g.head+1 >= len(toks) {
		return false
	}
	switch toks[g.start-1].Lower {
	case "of", "the", "a", "an", "its", "their", "his", "her", "our":
	default:
		return false
	}
	next := toks[g.head+1]
	return (next.Tag == "NNS" || next.Tag == "NN") && x.mentionStartingAt(g.head+1) == nil
}

// courtLemmas are judicial acts whose passive names the court after "in"
// rather than "by": "were charged in a Moscow court", "was sentenced in
// absentia by …" keeps its "by".
var courtLemmas = map[string]bool{
	"charge": true, "sentence": true, "convict": true, "try": true, "acquit": true,
	"jail": true, "fine": true, "indict": true, "arraign": true, "remand": true,
}

// courtAgent returns the court "in" which a passive judicial act was done,
// or nil.
func (x *sentence) courtAgent(g *vgroup, clauseEnd int) *mention {
	if !courtLemmas[firstLemma(g)] {
		return nil
	}
	for _, m := range x.ms {
		if m.start < g.end || m.start >= clauseEnd || m.prep != "in" || m.weak {
			continue
		}
		for _, c := range m.codes {
			if strings.HasSuffix(c, "JUD") {
				return m
			}
		}
	}
	return nil
}

// claimant returns who claimed the attack a sentence reports, for a violent
// act whose doer is unnamed: "…, an attack claimed by the Islamic State",
// "the Islamic State claimed responsibility for the bombing that killed
// …". It returns nil when no one did.
func (x *sentence) claimant(g *vgroup) *mention {
	toks := x.toks
	for k := x.from; k+1 < len(toks); k++ {
		if toks[k].Lower != "claimed" {
			continue
		}
		if toks[k+1].Lower == "by" {
			if m := x.mentionStartingAt(k + 2); m != nil && !m.weak && !m.locative {
				return m
			}
			continue
		}
		if k+2 < len(toks) && (toks[k+1].Lower == "responsibility" || toks[k+2].Lower == "responsibility") && k < g.start {
			if cg := x.groupCovering(k); cg != nil && cg != g {
				if m, _ := x.subjectOf(cg, 1); m != nil && !m.weak {
					return m
				}
			}
		}
	}
	return nil
}

// reportedAdvice codes "X said Y should/must <act>" as X's appeal to Y (a
// demand with "must"): what a speaker says another ought to do is asked of
// it, not done. Advice nobody reports ("Y should act") stays no event.
func (x *sentence) reportedAdvice(g *vgroup, subj *mention, code string) {
	if subj == nil || subj.weak || subj.locative || g.neg || g.passive {
		return
	}
	rg := x.reportingGroup(g, 1)
	if rg == nil && subj.start > x.from && x.toks[subj.start-1].Lower == "that" {
		// "told Putin at a summit in Astana that Moscow should …"
		if sg := x.speechGroupBefore(g); sg != nil && sg.end < subj.start {
			rg = sg
		}
	}
	if rg == nil || rg.neg {
		return
	}
	speaker, _ := x.subjectOf(rg, 1)
	if speaker == nil || speaker.weak || speaker.pronoun || x.sameActor(speaker, subj) || x.hypothetical(speaker.start) {
		return
	}
	frame := dict.FrameAppeal
	if g.modal == "must" {
		frame = dict.FrameDemand
	}
	c := frameCodes[frame]
	if code != "" {
		c = reframe(frame, code)
	}
	if c == "" {
		return
	}
	x.emitAll(speaker, subj, c, "", x.span(g.head, g.end), frame)
	g.coded = true
}

// openAdvice codes "X told Y that Z should show more respect", whose verb
// names no event of its own, as X's general appeal (or demand, with
// "must") to Z.
func (x *sentence) openAdvice() {
	for _, g := range x.groups {
		if g.noun || g.coded || g.neg || g.passive || g.modal != "should" && g.modal != "must" || x.skip != nil && x.skip[g.head] {
			continue
		}
		switch firstLemma(g) {
		case "":
			if !x.unlistedAdviceVerb(g) {
				continue
			}
		case "be", "have", "remain", "become", "get", "stay", "say", "think", "know":
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil || l.frame != "" || l.neg {
			continue
		}
		x.reportedAdvice(g, subj, "")
	}
}

// orderDocs are acts of authority that do what their participle says, for
// whoever signs or issues them: "signed an order freezing Afghan reserves",
// "passed a law banning foreign funding".
var orderDocs = map[string]bool{
	"order": true, "law": true, "directive": true, "edict": true, "ordinance": true,
}

// zeroThatWarning reports whether g is "warned" followed by a clause without
// "that": "Iran warned it would take action if the Taliban …".
func (x *sentence) zeroThatWarning(g *vgroup) bool {
	toks := x.toks
	if firstLemma(g) != "warn" || g.end >= len(toks) {
		return false
	}
	k := g.end
	if toks[k].Tag == "PRP" {
		k++
	} else if m := x.mentionStartingAt(k); m != nil {
		k = m.end
	} else {
		return false
	}
	cg := x.groupAfter(g.end)
	return cg != nil && cg.start == k && cg.finite && !cg.noun
}

// troopsLeaving codes "Russian troops left Kazakhstan", "the first CSTO
// troops began to leave Kazakhstan": soldiers leaving a country withdraw
// from it (0874). Anyone else leaving ("Russians left Kazakhstan") does
// nothing a coder counts.
func (x *sentence) troopsLeaving() {
	for _, g := range x.groups {
		if g.noun || g.coded || g.neg || g.passive || g.modal != "" && g.modal != "will" && g.modal != "would" {
			continue
		}
		if l := firstLemma(g); l != "leave" && l != "quit" && l != "exit" {
			continue
		}
		if t := x.toks[g.head].Tag; (t == "VBP" || t == "VBZ") && g.modal == "" {
			continue // "after American troops leave Afghanistan": not yet
		}
		subj, lk := x.subjectOf(g, 0)
		if subj == nil || lk.neg || lk.frame != "" && lk.frame != dict.FrameIntent || len(subj.codes) == 0 {
			continue
		}
		mil := true
		for _, c := range subj.codes {
			if !strings.HasSuffix(c, "MIL") {
				mil = false
			}
		}
		if !mil || g.end >= len(x.toks) {
			continue
		}
		tgt := x.mentionStartingAt(g.end)
		if tgt == nil || tgt.weak || x.sameActor(subj, tgt) {
			continue
		}
		code := "0874"
		if g.modal != "" || lk.frame == dict.FrameIntent {
			code = "0357" // "will leave": an intent to de-escalate
		}
		x.emitAll(subj, tgt, code, "", x.span(g.head, g.end), "")
		g.coded = true
	}
}

// saidBy returns the actor that "said" right before token k, plural or
// not ("the Taliban said they …", "Pakistani officials said their …"), or
// nil.
func (x *sentence) saidBy(k int) *mention {
	if k < x.from+2 {
		return nil
	}
	j := x.beforeThat(k) // "said that they", "said on Friday that they"
	if j < x.from+1 {
		return nil
	}
	switch x.toks[j].Lower {
	case "said", "says", "announced", "confirmed", "stated", "added", "insisted", "claimed", "declared", "reported":
	default:
		return nil
	}
	m := x.mentionEndingAt(j - 1)
	if m == nil || m.compound() || m.weak || m.locative || m.pronoun || len(m.codes) != 1 || len(m.codes[0]) < 3 || m.codes[0][0] == '?' || isAgentOnly(m.codes[0]) {
		return nil
	}
	return m
}

// ownForcesOfSpeaker gives the agent right after "its"/"their" at k the
// country of whoever said so just before: "Pakistan said its troops had
// attacked", "the Taliban said their forces had fired back". It reports
// whether it did.
func (x *sentence) ownForcesOfSpeaker(k int) bool {
	sp := x.saidBy(k)
	if sp == nil || k+1 >= len(x.toks) {
		return false
	}
	for _, m := range x.ms {
		if m.start != k+1 || len(m.codes) != 1 {
			continue
		}
		agent := strings.TrimPrefix(m.codes[0], "?")
		if len(agent) < 3 || !isAgentOnly(agent) {
			return false
		}
		m.codes = []string{sp.codes[0][:3] + agent}
		return true
	}
	return false
}

// placeOfMember reports whether the place p lies in the country of one of
// the members of the compound actor src.
func (x *sentence) placeOfMember(src, p *mention) bool {
	if len(p.codes) == 0 || len(p.codes[0]) < 3 {
		return false
	}
	for _, c := range src.codes {
		if len(c) >= 3 && c[:3] == p.codes[0][:3] {
			return true
		}
	}
	return false
}

// resumeLemmas are diplomatic acts a speaker goes on to after reporting a
// state of things.
var resumeLemmas = map[string]bool{
	"offer": true, "invite": true, "thank": true, "ask": true, "propose": true,
	"express": true, "welcome": true, "urge": true, "call": true,
}

// speakerResumes reports whether g, a plain past-tense diplomatic act after
// "and", follows a reported clause that only describes a state ("had no
// nationality", "was deteriorating", "should not be left alone"): then the
// act is the speaker's, not the clause subject's.
func (x *sentence) speakerResumes(prev, g *vgroup) bool {
	if x.toks[g.head].Tag != "VBD" && x.toks[g.head].Tag != "VBN" || g.start != g.head || !resumeLemmas[firstLemma(g)] {
		return false
	}
	sg := x.speechGroupBefore(prev)
	if sg == nil || sg == prev || sg.end > prev.start {
		return false
	}
	switch firstLemma(prev) {
	case "be", "have", "remain", "become", "need", "deserve":
		return true
	}
	return prev.modal != "" || prev.passive || prev.neg // "said they had not violated … and asked"
}

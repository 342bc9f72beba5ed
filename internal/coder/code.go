package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/nlp"
)

// maxGap is how many tokens may stand between a pattern's words: "signed a
// landmark bilateral border agreement" matches "sign* &agreement", but a word
// half a sentence away does not.
const maxGap = 6

// match is a pattern matched at a verb group, with where its target slot is.
type match struct {
	p *dict.Pattern
	// tFrom and tTo bound where the target stands, when the pattern says.
	tFrom, tTo int
	// sFrom and sTo bound where the source stands, when the pattern says ($).
	sFrom, sTo int
	// tBefore is true when the target slot stands before the verb (the
	// subject): "+ receive* aid from $".
	tBefore bool
	// srcBefore, when above 0, is the first word of a PETRARCH pattern
	// whose source stands before it ("NOTED + *").
	srcBefore int
	end       int // the token after the last matched element
}

// matchPattern checks a pattern against the clause around group g.
func (x *sentence) matchPattern(p *dict.Pattern, g *vgroup, clauseStart, clauseEnd int) (match, bool) {
	toks := x.toks
	m := match{p: p, tFrom: -1, sFrom: -1}
	if !x.c.dict.Compat && !p.MayMatch(x.wordSet()) {
		return m, false // a word it needs is nowhere in the sentence
	}
	if p.CompoundSource && x.c.dict.Compat {
		if s, _ := x.subjectOf(g, 0); s == nil || !s.compound() {
			return m, false
		}
	}
	cur := g.end
	for _, part := range p.Particles {
		// A particle directly after the verb, or after its object pronoun ("burned it down").
		if cur < len(toks) && toks[cur].Lower == part {
			cur++
			continue
		}
		return m, false
	}
	for i := range p.After {
		e := &p.After[i]
		if x.c.dict.Compat && isSkipElem(e) {
			// TABARI's "^": step over the next noun phrase.
			next, ok := x.skipPhrase(cur, clauseEnd)
			if !ok {
				return m, false
			}
			cur = next
			continue
		}
		switch e.Kind {
		case dict.TargetSlot, dict.SourceSlot:
			end := clauseEnd
			if i+1 < len(p.After) {
				if pos, _, ok := findElem(toks, &p.After[i+1], x.c.first.of(&p.After[i+1]), cur+1, clauseEnd); ok {
					end = pos
				}
			}
			if e.Kind == dict.TargetSlot {
				m.tFrom, m.tTo = cur, end
			} else {
				m.sFrom, m.sTo = cur, end
			}
			if !x.c.dict.Compat && end < clauseEnd && end-cur <= 12 && plainSlot(toks[cur:end]) && i+1 < len(p.After) && !p.After[i+1].Adjacent {
				// "added three Uzbek and two Kazakh companies to …": the
				// next word's gap counts from the slot's end.
				cur = end
			}
			continue
		}
		if e.Adjacent {
			if n, ok := matchAlts(toks, e, x.c.first.of(e), cur); ok {
				cur += n
				continue
			}
			return m, false
		}
		limit := clauseEnd
		gap := maxGap
		if mm := x.mentionStartingAt(cur); mm != nil && !x.c.dict.Compat {
			// "offered Kazakhstan, Kyrgyzstan and Uzbekistan a loan": an
			// actor list between the verb and its words counts as one.
			gap += mm.end - mm.start - 1
		}
		if !x.c.dict.Compat {
			gap += x.measureWords(cur, cur+gap) // ca19: "with 2 billion cubic metres of gas"
		}
		if cur+gap < limit {
			limit = cur + gap
		}
		pos, n, ok := findElem(toks, e, x.c.first.of(e), cur, limit)
		if !ok {
			return m, false
		}
		if m.tFrom >= 0 && m.tTo > pos {
			m.tTo = pos
		}
		cur = pos + n
	}
	m.end = cur
	back := g.start - 1
	if x.c.dict.Compat {
		// PETRARCH patterns name auxiliaries and negation themselves:
		// "&NEGATVAUXVRB * OVER EFFORTS".
		back = g.head - 1
	} else if g.head > g.start && x.toks[g.head-1].Tag == "RB" {
		// "has forcibly returned": an adverb inside the group may be the
		// pattern's word before the verb.
		back = g.head - 1
	}
	pendingT := -1 // compat: where a "+" between words ends
	for i := len(p.Before) - 1; i >= 0; i-- {
		e := &p.Before[i]
		if x.c.dict.Compat && isSkipElem(e) {
			continue
		}
		switch e.Kind {
		case dict.TargetSlot:
			m.tFrom, m.tTo = clauseStart, back+1
			m.tBefore = true
			if x.c.dict.Compat && i > 0 {
				pendingT = back + 1
			}
			continue
		case dict.SourceSlot:
			m.sFrom, m.sTo = clauseStart, back+1
			continue
		}
		found := false
		first := x.c.first.of(e)
		for k := back; k >= clauseStart; k-- {
			if n, ok := matchAlts(toks, e, first, k); ok && k+n <= back+1 {
				if e.Adjacent && x.c.dict.Compat && k+n != back+1 {
					// PETRARCH "A_B *": A directly before what follows it.
					continue
				}
				if pendingT >= 0 {
					// PETRARCH "NOTED + *": the target stands between the
					// words, the source before them.
					m.tFrom, m.tTo, m.tBefore = k+n, pendingT, false
					m.srcBefore = k
					pendingT = -1
				}
				back = k - 1
				found = true
				break
			}
		}
		if !found {
			return m, false
		}
	}
	return m, true
}

// wordSet returns the set of the sentence's words, made on first use.
func (x *sentence) wordSet() *dict.WordSet {
	if !x.wordsDone {
		for i := range x.toks {
			x.words.Add(x.toks[i].LowerHash())
		}
		x.wordsDone = true
	}
	return &x.words
}

// findElem finds the first position in [from, to) where e matches; first
// is e's first-word index (firstWords.of), or nil.
func findElem(toks []nlp.Token, e *dict.Elem, first *dict.WordFilter, from, to int) (pos, n int, ok bool) {
	for k := from; k < to && k < len(toks); k++ {
		if first != nil && !first.MayHave(toks[k].LowerHash()) {
			continue // matchAlts's first test, without the call
		}
		if n, ok := matchAlts(toks, e, first, k); ok {
			return k, n, true
		}
	}
	return 0, 0, false
}

// matchAlts matches e at token k and returns the number of tokens matched;
// first is e's first-word filter (firstWords.of), or nil.
func matchAlts(toks []nlp.Token, e *dict.Elem, first *dict.WordFilter, k int) (int, bool) {
	if first != nil {
		if k < 0 || k >= len(toks) {
			return 0, false
		}
		if !first.MayHave(toks[k].LowerHash()) {
			return 0, false
		}
	}
	for _, alt := range e.Alts {
		if k+len(alt) > len(toks) {
			continue
		}
		ok := true
		for j, forms := range alt {
			if !hasForm(forms, toks[k+j].Lower) {
				ok = false
				break
			}
		}
		if ok {
			return len(alt), true
		}
	}
	return 0, false
}

// hasForm is forms.Has(w), comparing first bytes before whole strings: it
// is the innermost loop of pattern matching.
func hasForm(forms dict.Forms, w string) bool {
	if w == "" {
		return forms.Has(w)
	}
	c := w[0]
	for _, f := range forms {
		if len(f) == len(w) && f[0] == c && f == w {
			return true
		}
	}
	return false
}

// codeGroup codes one verb group: pattern, subject, object, frames.
func (x *sentence) codeGroup(g *vgroup) {
	if g.frame != "" && !g.noun {
		// A frame verb is coded through its complement; "refused the offer"
		// with no infinitive falls to its own patterns below.
		if x.hasInfinitiveAfter(g) && !x.thingRelative(g) {
			return
		}
		if (g.frame == dict.FrameDemand || g.frame == dict.FrameAppeal) && g.end < len(x.toks) && x.toks[g.end].Lower == "that" {
			return // "demanded that Israel agree …": coded with the clause
		}
		if x.warnsOfThreat(g) {
			return // "warned Kyrgyzstan that it would respond": coded with the clause
		}
	}
	if g.noun {
		x.codeNoun(g)
		return
	}
	if !g.passive && x.sharedPassive(g) {
		g.passive = true // "was detained by police and deported to Tajikistan"
	}
	if t := x.toks[g.head]; t.Tag == "VBN" && !g.passive && !g.finite && g.start == g.head && g.start > x.from &&
		(strings.HasPrefix(x.toks[g.start-1].Tag, "NN") || x.mentionEndingAt(g.start-1) != nil) && x.finiteVerbBefore(g) && !x.c.dict.Compat &&
		!x.subordinateSubject(g) {
		// "people suspected of links", "a journalist detained last week":
		// a participle that describes a noun, not an act the sentence reports.
		return
	}
	if !x.c.dict.Compat && x.describingParticiple(g) {
		return // "activists opposed to the deal staged a rally"
	}
	if x.asideParticiple(g) {
		return // "Chorshanbiev, deported from Russia in March, was sentenced"
	}
	if x.reducedRelative(g) {
		// "return the children deported during the war": the object's
		// participle, tagged as a past tense.
		return
	}
	if g.start == g.head && g.start > x.from && g.end < len(x.toks) && x.toks[g.end].Lower == "of" && strings.HasPrefix(x.toks[g.start-1].Tag, "NN") &&
		x.finiteVerbBefore(g) && !x.c.dict.Compat {
		switch firstLemma(g) {
		case "suspect", "accuse", "charge", "convict":
			// "officials suspected of embezzlement", tagged as a past tense.
			return
		}
	}
	if x.toks[g.head].Tag == "VBG" && g.start > x.from && !x.c.dict.Compat && x.gerundSubject(g) {
		return // "as fighting across the border intensified": a noun, the clause's subject
	}
	if !x.c.dict.Compat && x.adjectivalParticiple(g) {
		return // "the list of banned groups": an adjective, not an act
	}
	if x.toks[g.head].Tag == "VBG" && g.start > x.from {
		switch x.toks[g.start-1].Lower {
		case "a", "an":
			if !x.c.dict.Compat {
				return // "a crushing response", "a growing threat": an adjective
			}
		case "after", "before", "as", "when", "while", "since", "until":
			if og := x.groupCovering(g.end); og != nil && og.start == g.end && og.finite && !x.c.dict.Compat {
				return // "after fighting broke out": a noun, the subject of its own verb
			}
		case "of", "for", "with", "over", "about", "against", "from", "without":
			if x.judgedActor(g) != nil {
				break // "thanked Kazakhstan for sending aid": Kazakhstan sent it
			}
			if x.frameGerund(g) {
				break // "has no intention of handing over": a framed act
			}
			// "accused Y of attacking", "arrested for protesting": the
			// allegation or reason, not an act the sentence reports;
			// "ended talks without reaching a deal": no deal.
			return
		case "and", "or":
			// "accused Y of shelling villages and killing civilians".
			if p := x.prevGroup(g.start - 1); p != nil && x.toks[p.head].Tag == "VBG" && x.complementGroup(p) && !x.c.dict.Compat {
				return
			}
		}
	}
	if !x.c.dict.Compat && (x.allegedPurpose(g) || x.plottedAct(g) || x.helpedAct(g)) {
		return // "accused Kyrgyzstan of using drones to strike villages"
	}
	clauseEnd := x.clauseEnd(g)
	if g.passive && !x.c.dict.Compat && !g.neg && emotionLemma(x.toks[g.head].Lower) != "" {
		// "The US was deeply concerned by China's drills": the one who feels
		// it comments on whoever caused it.
		x.codeEmotion(g, clauseEnd)
		return
	}
	var best match
	found := false
	for _, lemma := range x.lemmasOf(g) {
		matched := -1 // the weight of this lemma's first match
		for _, p := range x.c.dict.Verbs.Patterns(lemma) {
			if matched >= 0 && p.Weight < matched {
				break
			}
			if p.Noun {
				continue
			}
			if !x.c.dict.Compat && !p.MayMatch(x.wordSet()) {
				continue // matchPattern's first test, without the call
			}
			if mm, ok := x.matchPattern(p, g, x.from, clauseEnd); ok {
				// The most specific pattern wins; among equals, the one whose
				// words come nearest the verb ("agreed to a ceasefire after
				// talks" is a ceasefire).
				if !found || p.Weight > best.p.Weight || p.Weight == best.p.Weight && mm.end < best.end && !x.c.dict.Compat {
					best, found = mm, true
				}
				matched = p.Weight
				if x.c.dict.Compat || mm.end <= g.end+len(p.Particles)+len(p.After)+1 {
					break // its words follow the verb closely: none can stand nearer
				}
			}
		}
	}
	if !found && g.passive && !x.c.dict.Compat {
		// "sanctions were imposed on Iran by the EU", "the agreement was
		// signed by …": the pattern's object words stand before the verb.
		for _, lemma := range x.lemmasOf(g) {
			for _, p := range x.c.dict.Verbs.Patterns(lemma) {
				if mm, ok := x.matchPassive(p, g); ok && (!found || p.Weight > best.p.Weight) {
					best, found = mm, true
				}
			}
		}
	}
	if !found || best.p.Code == "" {
		if x.c.dict.Compat && auxForms[x.toks[g.head].Lower] {
			// "said to be about to restore": "be" is inside the verb
			// phrase of "said" when that was coded.
			if _, l := x.subjectOf(g, 0); l.via != nil && l.via.coded {
				g.coded = true
			}
		}
		return
	}
	subj, l := x.subjectOf(g, 0)
	if l.via != nil && l.via.coded && l.frame == "" {
		// "marched to demand reforms", "signed a deal to build a road": the
		// purpose of an act already coded, not another event.
		g.coded = x.c.dict.Compat // PETRARCH: inside a coded verb phrase
		if !x.c.dict.Compat {
			// "used tear gas to disperse the protesters": whom the purpose
			// names is the act's target when it had none.
			o := x.objectOf(g.end, x.clauseEnd(g), true)
			if o != nil && o.prep == "to" && x.handedOverTo(g, o) {
				o = nil // "to oppose the handover of the reservoir to Uzbekistan"
			}
			x.lendTarget(l.via, o)
		}
		return
	}
	warned := false
	if w, warner := x.threatWarning(g); w != nil {
		// "Tajikistan warned Kyrgyzstan that it would respond with force":
		// the warner threatens the act.
		l = link{frame: dict.FrameThreaten, target: x.threatTarget(w, warner, clauseEnd)}
		subj, warned = warner, true
	} else if fg, fsubj := x.thatFrame(g, subj); fg != nil {
		if fg.frame == dict.FrameDeny || fsubj == nil {
			// "denied that it had closed the border": no closing; "an
			// unknown group demanded that Y release her": no release.
			return
		}
		// "X demanded that Y withdraw": X demands of Y.
		l = link{frame: fg.frame, target: subj, neg: fg.neg}
		if firstLemma(fg) == "warn" && subj != nil && len(subj.codes) > 0 && len(fsubj.codes) > 0 && !x.c.dict.Compat &&
			cut3(x.resolve(subj.codes[0], "")) == cut3(x.resolve(fsubj.codes[0], "")) {
			// "Tashiev warned that Kyrgyzstan would respond to any attack by
			// Tajik forces": the speaker's side threatens whoever it names.
			l = link{frame: dict.FrameThreaten, neg: fg.neg}
			for _, m := range x.ms {
				if m.start > g.end && m.start < clauseEnd && (m.prep == "by" || m.prep == "against" || m.prep == "on") && !m.weak {
					l.target = m
					break
				}
			}
		}
		subj = fsubj
	}
	if !x.c.dict.Compat && l.frame == "" && l.via != nil && orderVerbs[firstLemma(l.via)] && strings.HasPrefix(best.p.Code, "08") && subj != nil {
		if o := x.objectOf(l.via.end, g.start, false); o != nil && !x.ownSide(subj, o) {
			// "ordering the protesters to surrender": a demand that they yield.
			l.frame, l.target = dict.FrameDemand, o
		}
	}
	if subj != nil && x.hypothetical(subj.start) {
		return // "whether China would defend …": not an event
	}
	code, back := splitPairCode(best.p.Code)
	if !x.c.dict.Compat {
		code = x.massViolence(g, code, clauseEnd)
	}
	modality := ""
	// meetingIntent: "X and Y agreed to resume talks" intend to meet each other.
	meetingIntent := false
	compat := x.c.dict.Compat
	// Negation: "did not sign" is no signing; a negated frame likewise.
	// PETRARCH dictionaries say negation through their patterns.
	refusal := false
	if !compat && g.neg && l.frame == "" && x.notRuledOut(g) {
		// "would not rule out military action against Iran": a threat.
		code = threaten(ruledOutAct(x.toks, g.end, clauseEnd))
	} else if !compat && g.neg && strings.HasPrefix(code, "010") && l.frame == "" {
		code = "011" // "would not comment": declined to comment
	} else if !compat && g.neg && l.frame == "" && (g.modal == "will" || g.modal == "would" || g.modal == "wo" || g.modal == "'ll") &&
		code[:2] != "01" && code[:2] != "02" && code[:2] != "13" && code[:2] != "14" && code[:2] != "15" && code[:2] < "18" {
		// "Kazakhstan will not extradite Russians", "would not recognise
		// the republics": a refusal.
		refusal = true
	} else if !compat && g.neg && l.frame == "" && x.presentStanceRefusal(g) {
		refusal = true // "Uzbekistan does not recognise the annexation"
	} else if !compat && !g.neg && l.neg && l.frame == dict.FrameIntent && x.presentIntentRefusal(l.via) {
		refusal = true // "Kazakhstan does not intend to join the sanctions"
	} else if !compat && (g.neg || l.neg && l.frame != dict.FrameRefuse) {
		return
	}
	frame := l.frame
	if compat {
		frame = ""
	}
	if refusal {
		frame = dict.FrameRefuse
	}
	if !compat && frame == "" && (g.modal == "will" || g.modal == "would" || g.modal == "shall" || g.modal == "'ll" || l.modal == "will" || l.modal == "would") {
		frame = dict.FrameIntent
	}
	if !compat && !warned && (g.modal == "should" || g.modal == "must") && l.frame == "" {
		x.reportedAdvice(g, subj, code) // "Lavrov said Washington should release the funds"
		return
	}
	if !compat && !warned && (g.modal == "could" || g.modal == "may" || g.modal == "might" || g.modal == "should" || g.modal == "must" || g.modal == "can" || g.modal == "ca") {
		return // speculation or advice, not an event
	}
	if !compat && x.unsaidSpeech() {
		if rg := x.reportingGroup(g, 1); rg != nil && (rg.neg || rg.start > x.from && x.toks[rg.start-1].Lower == "without") {
			return // "without saying that air defences had fired"
		}
	}
	act := code
	if frame != "" {
		code = reframe(frame, code)
		if frame == dict.FrameIntent && code[:2] == "01" && x.headIn(g, retaliationLemmas) && x.threatFlavour(g.end, clauseEnd) {
			// "we will respond to any aggression with all the means at our
			// disposal": a threat.
			code = "130"
		}
		// "X and Y agreed to expand trade": an intent to cooperate with each other.
		meetingIntent = frame == dict.FrameIntent && (strings.HasPrefix(act, "04") || l.via == nil && mutualAct(act) && !compat && !joinsExisting(firstLemma(g)) ||
			strings.HasPrefix(code, "03") && l.via != nil && (firstLemma(l.via) == "agree" || firstLemma(l.via) == "decide" ||
				mutualAct(act) && (firstLemma(l.via) == "pledge" || firstLemma(l.via) == "vow" || firstLemma(l.via) == "promise" || firstLemma(l.via) == "plan" || firstLemma(l.via) == "intend" || firstLemma(l.via) == "announce")))
		if code == "" {
			return
		}
		if frame == dict.FrameIntent && act[:2] == "15" && l.via != nil && !compat {
			switch firstLemma(l.via) {
			case "pledge", "promise", "offer", "agree", "commit", "volunteer":
				// "pledged to send police officers to Haiti": protection offered.
				code = "0334"
			}
		}
		modality = frame
	}
	var src, tgt *mention
	passive := g.passive && best.sFrom < 0
	if passive && x.c.dict.Compat && subj != nil && subj.end == g.start && x.byAgent(g.end, clauseEnd) == nil {
		// PETRARCH codes a passive with no "by" phrase like an active
		// verb: "X was criticized over its dispute with Y".
		passive = false
	}
	if passive {
		tgt = subj
		src = x.byAgent(g.end, clauseEnd)
		if src == nil && !compat && x.sharedPassive(g) {
			// "was detained by police and deported": the same agent.
			if prev := x.prevGroup(g.start - 1); prev != nil {
				src = x.byAgent(prev.end, g.start)
			}
		}
		if src == nil && !compat {
			src = x.courtAgent(g, clauseEnd) // "were charged in a Moscow court"
		}
		if src == nil && !compat && (firstLemma(g) == "summon" || firstLemma(g) == "call") {
			// "the ambassador was summoned to the foreign ministry"
			for _, m := range x.ms {
				if m.start >= g.end && m.start < clauseEnd && m.prep == "to" && !m.weak {
					src = m
					break
				}
			}
		}
		if tgt == nil && !compat {
			k := g.start - 1
			for k > x.from && (x.toks[k].Tag == "NN" || x.toks[k].Tag == "NNS") && x.mentionEndingAt(k) == nil {
				k--
			}
			if m := x.mentionEndingAt(k); m != nil && m.weak && !m.locative {
				tgt = m // "a Ukrainian patrol boat was seized by …"
			} else if p := x.dealPartnerBefore(g); p != nil && src != nil && symmetric(code) {
				// "the border treaty with Kyrgyzstan was ratified by
				// Tajikistan's parliament": the other party of the deal.
				tgt = p
			} else if src != nil {
				// "sanctions were imposed on Iran by the EU"
				if o := x.objectOf(g.end, clauseEnd, false); o != nil && o != src && !o.locative {
					tgt = o
				}
			}
		}
	} else {
		src = subj
		if best.sFrom >= 0 && best.sTo <= g.start && !compat {
			// "$ sign &lawdoc ban*": the subject of the verb before.
			src = x.earlierActor(best.sFrom, best.sTo)
		} else if best.sFrom >= 0 {
			src = x.firstMention(best.sFrom, best.sTo, false)
		} else if best.srcBefore > 0 {
			src = x.subjectBefore(best.srcBefore)
		}
		if l.target != nil && (frame == dict.FrameAppeal || frame == dict.FrameDemand || (frame == dict.FrameRefuse || frame == dict.FrameThreaten) && !compat) {
			tgt = l.target
		} else if best.tFrom >= 0 {
			if best.tBefore {
				tgt = subj
			} else {
				tgt = x.firstMention(best.tFrom, best.tTo, true)
				if tgt == nil && !compat && best.end < clauseEnd && x.toks[best.end].Lower == "of" && best.tTo < best.end && best.end-best.tTo <= 2 {
					// "banned the entry of three Russian propagandists": the
					// slot was an article; whose entry is named after "of".
					tgt = x.objectOf(best.end+1, clauseEnd, true)
				}
			}
		} else {
			tgt = x.objectOf(g.end, clauseEnd, true)
			if tgt == nil && !compat {
				tgt = x.sharedObject(g)
			}
			if tgt != nil && !compat && tgt.start < best.end && best.end > g.end && best.end <= clauseEnd &&
				(x.toks[best.end-1].Tag == "IN" || x.toks[best.end-1].Tag == "TO") && !x.namesActor(tgt) {
				// "sent a delegation to Tajikistan": whom the pattern's
				// last preposition names, not the envoy sent.
				if o := x.objectOf(best.end, clauseEnd, true); o != nil && !o.locative && o.prep == "" || o != nil && o.start == best.end {
					tgt = o
				}
			}
			if tgt != nil && isWeapon(x.toks, tgt) && (!allowsWeak(code) || strings.HasPrefix(tgt.codes[0], "?")) && !compat {
				// "delivered Patriot missiles to Ukraine": what, not whom;
				// "shelled Kyrgyz positions with mortars": the positions'.
				if w := x.objectOf(g.end, tgt.start, true); w != nil && allowsWeak(code) && !w.locative {
					tgt = w
				} else {
					tgt = x.objectOf(tgt.end, clauseEnd, true)
				}
			}
			if tgt != nil && tgt.locative && (!allowsLocative(code) && !x.aidPlace(tgt, code) || x.siteOfObject(g, tgt, code)) && !compat && !(code == "042" && tgt.prep == "into") {
				tgt = nil
			}
			for tgt != nil && !compat && topicPreps[tgt.prep] && (strings.HasPrefix(code, "04") || strings.HasPrefix(code, "036")) {
				// "consultations on Afghanistan": what about, not with whom.
				tgt = x.objectOf(tgt.end, clauseEnd, true)
			}
			if tgt != nil && !compat && tgt.prep == "for" && (code[:2] == "18" || code[:2] == "19") {
				return // "fought for the Islamic State": on its side, not against it
			}
			if tgt != nil && !compat && ((!allowsWeak(code) || code[:2] == "06") && x.borderPlace(tgt) || x.distancePlace(tgt)) {
				tgt = nil // "exercises near Tajikistan's border with Afghanistan": where
			} else if tgt != nil && !compat && allowsWeak(code) && x.borderPlaceOn(tgt) {
				// "attacked a Tajik border post on the border with Uzbekistan":
				// the post's country, not the neighbour.
				if w := x.weakObjectBefore(g.end, tgt.start); w != nil {
					tgt = w
				}
			}
		}
	}
	if (src == nil || len(src.codes) > 0 && strings.HasPrefix(src.codes[0], "?")) && !compat && (code[:2] == "18" || code[:2] == "19" || code[:2] == "20") {
		// "a suicide bomber killed two diplomats, an attack claimed by the
		// Islamic State": the one who claimed it.
		if m := x.claimant(g); m != nil {
			src = m
		}
	}
	if src == nil || !compat && isWeapon(x.toks, src) && strings.HasPrefix(src.codes[0], "?") {
		return // "drones struck a pumping station": whose, we cannot say
	}
	if tgt == nil && !passive && !compat && (code[:2] == "18" || code[:2] == "19" || code[:2] == "20") {
		// "detonated a car bomb that killed Somali soldiers": the victims
		// of the weapon are the act's target.
		tgt = x.relativeVictim(g)
	}
	if tgt == nil && !compat && (code[:2] == "18" || code[:2] == "19") {
		tgt = x.harmedWhen(g, src) // "a Kyrgyz guard was wounded when Tajik troops fired at a patrol"
	}
	if tgt != nil && !passive && !compat && len(tgt.codes) == 1 && strings.HasPrefix(tgt.codes[0], "?") {
		// "demanded the release of the hostages held by Hamas": people of
		// no country named, whose holder is the one the act is aimed at.
		if h := x.holderOf(tgt, clauseEnd); h != nil {
			tgt = h
		}
	}
	if tgt != nil && !passive && !compat {
		// "demanded the extradition of Bakiyev from Belarus": asked of the
		// country that has him.
		if h := x.handedFrom(tgt, clauseEnd); h != nil {
			tgt = h
		}
	}
	if tgt != nil && !passive && !compat && (code[:2] == "11" || code[:2] == "10" || code[:2] == "01" || code[:2] == "02") {
		// "condemned the arrest of a Chinese businessman in Kyrgyzstan": the
		// country that holds him.
		if h := x.heldAbroad(src, tgt, clauseEnd); h != nil {
			tgt = h
		}
	}
	if !passive && !compat && (strings.HasPrefix(code, "09") || strings.HasPrefix(code, "02")) && (l.target == nil || tgt != l.target) {
		// "urged the United States to unfreeze Afghan assets" keeps whom it
		// urged. "investigated Chinese hacking of U.S. computers", "Russian
		// missile strikes on Kharkiv": whose act is looked into; "called
		// for Russian mediation": who is asked.
		k := g.end
		for k < clauseEnd && (determiners[x.toks[k].Lower] || x.toks[k].Lower == "for" && strings.HasPrefix(code, "02")) {
			k++
		}
		if m := x.mentionStartingAt(k); m != nil && m.weak && m.adj && len(m.codes) == 1 && !strings.HasPrefix(m.codes[0], "?") {
			tgt = m
		}
	}
	if tgt == nil && !passive && !compat {
		tgt = x.contactRelative(g, subj) // "two Kyrgyz firms it accused of …"
	}
	if tgt == nil && !passive && !compat && !(src.compound() && symmetric(code)) {
		// "rejected the accusations made by Ukraine", "vetoed the bill
		// passed by parliament": whose the thing acted on is; but "X and Y
		// signed a deal brokered by Z" sign it with each other.
		tgt = x.makerOfObject(g, clauseEnd)
	}
	if tgt != nil && !compat && strings.HasPrefix(code, "13") && (tgt.prep == "with" && allOpen(tgt.codes) || tgt.locative && x.sameActor(src, tgt)) {
		// "will respond with force", "with all the means at our disposal":
		// how, not whom.
		tgt = nil
	}
	if tgt == nil && !passive && !compat && strings.HasPrefix(code, "13") && (modality != "" && (retaliationLemmas[firstLemma(g)] || code == "130") ||
		(code == "130" || code == "131") && (firstLemma(g) == "warn" || firstLemma(g) == "threaten")) {
		// "said it would retaliate if Russia banned Kazakh wheat": a
		// threat is aimed at whoever its condition names.
		tgt = x.conditionSubject(g, src)
		if tgt == nil {
			// "would respond forcefully to any violation of its territory by
			// Pakistan": whoever the answered act is by.
			tgt = x.threatenedBy(g, src, clauseEnd)
		}
	}
	if tgt == nil && !passive && !compat && strings.HasPrefix(code, "13") {
		tgt = x.conditionActor(g) // "threatened to retaliate if Tajikistan continued …"
	}
	if tgt == nil && !passive && !compat && strings.HasPrefix(code, "09") {
		tgt = x.allegedActor(g) // "an inquiry into allegations that police had beaten detainees"
	}
	if tgt == nil && !passive && !compat && strings.HasPrefix(code, "12") {
		// "rejected as absurd a Kyrgyz demand": the demand's maker.
		if m := x.offerMaker(g.end, clauseEnd); m != nil && m != src {
			tgt = m
		}
	}
	if tgt == nil && !passive && !compat && (strings.HasPrefix(code, "12") || strings.HasPrefix(code, "11")) {
		// "denied Kyrgyz claims", "called the Kyrgyz statements provocative"
		if m := x.claimMaker(g.end, clauseEnd); m != nil && m != src {
			tgt = m
		}
	}
	if tgt == nil && !passive && !compat && len(src.codes) == 1 {
		tgt = x.genericVictim(g, src, code)
		if tgt == nil {
			tgt = x.domesticPerson(g, src, code, clauseEnd)
		}
	} else if tgt != nil && tgt.locative && !passive && !compat && len(src.codes) == 1 {
		// "detained a man in Dushanbe": the man, not the town.
		if v := x.genericVictim(g, src, code); v != nil {
			tgt = v
		} else if v := x.domesticPerson(g, src, code, tgt.start); v != nil {
			tgt = v
		}
	}
	if tgt == nil && !compat && len(src.codes) == 1 {
		tgt = x.watchedCountry(src, code)
	}
	if tgt == nil && !compat && !passive && len(src.codes) == 1 && strings.HasPrefix(code, "057") && modality == "" {
		tgt = x.dealParty(g, src, clauseEnd) // "ratified a protocol on extending Russia's base"
	}
	if tgt == nil && !passive && !compat && len(src.codes) == 1 && (code[:2] == "02" || code[:2] == "10") {
		tgt = x.holderAsked(g, src) // "police detained X after Russia requested his extradition"
	}
	if tgt == nil && !compat && !passive && code[:2] == "15" {
		tgt = x.borderSide(g, src)
	}
	if tgt == nil && !compat && !passive {
		tgt = x.coordinatedObject(g, src, code) // "summoned X's ambassador and demanded"
	}
	if tgt == nil && !compat && !passive && strings.HasPrefix(act, "054") {
		// "would not recognise the republics in eastern Ukraine": the
		// country whose land they claim.
		for _, m := range x.ms {
			if m.start >= g.end && m.start < clauseEnd && (m.locative || m.prep == "of") && len(m.codes) == 1 && m != src {
				tgt = m
				break
			}
		}
	}
	if tgt == nil && !compat && len(src.codes) == 1 && (strings.HasPrefix(code, "055") || strings.HasPrefix(code, "056")) {
		// "Uzbekistan protested to Kazakhstan …, and Astana apologised":
		// an apology is to the other side named before it.
		tgt = x.lastWhere(g.start, func(m *mention) bool {
			return !m.weak && len(m.codes) == 1 && len(m.codes[0]) >= 3 && len(src.codes[0]) >= 3 && m.codes[0][0] != '?' && m.codes[0][:3] != src.codes[0][:3]
		})
	}
	if tgt == nil && !compat && len(src.codes) == 1 && (strings.HasPrefix(code, "12") || strings.HasPrefix(code, "13") || strings.HasPrefix(code, "11") || x.stateProtest(g, src, code)) {
		// "The Kyrgyz delegation walked out after the Tajik side refused to
		// discuss the enclave": a refusal (or criticism, or threat) of the
		// other side named before.
		tgt = x.lastWhere(src.start, func(m *mention) bool {
			return !m.weak && !m.locative && len(m.codes) == 1 && len(m.codes[0]) >= 3 && len(src.codes[0]) >= 3 && m.codes[0][0] != '?' &&
				src.codes[0][0] != '?' && m.codes[0][:3] != src.codes[0][:3] && !strings.HasPrefix(m.codes[0], "IGO") && !strings.HasPrefix(m.codes[0], "NGO")
		})
	}
	if tgt == nil && !compat {
		tgt = x.helpedDoer(g) // "ready to help Kazakhstan and Kyrgyzstan investigate"
	}
	if tgt != nil && !compat {
		tgt = x.deportedTo(x.appositionCountry(x.officeOfPlace(tgt)), code, clauseEnd)
		if m := x.coercionPerpetrator(g, code, clauseEnd); m != nil {
			tgt = m
		}
	}
	if tgt != nil && !compat && (strings.HasPrefix(code, "173") || strings.HasPrefix(code, "181")) && !tgt.compound() && !tgt.locative && !x.officeOf(tgt) &&
		(tgt.place || x.c.placeCountry != nil && !tgt.person && isCapitalised(tgt.text) && x.c.placeCountry(tgt.text) != "") {
		// "captured Kabul": a town is occupied, not arrested.
		code = "192"
	}
	if !compat && code[:2] == "19" && len(src.codes) == 1 && (civilianAgent(x.resolve(src.codes[0], "")) || x.peoplePlural(src)) {
		switch firstLemma(g) {
		case "cross", "enter", "stray", "drift", "wander", "intrude", "trespass":
			return // shepherds who crossed into Uzbek territory attacked no one
		}
	}
	if tgt != nil && tgt.place && len(src.codes) > 0 && len(src.codes[0]) >= 3 && strings.HasPrefix(tgt.codes[0], strings.TrimPrefix(src.codes[0], "?")[:3]) {
		// "Tajik authorities cut internet in Gorno-Badakhshan": a place of
		// the source's own country is where, not whom; but force used on
		// one's own town ("dropped chemical bombs on Douma") is against
		// its people.
		if (code[:2] >= "18" || (strings.HasPrefix(code, "175") || strings.HasPrefix(code, "171")) && tgt.capital) && !compat && stateAgent(x.resolve(src.codes[0], "")) {
			tgt = &mention{start: tgt.start, end: tgt.end, codes: []string{tgt.codes[0][:3] + "CVL"}, spans: tgt.spans, text: tgt.text}
		} else {
			tgt = nil
		}
	}
	if tgt != nil && !compat && strings.HasPrefix(code, "15") && len(tgt.codes) == 1 && len(src.codes) == 1 && strings.HasSuffix(tgt.codes[0], "GOV") &&
		cut3(x.resolve(tgt.codes[0], "")) == cut3(x.resolve(src.codes[0], "")) {
		// "the army held a parade in Bishkek", "police patrolled the streets of
		// Bishkek": a show of force at home, aimed at no one.
		tgt = nil
	}
	if tgt != nil && !compat && code == "062" && x.unnamedForcesWith(tgt) && !src.compound() {
		// "held drills with 1,500 troops": its own troops, a show of force.
		code, tgt = "150", nil
	}
	if tgt != nil && !compat && strings.HasPrefix(code, "087") && allOpen(tgt.codes) && stateAgent("XXX"+tgt.codes[0][1:]) && tgt.prep != "to" {
		tgt = nil // "ordered troops to withdraw": its own troops, not a target
	}
	if tgt != nil && !compat && code[:2] == "11" && x.talkPartner(tgt) {
		tgt = nil // "condemned the attack in a call with Putin": not Putin
	}
	if tgt != nil && !compat && tgt.prep == "without" {
		tgt = nil // "met in Minsk without Armenia": the one absent is no party
	}
	if tgt != nil && !compat && strings.HasPrefix(code, "04") && !strings.HasPrefix(code, "045") && meetingPreps[tgt.prep] && !x.officeOf(tgt) && !departsFor(code, src, tgt, firstLemma(g)) && !(code == "042" && tgt.prep == "into") && !(code == "043" && tgt.prep == "of") {
		// "met on the sidelines of the SCO summit", "discussed links
		// through Afghanistan": where or what about, not with whom.
		tgt = nil
	}
	if x.resultParticiple(g, code) && !(code[:2] == "10" && tgt != nil && !compat) {
		// (but "rallied, demanding that the government resign" demands it
		// of the government)
		// "opened fire, killing two", "rallied, demanding reforms": the
		// outcome or purpose of the act just coded, not an event of its own.
		x.lendResultTarget(g, tgt)
		return
	}
	if !compat && !passive && strings.HasPrefix(code, "12") {
		// "rejected the Israeli proposal at his meeting with Clinton": the
		// proposal's maker, not whoever else the sentence names.
		if m := x.offerMaker(g.end, clauseEnd); m != nil && (tgt == nil || m.start <= tgt.start || tgt.weak) {
			tgt = m
		}
	}
	if frame == dict.FrameRefuse && l.via != nil && !compat {
		// "rejected the American offer to mediate", "a UN call to lift the
		// ban": the refusal is aimed at whoever made the offer or call.
		if m := x.offerMaker(l.via.end, g.start); m != nil {
			tgt = m
		}
	}
	if tgt == nil && !compat && (strings.HasPrefix(code, "012") || strings.HasPrefix(code, "013") || strings.HasPrefix(code, "114")) {
		// "voiced confidence that the dispute with India would be settled":
		// the comment is about whom its clause names.
		tgt = x.thatClauseActor(g, src)
	}
	if tgt != nil && !compat && x.ownPossessive(src, tgt, code) {
		tgt = nil // "offered Kazakhstan's help": its own, not a target
	}
	if tgt == nil && !compat && strings.HasPrefix(code, "014") {
		// "is weighing whether to recognise Palestine", "is considering
		// recognising Kosovo": the option is about whom its verb names.
		tgt = x.optionActor(g, src)
	}
	if tgt == nil && !compat && (strings.HasPrefix(code, "010") || strings.HasPrefix(code, "012") || strings.HasPrefix(code, "013")) {
		// "issued a statement on the unrest in Mozambique": the country
		// abroad where what it speaks about happens.
		tgt = x.abroad(g.end, clauseEnd, src)
	}
	if tgt == nil && l.partner != nil && l.partner != src && (symmetric(code) || strings.HasPrefix(code, "03") || l.partnerMet && !compat && code[:2] <= "08" && code != "010") {
		tgt = l.partner
	}
	if tgt == nil && !compat && l.partner != nil && l.partner != src && l.partnerBlamed && (code[:2] == "10" || code[:2] == "13" || code[:2] == "16") {
		// "accused Washington of theft and demanded the release of the
		// funds": of the one accused.
		tgt = l.partner
	}
	if tgt == nil && !compat && subj == src && (symmetric(code) || strings.HasPrefix(code, "03") || strings.HasPrefix(code, "04")) {
		// "In a phone call with Tokayev, Putin discussed gas": the partner
		// of a phrase put before the subject.
		tgt = x.frontedPartner(src)
	}
	if tgt == nil && subj != nil && (compat || code[:2] != "11") {
		// "warned Belarus that it would impose sanctions", "told Kyiv that
		// it would send aid": the act is aimed at whom the speaker addressed.
		// (Not a disapproval: "told Kulubaev that China opposed any attempt
		// by outside forces" opposes the attempt, not the listener.)
		if addressee := x.addressee(subj); addressee != nil && addressee != src {
			tgt = addressee
			if vg := x.groupCovering(addressee.start - 1); vg != nil && firstLemma(vg) == "warn" && frame == dict.FrameIntent && !compat {
				// "warned Tajikistan that Kyrgyzstan would respond": a threat.
				code, modality = threaten(act), dict.FrameThreaten
			}
		}
	}
	if tgt == nil && subj != nil && !compat && code[:2] == "03" {
		// "Uzbekistan will expand trade, Mirziyoyev told a Taliban
		// delegation": a promise made to the listener, as with "told …
		// that".
		if a := x.trailingAddressee(g); a != nil && a != src && !x.sameActor(a, src) {
			tgt = a
		}
	}
	if tgt != nil && !compat && tgt.prep == "via" {
		tgt = nil // "a railway to Peshawar via Kabul": the route
	}
	if tgt != nil && !compat && (tgt.place || tgt.capital && tgt.prep != "" && tgt.prep != "with") && src.compound() && x.placeOfMember(src, tgt) {
		// "Turkmenistan and Afghanistan agreed to build a railway to
		// Herat": where, in one of their own countries; with each other.
		tgt = nil
	}
	if tgt != nil && !compat && tgt.prep == "between" && src.compound() && symmetric(code) {
		// "X and Y clashed on the border between Iran's Sistan province
		// and Nimroz": where they met, each with the other.
		tgt = nil
	}
	if tgt != nil && isReciprocal(x.toks, g.end, clauseEnd) && src.compound() {
		x.emitReciprocal(src, g, code, modality)
		return
	}
	if tgt != nil && src.compound() && !compat && allOpen(tgt.codes) {
		// "Kyrgyzstan and Tajikistan agreed to withdraw troops": their own
		// troops, not a target.
		tgt = nil
	}
	if !compat && code == "150" && tgt == nil && src.compound() && x.twoNations(src) {
		code = "062" // "Kazakh and US troops held an exercise": together
	}
	if tgt != nil && src.compound() && strings.HasPrefix(code, "057") && modality == "" && !compat && dealTopic(tgt) && !tgt.weak && tgt.start > g.end+1 {
		// "Iran and Turkmenistan signed a deal on gas swaps to
		// Azerbaijan": with each other; Azerbaijan is what the deal is about.
		tgt = nil
	}
	if tgt != nil && !compat && meetingIntent && src.compound() && tgt.weak && alongPreps[tgt.prep] {
		tgt = nil // "agreed to step up cooperation along the Afghan border": with each other
	}
	if tgt != nil && !compat && x.talkTopic(g, src, tgt, code, modality) {
		tgt = nil // "He and his Turkmen counterpart discussed gas transit to China": with each other
	}
	if tgt != nil && tgt.weak && src.compound() && symmetric(code) && modality == "" && !compat {
		// "the two leaders signed a declaration on Kyrgyz statehood": they
		// signed with each other, not with "Kyrgyz".
		tgt = nil
	}
	exchange := firstLemma(g) == "exchange" || firstLemma(g) == "swap" || firstLemma(g) == "trade"
	// "X and Y reaffirmed their commitment to partnership": to each other.
	jointIntent := !compat && modality == "" && (code == "030" || code == "031" || code == "0311" || code == "0312" || code == "032") && !x.toInfinitiveWithin(g, 10)
	agreed := !compat && tgt == nil && firstLemma(g) == "agree" && strings.HasPrefix(code, "03")
	// "the presidents of Kyrgyzstan and Tajikistan would sign a treaty":
	// a pair that will sign intends to sign with each other.
	willSign := !compat && tgt == nil && l.via == nil && l.frame == "" && modality == dict.FrameIntent &&
		strings.HasPrefix(act, "057") && len(src.codes) == 2 && !src.pronoun && !joinsExisting(firstLemma(g))
	if agreed && x.toInfinitiveWithin(g, 10) {
		return // "agreed to withdraw troops": the infinitive says what
	}
	if src.compound() && tgt == nil && !exchange && !compat && x.fightsThing(g, code) {
		// "Afghan and Tajik border guards fought off a group of smugglers":
		// side by side against someone unnamed, not each other.
		return
	}
	if src.compound() && tgt != nil && !compat && !exchange && !tgt.compound() && x.borderDemonym(tgt.end-1) {
		switch code[:2] {
		case "15", "18", "19", "20":
		default:
			// "agreed to hold a joint operation along the Afghan border":
			// where, not with whom; the pair acts with each other.
			tgt = nil
		}
	}
	if src.compound() && (tgt == nil || exchange) && ((symmetric(code) || settlement(code) && !compat) && modality == "" || meetingIntent || jointIntent || exchange || isReciprocal(x.toks, g.end, clauseEnd) || !compat && x.betweenThemselves(g.end, clauseEnd) || best.p.CompoundSource || agreed || willSign) {
		// "X and Y signed a protocol", "X and Y clashed": each with the other.
		x.emitReciprocal(src, g, code, modality)
		return
	}
	if tgt == nil && compat && !x.hasObjectPhrase(g.end, clauseEnd) {
		return // PETRARCH: no object, no monad event
	}
	if !compat && code[:2] == "15" {
		tgt, code = forcePosture(src, tgt, code)
		if tgt != nil && !passive && x.causeBefore(g, tgt) {
			tgt = nil // "raised its alert level after a North Korean missile launch": why, not at whom
		}
	}
	if !compat && tgt != nil && strings.HasPrefix(code, "012") && firstLemma(g) == "warn" && x.warnsOfForce(g, tgt) {
		code = "138" // "warned Taiwan that independence means war"
	}
	if tgt != nil && !compat && code[:2] == "14" && tgt.prep == "to" && x.handedOverTo(g, tgt) {
		// "marched against the handover of border villages to
		// Azerbaijan": the receiver of what is protested, not whom.
		tgt = nil
	}
	if tgt != nil && !compat && strings.HasPrefix(code, "015") && tgt.prep != "" {
		// "claimed responsibility for the attack on a police station": a
		// word on one's own act; its victims are not whom it is aimed at.
		tgt = nil
	}
	if tgt != nil && !compat && !passive {
		tgt = x.hostGovernment(g, src, tgt) // "deported a Russian journalist who had criticised the government"
	}
	verb := x.span(g.head, max(g.end, g.head+1))
	if tgt != nil && !compat && tgt.prep == "with" && mutualFight(firstLemma(g), code) {
		// "traded fire with Taliban forces": both sides fired.
		back = code
	}
	tgt = x.abuseAbroad(g, src, tgt, code, clauseEnd) // "condemned the arrest of its citizen in Kyrgyzstan"
	tgt = x.protestedAgainst(g, tgt, code, clauseEnd) // "rallied in Almaty against Chinese influence"
	x.emitAll(src, tgt, code, back, verb, modality)
}

// holdVerbs, as participles after people, name who holds them: "hostages
// held by Hamas".
var holdVerbs = map[string]bool{
	"held": true, "detained": true, "kidnapped": true, "abducted": true, "captured": true,
	"jailed": true, "imprisoned": true, "seized": true, "taken": true,
}

// holderOf returns the actor after "by" of a hold participle right after m,
// or nil.
func (x *sentence) holderOf(m *mention, end int) *mention {
	k := m.end
	if k+2 >= end || !holdVerbs[x.toks[k].Lower] {
		return nil
	}
	if x.toks[k+1].Lower == "hostage" || x.toks[k+1].Lower == "captive" {
		k++
	}
	if x.toks[k+1].Lower != "by" {
		return nil
	}
	if h := x.mentionStartingAt(k + 2); h != nil && !h.weak && !h.locative {
		return h
	}
	if k+3 < end {
		if h := x.mentionStartingAt(k + 3); h != nil && !h.weak && !h.locative && determiners[x.toks[k+2].Lower] {
			return h
		}
	}
	return nil
}

// handoverNouns take "of" someone "from" whoever hands them over.
var handoverNouns = map[string]bool{
	"extradition": true, "handover": true, "return": true, "repatriation": true, "transfer": true,
}

// handedFrom returns Y in "the extradition of X from Y", or nil.
func (x *sentence) handedFrom(m *mention, end int) *mention {
	k := m.start - 1
	if k <= x.from {
		return nil
	}
	for k > x.from && k > m.start-4 && x.toks[k].Lower != "of" && x.toks[k].Tag == "NNP" {
		k--
	}
	if x.toks[k].Lower != "of" {
		return nil
	}
	if k <= x.from || !handoverNouns[x.toks[k-1].Lower] || m.end+1 >= end || x.toks[m.end].Lower != "from" {
		return nil
	}
	n := m.end + 1
	for n < end && determiners[x.toks[n].Lower] {
		n++
	}
	if h := x.mentionStartingAt(n); h != nil && !h.weak {
		return h
	}
	return nil
}

// dealPartnerBefore returns X in a passive's subject "the treaty with X"
// right before the verb group g, or nil.
func (x *sentence) dealPartnerBefore(g *vgroup) *mention {
	m := x.mentionEndingAt(g.start - 1)
	if m == nil || m.prep != "with" || m.weak || m.start < x.from+2 || !strings.HasPrefix(x.toks[m.start-2].Tag, "NN") {
		return nil
	}
	return m
}

// frontedPartner returns the actor after "with" in a prepositional phrase
// that opens the sentence and ends with a comma right before the subject
// ("In a phone call with Tokayev, Putin …", "At talks with the EU, Iran
// …"), or in an aside right after the subject ("Tokayev, in a phone call
// with Putin, discussed …").
func (x *sentence) frontedPartner(subj *mention) *mention {
	if subj != nil && !x.c.dict.Compat && subj.end+1 < len(x.toks) && x.toks[subj.end].Lower == "," && x.skip != nil && x.skip[subj.end+1] {
		// "Tokayev, in a phone call with Putin, discussed gas": the aside.
		for _, m := range x.ms {
			if m.start > subj.end && x.skip[m.start] && m.prep == "with" && !m.weak && !m.locative {
				return m
			}
			if m.start > subj.end && !x.skip[m.start] {
				break
			}
		}
	}
	if subj == nil || subj.start < x.from+3 || x.toks[subj.start-1].Lower != "," || x.toks[x.from].Tag != "IN" {
		return nil
	}
	for _, m := range x.ms {
		if m.start >= subj.start {
			break
		}
		if m.start > x.from && m.prep == "with" && !m.weak && !m.locative && !x.verbBetween(x.from, subj.start) {
			return m
		}
	}
	return nil
}

// emitAll emits the event for every source code against every target code
// (or none when tgt is nil), and with back the target's act in return (a
// PETRARCH "[032:033]" code, or both sides fighting).
func (x *sentence) emitAll(src, tgt *mention, code, back string, verb *event.Span, modality string) {
	for i, sc := range src.codes {
		ss := x.span(src.spans[i][0], src.spans[i][1])
		if tgt == nil {
			x.emit(sc, "", code, ss, nil, verb, src.text, "", modality)
			continue
		}
		for j, tc := range tgt.codes {
			ts := x.span(tgt.spans[j][0], tgt.spans[j][1])
			x.emit(sc, tc, code, ss, ts, verb, src.text, tgt.text, modality)
			if back != "" {
				x.emit(tc, sc, back, ts, ss, verb, tgt.text, src.text, modality)
			}
		}
	}
}

// hypothetical reports whether the clause starting at token k is a
// condition or an open question: "if X attacks", "whether X would".
func (x *sentence) hypothetical(k int) bool {
	for j := k - 1; j >= x.from && j >= k-2; j-- {
		switch x.toks[j].Lower {
		case "whether", "if", "unless":
			return true
		case "until":
			if !x.c.dict.Compat && x.conditionalUntil(j) {
				return true
			}
		case "which":
			// "a scenario in which China invades Taiwan"
			if j >= x.from+2 && x.toks[j-1].Lower == "in" && imaginedNouns[x.toks[j-2].Lower] {
				return true
			}
		case "that":
			// "allegations that police had beaten detainees": a claim under
			// examination, not a reported act.
			if j > x.from && (claimNouns[x.toks[j-1].Lower] || x.claimNounBefore(j)) {
				return true
			}
		}
		if !determiners[x.toks[j].Lower] {
			break
		}
	}
	return false
}

// addressee returns the object of the verb whose that-clause starts at the
// subject m ("warned Belarus that it …"), or nil.
func (x *sentence) addressee(m *mention) *mention {
	k := m.start - 1
	for k > x.from && determiners[x.toks[k].Lower] && x.toks[k].Lower != "that" {
		k--
	}
	if k >= x.from+1 && x.toks[k].Lower != "that" && !x.c.dict.Compat {
		return x.toldWithoutThat(k, m) // "told them Kazakhstan was ready"
	}
	if k < x.from+1 || x.toks[k].Lower != "that" {
		return nil
	}
	o := x.mentionEndingAt(k - 1)
	if o == nil && !x.c.dict.Compat {
		return x.promisee(k-1, m) // "… and promised that Russia would pay"
	}
	if o == nil || o.locative || o.weak || subjectPreps[o.prep] || !x.c.dict.Compat && (pressAudience(o) || x.foreignForum(o, m)) {
		return nil
	}
	// The mention must be the object of a verb right before it ("told
	// his Russian counterpart that").
	j := o.start - 1
	for j > x.from && (x.toks[j].Tag == "PRP$" || x.toks[j].Tag == "DT" || x.toks[j].Tag == "JJ" || x.toks[j].Lower == "visiting") && !x.c.dict.Compat {
		j--
	}
	if g := x.groupCovering(j); g == nil || g.noun || !x.c.dict.Compat && x.thirdPartyDeed(g, m) {
		return nil
	}
	return o
}

// thatFrame finds a demand or appeal verb whose that-clause holds g: "Egypt
// demanded that Israel agree to a ceasefire". It returns the frame verb and
// its subject.
func (x *sentence) thatFrame(g *vgroup, subj *mention) (*vgroup, *mention) {
	k := g.start - 1
	if subj != nil && subj.end <= g.start {
		k = subj.start - 1
		for k > x.from && determiners[x.toks[k].Lower] && x.toks[k].Lower != "that" {
			k-- // "demanded that the Tajik authorities release her"
		}
	}
	if k < x.from+1 || x.toks[k].Lower != "that" {
		return nil, nil
	}
	fg := x.groupCovering(k - 1)
	if fg == nil && !x.c.dict.Compat {
		fg = x.groupCovering(x.beforeTimePhrase(k)) // "demanded on Tuesday that"
	}
	if fg == nil || fg.noun || (fg.frame != dict.FrameDemand && fg.frame != dict.FrameAppeal && fg.frame != dict.FrameDeny) {
		return nil, nil
	}
	fs, _ := x.subjectOf(fg, 1)
	return fg, fs
}

// emitReciprocal codes "X and Y accused each other" both ways.
func (x *sentence) emitReciprocal(src *mention, g *vgroup, code, modality string) {
	verb := x.span(g.head, g.end)
	for i, a := range src.codes {
		for j, b := range src.codes {
			if i != j && !sameGroupWithOutsider(src, i, j) {
				x.emit(a, b, code, x.span(src.spans[i][0], src.spans[i][1]), x.span(src.spans[j][0], src.spans[j][1]), verb, src.text, src.text, modality)
			}
		}
	}
}

func isReciprocal(toks []nlp.Token, from, to int) bool {
	for k := from; k+1 < to && k+1 < len(toks); k++ {
		if toks[k].Lower == "each" && toks[k+1].Lower == "other" || toks[k].Lower == "one" && toks[k+1].Lower == "another" {
			return true
		}
	}
	return false
}

// allowsLocative reports whether a place after "in" may stand for the
// target when no actor is named: aid delivered in Libya, shelling in Batken.
func allowsLocative(code string) bool {
	switch code[:2] {
	case "07", "13", "15", "17", "18", "19", "20":
		return true
	}
	return false
}

// allowsWeak reports whether a bare adjective place ("Kyrgyz villages") may
// be the target: for force and coercion, where the target is often a place.
func allowsWeak(code string) bool {
	switch code[:2] {
	case "15", "17", "18", "19", "20", "13":
		return true
	case "06":
		// "bought Russian S-300 systems", "invested in Kazakh oil": trade
		// with whoever the goods are of.
		return !strings.HasPrefix(code, "063")
	}
	return false
}

func (x *sentence) hasInfinitiveAfter(g *vgroup) bool {
	for _, og := range x.groups {
		if og.noun || og.head <= g.head {
			continue
		}
		if og.head-g.end > 6 {
			return false
		}
		if x.connector(g, og) == "to" {
			return x.c.dict.Compat || !x.purposeOfRequest(g, og) && !x.purposeOfGift(g, og)
		}
		if og.finite && !x.c.dict.Compat {
			// "threatened Kazakhstan after Astana refused to recognise": the
			// infinitive is another verb's.
			return false
		}
	}
	return false
}

// objectOf finds the first actor after a verb in its clause.
func (x *sentence) objectOf(from, to int, weakOK bool) *mention {
	var fallback *mention
	inClause := from > 0 && x.skip != nil && from-1 < len(x.skip) && x.skip[from-1] && !x.c.dict.Compat
	for _, m := range x.ms {
		if m.start < from || m.start >= to {
			continue
		}
		if x.skip != nil && x.skip[m.start] && !inClause {
			continue
		}
		if m.prep == "by" && !x.c.dict.Compat && !x.agentOfNoun(m) || m.prep == "according" {
			continue
		}
		if !x.c.dict.Compat && timePreps[m.prep] {
			continue // "signed 20 agreements during Xi's visit": when, not with whom
		}
		if !x.c.dict.Compat && (x.reportingTail(m) || x.absoluteWith(m)) {
			break // ", local media reported": the speaker, not the object
		}
		if x.subjectOfClause(m) && (!x.c.dict.Compat || m.prep == ",") {
			// "said Tajik troops had burned…": the subject of a new clause.
			break
		}
		if x.verbBetween(from, m.start) && (!x.c.dict.Compat || x.infinitiveBetween(from, m.start)) {
			// "signed a protocol on pulling troops back": the object of
			// another verb.
			break
		}
		if ownAgent(x.toks, m) {
			continue // "pulled their troops back": the subject's own forces
		}
		if x.coAgent(m) {
			continue // "voted against the resolution, alongside Russia": with whom, not whom
		}
		if !x.c.dict.Compat && x.requester(m) {
			continue // "at the request of the city administration": who asked, not whom
		}
		if m.prep == "of" && m.start >= 2 && placeWords[x.toks[m.start-2].Lower] && !x.c.dict.Compat {
			continue // "in Khorog, the capital of Tajikistan's …": where, not whom
		}
		if !m.adj && !x.c.dict.Compat && x.namesDocument(m) && !x.orgMeetingObject(m) {
			continue // "signed the Oslo accord", "the Dayton agreement": a name
		}
		if (m.locative || m.weak) && !x.c.dict.Compat {
			if weakOK && fallback == nil {
				fallback = m
			}
			continue
		}
		return m
	}
	return fallback
}

// sharedObject finds the object two coordinated verbs share: in "police
// detained and beat several activists" the activists were detained too.
func (x *sentence) sharedObject(g *vgroup) *mention {
	k := g.end
	if k+1 >= len(x.toks) || x.toks[k].Lower != "and" && x.toks[k].Lower != "or" {
		return nil
	}
	ng := x.groupCovering(k + 1)

	if ng == nil || ng.noun || ng.passive || ng.start != k+1 || ng.neg {
		return nil
	}
	for _, m := range x.ms {
		if m.start < ng.end || m.start > ng.end+3 || m.locative || m.weak {
			continue
		}
		for j := ng.end; j < m.start; j++ {
			if t := x.toks[j].Tag; t == "IN" || t == "TO" || strings.HasPrefix(t, "VB") || t == "," {
				return nil // "met and spoke with …": not a shared object
			}
		}
		return m
	}
	return nil
}

// thingRelative reports whether g opens a relative clause about a thing, not
// an actor: in "a law that requires NGOs to register" the law demands
// nothing; whoever passed it restricts them.
func (x *sentence) thingRelative(g *vgroup) bool {
	k := g.start - 1
	if k < 1 || x.c.dict.Compat || (x.toks[k].Lower != "that" && x.toks[k].Lower != "which") {
		return false
	}
	return x.mentionEndingAt(k-1) == nil && strings.HasPrefix(x.toks[k-1].Tag, "NN")
}

// datedPastNoun reports whether an event noun names a past event by its
// date, after "of" or "over": "relatives of victims of the January unrest",
// "jailed over the 2022 protests" recall it; they do not report it.
func (x *sentence) datedPastNoun(g *vgroup) bool {
	if x.c.dict.Compat {
		return false
	}
	k := g.start - 1
	dated := false
	for ; k >= x.from && k >= g.start-4; k-- {
		w := x.toks[k].Lower
		if monthNames[w] || len(w) == 4 && w[0] >= '1' && w[0] <= '2' && strings.Trim(w, "0123456789") == "" {
			dated = true
			continue
		}
		if w == "the" {
			break
		}
		if !strings.HasPrefix(x.toks[k].Tag, "JJ") && !strings.HasPrefix(x.toks[k].Tag, "NN") && x.toks[k].Tag != "CD" {
			return false
		}
	}
	if !dated || k < x.from+1 || x.toks[k].Lower != "the" {
		return false
	}
	switch x.toks[k-1].Lower {
	case "of", "over", "in", "after", "since", "during", "for", "about", "to":
		return true
	}
	return false
}

var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// sharedPassive reports whether a bare participle after "and" continues a
// passive: "was detained by Russian police and deported to Tajikistan".
func (x *sentence) sharedPassive(g *vgroup) bool {
	if x.c.dict.Compat || g.start != g.head || (x.toks[g.head].Tag != "VBN" && x.toks[g.head].Tag != "VBD") || g.start < x.from+2 || x.toks[g.start-1].Lower != "and" {
		return false
	}
	if g.end < len(x.toks) {
		// A passive takes no object: "and rejected calls" is active.
		if t := x.toks[g.end].Tag; t != "IN" && t != "TO" && t != "," && t != "." && t != "RB" && !ditransitivePassive(x.toks[g.head].Lower) {
			return false
		}
	}
	prev := x.prevGroup(g.start - 1)
	return prev != nil && !prev.noun && prev.passive && prev.end >= g.start-6
}

// earlierActor is the last strong, non-locative mention in [from, to): the
// source a pattern's "$" places before its other words.
func (x *sentence) earlierActor(from, to int) *mention {
	var last *mention
	for _, m := range x.ms {
		if m.start >= from && m.start < to && !m.weak && !m.locative {
			last = m
		}
	}
	return last
}

// finiteVerbBefore reports whether a finite verb comes before g in the
// sentence: in "police detained people suspected of links", "suspected"
// follows the object of "detained" and describes it.
func (x *sentence) finiteVerbBefore(g *vgroup) bool {
	for _, o := range x.groups {
		if o != g && !o.noun && o.finite && o.end <= g.start && (x.skip == nil || !x.skip[o.head]) {
			return true
		}
	}
	return false
}

// verbBetween reports whether a verb group starts in [from, to).
func (x *sentence) verbBetween(from, to int) bool {
	for _, g := range x.groups {
		if !g.noun && g.start >= from && g.start < to && (x.skip == nil || !x.skip[g.head]) {
			return true
		}
	}
	return false
}

// ownAgent reports whether a mention is an agent with no country of its own
// after a possessive pronoun: "their troops", "its forces".
func ownAgent(toks []nlp.Token, m *mention) bool {
	if m.start == 0 || len(m.codes) != 1 || !strings.HasPrefix(m.codes[0], "?") {
		return false
	}
	switch toks[m.start-1].Lower {
	case "their", "its", "his", "her", "our":
		return true
	}
	return false
}

// subjectOfClause reports whether a mention is directly followed by a finite
// verb, which makes it the subject of a clause of its own.
func (x *sentence) subjectOfClause(m *mention) bool {
	k := m.end
	for k < len(x.toks) && (x.toks[k].Tag == "RB" || x.toks[k].Lower == "," && false) {
		k++
	}
	if k >= len(x.toks) {
		return false
	}
	g := x.groupCovering(k)
	return g != nil && g.start == k && g.finite && !x.reducedRelative(g) && (x.c.dict.Compat || !x.allegationParticiple(g))
}

// firstMention returns the first actor mention starting in [from, to) that
// a pattern's slot may take: not the subject of a clause of its own.
func (x *sentence) firstMention(from, to int, weakOK bool) *mention {
	var fallback *mention
	for _, m := range x.ms {
		if m.start < from || m.start >= to {
			continue
		}
		if x.subjectOfClause(m) && !x.c.dict.Compat {
			return fallback
		}
		if m.weak && weakOK && !x.c.dict.Compat && m.place && fallback == nil {
			// "moved 11 of the Kempir-Abad detainees to house arrest": the
			// place names whose; the people after it are the target.
			fallback = m
			continue
		}
		if !m.weak || weakOK {
			return m
		}
	}
	return fallback
}

// byAgent finds "by X" after a passive verb.
func (x *sentence) byAgent(from, to int) *mention {
	for _, m := range x.ms {
		if m.start >= from && m.start < to && m.prep == "by" && !m.weak {
			return m
		}
	}
	return nil
}

// codeNoun codes an event noun: "clashes between Kyrgyz and Tajik border
// guards", "Kyrgyz-Tajik talks", "Russia's attack on Ukraine", "protests in
// Almaty".
func (x *sentence) codeNoun(g *vgroup) {
	toks := x.toks
	var p *dict.Pattern
	for _, l := range g.lemmas {
		for _, cand := range x.c.dict.Verbs.Patterns(l) {
			if cand.Noun {
				if _, ok := x.matchPattern(cand, g, x.from, x.clauseEnd(g)); ok {
					p = cand
					break
				}
			}
		}
		if p != nil {
			break
		}
	}
	if p == nil || p.Code == "" {
		return
	}
	// A noun that is the object of a coded verb ("held talks") is coded there.
	if prev := x.prevGroup(g.start); prev != nil && !prev.noun && g.start-prev.end <= 3 && len(x.c.dict.Verbs.Patterns(firstLemma(prev))) > 0 && (prev.coded || x.c.dict.Compat) {
		return
	}
	if x.datedPastNoun(g) || x.earlierYearAfter(g) || !x.c.dict.Compat && x.offeredVenue(g) {
		return
	}
	if g.start > 0 {
		if _, ok := frameWords[toks[g.start-1].Lower]; ok {
			return
		}
		switch toks[g.start-1].Lower {
		case "a", "an", "any", "another", "no", "possible", "potential", "future", "new":
			// "a war between X and Y would be a disaster": not a reported
			// event; but "During a visit to Dushanbe, …" opens a report.
			if w := x.toks[x.from].Lower; (g.start > x.from+2 || w != "during" && w != "after" && w != "on" || x.c.dict.Compat) && !x.reportedNoun(g, p.Code) {
				return
			}
		}
	}
	code := p.Code
	if !x.c.dict.Compat && x.plannedNoun(g) {
		// "the summit between X and Y is scheduled for next week": a plan
		// to meet, and no other act yet.
		if !strings.HasPrefix(code, "04") {
			return
		}
		code = "036"
	}
	verb := x.span(g.start, g.end)
	// "between X and Y", or a hyphenated pair "Kyrgyz-Tajik" before the noun.
	var pair *mention
	if g.end < len(toks) && (toks[g.end].Lower == "between" || toks[g.end].Lower == "among") {
		pair = x.mentionStartingAt(g.end + 1)
		if pair == nil && g.end+2 < len(toks) {
			pair = x.mentionStartingAt(g.end + 2)
		}
	}
	if pair == nil {
		for _, m := range x.ms {
			if m.end == g.start && m.compound() {
				pair = m
			}
		}
	}
	if pair != nil && pair.compound() {
		if !x.c.dict.Compat && x.topicNoun(g) {
			return
		}
		x.emitReciprocal(pair, g, code, "")
		return
	}
	// "X's attack on Y", "an attack by X on Y".
	var src, tgt *mention
	for _, m := range x.ms {
		if m.end == g.start-1 && isPossessive(toks[m.end].Lower) || m.end == g.start && !m.weak && !m.locative {
			src = m
		}
	}
	end := x.clauseEnd(g)
	for _, m := range x.ms {
		if m.start < g.end || m.start >= end {
			continue
		}
		switch m.prep {
		case "by":
			if src == nil {
				src = m
			}
		case "on", "against", "with", "to", "at":
			if tgt == nil && !m.weak {
				tgt = m
			}
		}
		if tgt == nil && !m.weak && !x.c.dict.Compat && p.Code[:2] >= "17" && g.end < len(toks) && toks[g.end].Lower == "of" &&
			m.start > g.end && m.start <= g.end+3 && !x.verbBetween(g.end, m.start) {
			// "killings of Masalit civilians", "the arrest of journalists":
			// whom force or coercion was used on.
			tgt = m
		}
	}
	if src == nil && tgt != nil && tgt.prep == "with" && symmetric(p.Code) && !x.c.dict.Compat {
		// "three Tajik guards were wounded in clashes with Kyrgyz troops":
		// the victims' side and the other fought each other.
		if v := x.victimsOf(g); v != nil && len(v.codes) == 1 && len(tgt.codes) == 1 {
			x.emitAll(v, tgt, p.Code, p.Code, verb, "")
			return
		}
	}
	if src == nil && !x.c.dict.Compat {
		// "Clinton ordered air strikes on Iraq": the one who ordered,
		// launched or carried out the act.
		if prev := x.prevGroup(g.start); prev != nil && !prev.noun && !prev.coded && !prev.neg && prev.modal == "" &&
			g.start-prev.end <= 4 && lightVerbs[firstLemma(prev)] && !x.verbBetween(prev.end, g.start) {
			if m, l := x.subjectOf(prev, 0); m != nil && !l.neg && l.frame == "" {
				src = m
			}
		}
	}
	if src == nil && !x.c.dict.Compat && x.toks[x.from].Tag == "IN" {
		// "During a visit to Dushanbe, Mirziyoyev signed …": the main
		// clause's subject made the visit.
		src = x.mainSubjectAfter(g)
	}
	// Protest and unrest with a place but no actor, when the noun is the
	// subject of a verb ("protests in Nukus turned violent"): the people of
	// that country.
	if src == nil && strings.HasPrefix(p.Code, "14") && x.nounIsSubject(g) {
		for _, m := range x.ms {
			if m.start >= g.end && m.start < end && (m.locative || m.weak) && len(m.codes[0]) >= 3 {
				src = &mention{start: m.start, end: m.end, codes: []string{m.codes[0][:3] + "CVL"}, spans: m.spans, text: m.text}
				break
			}
		}
		if src == nil {
			for _, m := range x.ms {
				if m.end == g.start && m.weak {
					src = &mention{start: m.start, end: m.end, codes: []string{m.codes[0][:3] + "CVL"}, spans: m.spans, text: m.text}
				}
			}
		}
	}
	if src == nil || tgt == nil && !strings.HasPrefix(p.Code, "14") {
		return
	}
	x.emitAll(src, tgt, code, "", verb, "")
}

// victimsOf returns the subject of a passive verb of harm that an event
// noun follows after "in" or "during": "soldiers were killed in clashes".
func (x *sentence) victimsOf(g *vgroup) *mention {
	k := g.start - 1
	for k > x.from && determiners[x.toks[k].Lower] {
		k--
	}
	if k <= x.from || x.toks[k].Lower != "in" && x.toks[k].Lower != "during" {
		return nil
	}
	prev := x.prevGroup(k)
	if prev == nil || prev.noun || !prev.passive || prev.end != k {
		return nil
	}
	switch firstLemma(prev) {
	case "kill", "wound", "injure", "hurt", "die":
	default:
		return nil
	}
	m, l := x.subjectOf(prev, 0)
	if m == nil || l.neg || m.weak {
		return nil
	}
	return m
}

// nounIsSubject reports whether an event noun, with its "in X" phrase, is
// followed by a finite verb.
func (x *sentence) nounIsSubject(g *vgroup) bool {
	k := g.end
	for _, m := range x.ms {
		if m.start == k+1 && m.locative {
			k = m.end
		}
	}
	if k >= len(x.toks) {
		return false
	}
	og := x.groupCovering(k)
	return og != nil && og.start == k && og.finite
}

func firstLemma(g *vgroup) string {
	if len(g.lemmas) == 0 {
		return ""
	}
	return g.lemmas[0]
}

// findAttribution finds "according to X" and notes X for the sentence.
func (x *sentence) findAttribution() {
	toks := x.toks
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Lower == "according" && toks[k+1].Lower == "to" {
			for _, m := range x.ms {
				if m.start >= k+2 && m.start <= k+4 {
					x.attributor = m
					return
				}
			}
		}
	}
	// "as X claims", "as X notes": the speaker before a reporting word.
	for _, m := range x.ms {
		if m.start > 0 && toks[m.start-1].Lower == "as" && m.end < len(toks) {
			switch toks[m.end].Lower {
			case "claims", "claimed", "says", "said", "notes", "noted", "reports", "reported", "argues", "argued", "warns", "warned", "points", "pointed", "alleges", "alleged", "put", "puts":
				x.attributor = m
				return
			}
		}
	}
	// "X said" with an NGO or IGO speaker.
	for _, g := range x.groups {
		if g.noun {
			continue
		}
		for _, l := range g.lemmas {
			if speechLemmas[l] {
				if m, _ := x.subjectOf(g, 0); m != nil {
					x.attributor = m
					return
				}
				// "…, said Emomali Rahmon": the speaker after the verb.
				if m := x.mentionStartingAt(g.end); m != nil {
					x.attributor = m
					return
				}
			}
		}
	}
}

// codedReportedAct reports whether the sentence reports an act by
// someone other than the speaker: "Human Rights Watch said Tajik police had
// detained bloggers" is coded as the detention, not as an accusation (war
// crimes, a judgement in itself, stay an accusation).
func (x *sentence) codedReportedAct(speaker string) bool {
	for _, ev := range x.events {
		if ev.Source != speaker && ev.Source != "" {
			return true
		}
	}
	// An act the coder could not code is still an act, not a judgement.
	for _, g := range x.groups {
		if g.noun || !g.finite {
			continue
		}
		for _, l := range g.lemmas {
			if !speechLemmas[l] && l != "be" && l != "have" && l != "do" && !modals[l] {
				return true
			}
		}
	}
	return false
}

// voteVerdict is "111" when election monitors find a vote wanting: "OSCE
// observers said the election lacked genuine competition".
func voteVerdict(text string) string {
	if !strings.Contains(text, "election") && !strings.Contains(text, "vote") && !strings.Contains(text, "referendum") {
		return ""
	}
	for _, w := range []string{"lacked", "lacking", "without genuine", "no genuine", "fell short", "not free", "unfair",
		"flawed", "marred", "tarnished", "irregularities", "limited the choice", "not competitive", "lack of"} {
		if strings.Contains(text, w) {
			return "111"
		}
	}
	return ""
}

var abuseWords = map[string]string{
	"war crimes": "1124", "war crime": "1124", "crimes against humanity": "1124", "atrocities": "1124",
	"human rights": "1122", "abuses": "1122", "torture": "1122", "repression": "1122",
	"crackdown": "1122", "violations": "1122", "crimes": "1121", "corruption": "1121",
}

// accusations codes what a human-rights group or international body alleges:
// "According to Human Rights Watch, Tajik servicemen committed war crimes"
// is the group accusing the servicemen.
func (x *sentence) accusations() {
	a := x.attributor
	if a == nil || len(a.codes) == 0 {
		return
	}
	who := a.codes[0]
	if !(strings.HasPrefix(who, "NGO") || strings.HasPrefix(who, "IGO") || strings.Contains(who, "HRI")) {
		return
	}
	text := strings.ToLower(x.s.Text)
	code := ""
	for _, w := range []string{"war crimes", "war crime", "crimes against humanity", "atrocities", "human rights", "abuses", "torture", "repression", "crackdown", "violations", "crimes", "corruption"} {
		if strings.Contains(text, w) {
			code = abuseWords[w]
			break
		}
	}
	verdict := false
	if code == "" && len(x.events) > 0 && strings.HasPrefix(who, "IGO") && !x.c.dict.Compat && voteVerdict(text) != "" {
		x.dropOwnVerdicts(who) // "… said Kazakhstan's election lacked genuine competition"
	}
	if code == "" && len(x.events) == 0 && strings.HasPrefix(who, "IGO") && !x.c.dict.Compat {
		code = voteVerdict(text)
		verdict = code != ""
	}
	if code == "" || (code != "1124" && !verdict && !x.c.dict.Compat && x.codedReportedAct(who)) {
		return
	}
	// The accused: the source of the conflict events coded here, else the
	// first other actor in the sentence.
	targets := map[string]*event.Span{}
	var order []string
	for _, ev := range x.events {
		if ev.Source != who && ev.Quad >= 3 {
			if _, ok := targets[ev.Source]; !ok {
				order = append(order, ev.Source)
				targets[ev.Source] = ev.Evidence.Source
			}
		}
	}
	if len(order) == 0 {
		for _, m := range x.ms {
			if m == a || m.locative && !verdict {
				continue
			}
			for i, c := range m.codes {
				if verdict && (strings.HasPrefix(c, "?") || isAgentOnly(c)) {
					continue // "genuine alternatives for voters": whose voters, unsaid
				}
				if c != who {
					order = append(order, c)
					targets[c] = x.span(m.spans[i][0], m.spans[i][1])
				}
			}
			if len(order) > 0 {
				break
			}
		}
	}
	aSpan := x.span(a.spans[0][0], a.spans[0][1])
	if len(order) == 0 && verdict {
		// "the election lacked competition": the story's country's, if known.
		if x.docCountry == "" {
			return
		}
		order = append(order, x.docCountry)
	}
	if len(order) == 0 {
		x.emit(who, "", code, aSpan, nil, nil, a.text, "", "")
		return
	}
	if code == "1124" && !x.c.dict.Compat {
		accused := map[string]bool{}
		for _, t := range order {
			accused[t] = true
		}
		x.dropAllegedAtrocities(accused)
	}
	for _, t := range order {
		x.emit(who, t, code, aSpan, targets[t], nil, a.text, "", "")
	}
}

// symmetric reports whether an event between a compound subject and no
// object is one each does with the other: meeting, talks, signing,
// cooperation, a ceasefire, fighting.
func symmetric(code string) bool {
	switch {
	case visitCode(code):
		return false // a visit is made by one side to the other's country
	case strings.HasPrefix(code, "04"), strings.HasPrefix(code, "057"), strings.HasPrefix(code, "06"),
		strings.HasPrefix(code, "018"), strings.HasPrefix(code, "019"), code == "050", strings.HasPrefix(code, "054"),
		strings.HasPrefix(code, "0871"), strings.HasPrefix(code, "19"), code == "145", code == "037":
		return true
	}
	return false
}

// resultParticiple reports whether g is a participle after a comma that
// tells the outcome or purpose of the act coded just before it: "opened
// fire on the post, wounding two guards", "marched, demanding reforms".
func (x *sentence) resultParticiple(g *vgroup, code string) bool {
	if g.start <= x.from+1 || g.start != g.head || x.toks[g.head].Tag != "VBG" || x.toks[g.start-1].Lower != "," {
		return false
	}
	prev := x.prevGroup(g.start - 1)
	if prev == nil || !prev.coded {
		return false
	}
	var prevRoot string
	for i := len(x.events) - 1; i >= 0; i-- {
		if c := x.events[i].Code; len(c) >= 2 {
			prevRoot = c[:2]
			break
		}
	}
	root := code[:2]
	violent := func(r string) bool { return r == "18" || r == "19" || r == "20" }
	switch {
	case (violent(prevRoot) || prevRoot == "17") && violent(root):
		return true
	case prevRoot == "14" && (root == "10" || root == "14"):
		return true
	}
	return false
}

// claimNouns are nouns whose that-clause is an unproven claim.
var claimNouns = map[string]bool{
	"allegation": true, "allegations": true, "claim": true, "claims": true, "rumour": true, "rumours": true,
	"rumor": true, "rumors": true, "suspicion": true, "suspicions": true, "speculation": true, "fears": true,
	"accusation": true, "accusations": true, "suggestion": true, "suggestions": true, "reports": true,
}

// weaponHeads are the agent nouns that name weapons: their users as a
// subject ("a Tajik drone struck a post"), a thing as an object.
var weaponHeads = map[string]bool{
	"drone": true, "drones": true, "missile": true, "missiles": true, "rocket": true, "rockets": true,
	"shell": true, "shells": true, "mortar": true, "mortars": true, "tank": true, "tanks": true,
	"vehicle": true, "vehicles": true, "gunship": true, "gunships": true, "bomber": true, "bombers": true,
	"jet": true, "jets": true, "warship": true, "warships": true, "gunboat": true, "gunboats": true,
	"submarine": true, "submarines": true, "warplane": true, "warplanes": true, "aircraft": true,
	"helicopter": true, "helicopters": true, "bulldozer": true, "bulldozers": true,
}

// isWeapon reports whether a mention names weapons rather than people.
func isWeapon(toks []nlp.Token, m *mention) bool {
	return !m.person && m.end > m.start && weaponHeads[toks[m.end-1].Lower]
}

// meetingPreps are prepositions whose object is not whom a meeting was
// with: "on the sidelines of the summit", "ahead of", "through".
var meetingPreps = map[string]bool{
	"of": true, "through": true, "over": true, "about": true, "on": true, "ahead": true,
	"during": true, "after": true, "before": true, "amid": true, "for": true, "via": true,
	"between": true, "against": true, "into": true, "from": true, "since": true, "like": true,
}

// relativeVictim finds the object of a relative clause on the verb's object:
// "planted a roadside bomb that killed three soldiers" gives the soldiers.
func (x *sentence) relativeVictim(g *vgroup) *mention {
	toks := x.toks
	for k := g.end; k < len(toks) && k < g.end+7; k++ {
		w := toks[k].Lower
		if w == "," || w == ";" || x.mentionStartingAt(k) != nil {
			return nil
		}
		if w != "that" && w != "which" {
			continue
		}
		rg := x.groupAfter(k)
		if rg == nil || rg.noun || rg.start != k+1 {
			return nil
		}
		m := x.objectOf(rg.end, x.clauseEnd(rg), false)
		if m == nil || m.locative {
			return nil
		}
		return m
	}
	return nil
}

// personNouns are plain nouns for people that no dictionary gives a country.
var personNouns = map[string]bool{
	"man": true, "men": true, "woman": true, "women": true, "people": true, "person": true, "persons": true,
	"child": true, "children": true, "boy": true, "boys": true, "girl": true, "girls": true, "youth": true,
	"youths": true, "teenager": true, "teenagers": true, "relative": true, "relatives": true, "parent": true,
	"parents": true, "family": true, "families": true, "member": true, "members": true, "supporter": true,
	"supporters": true, "suspect": true, "suspects": true, "detainee": true, "detainees": true,
	"prisoner": true, "prisoners": true, "inmate": true, "inmates": true, "critic": true, "critics": true,
	"dissident": true, "dissidents": true, "blogger": true, "bloggers": true, "individual": true,
	"individuals": true, "employee": true, "employees": true, "worshipper": true, "worshippers": true,
	"believer": true, "believers": true, "citizen": true, "citizens": true, "resident": true,
	"residents": true, "villager": true, "villagers": true, "civilian": true, "civilians": true,
	"migrant": true, "migrants": true, "worker": true, "workers": true, "protester": true,
	"protesters": true, "demonstrator": true, "demonstrators": true, "student": true, "students": true,
	"activist": true, "activists": true, "schoolgirls": true, "schoolchildren": true, "passengers": true,
	"hostages": true, "hostage": true, "opponents": true, "opponent": true, "defendants": true,
	"participants": true, "organisers": true, "organizers": true, "convicts": true,
}

// genericVictim gives a coercive act whose object is plain people ("a court
// sentenced seven young men", "freed dozens of prisoners") the source's
// own country as its target: the people are its own unless named otherwise.
func (x *sentence) genericVictim(g *vgroup, src *mention, code string) *mention {
	if strings.HasPrefix(code, "174") || strings.HasPrefix(code, "201") {
		return nil // those expelled are usually foreigners
	}
	switch code[:2] {
	case "17", "18", "20":
	case "08":
		if !strings.HasPrefix(code, "084") {
			return nil
		}
	default:
		return nil
	}
	country := x.resolve(src.codes[0], "")
	if len(country) < 3 {
		return nil
	}
	if nonState(country) {
		return nil
	}
	toks := x.toks
	k := g.end
	for n := 0; k < len(toks) && n < 8; n++ {
		t := &toks[k]
		switch {
		case determiners[t.Lower] || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "JJR" || t.Tag == "RB" || t.Tag == "VBN":
			k++
			continue
		case t.Lower == "of" || t.Lower == "than" || t.Lower == "least" || t.Lower == "up" || t.Lower == "to" || t.Lower == "some" || t.Lower == "about":
			k++
			continue
		case (t.Lower == "and" || t.Lower == "or") && k+1 < len(toks) && (strings.HasPrefix(toks[k+1].Tag, "VB") || toks[k+1].Tag == "JJ"):
			// "detained and tortured relatives"
			k += 2
			continue
		case (t.Tag == "NNS" || t.Tag == "NN") && !personNouns[t.Lower] && k+1 < len(toks) && toks[k+1].Lower == "of":
			// "dozens of", "a group of"
			k += 2
			continue
		}
		break
	}
	if k >= len(toks) || !personNouns[toks[k].Lower] || x.mentionStartingAt(k) != nil || strangerWords[toks[k].Lower] || k > 0 && strangerWords[toks[k-1].Lower] {
		return nil
	}
	return &mention{start: k, end: k + 1, codes: []string{country[:3] + "CVL"}, spans: [][2]int{{k, k + 1}}, text: toks[k].Text}
}

// mutualFight reports whether "X <verb> with Y" is fighting by both sides:
// "clashed with", "traded fire with", "exchanged fire with".
func mutualFight(lemma, code string) bool {
	if code[:2] != "19" && code[:2] != "18" && code != "145" {
		return false
	}
	switch lemma {
	case "clash", "trade", "exchange", "skirmish", "battle", "fight", "scuffle", "brawl":
		return true
	}
	return false
}

// offerNouns name what one side puts to another and the other may refuse.
var offerNouns = map[string]bool{
	"offer": true, "proposal": true, "request": true, "call": true, "calls": true, "demand": true,
	"demands": true, "invitation": true, "plan": true, "bid": true, "ultimatum": true, "appeal": true,
}

// documentNouns after a place or country name make it part of a document's
// or meeting's name: "the Oslo accord", "the Minsk agreements".
var documentNouns = map[string]bool{
	"accord": true, "accords": true, "agreement": true, "agreements": true, "declaration": true,
	"treaty": true, "protocol": true, "protocols": true, "format": true, "process": true, "summit": true,
	"conference": true, "convention": true, "communique": true, "memorandum": true, "charter": true,
}

// lightVerbs take an event noun as their object and give it their subject:
// "ordered air strikes", "carried out raids", "staged a protest".
var lightVerbs = map[string]bool{
	"order": true, "launch": true, "carry": true, "conduct": true, "stage": true, "begin": true,
	"start": true, "authorise": true, "authorize": true, "mount": true, "unleash": true,
	"intensify": true, "resume": true, "step": true, "escalate": true, "wage": true, "perform": true,
	"undertake": true, "initiate": true, "approve": true, "renew": true, "continue": true,
}

// namesDocument reports whether a mention is followed by a document's or
// meeting's noun, perhaps after one modifier: "the Oslo accord", "the
// Dayton peace agreement".
func (x *sentence) namesDocument(m *mention) bool {
	toks := x.toks
	for k := m.end; k < len(toks) && k <= m.end+1; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") {
			return false
		}
		if documentNouns[toks[k].Lower] {
			return true
		}
		if toks[k].Tag != "NN" && toks[k].Tag != "NNP" {
			return false
		}
	}
	return false
}

// makerBefore finds, in [from, to), the first actor that stands right before
// one of nouns, or before "'s" and one of them ("the American offer",
// "Moscow's proposal"), and that ok accepts; k is the noun's token.
func (x *sentence) makerBefore(from, to int, nouns map[string]bool, ok func(m *mention, k int) bool) *mention {
	toks := x.toks
	for _, m := range x.ms {
		if m.start < from || m.end >= to || m.locative {
			continue
		}
		k := m.end
		if k < to && isPossessive(toks[k].Lower) {
			k++
		}
		if k < to && nouns[toks[k].Lower] && ok(m, k) {
			return m
		}
	}
	return nil
}

// offerMaker finds, in [from, to), the actor whose offer, proposal or call
// stands there: "the American offer", "a UN call", "Moscow's proposal".
func (x *sentence) offerMaker(from, to int) *mention {
	toks := x.toks
	if m := x.makerBefore(from, to, offerNouns, func(m *mention, k int) bool {
		return m.adj || !m.weak || isPossessive(toks[m.end-1].Lower)
	}); m != nil {
		return m
	}
	if !x.c.dict.Compat {
		// "calls from the United Nations", "an offer by Oman", "rejected
		// appeals from rights groups".
		for k := from; k+2 < to; k++ {
			if w := toks[k].Lower; !offerNouns[w] && w != "appeals" && w != "requests" && w != "proposals" && w != "offers" || toks[k+1].Lower != "from" && toks[k+1].Lower != "by" {
				continue
			}
			n := k + 2
			for n < to && determiners[toks[n].Lower] {
				n++
			}
			if m := x.mentionStartingAt(n); m != nil && m.end <= to && !m.weak && !m.locative {
				return m
			}
			break
		}
	}
	return nil
}

// imaginedNouns head "… in which X does Y" clauses that tell no real event.
var imaginedNouns = map[string]bool{
	"scenario": true, "scenarios": true, "film": true, "movie": true, "novel": true, "game": true,
	"simulation": true, "exercise": true, "world": true, "future": true, "case": true, "event": true,
	"story": true, "series": true, "play": true, "drill": true, "war-game": true, "wargame": true,
}

// makerOfObject finds "NOUN made/passed/issued by X" right after a verb and
// returns X.
func (x *sentence) makerOfObject(g *vgroup, end int) *mention {
	toks := x.toks
	for k := g.end; k+2 < end && k < g.end+6; k++ {
		if m := x.mentionStartingAt(k); m != nil {
			if x.c.dict.Compat || !ownAgent(toks, m) {
				return nil
			}
			// "the release of its citizens held by Hamas": the subject's own
			// people, whose holder is the target.
			k = m.end - 1
			continue
		}
		if toks[k].Tag == "VBN" && toks[k+1].Lower == "by" && k > g.end && strings.HasPrefix(toks[k-1].Tag, "NN") {
			for _, m := range x.ms {
				if m.start > k+1 && m.start <= k+3 && !m.weak && !m.locative {
					return m
				}
			}
			return nil
		}
	}
	return nil
}

// watchedCountry gives an international body's criticism, appeal or demand
// with no target the one country its sentence is about: "Human Rights Watch
// criticised the trial as flawed and urged Uzbekistan to free him".
func (x *sentence) watchedCountry(src *mention, code string) *mention {
	sc := src.codes[0]
	if len(sc) < 3 || sc[:3] != "IGO" && sc[:3] != "NGO" {
		return nil
	}
	switch code[:2] {
	case "11", "02", "10", "12":
	default:
		return nil
	}
	var only *mention
	country := ""
	for _, m := range x.ms {
		if m == src || m.pronoun {
			continue
		}
		for _, c := range m.codes {
			if len(c) < 3 || c[0] == '?' || c[:3] == "IGO" || c[:3] == "NGO" || c[:3] == "IMG" || c[:3] == "MNC" || c[:3] == sc[:3] {
				continue
			}
			if country != "" && country != c[:3] {
				return nil
			}
			country, only = c[:3], m
		}
	}
	if only == nil {
		return nil
	}
	return &mention{start: only.start, end: only.end, codes: []string{country}, spans: [][2]int{{only.start, only.end}}, text: only.text}
}

// matchPassive matches a pattern's words (no slots, no particles, nothing
// before the verb) in the few words before a passive verb group.
func (x *sentence) matchPassive(p *dict.Pattern, g *vgroup) (match, bool) {
	m := match{p: p, tFrom: -1, sFrom: -1}
	if p.Noun || len(p.Before) > 0 || len(p.Particles) > 0 || len(p.After) == 0 || p.Code == "" {
		return m, false
	}
	from := max(x.from, g.start-6)
	cur := from
	for i := range p.After {
		e := &p.After[i]
		if e.Kind == dict.TargetSlot || e.Kind == dict.SourceSlot {
			return m, false
		}
		pos, n, ok := findElem(x.toks, e, x.c.first.of(e), cur, g.start)
		if !ok {
			return m, false
		}
		cur = pos + n
	}
	m.end = g.end
	return m, true
}

// allOpen reports whether every code is an agent whose country is still
// open ("?MIL").
func allOpen(codes []string) bool {
	for _, c := range codes {
		if !strings.HasPrefix(c, "?") {
			return false
		}
	}
	return len(codes) > 0
}

// lendTarget gives the events of group via that have no target the actor m.
func (x *sentence) lendTarget(via *vgroup, m *mention) {
	if m == nil || m.locative || len(m.codes) != 1 || via.evTo > len(x.events) {
		return
	}
	for i := via.evFrom; i < via.evTo; i++ {
		ev := &x.events[i]
		if ev.Target != "" || m.weak && (x.c.dict.Compat || !allowsWeak(ev.Code)) {
			continue // "used tanks to attack Kyrgyz villages": force may aim at a people's places
		}
		tc := x.resolve(m.codes[0], ev.Source)
		if tc == "" || tc == ev.Source {
			continue
		}
		ev.Target = tc
		ev.TargetName = m.text
		ev.Evidence.Target = x.span(m.spans[0][0], m.spans[0][1])
		if len(ev.Source) >= 3 && len(tc) >= 3 && ev.Source[:3] == tc[:3] && len(ev.Source) == 3 && !popularAgent(tc[3:]) {
			ev.Target, ev.TargetName, ev.Evidence.Target = "", "", nil
		}
	}
}

// placeWords before "of X" make X where something is: "the capital of".
var placeWords = map[string]bool{
	"capital": true, "city": true, "region": true, "province": true, "district": true, "village": true,
	"town": true, "outskirts": true, "centre": true, "center": true, "south": true, "north": true,
	"east": true, "west": true, "border": true, "suburbs": true,
}

// emotionCodes are passives of feeling that make a comment on their cause:
// "was concerned by", "is worried about", "was encouraged by".
var emotionCodes = map[string]string{
	"concern": "012", "worry": "012", "alarm": "012", "disturb": "012", "trouble": "012",
	"dismay": "012", "disappoint": "012", "shock": "012", "sadden": "012", "frustrate": "012",
	"encourage": "013", "reassure": "013", "please": "013", "hearten": "013",
}

func (x *sentence) codeEmotion(g *vgroup, end int) {
	subj, l := x.subjectOf(g, 0)
	if subj == nil || l.neg || x.hypothetical(subj.start) {
		return
	}
	var tgt, abroad *mention
	for _, m := range x.ms {
		if m.start >= g.end && m.start < end && !m.locative && !m.weak {
			tgt = m
			break
		}
		if abroad == nil && m.start >= g.end && m.start < end && m.locative && !x.c.dict.Compat && len(m.codes) == 1 && len(subj.codes) == 1 &&
			len(m.codes[0]) >= 3 && len(subj.codes[0]) >= 3 && m.codes[0][0] != '?' && m.codes[0][:3] != subj.codes[0][:3] {
			abroad = m // "worried by the fighting in Congo": the country it is about
		}
	}
	if tgt == nil {
		tgt = abroad
	}
	if tgt == nil {
		return // a feeling about no one named is no event
	}
	x.emitAll(subj, tgt, emotionCodes[emotionLemma(x.toks[g.head].Lower)], "", x.span(g.head, g.end), "")
}

// emotionLemma returns the emotionCodes verb a past participle belongs to
// ("concerned", "worried", "encouraged"), or "".
func emotionLemma(w string) string {
	if !strings.HasSuffix(w, "ed") {
		return ""
	}
	for _, l := range []string{w[:len(w)-2], w[:len(w)-1], strings.TrimSuffix(w, "ied") + "y"} {
		if emotionCodes[l] != "" {
			return l
		}
	}
	return ""
}

// unsaidSpeech reports whether the sentence has a negated speech verb or
// one after "without", whose clause tells nothing that happened.
func (x *sentence) unsaidSpeech() bool {
	for _, g := range x.groups {
		if g.noun {
			continue
		}
		for _, l := range g.lemmas {
			if speechLemmas[l] && (g.neg || g.start > x.from && x.toks[g.start-1].Lower == "without") {
				return true
			}
		}
	}
	return false
}

// borderPlace reports whether m names the far side of a border that only
// places an act: "near Tajikistan's border with Afghanistan", "along the
// frontier with China".
func (x *sentence) borderPlace(m *mention) bool {
	toks := x.toks
	if m.prep != "with" || m.start < 3 {
		return false
	}
	switch toks[m.start-2].Lower {
	case "border", "frontier", "borders", "frontiers":
	default:
		return false
	}
	for k := m.start - 3; k >= x.from && k >= m.start-7; k-- {
		switch toks[k].Lower {
		case "near", "along", "across", "at":
			return true
		}
	}
	return false
}

// borderSide finds the neighbour across the border that a show of force
// is sent to: "sent them to the Afghan border", "massed troops on the
// border with Tajikistan", "reinforced Tajikistan's border" (from Russia).
func (x *sentence) borderSide(g *vgroup, src *mention) *mention {
	toks := x.toks
	own := x.resolve(src.codes[0], "")
	for k := g.end; k < len(toks); k++ {
		switch toks[k].Lower {
		case "after", "as", "while", "when", "because", "since", "before", ";", "but":
			return nil
		case "border", "frontier", "borders", "frontiers":
		default:
			continue
		}
		var m *mention
		if k+1 < len(toks) && toks[k+1].Lower == "with" {
			m = x.mentionStartingAt(k + 2)
		} else if m = x.mentionEndingAt(k - 1); m == nil && k >= 2 && isPossessive(toks[k-1].Lower) {
			m = x.mentionEndingAt(k - 2)
		}
		if m == nil || m.compound() || len(m.codes[0]) < 3 || m.codes[0][0] == '?' || x.distanceBefore(k) {
			return nil
		}
		if len(own) >= 3 && m.codes[0][:3] == own[:3] {
			return nil // its own border
		}
		return m
	}
	return nil
}

// plainSlot reports whether the words of a target slot can be one noun
// phrase (or a list of them): no verb between them.
func plainSlot(toks []nlp.Token) bool {
	for i := range toks {
		if t := &toks[i]; t.Lower == ";" || strings.HasPrefix(t.Tag, "VB") {
			return false
		}
	}
	return true
}

// toInfinitiveWithin reports whether a "to" infinitive with a verb entry
// follows g within n words, with no finite verb between: "agreed in a telephone call on
// Thursday to withdraw".
func (x *sentence) toInfinitiveWithin(g *vgroup, n int) bool {
	for _, og := range x.groups {
		if og.noun || og.head <= g.head {
			continue
		}
		if og.start-g.end > n || og.finite {
			return false
		}
		if og.start > 0 && x.toks[og.start-1].Lower == "to" {
			return len(x.c.dict.Verbs.Patterns(firstLemma(og))) > 0
		}
	}
	return false
}

// topicPreps introduce what talks are about.
var topicPreps = map[string]bool{"on": true, "about": true, "over": true, "regarding": true, "concerning": true}

// allegedPurpose reports whether g is an infinitive of purpose on a gerund
// that tells an allegation or a reason: "accused Y of using drones to
// strike villages", "arrested for helping Russia to evade sanctions".
func (x *sentence) allegedPurpose(g *vgroup) bool {
	toks := x.toks
	if g.start <= x.from || toks[g.start-1].Lower != "to" {
		return false
	}
	pg := x.prevGroup(g.start - 1)
	if pg == nil || pg.noun || toks[pg.head].Tag != "VBG" || pg.start <= x.from || g.start-pg.end > 7 {
		return false
	}
	switch toks[pg.start-1].Lower {
	case "of", "for":
		return true
	}
	return false
}

// gerundSubject reports whether a gerund right after "as", "amid" or
// "while" is the subject of a finite verb that follows: "as fighting
// across the border intensified".
func (x *sentence) gerundSubject(g *vgroup) bool {
	toks := x.toks
	switch toks[g.start-1].Lower {
	case "as", "amid", "while":
	default:
		return false
	}
	for k := g.end; k < len(toks) && k < g.end+5; k++ {
		switch {
		case toks[k].Tag == "VBD" || toks[k].Tag == "VBZ":
			return true
		case toks[k].Lower == "," || x.mentionStartingAt(k) != nil && !x.mentionStartingAt(k).locative:
			return false
		}
	}
	return false
}

// namesActor reports whether a mention holds a proper name ("Russia",
// "Kazakh"), not just an agent noun ("a delegation", "an envoy").
func (x *sentence) namesActor(m *mention) bool {
	for k := m.start; k < m.end && k < len(x.toks); k++ {
		if isCapitalised(x.toks[k].Text) && k > x.from {
			return true
		}
		if k == x.from && strings.HasPrefix(x.toks[k].Tag, "NNP") {
			return true
		}
	}
	return false
}

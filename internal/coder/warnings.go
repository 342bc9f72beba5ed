package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/nlp"
)

// A warning is "X warned (Y) (that) Z will/would/could …": a warning verb,
// whom it addresses, and the clause that says what will happen. When Z is
// the warner's own side ("it", its troops, its capital) the warning is a
// threat of that act.
type warning struct {
	verb   *vgroup
	addr   *mention // the addressee, or nil
	csubj  *mention // the clause's subject
	clause *vgroup  // the clause's verb group
}

// threatModals are the modals of a clause that announces what the warner's
// side will do; "could" and "may" threaten as much as "will" after "warn".
var threatModals = map[string]bool{"will": true, "would": true, "'ll": true, "wo": true, "shall": true, "could": true, "may": true, "might": true}

// warnedClause parses what follows a warning verb wg: "warned Kyrgyzstan
// that it would respond", "warned Kazakhstan it could block transit",
// "warned that troops would shoot". It returns nil when no such clause
// follows.
func (x *sentence) warnedClause(wg *vgroup) *warning {
	if wg.noun || wg.passive || firstLemma(wg) != "warn" {
		return nil
	}
	toks := x.toks
	k := wg.end
	var addr *mention
	if m := x.mentionAfterDeterminers(k); m != nil && !m.weak && !m.locative && !m.pronoun && m.end < len(toks) &&
		(toks[m.end].Lower == "that" || x.mentionAfterDeterminers(m.end) != nil) {
		addr, k = m, m.end
	} else if m != nil && !m.weak && !m.locative && !m.pronoun {
		if end := x.placeAfter(m); end > 0 && end < len(toks) && toks[end].Lower == "that" {
			addr, k = m, end // "warned officials in Astana that …"
		}
	}
	that := k < len(toks) && toks[k].Lower == "that"
	if that {
		k++
	}
	if addr == nil && !that {
		if a, after := x.addresseeOfThat(wg.end); a != nil {
			return x.passiveWarned(wg, a, after)
		}
		return nil
	}
	if w := x.passiveWarned(wg, addr, k); w != nil {
		return w
	}
	csubj := x.mentionAfterDeterminers(k)
	if csubj == nil || csubj.weak || csubj.locative {
		// "warned Kyrgyz traders that their goods would be confiscated": a
		// passive clause whose subject is no actor.
		for _, g := range x.groups {
			if g.noun || g.start < k {
				continue
			}
			if g.start-k <= 4 && g.passive && threatModals[g.modal] && g.modal != "could" && !strings.HasPrefix(g.modal, "m") && addr != nil {
				return &warning{verb: wg, addr: addr, clause: g}
			}
			return nil
		}
		return nil
	}
	participle := false
	for _, g := range x.groups {
		if g.noun || g.start < csubj.end {
			continue
		}
		if !participle && g.start == csubj.end && g.modal == "" && x.toks[g.head].Tag == "VBG" && !x.commaBetween(csubj.end, g.start) {
			// "companies helping Russia evade sanctions would face …": the
			// participle describes the subject; its clause comes after.
			participle = true
			continue
		}
		if participle && g.modal == "" && g.start-csubj.end < 8 {
			continue
		}
		if !participle && g.start != csubj.end || !threatModals[g.modal] || g.passive {
			return nil
		}
		return &warning{verb: wg, addr: addr, csubj: csubj, clause: g}
	}
	return nil
}

// mentionAfterDeterminers returns the mention that starts at token k or
// right after the determiners there ("the Taliban"), or nil.
func (x *sentence) mentionAfterDeterminers(k int) *mention {
	for k < len(x.toks) && determiners[x.toks[k].Lower] && x.toks[k].Lower != "that" {
		k++
	}
	return x.mentionStartingAt(k)
}

// ownSide reports whether the clause subject m stands for the warner w: the
// same country, or a state agent of no named country ("troops would shoot").
func (x *sentence) ownSide(w, m *mention) bool {
	for _, mc := range m.codes {
		if strings.HasPrefix(mc, "?") {
			if stateAgent("XXX" + mc[1:]) {
				return true
			}
			continue
		}
		for _, wc := range w.codes {
			a, b := cut3(x.resolve(wc, "")), cut3(mc)
			if a != "" && a == b {
				return true
			}
		}
	}
	return false
}

// threatWarning returns the warning whose clause g is, with the warner, when
// the clause says what the warner's own side will do: "Tajikistan warned
// Kyrgyzstan that it would respond with force" is Tajikistan's threat.
func (x *sentence) threatWarning(g *vgroup) (*warning, *mention) {
	if x.c.dict.Compat || g.noun || !threatModals[g.modal] {
		return nil, nil
	}
	for _, wg := range x.groups {
		if wg.head >= g.head {
			break
		}
		if firstLemma(wg) != "warn" || wg.neg {
			continue
		}
		w := x.warnedClause(wg)
		if w == nil || w.clause != g {
			continue
		}
		warner, l := x.subjectOf(wg, 1)
		if warner == nil || l.neg || w.csubj == nil || !x.ownSide(warner, w.csubj) {
			return nil, nil
		}
		return w, warner
	}
	return nil, nil
}

// threatTarget is whom a warning's threat is aimed at: whoever its clause
// acts on when that is another actor ("would expel American diplomats"),
// else the addressee, else whoever the clause names after "by", "against"
// or "on" ("would respond to any attack by Tajik forces").
func (x *sentence) threatTarget(w *warning, warner *mention, end int) *mention {
	if o := x.objectOf(w.clause.end, end, false); o != nil && !o.locative && o.prep != "with" && len(o.codes) > 0 &&
		!strings.HasPrefix(o.codes[0], "?") && !x.ownSide(warner, o) {
		return nil // the clause's own object
	}
	if w.addr != nil {
		return w.addr
	}
	for _, m := range x.ms {
		if m.start > w.clause.end && m.start < end && (m.prep == "by" || m.prep == "against" || m.prep == "on") && !m.weak {
			return m
		}
	}
	return nil
}

// consequenceLemmas are what an addressee is warned it will suffer: "warned
// Kazakhstan that it would face consequences", "would pay a high price".
var consequenceLemmas = map[string]bool{"face": true, "pay": true, "regret": true, "suffer": true, "bear": true}

// toleranceLemmas, negated, make a warning a threat: "warned that it would
// not tolerate any interference", "would not sit idly by".
var toleranceLemmas = map[string]bool{"tolerate": true, "allow": true, "accept": true, "permit": true, "sit": true, "stand": true, "remain": true, "leave": true}

// retaliationLemmas are the verbs of a threatened response that names no
// act of its own: "would respond", "will retaliate", "would react".
var retaliationLemmas = map[string]bool{"respond": true, "retaliate": true, "react": true, "answer": true, "reply": true, "hit": true, "strike": true, "take": true}

// openWarnings codes the warnings whose clause gave no event: "warned Russia
// that it would respond", "warned Kazakhstan that it would face
// consequences", "warned that it would not tolerate interference": a threat
// (130) of the warner against the addressee.
func (x *sentence) openWarnings() {
	if x.c.dict.Compat {
		return
	}
	for _, wg := range x.groups {
		if wg.coded || wg.neg || firstLemma(wg) != "warn" || x.skip != nil && x.skip[wg.head] {
			continue
		}
		w := x.warnedClause(wg)
		if w == nil || w.clause.coded {
			continue
		}
		warner, l := x.subjectOf(wg, 0)
		if warner == nil || l.neg || x.hypothetical(warner.start) {
			continue
		}
		threat := false
		switch {
		case w.csubj == nil:
			threat = true // a passive clause: "that their goods would be confiscated"
		case w.clause.neg:
			// "warned Azerbaijan that it would not tolerate": whatever "it"
			// was taken for, only the warner can be meant.
			threat = x.headIn(w.clause, toleranceLemmas) && (w.addr != nil || x.ownSide(warner, w.csubj))
		case x.ownSide(warner, w.csubj):
			threat = x.headIn(w.clause, retaliationLemmas) || w.addr != nil && !strings.HasPrefix(w.clause.modal, "m") && w.clause.modal != "could"
		case w.addr != nil:
			// "warned Kazakhstan that it would face consequences".
			threat = x.headIn(w.clause, consequenceLemmas) && (x.sameActor(w.addr, w.csubj) || x.bareAgent(w.csubj))
		}
		if !threat {
			continue
		}
		tgt := x.threatTarget(w, warner, x.clauseEnd(w.clause))
		if tgt == nil && !w.clause.neg {
			tgt = x.conditionSubject(w.clause, warner)
		}
		x.emitAll(warner, tgt, x.threatCode(w.clause), "", x.span(wg.head, wg.end), dict.FrameThreaten)
		wg.coded = true
	}
}

// sameActor reports whether two mentions name the same country.
func (x *sentence) sameActor(a, b *mention) bool {
	for _, ac := range a.codes {
		for _, bc := range b.codes {
			if p, q := cut3(x.resolve(ac, "")), cut3(x.resolve(bc, "")); p != "" && p == q {
				return true
			}
		}
	}
	return false
}

// conditionSubject returns the subject of an "if" or "unless" clause in the
// sentence that is not the threatener's side: "will respond if Western
// troops are deployed", "if Tajik forces cross the border, Kyrgyzstan will
// respond". The threat is aimed at it.
func (x *sentence) conditionSubject(g *vgroup, src *mention) *mention {
	for k := x.from; k < len(x.toks); k++ {
		switch x.toks[k].Lower {
		case "if", "unless":
		default:
			continue
		}
		m := x.mentionAfterDeterminers(k + 1)
		if m == nil || m.locative || x.ownSide(src, m) || len(m.codes) == 0 || strings.HasPrefix(m.codes[0], "?") {
			continue
		}
		// The clause must say what m does: "if NATO troops were sent" names
		// no one the threat is aimed at.
		if cg := x.groupAfter(m.end - 1); cg != nil && cg.start == m.end && !cg.passive {
			return m
		}
	}
	return nil
}

// warnsOfThreat reports whether the warning verb wg addresses someone with
// a clause that openWarnings or threatWarning codes as a threat, so that
// the bare warning (012) is not coded besides.
func (x *sentence) warnsOfThreat(wg *vgroup) bool {
	if x.c.dict.Compat {
		return false
	}
	w := x.warnedClause(wg)
	if w == nil || w.addr == nil {
		return false
	}
	warner, _ := x.subjectOf(wg, 0)
	if warner == nil {
		return false
	}
	if w.csubj == nil {
		return true
	}
	if w.clause.neg {
		return x.headIn(w.clause, toleranceLemmas)
	}
	return x.ownSide(warner, w.csubj) || x.headIn(w.clause, consequenceLemmas) && (x.sameActor(w.addr, w.csubj) || x.bareAgent(w.csubj))
}

// notRuledOut reports whether g is a negated "rule out" ("would not rule
// out", "did not rule out"): leaving an act open is threatening it.
func (x *sentence) notRuledOut(g *vgroup) bool {
	return g.neg && firstLemma(g) == "rule" && g.head+1 < len(x.toks) && x.toks[g.head+1].Lower == "out"
}

// ruledOutAct gives the act that "not ruling out" leaves open, by the words
// of the clause [from, to): force, sanctions, or no act in particular.
func ruledOutAct(toks []nlp.Token, from, to int) string {
	for k := from; k < to && k < len(toks); k++ {
		switch toks[k].Lower {
		case "military", "force", "strike", "strikes", "war", "intervention", "attack", "attacks", "invasion", "operation", "troops":
			return "190"
		case "nuclear":
			return "200"
		case "sanctions", "embargo", "tariffs":
			return "163"
		}
	}
	return "100"
}

// orderVerbs make the yielding they order of others a demand: "ordered the
// rebels to lay down their arms".
var orderVerbs = map[string]bool{"order": true, "command": true, "instruct": true}

// boycott reports whether the verb words are a boycott, which states do
// too ("Iran boycotted the conference"), unlike strikes.
func (x *sentence) boycott(verb *event.Span) bool {
	return x.verbWord(verb, "boycott")
}

// verbWord reports whether the verb words of an event contain word.
func (x *sentence) verbWord(verb *event.Span, word string) bool {
	return verb != nil && verb[1] <= len(x.s.Text) && strings.Contains(strings.ToLower(x.s.Text[verb[0]:verb[1]]), word)
}

// headIn reports whether the verb of g is one of the lemmas in set; verbs
// no pattern knows have no lemma, so their word is compared by its stem
// ("tolerate", "tolerated").
func (x *sentence) headIn(g *vgroup, set map[string]bool) bool {
	if l := firstLemma(g); l != "" {
		return set[l]
	}
	w := x.toks[g.head].Lower
	for l := range set {
		if w == l || len(l) >= 4 && strings.HasPrefix(w, strings.TrimSuffix(l, "e")) {
			return true
		}
	}
	return false
}

// metWithThreats codes "any attack will be met with a crushing response":
// a threat by whoever says or warns it, aimed at the addressee of the
// warning or at whoever the attack is by ("any aggression from Tajikistan").
func (x *sentence) metWithThreats() {
	if x.c.dict.Compat {
		return
	}
	toks := x.toks
	for _, g := range x.groups {
		if g.noun || !g.passive || g.neg || g.coded || !threatModals[g.modal] || g.modal == "could" || strings.HasPrefix(g.modal, "m") ||
			toks[g.head].Lower != "met" || g.end >= len(toks) || toks[g.end].Lower != "with" {
			continue
		}
		if !threatWordWithin(toks, g.end+1, g.end+5) {
			continue // "will be met with honours"
		}
		// The speaker: the verb that reports the clause, before or after it.
		var sg *vgroup
		for _, o := range x.groups {
			if o == g || o.noun || o.neg {
				continue
			}
			if speechLemmas[firstLemma(o)] || firstLemma(o) == "warn" {
				if sg == nil || o.start < g.start {
					sg = o
				}
			}
		}
		if sg == nil {
			continue
		}
		src, l := x.subjectOf(sg, 0)
		if src == nil && sg.start > g.start {
			src = x.objectOf(sg.end, len(toks), false) // "…, Tashiev said."
			if src == nil {
				src = x.mentionEndingAt(sg.start - 1)
			}
		}
		if src == nil || l.neg {
			continue
		}
		var tgt *mention
		if firstLemma(sg) == "warn" {
			if w := x.mentionAfterDeterminers(sg.end); w != nil && !w.weak && !w.locative && w.end < len(toks) && toks[w.end].Lower == "that" {
				tgt = w
			}
		}
		if tgt == nil {
			for _, m := range x.ms {
				if m.start > sg.end && m.start < g.start && (m.prep == "by" || m.prep == "from" || m.prep == "against" || m.prep == "on") && !m.weak && !x.ownSide(src, m) {
					tgt = m
					break
				}
			}
		}
		x.emitAll(src, tgt, "130", "", x.span(g.head, g.end), dict.FrameThreaten)
		g.coded, sg.coded = true, true
	}
}

// threatWordWithin reports whether a word of force or retaliation stands in
// tokens [from, to): "met with force", "met with a decisive response".
func threatWordWithin(toks []nlp.Token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		switch toks[k].Lower {
		case "force", "response", "retaliation", "resistance", "rebuff", "answer", "fire", "reprisals", "consequences", "punishment", "strike", "strikes", "all":
			return true
		}
	}
	return false
}

// threatFlavour reports whether the words [from, to) after a promised
// response make it a threat: what it answers (aggression, attacks,
// provocations) or how (with force, harshly, in kind).
func (x *sentence) threatFlavour(from, to int) bool {
	for k := from; k < to && k < len(x.toks); k++ {
		switch x.toks[k].Lower {
		case "aggression", "provocation", "provocations",
			"harshly", "firmly", "decisively", "resolutely", "adequately", "appropriately", "forcefully", "militarily", "symmetrically":
			return true
		case "any":
			// "to any attack", "to any violation of its territory"
			return true
		case "force", "kind":
			// "with force", "in kind"
			if k > from && (x.toks[k-1].Lower == "with" || x.toks[k-1].Lower == "in") {
				return true
			}
		}
	}
	return false
}

// priceNouns are what someone is said to "pay" or "face" in a threat.
var priceNouns = map[string]bool{"price": true, "consequences": true, "punishment": true, "retribution": true, "reprisals": true, "retaliation": true}

// priceThreats codes "Japarov said Tajikistan would pay a heavy price for
// any new attack": the speaker threatens whoever will pay (130).
func (x *sentence) priceThreats() {
	if x.c.dict.Compat {
		return
	}
	for _, g := range x.groups {
		if g.noun || g.coded || g.neg || g.passive || g.modal != "will" && g.modal != "would" && g.modal != "'ll" || !x.headIn(g, consequenceLemmas) {
			continue
		}
		end := x.clauseEnd(g)
		found := false
		for k := g.end; k < end && k < g.end+4; k++ {
			if priceNouns[x.toks[k].Lower] {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		subj, _ := x.subjectOf(g, 0)
		if subj == nil || subj.end != g.start {
			continue
		}
		sg := x.reportingGroup(g, 1)
		if sg == nil {
			if fg, _ := x.thatFrame(g, subj); fg != nil && firstLemma(fg) == "warn" {
				sg = fg
			}
		}
		if sg == nil || sg.neg || sg.coded {
			continue
		}
		speaker, l := x.subjectOf(sg, 1)
		if speaker == nil || l.neg || x.sameActor(speaker, subj) {
			continue
		}
		x.emitAll(speaker, subj, "130", "", x.span(g.head, g.end), dict.FrameThreaten)
		g.coded, sg.coded = true, true
	}
}

// threatenedBy returns the actor a threatened response answers: the first
// one after "by", "from" or "against" in the clause that is not the
// threatener's side ("to any attack by Tajik forces"), or nil.
func (x *sentence) threatenedBy(g *vgroup, src *mention, end int) *mention {
	for _, m := range x.ms {
		if m.start > g.end && m.start < end && (m.prep == "by" || m.prep == "from" || m.prep == "against") && !m.weak && !x.ownSide(src, m) {
			return m
		}
	}
	return nil
}

// directObjectAfter reports whether the verb words are followed by a
// direct object ("protested the detention"), not a preposition or the end
// of the clause ("protested against the government", "protested in the
// capital").
func (x *sentence) directObjectAfter(verb *event.Span) bool {
	if verb == nil {
		return false
	}
	for k := range x.toks {
		if x.toks[k].Start >= verb[1] {
			return x.toks[k].Tag == "DT" || x.toks[k].Tag == "PRP$" || strings.HasPrefix(x.toks[k].Tag, "NN") || x.toks[k].Tag == "JJ"
		}
	}
	return false
}

// optionsThreats codes "all options are on the table" and "kept all
// options open": a threat (130) by whoever says it, aimed at whoever the
// options are about ("regarding Venezuela", "against Iran").
func (x *sentence) optionsThreats() {
	if x.c.dict.Compat {
		return
	}
	toks := x.toks
	for k := x.from + 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "options" || toks[k-1].Lower != "all" || toks[k+1].Lower == "for" {
			continue // "all options for the new budget": no threat
		}
		end := min(len(toks), k+7)
		open := false
		for j := k + 1; j < end; j++ {
			if toks[j].Lower == "table" && toks[j-1].Lower == "the" && j >= 2 && toks[j-2].Lower == "on" || toks[j].Lower == "open" {
				open = true
				break
			}
		}
		if !open {
			continue
		}
		// The speaker: the subject of a speech verb, or of the verb that
		// keeps the options ("Washington kept all options on the table").
		var src *mention
		var verb *vgroup
		for _, g := range x.groups {
			if g.noun || g.neg || g.coded {
				continue
			}
			if speechLemmas[firstLemma(g)] || g.end <= k && (firstLemma(g) == "keep" || firstLemma(g) == "leave" || toks[g.head].Lower == "kept" || toks[g.head].Lower == "left") {
				if m, l := x.subjectOf(g, 0); m != nil && !l.neg {
					src, verb = m, g
					break
				}
			}
		}
		if src == nil {
			continue
		}
		var tgt *mention
		for _, m := range x.ms {
			if m.start > k && !m.weak && !x.sameActor(src, m) && (m.prep == "regarding" || m.prep == "against" || m.prep == "on" || m.prep == "toward" || m.prep == "towards" || m.prep == "over" || m.prep == "for" || m.prep == "with") {
				tgt = m
				break
			}
		}
		x.emitAll(src, tgt, "130", "", x.span(verb.head, verb.end), dict.FrameThreaten)
		verb.coded = true
		return
	}
}

package coder

import "github.com/accord-hub/accord/internal/event"

// acceptedOffer reports whether ev is an acceptance (03) of "the offer",
// "the proposal" or "the invitation" of another ("Kazakhstan offered
// Kyrgyzstan a loan. Bishkek accepted the offer."), which answeredIdeas
// then aims at whoever made it.
func (x *sentence) acceptedOffer(ev *event.Event) bool {
	if ev.Root != "03" {
		return false
	}
	k := x.verbToken(*ev)
	if k < 0 || k+2 >= len(x.toks) || x.toks[k+1].Lower != "the" {
		return false
	}
	switch x.toks[k].Lower {
	case "accepted", "accepts", "accept", "accepting", "welcomed", "embraced", "took":
	default:
		return false
	}
	switch x.toks[k+2].Lower {
	case "offer", "offers", "proposal", "proposals", "invitation", "initiative", "plan", "suggestion":
		return true
	}
	return false
}

// heldNouns are the acts a demand for "his release" or "their return" asks
// of whoever holds the person.
var heldNouns = setOf("release", "return", "extradition", "freedom", "handover", "repatriation", "freeing", "transfer")

// holdingCode reports whether code is a seizure of people that leaves its
// source holding them: an arrest or detention (173), a jailing (172) or an
// abduction (181).
func holdingCode(code string) bool {
	return len(code) >= 3 && (code[:3] == "173" || code[:3] == "172" || code[:3] == "181")
}

// heldTargets aims an untargeted appeal or demand (02, 10) for "his
// release", "their return" or "her extradition", and a complaint (11)
// about "their arrest" or "his deportation", at whoever holds the person,
// not at the person: the source of a detention earlier in the sentence ("Uzbek border
// guards detained a Kyrgyz citizen, and Bishkek asked for his return" →
// KGZ→UZB) or, when the sentence has none, in the sentence before ("Kyrgyz
// police detained a Kazakh journalist. Astana demanded his release.").
func (x *sentence) heldTargets() {
	for i := range x.events {
		ev := &x.events[i]
		if ev.Source == "" {
			continue
		}
		k := x.verbToken(*ev)
		if k < 0 {
			continue
		}
		switch {
		case ev.Target == "" && (ev.Root == "02" || ev.Root == "10") && x.possessedHeld(k):
		case ev.Root == "11" && x.condemnedHolding(k, ev):
		default:
			continue
		}
		holder, name, held := "", "", ""
		for j := range x.events {
			h := &x.events[j]
			if j != i && holdingCode(h.Code) && h.Source != "" && h.Target != "" && x.verbToken(*h) >= 0 && x.verbToken(*h) < k {
				holder, name, held = h.Source, h.SourceName, h.Target
			}
		}
		if holder == "" {
			holder, name = x.heldIn(k)
		}
		if holder == "" {
			// "relatives picketed the Supreme Court, calling for their
			// release": the body the protest was aimed at.
			for j := range x.events {
				h := &x.events[j]
				if h.Root == "14" && h.Target != "" && cut3(h.Source) == cut3(ev.Source) && x.verbToken(*h) >= 0 && x.verbToken(*h) < k {
					holder, name = h.Target, h.TargetName
				}
			}
		}
		if holder == "" && x.st.holder != nil {
			holder, name, held = x.st.holder[0], x.st.holder[1], x.st.holder[2]
		}
		if ev.Target != "" && (ev.Root != "11" || ev.Target != held) {
			continue // a complaint aimed elsewhere than at the people held
		}
		if holder == "" || len(holder) < 3 || isAgentOnly(holder) || holder == ev.Source || cut3(holder) == cut3(ev.Source) && (len(holder) == 3 || len(ev.Source) == 3) {
			continue
		}
		ev.Target, ev.TargetName = holder, name
	}
}

// possessedHeld reports whether the verb at k takes "his release", "for
// their return", "on her extradition" as its object.
func (x *sentence) possessedHeld(k int) bool {
	toks := x.toks
	j := k + 1
	if j < len(toks) && (toks[j].Lower == "for" || toks[j].Lower == "on") {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "his", "her", "their":
		return heldNouns[toks[x.skipReleaseAdjectives(j+1)].Lower]
	case "the":
		// "demanded the release of its citizens detained in Russia"
		return heldNouns[toks[j+1].Lower] && j+2 < len(toks) && toks[j+2].Lower == "of"
	}
	return false
}

// heldParticiples, before "in" and a country, say where people are held.
var heldParticiples = setOf("detained", "held", "jailed", "imprisoned", "arrested", "stranded")

// heldIn returns the country where the people of the sentence are held,
// from a participle near k (anywhere when k < 0): "Relatives of Kyrgyz
// migrants detained in Russia …, demanding their release", "its citizens
// held in Iran".
func (x *sentence) heldIn(k int) (string, string) {
	toks := x.toks
	best, name := "", ""
	for _, m := range x.ms {
		if m.start < 2 || len(m.codes) != 1 || len(m.codes[0]) < 3 || m.codes[0][0] == '?' {
			continue
		}
		p := m.start - 1
		if len(m.codes[0]) > 3 || !m.locative || toks[p].Tag == "DT" {
			// "held in a Russian prison": a state's place of detention.
			if m.end >= len(toks) || !prisonNouns[toks[m.end].Lower] && !prisonNouns[toks[m.end-1].Lower] {
				continue
			}
			if toks[p].Tag == "DT" && p > 0 {
				p--
			}
		}
		if p < 1 || toks[p].Lower != "in" || !heldParticiples[toks[p-1].Lower] {
			continue
		}
		if d := m.start - k; k >= 0 && (d > 12 || d < -30) {
			continue
		}
		best, name = m.codes[0][:3], m.text
	}
	return best, name
}

// prisonNouns are places where a state holds people.
var prisonNouns = setOf("prison", "prisons", "jail", "jails", "detention", "custody", "camp", "camps", "colony", "cell", "cells")

// firstClauseAt reports whether no finite verb comes before token k.
func (x *sentence) firstClauseAt(k int) bool {
	for _, o := range x.groups {
		if o.head >= k {
			return true
		}
		if !o.noun && o.finite {
			return false
		}
	}
	return true
}

// rememberHolder notes for the next sentence who detained whom in this
// one: the source and target codes and names of its last detention.
func (x *sentence) rememberHolder() {
	x.st.holder = nil
	for _, ev := range x.events {
		if holdingCode(ev.Code) && ev.Source != "" && ev.Target != "" && ev.Source != ev.Target {
			x.st.holder = []string{ev.Source, ev.SourceName, ev.Target, ev.TargetName}
		}
	}
	if x.st.holder == nil {
		// "Two Kyrgyz journalists were detained in Kazakhstan."
		if c, n := x.heldIn(-1); c != "" {
			x.st.holder = []string{c, n, "", ""}
		}
	}
}

// handedOver codes "handed him over to the Taliban", "handed them back to
// Uzbekistan": a handover whose object is a pronoun, which the dictionary
// patterns (written for nouns: "hand* over &detainees to +") miss. The
// receiver is the target, not the pronoun's referent. With "back" it is a
// release (0841), else a surrender of a wanted person (063); after a
// release by the same subject ("released 40 citizens and handed them over
// to the Tajik side") it is that release again and gives nothing.
func (x *sentence) handedOver() {
	toks := x.toks
	for _, g := range x.groups {
		if g.noun || g.neg || g.passive || g.modal != "" || firstLemma(g) != "hand" {
			continue
		}
		k := g.head + 1
		if k+2 >= len(toks) || toks[k].Tag != "PRP" {
			continue
		}
		switch toks[k].Lower {
		case "him", "her", "them":
		default:
			continue
		}
		back := toks[k+1].Lower == "back"
		if !back && toks[k+1].Lower != "over" || toks[k+2].Lower != "to" {
			continue
		}
		j := k + 3
		tgt := x.mentionStartingAt(j)
		if tgt == nil && j+1 < len(toks) && toks[j].Tag == "DT" {
			tgt = x.mentionStartingAt(j + 1)
		}
		if tgt == nil || tgt.weak || tgt.locative || len(tgt.codes) != 1 || tgt.codes[0] == "" || tgt.codes[0][0] == '?' {
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil && g.start > 0 && toks[g.start-1].Lower == "and" {
			subj, l = x.earlierSubject(g) // "…, and handed him over"
		} else if pr := x.mentionStartingAt(k); subj != nil && pr != nil && len(pr.codes) == 1 && len(subj.codes) == 1 && pr.codes[0] == subj.codes[0] {
			// "arrested a commander who had lived in Dushanbe, and handed
			// him over": not the commander's act but the arrester's.
			subj, l = x.earlierSubject(g)
		}
		if subj == nil || subj.weak || l.neg || l.frame != "" || len(subj.codes) != 1 || subj.codes[0] == "" || cut3(subj.codes[0]) == cut3(tgt.codes[0]) {
			continue
		}
		if x.hasEventAt(g.head) {
			continue
		}
		if x.releasedBy(subj.codes[0], g.head) {
			continue // "released 40 citizens and handed them over": one release
		}
		code := "063"
		if back {
			code = "0841"
		}
		x.emitAll(subj, tgt, code, "", x.span(g.head, g.head+1), "")
		g.coded = true
	}
}

// hasEventAt reports whether an event already has its verb at token k.
func (x *sentence) hasEventAt(k int) bool {
	for _, ev := range x.events {
		if x.verbToken(ev) == k {
			return true
		}
	}
	return false
}

// releasedBy reports whether src released someone (0841) before token k.
func (x *sentence) releasedBy(src string, k int) bool {
	for _, ev := range x.events {
		if ev.Code == "0841" && cut3(ev.Source) == cut3(src) && x.verbToken(ev) < k {
			return true
		}
	}
	return false
}

// earlierSubject returns the subject of the first finite verb before g.
func (x *sentence) earlierSubject(g *vgroup) (*mention, link) {
	for _, o := range x.groups {
		if o == g || o.head >= g.head {
			break
		}
		if !o.noun && o.finite {
			return x.subjectOf(o, 0)
		}
	}
	return nil, link{}
}

// releaseOrderLemmas decide a release they take as object: "ordered his release".
//
// orderedActCodes are the acts on a person such verbs may decide, with
// their codes: "ordered his release", "ordered his deportation".
var orderedActCodes = map[string]string{
	"release": "0841", "freeing": "0841", "deportation": "174", "expulsion": "174", "arrest": "173", "detention": "173",
}

var releaseOrderLemmas = setOf("order", "approve", "announce", "authorise", "authorize", "sanction")

// orderedReleases codes "ordered his release", "approved their release" as
// the subject's release (0841) of the person the pronoun stands for, named
// before in the sentence or detained in the sentence before ("A Kazakh
// court refused to extradite the Karakalpak blogger and ordered his
// release"); likewise "ordered his deportation" (174) and "ordered his
// arrest" (173).
func (x *sentence) orderedReleases() {
	toks := x.toks
	for _, g := range x.groups {
		if g.noun || g.neg || g.passive || g.modal != "" || !releaseOrderLemmas[firstLemma(g)] {
			continue
		}
		k := g.head + 1
		if k+1 >= len(toks) {
			continue
		}
		r := x.skipReleaseAdjectives(k + 1)
		act := orderedActCodes[toks[r].Lower]
		if act == "" || r+1 < len(toks) && toks[r+1].Lower == "of" {
			continue
		}
		plural := false
		switch toks[k].Lower {
		case "his", "her":
		case "their":
			plural = true
		default:
			continue
		}
		at := -1 // an event the dictionary coded with no target: "ordered his deportation"
		for i, ev := range x.events {
			if x.verbToken(ev) == g.head {
				at = i
			}
		}
		if at >= 0 && (x.events[at].Target != "" || x.events[at].Code != act) {
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil && g.start > 0 && toks[g.start-1].Lower == "and" {
			subj, l = x.earlierSubject(g)
		}
		if subj == nil {
			subj = x.placedSubject(g) // "a court in Bishkek ordered his expulsion"
		}
		if subj == nil || subj.weak || l.neg || l.frame != "" || len(subj.codes) != 1 || subj.codes[0] == "" {
			continue
		}
		held := ""
		for _, ev := range x.events {
			if holdingCode(ev.Code) && x.verbToken(ev) >= 0 && x.verbToken(ev) < g.head {
				held = ev.Source
			}
		}
		if held == "" && x.st.holder != nil {
			held = x.st.holder[0]
		}
		sc := x.resolve(subj.codes[0], held) // "Police detained … A court ordered": the holder's court
		if sc == "" || sc[0] == '?' {
			continue
		}
		if act == "0841" && x.releasedBy(sc, g.head) {
			continue // "acquitted the journalist and ordered his release": one release
		}
		var code, name string
		for _, m := range x.ms {
			if m.end > k || m == subj || m.weak || m.pronoun || m.locative || len(m.codes) != 1 || m.plural != plural {
				continue
			}
			if c := x.resolve(m.codes[0], ""); c != "" && c != sc && heldPersonCode(c) {
				code, name = c, m.text
			}
		}
		if code == "" && x.st.holder != nil && x.firstClauseAt(g.head) {
			code, name = x.st.holder[2], x.st.holder[3] // "Police detained a journalist. A court ordered his release."
		}
		if code == "" || code == sc {
			continue
		}
		if at >= 0 {
			x.events[at].Target, x.events[at].TargetName = code, name
			continue
		}
		tgt := &mention{start: k, end: k + 1, codes: []string{code}, spans: [][2]int{{k, k + 1}}, text: name}
		src := &mention{start: subj.start, end: subj.end, codes: []string{sc}, spans: subj.spans[:1], text: subj.text}
		x.emitAll(src, tgt, act, "", x.span(g.head, g.head+1), "")
		g.coded = true
	}
}

// heldPersonCode reports whether code is of people who may be held and
// freed: journalists, opposition figures, civilians, soldiers, criminals.
func heldPersonCode(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[len(code)-3:] {
	case "MED", "OPP", "REL", "HRI", "ELI", "CVL", "MIL", "CRM", "REB", "LAB", "EDU", "BUS":
		return true
	}
	return false
}

// releaseAdjectives qualify a release: "his immediate and unconditional
// release", "their safe return".
var releaseAdjectives = setOf("immediate", "unconditional", "swift", "speedy", "safe", "early", "quick", "prompt", "and")

// skipReleaseAdjectives returns the first token from j on that is no
// releaseAdjectives word (at most three are skipped), or j.
func (x *sentence) skipReleaseAdjectives(j int) int {
	for n := 0; n < 3 && j+1 < len(x.toks) && releaseAdjectives[x.toks[j].Lower]; n++ {
		j++
	}
	return j
}

// placedSubject returns the actor just before g with only a place between
// ("a court in Bishkek ordered"), or nil.
func (x *sentence) placedSubject(g *vgroup) *mention {
	j := g.start
	for j > x.from {
		var loc *mention
		for _, m := range x.ms {
			if m.end == j && m.locative {
				loc = m
			}
		}
		if loc == nil || loc.start < 1 || x.toks[loc.start-1].Lower != "in" {
			break
		}
		j = loc.start - 1
	}
	if j == g.start {
		return nil
	}
	for _, m := range x.ms {
		if m.end == j && !m.locative && !m.weak && !m.pronoun && len(m.codes) == 1 && m.codes[0] != "" {
			return m
		}
	}
	return nil
}

// holdingNouns name the seizing of people: "condemned their arrest".
var holdingNouns = setOf("arrest", "arrests", "detention", "detentions", "jailing", "imprisonment", "sentencing",
	"deportation", "expulsion", "abduction", "kidnapping", "conviction")

// condemnedHolding reports whether the complaint ev, its verb at k, is
// about "his arrest", "their detention".
func (x *sentence) condemnedHolding(k int, ev *event.Event) bool {
	toks := x.toks
	j := k + 1
	if j < len(toks) && (toks[j].Lower == "of" || toks[j].Lower == "over" || toks[j].Lower == "against") {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "his", "her", "their":
	default:
		return false
	}
	n := x.skipReleaseAdjectives(j + 1)
	if !holdingNouns[toks[n].Lower] || n+1 < len(toks) && toks[n+1].Lower == "of" {
		return false
	}
	return true
}

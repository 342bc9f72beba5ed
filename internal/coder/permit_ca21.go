package coder

// permitLemmas are verbs whose negated future refuses what their object
// names: "would never allow a U.S. military base", "will not permit
// Russian troops".
var permitLemmas = map[string]bool{"allow": true, "permit": true}

// negatedPermissions codes "Tajikistan would never allow a U.S. military
// base on its territory" as a rejection (120) of the actor the object
// names, when the verb gave no event: a negated intention is a refusal.
func (x *sentence) negatedPermissions() {
	if x.c.dict.Compat {
		return
	}
	for _, g := range x.groups {
		if g.noun || g.coded || !g.neg || !threatModals[g.modal] || g.modal == "could" || g.modal == "may" || g.modal == "might" || !permitLemmas[firstLemma(g)] {
			continue
		}
		if x.skip != nil && x.skip[g.head] {
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil || l.neg || x.hypothetical(subj.start) {
			continue
		}
		// The object noun phrase: an article, then an actor used as a
		// modifier ("a U.S. military base", "Russian troops").
		k := g.end
		for k < len(x.toks) && k < g.end+2 && (determiners[x.toks[k].Lower] || x.toks[k].Lower == "any") {
			k++
		}
		m := x.mentionStartingAt(k)
		if m == nil || m.person || m.locative || m.pronoun || len(m.codes) == 0 || len(m.codes[0]) < 3 || m.codes[0][0] == '?' || x.sameActor(m, subj) {
			continue
		}
		if e := m.end; e < len(x.toks) && x.toks[e].Lower == "to" {
			continue // "would not allow Kyrgyzstan to …": the act is the infinitive's
		}
		x.emitAll(subj, m, "120", "", x.span(g.head, g.end), "")
		g.coded = true
	}
}

// helpNouns after a country's name make the name a modifier of what that
// country gives, not an actor of the clause: "with U.S. help", "with EU
// funding", "thanks to Chinese loans".
var helpNouns = map[string]bool{
	"help": true, "assistance": true, "support": true, "backing": true, "funding": true,
	"financing": true, "money": true, "expertise": true, "mediation": true,
}

// dropHelpModifiers drops a country named before a help noun after "with"
// ("agreed to cooperate on export controls with U.S. help"): the
// cooperation is among the subjects, not with the helper.
func (x *sentence) dropHelpModifiers() {
	kept := x.ms[:0]
	for _, m := range x.ms {
		if m.end < len(x.toks) && helpNouns[x.toks[m.end].Lower] && m.start > 0 && x.toks[m.start-1].Lower == "with" && !m.person && len(m.codes) == 1 {
			continue
		}
		kept = append(kept, m)
	}
	x.ms = kept
}

// aidPlace reports whether a pledge of aid (033) names its beneficiaries by
// a place: "announced $20 million for civil society programmes in
// Kazakhstan" is aid for Kazakhstan; "at a summit in Samarkand" is where.
func (x *sentence) aidPlace(m *mention, code string) bool {
	if len(code) < 3 || code[:3] != "033" || m.prep != "in" || m.start < 2 {
		return false
	}
	return x.toks[m.start-2].Tag == "NNS"
}

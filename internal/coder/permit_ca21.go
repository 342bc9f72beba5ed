package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
)

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

// mutualAfterLostTarget gives back their reciprocity to the members of a
// compound subject whose shared act lost its target: in "Rahmon and Putin
// agreed to step up security cooperation along the Afghan border" the
// border is where, so each agreed with the other.
func (x *sentence) mutualAfterLostTarget() {
	if x.c.dict.Compat {
		return
	}
	n := len(x.events)
	for i := 0; i < n; i++ {
		ev := x.events[i]
		if ev.Target != "" || ev.Evidence.Verb == nil || !mutualCode(ev.Code) || !strings.Contains(ev.SourceName, " and ") {
			continue
		}
		var members []int
		for j := 0; j < n; j++ {
			o := x.events[j]
			if o.Target == "" && o.Code == ev.Code && o.SourceName == ev.SourceName && o.Evidence.Verb != nil && *o.Evidence.Verb == *ev.Evidence.Verb {
				members = append(members, j)
			}
		}
		if len(members) < 2 || members[0] != i {
			continue
		}
		if strings.HasPrefix(ev.Code, "03") && !x.agreedBeforeSource(ev) {
			continue // "would accede to the treaty": each to it, not to the other
		}
		for _, a := range members {
			for _, b := range members {
				if a != b && x.events[a].Source != x.events[b].Source {
					x.emit(x.events[a].Source, x.events[b].Source, ev.Code, x.events[a].Evidence.Source, x.events[b].Evidence.Source, ev.Evidence.Verb, ev.SourceName, ev.SourceName, ev.Modality)
				}
			}
		}
		for _, a := range members {
			x.events[a].Code = ""
		}
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if ev.Code != "" {
			kept = append(kept, ev)
		}
	}
	x.events = kept
}

// mutualCode reports whether an act of a compound subject with no one else
// named is done by its members to each other: agreeing, consulting,
// signing.
func mutualCode(code string) bool {
	return strings.HasPrefix(code, "03") || strings.HasPrefix(code, "041")
}

// agreedBeforeSource reports whether an agreeing verb ("agreed", "decided",
// "pledged") stands between the event's source and its verb.
func (x *sentence) agreedBeforeSource(ev event.Event) bool {
	v := x.verbToken(ev)
	if v < 0 || ev.Evidence.Source == nil {
		return false
	}
	for k := v; k >= x.from && x.toks[k].End > ev.Evidence.Source[1]; k-- {
		for l := range mutualLemmas {
			if strings.HasPrefix(x.toks[k].Lower, l[:len(l)-1]) {
				return true
			}
		}
	}
	return false
}

// agreedWithPartner aims an intent coded from "X agreed with Y to build …"
// at Y, both ways: each agreed with the other. The frame's "with" partner
// stands between the agreeing verb and the infinitive that gave the code.
func (x *sentence) agreedWithPartner() {
	if x.c.dict.Compat {
		return
	}
	n := len(x.events)
	for i := 0; i < n; i++ {
		ev := x.events[i]
		if ev.Target != "" || !strings.HasPrefix(ev.Code, "03") {
			continue
		}
		v := x.verbToken(ev)
		if v < 3 || x.toks[v-1].Lower != "to" {
			continue
		}
		var partner *mention
		for k := v - 2; k > x.from && k >= v-8; k-- {
			if x.toks[k].Lower != "with" || !strings.HasPrefix(x.toks[k-1].Lower, "agree") {
				continue
			}
			if m := x.mentionAfterDeterminers(k + 1); m != nil && m.end == v-1 && !m.locative && len(m.codes) > 0 && m.codes[0] != "" && m.codes[0][0] != '?' {
				partner = m
			}
			break
		}
		if partner == nil {
			continue
		}
		for j, pc := range partner.codes {
			ps := x.span(partner.spans[j][0], partner.spans[j][1])
			x.emit(ev.Source, pc, ev.Code, ev.Evidence.Source, ps, ev.Evidence.Verb, ev.SourceName, partner.text, ev.Modality)
			x.emit(pc, ev.Source, ev.Code, ps, ev.Evidence.Source, ev.Evidence.Verb, partner.text, ev.SourceName, ev.Modality)
		}
		x.events[i].Code = ""
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if ev.Code != "" {
			kept = append(kept, ev)
		}
	}
	x.events = kept
}

package coder

import "github.com/accord-hub/accord/internal/dict"

// penaltyLemmas are what an official says another will suffer: "said the
// TV host could be banned from entering the country" threatens him.
var penaltyLemmas = map[string]bool{"ban": true, "bar": true, "expel": true, "deport": true, "sanction": true,
	"blacklist": true, "prosecute": true, "punish": true, "arrest": true}

// answerLemmas and answerNouns make "any attempt … will receive a proper
// response" a threat of whoever says it.
var answerLemmas = map[string]bool{"receive": true, "get": true, "face": true, "draw": true, "provoke": true}
var answerNouns = map[string]bool{"response": true, "rebuff": true, "retaliation": true, "answer": true, "reaction": true}

// saidThreats codes two threats that a speaker voices about a third party:
// a reported penalty, "Vassilenko said Keosayan could be banned from
// entering the country" (the speaker threatens him, 130), and an answer
// promised to any attempt, "Any attempt to drag Kyrgyzstan into sanctions
// wars will receive a proper response, Kulubayev said".
func (x *sentence) saidThreats() {
	toks := x.toks
	for _, g := range x.groups {
		if g.noun || g.neg || g.modal == "" || !threatModals[g.modal] {
			continue
		}
		var subj *mention
		switch {
		case g.passive && x.headIn(g, penaltyLemmas):
			s, _ := x.subjectOf(g, 0)
			if g.coded || s == nil || s.weak || s.end > g.start {
				continue
			}
			subj = s
		case !g.passive && x.headIn(g, answerLemmas) && g.modal != "could" && g.modal != "may" && g.modal != "might":
			found := false
			for k := g.end; k < len(toks) && k < g.end+4; k++ {
				found = found || answerNouns[toks[k].Lower]
			}
			if !found || !x.attemptSubject(g) {
				continue
			}
		default:
			continue
		}
		sg := x.reportingGroup(g, 1)
		if sg == nil && subj == nil {
			sg = x.speechGroupBefore(g)
		}
		if sg == nil {
			for _, o := range x.groups {
				if o != g && !o.noun && o.start > g.end && speechLemmas[firstLemma(o)] {
					sg = o
					break
				}
			}
		}
		if sg == nil || sg.neg || sg.coded {
			continue
		}
		speaker, l := x.subjectOf(sg, 1)
		if speaker == nil && sg.start > g.end {
			speaker = x.objectOf(sg.end, len(toks), false) // "…, Kulubayev said."
			if speaker == nil {
				speaker = x.mentionEndingAt(sg.start - 1)
			}
		}
		if speaker == nil || l.neg || subj != nil && x.sameActor(speaker, subj) {
			continue
		}
		if subj == nil {
			// "any attack by Tajik forces will receive a response": whoever
			// the answered act is by.
			from := x.from
			if sg.end <= g.start {
				from = sg.end
			}
			for _, m := range x.ms {
				if m.start < g.start && m.start >= g.start-12 && m.start >= from && (m.prep == "by" || m.prep == "from") && !m.weak && !x.ownSide(speaker, m) {
					subj = m
					break
				}
			}
		}
		verb := x.span(g.head, g.end)
		kept := x.events[:0]
		for _, ev := range x.events {
			if ev.Evidence.Verb != nil && verb != nil && ev.Evidence.Verb[0] == verb[0] {
				continue // "will receive …" taken for an intent to receive
			}
			kept = append(kept, ev)
		}
		x.events = kept
		x.emitAll(speaker, subj, "130", "", verb, dict.FrameThreaten)
		g.coded, sg.coded = true, true
	}
}

// attemptSubject reports whether g's clause opens with "any attempt",
// "any aggression", "any such step": the act answered, not an actor.
func (x *sentence) attemptSubject(g *vgroup) bool {
	for k := g.start - 1; k >= x.from && k >= g.start-12; k-- {
		if x.toks[k].Lower == "any" && k+1 < g.start {
			switch x.toks[k+1].Lower {
			case "attempt", "attempts", "aggression", "attack", "provocation", "interference", "step", "such", "violation", "move":
				return true
			}
		}
	}
	return false
}

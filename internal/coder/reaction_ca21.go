package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/dict"
)

// reactionTargets gives a reaction aimed at "the move" (or decision,
// verdict, ruling …) the target of the act its source goes on to address in
// the next clause: in "the State Department condemned the move and urged
// Bishkek to restore access", the move was Bishkek's.
func (x *sentence) reactionTargets() {
	for i := range x.events {
		ev := &x.events[i]
		if ev.Target != "" || ev.Source == "" || !reactionRoot(ev.Code) {
			continue
		}
		v := x.verbToken(*ev)
		if v < 0 {
			continue
		}
		k := v + 1
		if k >= len(x.toks) || (x.toks[k].Lower != "the" && x.toks[k].Lower != "this" && x.toks[k].Lower != "that") {
			continue
		}
		k++
		for k < len(x.toks) && x.toks[k].Tag == "JJ" {
			k++
		}
		if k >= len(x.toks) || !summaryNouns[x.toks[k].Lower] {
			continue
		}
		if k+1 >= len(x.toks) || x.toks[k+1].Lower != "and" {
			continue // "condemned the move and urged …" only
		}
		for j := range x.events {
			nx := &x.events[j]
			if j == i || nx.Source != ev.Source || nx.Target == "" || len(nx.Target) < 3 || strings.HasPrefix(nx.Target, ev.Source[:min(3, len(ev.Source))]) {
				continue
			}
			if w := x.verbToken(*nx); w < k+2 || w > k+8 {
				continue
			}
			ev.Target, ev.TargetName = nx.Target, nx.TargetName
			ev.Evidence.Target = nx.Evidence.Target
			break
		}
	}
}

// reactionRoot reports whether code is a reaction to someone's act:
// criticism, praise, rejection.
func reactionRoot(code string) bool {
	return strings.HasPrefix(code, "11") || strings.HasPrefix(code, "051") || strings.HasPrefix(code, "12")
}

// objectIt reports whether "it" at k is the object of a verb and the
// subject of an infinitive after it: "asked it to join", "urged it to".
func (x *sentence) objectIt(k int) bool {
	if k <= x.from || k+2 >= len(x.toks) || x.toks[k+1].Lower != "to" {
		return false
	}
	switch x.toks[k-1].Tag {
	case "VBD", "VBZ", "VBP", "VB", "VBN":
	default:
		return false
	}
	return strings.HasPrefix(x.toks[k+2].Tag, "VB")
}

// objectItRef is what an object "it" stands for: the last country or body
// named before it that is not its verb's subject.
func (x *sentence) objectItRef(k int) *mention {
	subj := x.verbSubjectBefore(k)
	return x.lastWhere(k, func(m *mention) bool {
		if m == subj || m.weak || m.locative || m.person || m.plural || m.pronoun || len(m.codes) != 1 || len(m.codes[0]) < 3 || m.codes[0][0] == '?' {
			return false
		}
		return subj == nil || len(subj.codes) == 0 || subj.codes[0] != m.codes[0]
	})
}

// dropPlainConsults drops a bare consultation (040) of a pair the sentence
// also codes as a telephone call: "spoke by telephone with Nurtleu and
// discussed preparations" is one call.
func (x *sentence) dropPlainConsults() {
	called := map[string]bool{}
	for _, ev := range x.events {
		if ev.Code == "041" && ev.Target != "" {
			called[ev.Source+"|"+ev.Target] = true
		}
	}
	if len(called) == 0 {
		return
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if ev.Code == "040" && called[ev.Source+"|"+ev.Target] {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// dropOwnVerdicts drops the criticism a monitors' verdict on an election
// seemed to give the country whose election it was: in "the OSCE said
// Kazakhstan's election lacked genuine competition" Kazakhstan criticises
// no one; the OSCE criticises Kazakhstan.
func (x *sentence) dropOwnVerdicts(speaker string) {
	kept := x.events[:0]
	for _, ev := range x.events {
		if ev.Source != speaker && ev.Target == "" && strings.HasPrefix(ev.Code, "11") && strings.HasSuffix(strings.TrimSpace(ev.SourceName), "'s") {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// possessedThing reports whether the words from k after "the country's"
// name a thing, not an agent: "praised the country's reforms" is aimed at
// the country; "the country's president" is left to the agent rules.
func (x *sentence) possessedThing(k int) bool {
	if k >= len(x.toks) || x.mentionStartingAt(k) != nil || isCapitalised(x.toks[k].Text) && !isQuote(&x.toks[k]) {
		return false
	}
	for j := k; j < len(x.toks) && j < k+3; j++ {
		if x.mentionStartingAt(j) != nil {
			return false // "the country's top diplomat"
		}
		if strings.HasPrefix(x.toks[j].Tag, "NN") {
			return true
		}
	}
	return false
}

// pluperfectReport reports whether prev is a reported act in the
// pluperfect ("had detained") and g, joined to it, a plain past ("and
// demanded"): a change of tense that returns to the speaker.
func (x *sentence) pluperfectReport(prev, g *vgroup) bool {
	if prev.noun || g.noun || prev.passive || g.modal != "" || g.start != g.head || x.toks[g.head].Tag != "VBD" {
		return false
	}
	if x.toks[prev.start].Lower != "had" || prev.head == prev.start {
		return false
	}
	return x.toks[g.start-1].Lower == "and" && (speechLemmas[firstLemma(g)] || g.frame == dict.FrameDemand || g.frame == dict.FrameAppeal)
}

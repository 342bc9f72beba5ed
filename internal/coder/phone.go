package coder

import "strings"

// phoneWords are the second words of "phone call", "telephone
// conversation" …: the medium of a talk.
var phoneWords = map[string]bool{"call": true, "calls": true, "conversation": true, "conversations": true, "talks": true}

// phoneCalls adds the call itself to what was said or done in it: "Tokayev
// thanked Putin in a telephone conversation" is the thanks and a phone call
// (041); "X called Y to discuss …" is a call, not an appeal to meet.
func (x *sentence) phoneCalls() {
	if len(x.events) == 0 {
		return
	}
	n := len(x.events)
	if !x.mayHave(phoneGate) {
		n = 0 // s8: phoneAdjunct needs one of these words
	}
	for i := 0; i < n; i++ {
		ev := x.events[i]
		if ev.Target == "" || ev.Code == "041" || ev.Code == "042" || ev.Code == "043" || ev.Code == "044" {
			continue
		}
		k := x.verbToken(ev)
		if k < 0 {
			continue
		}
		g := x.groupCovering(k)
		if g == nil || g.noun {
			continue
		}
		if !x.phoneAdjunct(g.end, x.clauseEnd(g)) && !x.frontedPhone(g) {
			continue
		}
		if ev.Root == "04" {
			fill(&x.events[i], "041") // "discussed water issues by phone"
			continue
		}
		x.emit(ev.Source, ev.Target, "041", nil, nil, ev.Evidence.Verb, ev.SourceName, ev.TargetName, "")
	}
	x.callToDiscuss()
}

// phoneAdjunct reports whether tokens [from, to) hold "in a (tele)phone
// call/conversation" or "by (tele)phone".
func (x *sentence) phoneAdjunct(from, to int) bool {
	toks := x.toks
	for k := from; k < to && k+1 < len(toks); k++ {
		w := toks[k].Lower
		if w != "phone" && w != "telephone" {
			continue
		}
		prev := ""
		if k > 0 {
			prev = toks[k-1].Lower
		}
		if prev == "by" || prev == "over" && k > 1 && toks[k-2].Lower == "the" {
			return true
		}
		if phoneWords[toks[k+1].Lower] && k >= 2 && (toks[k-2].Lower == "in" || toks[k-2].Lower == "during") {
			return true
		}
	}
	return false
}

// callToDiscuss turns "X called Y on Monday to discuss Z" from an appeal to
// meet into the call it is; "called on Y to" stays an appeal.
func (x *sentence) callToDiscuss() {
	for _, g := range x.groups {
		if g.noun || g.neg || firstLemma(g) != "call" || g.end >= len(x.toks) {
			continue
		}
		m := x.mentionStartingAt(g.end)
		if m == nil || m.weak || m.locative {
			continue
		}
		cg := x.infinitiveNear(m, 4)
		if cg == nil || !talkLemmas[firstLemma(cg)] {
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil || l.neg {
			continue
		}
		kept := x.events[:0]
		for _, ev := range x.events {
			if ev.Modality == "appeal" && x.verbToken(ev) == cg.head {
				continue
			}
			kept = append(kept, ev)
		}
		x.events = kept
		x.emitAll(subj, m, "041", "", x.span(g.head, g.end), "")
	}
}

// talkLemmas are what one calls someone to do.
var talkLemmas = map[string]bool{"discuss": true, "talk": true, "exchange": true, "review": true, "coordinate": true, "brief": true, "inform": true}

// mutualIntents aims the untargeted intents of partners who agreed with
// each other at each other: "X and Y agreed to simplify visas and to double
// trade" is X's intent to trade with Y and Y's with X.
func (x *sentence) mutualIntents() {
	partners := map[string][]string{}
	for _, ev := range x.events {
		if ev.Modality == "intent" && ev.Target != "" && strings.HasPrefix(ev.Code, "03") {
			partners[ev.Source] = append(partners[ev.Source], ev.Target)
		}
	}
	if len(partners) < 2 {
		return
	}
	n := len(x.events)
	for i := 0; i < n; i++ {
		ev := x.events[i]
		if ev.Modality != "intent" || ev.Target != "" || !strings.HasPrefix(ev.Code, "03") {
			continue
		}
		ps := partners[ev.Source]
		mutual := false
		for _, p := range ps {
			for _, q := range partners[p] {
				mutual = mutual || q == ev.Source
			}
		}
		if !mutual {
			continue
		}
		for _, p := range ps {
			x.emit(ev.Source, p, ev.Code, ev.Evidence.Source, nil, ev.Evidence.Verb, ev.SourceName, "", ev.Modality)
		}
		x.events[i].Code = "" // replaced by the aimed ones
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if ev.Code != "" {
			kept = append(kept, ev)
		}
	}
	x.events = kept
}

// frontedPhone reports whether the sentence opens with the call that g's
// act was done in: "In a phone call, Putin and Japarov exchanged views".
func (x *sentence) frontedPhone(g *vgroup) bool {
	k := x.from
	if k >= len(x.toks) || g.start <= k {
		return false
	}
	if w := x.toks[k].Lower; w != "in" && w != "during" {
		return false
	}
	return x.phoneAdjunct(k, min(k+5, g.start))
}

// infinitiveNear returns the first verb group that follows mention m by at
// most gap tokens with "to" right before it ("called Tokayev on Monday to
// discuss", "ordered Kazakhstan to lift"), or nil.
func (x *sentence) infinitiveNear(m *mention, gap int) *vgroup {
	for _, og := range x.groups {
		if !og.noun && og.start > m.end && og.start-m.end <= gap && x.toks[og.start-1].Lower == "to" {
			return og
		}
	}
	return nil
}

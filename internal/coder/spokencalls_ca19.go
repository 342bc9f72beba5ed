package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
)

// toldVerbs tell someone something; in a phone call the telling is a call.
var toldVerbs = map[string]bool{
	"told": true, "tells": true, "assured": true, "assures": true, "informed": true, "informs": true,
	"reassured": true, "briefed": true, "briefs": true,
}

// spokenCalls codes the call in "Saidov told Muttaqi in a phone call that
// …" and "…, Saidov told Muttaqi by telephone": whatever was said, the
// two spoke by phone (041).
func (x *sentence) spokenCalls() {
	if !x.mayHave(toldVerbGate) {
		return // s8
	}
	for k := x.from + 1; k+2 < len(x.toks); k++ {
		if !toldVerbs[x.toks[k].Lower] {
			continue
		}
		src := x.mentionEndingAt(k - 1)
		tgt := x.mentionStartingAt(k + 1)
		if tgt == nil && k+2 < len(x.toks) && (x.toks[k+1].Lower == "his" || x.toks[k+1].Lower == "her" || x.toks[k+1].Lower == "the") {
			tgt = x.mentionStartingAt(k + 2) // "told his Afghan counterpart"
		}
		if src == nil || tgt == nil || src.weak || tgt.weak || tgt.locative || len(src.codes) == 0 || len(tgt.codes) == 0 {
			continue
		}
		end := tgt.end + 6
		if end > len(x.toks) {
			end = len(x.toks)
		}
		if !x.phoneAdjunct(tgt.end, end) {
			continue
		}
		verb := &event.Span{x.toks[k].Start, x.toks[k].End}
		x.emitAll(src, tgt, "041", "", verb, "")
	}
}

// rebukeNouns name a remark as blame.
var rebukeNouns = map[string]bool{"rebuke": true, "reprimand": true, "snub": true, "swipe": true, "jab": true, "dig": true}

// toldAsRebuke codes what someone told someone as criticism when the
// sentence calls it a rebuke: "Rahmon told Putin at a summit in Astana that
// Moscow did not show enough respect …, in an unusually blunt public
// rebuke"; "…, a remark widely seen as a rare public rebuke of the Russian
// leader".
func (x *sentence) toldAsRebuke() {
	if !x.mayHave(rebukeNounGate) {
		return // s8
	}
	r := -1
	for k := x.from + 1; k < len(x.toks); k++ {
		if rebukeNouns[x.toks[k].Lower] && strings.HasPrefix(x.toks[k].Tag, "NN") {
			r = k
			break
		}
	}
	if r < 0 {
		return
	}
	for k := x.from + 1; k+1 < r; k++ {
		switch x.toks[k].Lower {
		case "told", "reminded":
		default:
			continue
		}
		src, tgt := x.mentionEndingAt(k-1), x.mentionStartingAt(k+1)
		if src == nil && k >= 2 && x.toks[k-1].Tag == "RB" {
			src = x.mentionEndingAt(k - 2) // "Rahmon also asked Putin"
		}
		if src == nil || tgt == nil || src.weak || tgt.weak || tgt.locative || len(src.codes) == 0 || len(tgt.codes) == 0 {
			continue
		}
		if x.hasEvent(x.resolve(src.codes[0], ""), x.resolve(tgt.codes[0], ""), "11") {
			return
		}
		verb := &event.Span{x.toks[r].Start, x.toks[r].End}
		x.emitAll(src, tgt, "111", "", verb, "")
		return
	}
}

// dropMeetingPurposes drops the appeal to meet (026) read off the purpose of
// a meeting or call already coded between the same two: "Mirziyoyev held a
// video call with Sharif to discuss the railway" is the call, not an appeal
// for talks.
func (x *sentence) dropMeetingPurposes() {
	if !meetingBesideAppeal(x.events) {
		return // s8: nothing to drop
	}
	met := map[string]bool{}
	for _, ev := range x.events {
		if ev.Root == "04" {
			met[ev.Source+"|"+ev.Target] = true
		}
	}
	if len(met) == 0 {
		return
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if ev.Code == "026" && met[ev.Source+"|"+ev.Target] {
			if k := x.verbToken(ev); k > 0 && x.toks[k-1].Lower == "to" && talkLemmas[x.toks[k].Lower] {
				continue
			}
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

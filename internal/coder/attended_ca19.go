package coder

import "github.com/accord-hub/accord/internal/event"

// hostVerbs hold a gathering that others attend.
var hostVerbs = map[string]bool{
	"hosted": true, "hosts": true, "held": true, "holds": true, "organised": true, "organized": true,
	"convened": true, "staged": true, "chaired": true,
}

// gatheringNouns are what a host holds and guests attend.
var gatheringNouns = map[string]bool{
	"conference": true, "summit": true, "forum": true, "meeting": true, "session": true, "talks": true,
	"congress": true, "gathering": true, "ceremony": true, "celebrations": true, "parade": true,
	"consultations": true, "dialogue": true, "round": true,
}

// attendedGatherings codes the guests of a gathering named by "attended by":
// "Uzbekistan hosted an international conference on Afghanistan, attended
// by the Taliban's foreign minister" is Uzbekistan hosting the Taliban (043).
func (x *sentence) attendedGatherings() {
	if !x.mayHave(attendedGate) {
		return // s8
	}
	for k := x.from + 2; k+2 < len(x.toks); k++ {
		if x.toks[k].Lower != "attended" || x.toks[k+1].Lower != "by" {
			continue
		}
		guest := x.mentionStartingAt(k + 2)
		if guest == nil {
			guest = x.mentionStartingAt(k + 3)
		}
		if guest == nil || guest.weak || guest.locative || len(guest.codes) == 0 {
			continue
		}
		if c := guest.codes[0]; len(c) > 3 && popularAgent(c[3:]) {
			continue // "a ceremony attended by several hundred residents"
		}
		host, gathering := -1, false
		for j := k - 1; j > x.from; j-- {
			w := x.toks[j].Lower
			if w == ";" || w == "and" && j < k-1 && x.toks[j+1].Tag != "NN" {
				break
			}
			if gatheringNouns[w] {
				gathering = true
			}
			if hostVerbs[w] {
				host = j
				break
			}
		}
		if host < 0 || !gathering {
			continue
		}
		src := x.mentionEndingAt(host - 1)
		if src == nil || src.weak || len(src.codes) == 0 {
			continue
		}
		if x.hasEvent(x.resolve(src.codes[0], ""), x.resolve(guest.codes[0], ""), "04") {
			continue
		}
		verb := &event.Span{x.toks[host].Start, x.toks[host].End}
		x.emitAll(src, guest, "043", "", verb, "")
	}
}

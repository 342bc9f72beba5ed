package coder

import "github.com/accord-hub/accord/internal/event"

// toldVerbs tell someone something; in a phone call the telling is a call.
var toldVerbs = map[string]bool{
	"told": true, "tells": true, "assured": true, "assures": true, "informed": true, "informs": true,
	"reassured": true, "briefed": true, "briefs": true,
}

// spokenCalls codes the call in "Saidov told Muttaqi in a phone call that
// …" and "…, Saidov told Muttaqi by telephone": whatever was said, the
// two spoke by phone (041).
func (x *sentence) spokenCalls() {
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

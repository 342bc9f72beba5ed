package coder

// justifyingWords open the participle clause that gives the reason for a
// refusal or a denial: "rejected the proposal, saying it would not accept
// political conditions".
var justifyingWords = map[string]bool{"saying": true, "arguing": true, "insisting": true, "explaining": true}

// dropJustifications drops the acts coded inside the reason given for a
// rejection, refusal or denial (root 12): in "Kazakhstan turned down
// Moscow's proposal, saying it would discuss only commercial contracts" the
// rejection is the news; the reason is not an act of its own. ("adding that
// it would ask Washington for evidence" is a further act and stays.)
func (x *sentence) dropJustifications() {
	cut := -1
	for _, ev := range x.events {
		if ev.Root != "12" {
			continue
		}
		k := x.verbToken(ev)
		if k < 0 {
			continue
		}
		if s := x.justificationAfter(k); s > 0 && (cut < 0 || s < cut) {
			cut = s
		}
	}
	if cut < 0 {
		return
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if k := x.verbToken(ev); k > cut {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// justificationAfter returns the index of ", saying" after the verb at k,
// before any other clause's finite verb, or -1.
func (x *sentence) justificationAfter(k int) int {
	for j := k + 1; j+1 < len(x.toks); j++ {
		t := &x.toks[j]
		if t.Lower == "," && justifyingWords[x.toks[j+1].Lower] {
			return j + 1
		}
		if t.Lower == ";" || t.Lower == "but" || t.Lower == "while" || t.Lower == "and" && j > 0 && x.toks[j-1].Lower == "," {
			return -1
		}
	}
	return -1
}

// resultParticiples after a comma tell what an act brought about, not a
// further act: "signed the treaty, ending three decades of disputes".
var resultParticiples = map[string]bool{"ending": true}

// dropResults drops the events coded from such a participle.
func (x *sentence) dropResults() {
	if !x.mayHave(resultParticipleGate) {
		return // s8
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if k := x.verbToken(ev); k > x.from && resultParticiples[x.toks[k].Lower] && x.toks[k-1].Lower == "," {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// dropPraisedWork drops the acts coded from a gerund after "in" that tells
// what a praised or thanked party helped with: "thanked Turkey for its
// support in building the TAPI pipeline", "praised the two leaders for their
// courage in resolving the border question". The praise (05) is the act.
func (x *sentence) dropPraisedWork() {
	praise := -1
	for _, ev := range x.events {
		if ev.Root == "05" {
			if k := x.verbToken(ev); k >= 0 && (praise < 0 || k < praise) {
				praise = k
			}
		}
	}
	if praise < 0 {
		return
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if k := x.verbToken(ev); k > praise+1 && x.toks[k].Tag == "VBG" && x.toks[k-1].Lower == "in" {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

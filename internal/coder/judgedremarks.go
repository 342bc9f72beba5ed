package coder

// remarkNouns are what someone said or did that a government judges.
var remarkNouns = map[string]bool{"remarks": true, "remark": true, "statement": true, "statements": true,
	"comments": true, "comment": true, "words": true, "claims": true, "accusations": true, "allegations": true,
	"actions": true, "behaviour": true, "behavior": true, "article": true, "publication": true, "post": true}

// judgeAdjectives condemn what they are said of.
var judgeAdjectives = map[string]bool{"unacceptable": true, "provocative": true, "absurd": true,
	"irresponsible": true, "baseless": true, "groundless": true, "unfounded": true, "outrageous": true,
	"hostile": true, "insulting": true, "offensive": true, "inadmissible": true, "regrettable": true,
	"false": true, "untrue": true, "slanderous": true, "unfriendly": true, "deplorable": true}

// judgedRemarks codes a verdict on another's words: "Kazakhstan's Foreign
// Ministry said remarks by the Ukrainian ambassador … were unacceptable",
// "It said a Russian lawmaker's remarks were unacceptable": the speaker
// criticises whoever made them (111).
func (x *sentence) judgedRemarks() {
	toks := x.toks
	if !x.mayHave(remarkNounGate) {
		return // s8: no remark noun
	}
	for _, sg := range x.groups {
		if sg.noun || sg.neg || !speechLemmas[firstLemma(sg)] {
			continue
		}
		k := sg.end
		if k < len(toks) && toks[k].Lower == "that" {
			k++
		}
		// The remark noun opens the clause, after its owner's possessive
		// ("a Russian lawmaker's remarks") or before "by X" ("remarks by").
		var owner *mention
		n := -1
		for j := k; j < len(toks) && j < k+8; j++ {
			if hasWord(&toks[j], remarkNounFilter, remarkNouns) {
				n = j
				break
			}
			if m := x.mentionStartingAt(j); m != nil && m.end+1 < len(toks) {
				if isPossessive(toks[m.end].Lower) {
					owner, j = m, m.end
				} else if isPossessive(toks[m.end-1].Lower) {
					owner, j = m, m.end-1
				}
			}
		}
		if n < 0 {
			continue
		}
		if owner == nil && n+1 < len(toks) && (toks[n+1].Lower == "by" || toks[n+1].Lower == "of" || toks[n+1].Lower == "from") {
			owner = x.mentionAfterDeterminers(n + 2)
		}
		if owner == nil || owner.weak {
			continue
		}
		// The verdict: "were (totally) unacceptable", later in the clause.
		judged := -1
		for j := n + 1; j+1 < len(toks) && j < n+45; j++ {
			switch toks[j].Lower {
			case "was", "were", "is", "are":
				a := j + 1
				for a < len(toks) && toks[a].Tag == "RB" {
					a++
				}
				if a < len(toks) && judgeAdjectives[toks[a].Lower] {
					judged = a
				}
			}
			if judged >= 0 {
				break
			}
		}
		if judged < 0 {
			continue
		}
		speaker, l := x.subjectOf(sg, 0)
		if speaker == nil || l.neg || x.sameActor(speaker, owner) {
			continue
		}
		x.emitAll(speaker, owner, "111", "", x.span(judged, judged+1), "")
		sg.coded = true
	}
}

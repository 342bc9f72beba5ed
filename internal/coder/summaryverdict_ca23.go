package coder

import "github.com/accord-hub/accord/internal/event"

// verdictNouns sum up the act of the clause before them: ", charges that
// the Uzbek Forum described as fabricated", ", a measure criticised by
// rights groups as discriminatory".
var verdictNouns = setOf("move", "moves", "decision", "step", "verdict", "sentence", "ruling", "measure", "measures",
	"demand", "demands", "charge", "charges", "accusation", "accusations", "bill", "law", "ban", "policy",
	"claim", "claims", "request", "proposal", "plan", "action", "actions", "decree", "order")

// namingLemmas describe an act as something: "called it absurd".
var namingLemmas = setOf("call", "describe", "dub", "label", "term", "brand", "characterise", "characterize", "deem")

// censureLemmas criticise an act, actively or in the passive.
var censureLemmas = setOf("condemn", "criticise", "criticize", "denounce", "slam", "decry", "deplore", "reject", "dismiss")

// faultWords make a description a criticism: "called it absurd".
var faultWords = setOf("absurd", "groundless", "unfounded", "baseless", "fabricated", "protectionist", "travesty",
	"discriminatory", "unfair", "unjust", "illegal", "unlawful", "unacceptable", "persecution", "repressive",
	"draconian", "outrageous", "shameful", "harsh", "disproportionate", "biased", "politically", "motivated",
	"attack", "blow", "grotesque", "arbitrary", "excessive", "cruel", "retaliation", "revenge", "reprisal",
	"harassment", "intimidation", "crackdown", "censorship", "orwellian", "provocative", "provocation", "hostile", "shocking", "appalling", "scandalous", "sham")

// summaryVerdicts codes a verdict on the act of the clause before a summing
// noun against whoever did it: "A court in Fergana sentenced the blogger …,
// charges that the Uzbek Forum for Human Rights described as fabricated",
// "The Russian parliament approved a bill …, a measure criticised by rights
// groups as discriminatory". summaryReactions codes ", a move X condemned"
// with "a"; this takes the describing verbs, the passive and the other
// determiners.
func (x *sentence) summaryVerdicts() {
	if x.c.dict.Compat || !x.mayHave(verdictNounGate) {
		return
	}
	toks := x.toks
	for k := x.from + 2; k+3 < len(toks); k++ {
		if toks[k].Lower != "," {
			continue
		}
		j := k + 1
		article := toks[j].Lower == "a" || toks[j].Lower == "an"
		if article || toks[j].Lower == "the" {
			j++
		}
		for j < len(toks) && toks[j].Tag == "JJ" {
			j++
		}
		if j+2 >= len(toks) || !verdictNouns[toks[j].Lower] {
			continue
		}
		doer := x.firstEventBefore(k)
		if doer == nil {
			continue
		}
		for _, g := range x.groups {
			if g.noun || g.head <= j || g.head > j+10 || g.neg {
				continue
			}
			if speechLemmas[firstLemma(g)] {
				continue // "… that rights groups said was": the verb after it
			}
			naming := x.headIn(g, namingLemmas)
			if !naming && !x.headIn(g, censureLemmas) || x.groupHasEvents(g) {
				break
			}
			passive := g.passive || x.toks[g.head].Tag == "VBN" && g.start == g.head && g.end < len(toks) && toks[g.end].Lower == "by"
			if !naming && article && !passive {
				break // summaryReactions' ", a move X condemned"
			}
			if naming && !x.faultAfter(g.end) {
				break
			}
			var subj *mention
			if passive {
				if g.end < len(toks) && toks[g.end].Lower == "by" {
					subj = x.mentionStartingAt(g.end + 1)
				}
			} else {
				subj = x.mentionBetween(j+1, g.start)
			}
			if subj == nil || len(subj.codes) == 0 {
				break
			}
			x.dropTargetsAfter(k)
			for i, c := range subj.codes {
				other := doer.Source
				if len(c) == 4 && c[1:] == "HRI" {
					other = "" // "rights groups": of no country the act names
				}
				if c = x.resolve(c, other); c == "" {
					continue
				}
				x.emit(c, doer.Source, "111", x.span(subj.spans[i][0], subj.spans[i][1]), doer.Evidence.Source, x.span(g.head, g.end), subj.text, doer.SourceName, "")
			}
			break
		}
	}
}

// firstEventBefore returns the first event whose verb comes before token k.
func (x *sentence) firstEventBefore(k int) *event.Event {
	for i := range x.events {
		if vk := x.verbToken(x.events[i]); vk >= 0 && vk < k && x.events[i].Source != "" {
			return &x.events[i]
		}
	}
	return nil
}

// faultAfter reports whether a fault word follows token k closely.
func (x *sentence) faultAfter(k int) bool {
	for n := k; n < len(x.toks) && n < k+8; n++ {
		if x.toks[n].Lower == "," || x.toks[n].Lower == ";" {
			return false
		}
		if faultWords[x.toks[n].Lower] {
			return true
		}
	}
	return false
}

// dropTargetsAfter clears the targets that events told before the comma k
// found after it, in the phrase that sums their act up: "approved a bill
// banning …, a measure criticised by rights groups" aims nothing at the
// rights groups.
func (x *sentence) dropTargetsAfter(k int) {
	at := x.toks[k].Start
	for i := range x.events {
		ev := &x.events[i]
		if vk := x.verbToken(*ev); vk < 0 || vk >= k || ev.Evidence.Target == nil || ev.Evidence.Target[0] < at {
			continue
		}
		ev.Target, ev.TargetName, ev.Evidence.Target = "", "", nil
	}
}

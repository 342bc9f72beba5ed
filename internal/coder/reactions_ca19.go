package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/nlp"
)

// tokenStarting returns the index of the token starting at byte offset
// start, or -1.
func (x *sentence) tokenStarting(start int) int {
	for k := range x.toks {
		if x.toks[k].Start == start {
			return k
		}
	}
	return -1
}

// protestOwnTargets clears the target of a protest aimed only at a
// possessive pronoun: in "police dispersed residents protesting against the
// demolition of their homes" the homes are the protesters' own, and the
// protest is aimed at no one the sentence names.
func (x *sentence) protestOwnTargets() {
	for i := range x.events {
		ev := &x.events[i]
		if ev.Root != "14" || ev.Target == "" || ev.Evidence.Target == nil {
			continue
		}
		k := x.tokenStarting(ev.Evidence.Target[0])
		if k < 0 {
			continue
		}
		switch x.toks[k].Lower {
		case "their", "its", "his", "her", "our":
			ev.Target, ev.TargetName, ev.Evidence.Target = "", "", nil
		}
	}
}

// accidentVerbs are what vehicles, buildings and fires do in accident
// reports: "a bus crashed, killing 14 people".
var accidentVerbs = map[string]bool{
	"crashed": true, "collided": true, "overturned": true, "derailed": true, "collapsed": true,
	"exploded": true, "capsized": true, "sank": true, "plunged": true, "caught": true, "burned": true,
	"burnt": true, "skidded": true,
}

// accidentNouns head the subject of a killing no one did: "a fire at a gas
// station killed six people", "an avalanche killed three soldiers".
var accidentNouns = map[string]bool{
	"fire": true, "blaze": true, "crash": true, "collision": true, "avalanche": true, "landslide": true,
	"mudslide": true, "flood": true, "floods": true, "flooding": true, "earthquake": true, "quake": true,
	"storm": true, "accident": true, "explosion": true, "leak": true, "heatwave": true, "mudflow": true,
	"mudflows": true, "collapse": true, "stampede": true,
}

// killLemmas are the harm verbs an accident report uses.
var killLemmas = map[string]bool{"killing": true, "killed": true, "kills": true, "kill": true, "injuring": true, "injured": true, "wounding": true, "wounded": true, "leaving": true, "left": true, "claiming": true, "claimed": true}

// dropAccidentKills drops assaults and fights whose killer is an accident:
// "a bus carrying Uzbek pilgrims crashed in Saudi Arabia, killing 14
// people"; "after a fire at a gas station killed six people".
func (x *sentence) dropAccidentKills() {
	kept := x.events[:0]
	for _, ev := range x.events {
		if (ev.Root == "18" || ev.Root == "19" || ev.Root == "20") && x.accidentKill(x.verbToken(ev)) {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// accidentKill reports whether the harm verb at k is done by an accident.
func (x *sentence) accidentKill(k int) bool {
	if k <= x.from || !killLemmas[x.toks[k].Lower] {
		return false
	}
	if x.toks[k].Tag == "VBG" && x.toks[k-1].Lower == "," {
		for j := k - 2; j >= x.from; j-- {
			w := x.toks[j].Lower
			if w == "," || w == ";" || x.toks[j].Tag == "VBG" {
				return false
			}
			if strings.HasPrefix(x.toks[j].Tag, "VB") {
				return accidentVerbs[w]
			}
		}
		return false
	}
	for j := k - 1; j >= x.from; j-- {
		w := x.toks[j].Lower
		switch w {
		case ",", ";", "after", "when", "as", "while", "because", "since", "and", "that":
			return false
		}
		if accidentNouns[w] && strings.HasPrefix(x.toks[j].Tag, "NN") {
			// the accident must head the subject: no actor before it
			for _, m := range x.ms {
				if m.start < j && m.end <= k && m.start > j-4 && !m.weak {
					return false
				}
			}
			for i := j - 1; i >= x.from; i-- {
				v := x.toks[i].Lower
				if v == "," || v == ";" || v == "after" || v == "when" || v == "as" || v == "while" || v == "because" || v == "since" {
					return true
				}
				if strings.HasPrefix(x.toks[i].Tag, "VB") || strings.HasPrefix(x.toks[i].Tag, "NN") {
					return false // "troops set fire to …": the fire is an object
				}
			}
			return true
		}
	}
	return false
}

// reactionNouns stand for the act of the clause before them in an
// apposition: "…, a move criticised by Kyrgyzstan".
var reactionNouns = map[string]bool{
	"move": true, "decision": true, "step": true, "measure": true, "ruling": true, "verdict": true,
	"sentence": true, "action": true, "policy": true, "plan": true, "deal": true, "announcement": true,
	"initiative": true, "ban": true, "law": true, "gesture": true, "charges": true, "charge": true,
	"case": true, "arrest": true, "arrests": true, "trial": true, "detention": true, "raid": true,
}

// reactionVerbs code the reaction of the "by" actor to the clause's actor.
var reactionVerbs = map[string]string{
	"criticised": "111", "criticized": "111", "condemned": "111", "denounced": "111", "slammed": "111",
	"decried": "111", "deplored": "111", "welcomed": "051", "praised": "051", "hailed": "051",
	"applauded": "051", "endorsed": "051", "backed": "051", "supported": "051", "rejected": "12",
	"protested": "114", "opposed": "111",
}

// reactionAppositions codes the reaction in "Washington removed Uzbek cotton
// from its list, a decision welcomed by Tashkent": Tashkent praised
// Washington. The reacting actor's target is the source of the act before
// the comma.
func (x *sentence) reactionAppositions() {
	if !x.mayHave(reactionNounGate) {
		return // s8: no reaction noun
	}
	for k := x.from + 1; k+4 < len(x.toks); k++ {
		if x.toks[k].Lower != "," {
			continue
		}
		j := k + 1
		switch x.toks[j].Lower {
		case "a", "an", "the", "this", "that":
			j++
		}
		for j < len(x.toks) && (x.toks[j].Tag == "JJ" || x.toks[j].Tag == "RB") {
			j++
		}
		if j+2 >= len(x.toks) || !reactionNouns[x.toks[j].Lower] {
			continue
		}
		v := j + 1
		var by *mention
		if w := x.toks[v].Lower; (w == "that" || w == "which") && v+2 < len(x.toks) {
			// "…, a decision that rights groups condemned as persecution"
			if m := x.mentionStartingAt(v + 1); m != nil && m.end < len(x.toks) {
				by, v = m, m.end
			} else if m := x.mentionStartingAt(v + 2); m != nil && m.end < len(x.toks) && x.toks[v+1].Tag == "DT" {
				by, v = m, m.end
			} else {
				continue
			}
		} else if m := x.mentionStartingAt(v); m != nil && m.end < len(x.toks) && !m.weak {
			by, v = m, m.end // "…, a sentence the UN rapporteur described as shocking"
		} else if m := x.mentionStartingAt(v + 1); m != nil && m.end < len(x.toks) && x.toks[v].Tag == "DT" && !m.weak {
			by, v = m, m.end
		}
		if by != nil {
			// "the special rapporteur on human rights defenders described"
			for n := 0; n < 8 && v+1 < len(x.toks) && reactionVerbs[x.toks[v].Lower] == "" && describeVerbs[x.toks[v].Lower] == ""; n++ {
				switch t := x.toks[v].Tag; {
				case t == "IN" || t == "DT" || t == "JJ" || strings.HasPrefix(t, "NN"):
					v++
					continue
				}
				break
			}
		}
		if by != nil && describeVerbs[x.toks[v].Lower] != "" {
			code := describeVerbs[x.toks[v].Lower]
			for n := v + 1; n < len(x.toks) && n <= v+6; n++ {
				if positiveWords[x.toks[n].Lower] {
					code = "051"
				}
			}
			x.reactTo(k, by, code, v)
			continue
		}
		if x.toks[v].Lower == "swiftly" || x.toks[v].Lower == "quickly" || x.toks[v].Lower == "immediately" {
			v++
		}
		code := reactionVerbs[x.toks[v].Lower]
		if code == "" || v+1 >= len(x.toks) {
			continue
		}
		if by == nil {
			if x.toks[v+1].Lower != "by" {
				continue
			}
			by = x.mentionStartingAt(v + 2)
			if by == nil {
				by = x.mentionStartingAt(v + 3) // "by the European Union"
			}
		}
		x.reactTo(k, by, code, v)
	}
}

// describeVerbs describe an act as something; what follows says whether
// the description is praise or blame.
var describeVerbs = map[string]string{
	"described": "111", "called": "111", "branded": "111", "labelled": "111", "labeled": "111", "termed": "111",
}

// positiveWords make a description praise: "described as an important step".
var positiveWords = map[string]bool{
	"positive": true, "welcome": true, "important": true, "historic": true, "good": true, "step": true,
	"progress": true, "breakthrough": true, "constructive": true, "success": true, "milestone": true,
	"landmark": true, "encouraging": true,
}

// reactTo codes by's reaction (code, verb at v) to the act before the comma
// at k: aimed at the act's source, or the clause's first actor.
func (x *sentence) reactTo(k int, by *mention, code string, v int) {
	if by == nil || by.weak || by.locative && !by.capital || len(by.codes) == 0 {
		return
	}
	var actor *mention
	for _, ev := range x.events {
		if ev.Evidence.Source == nil || ev.Evidence.Verb == nil || ev.Evidence.Verb[0] >= x.toks[k].Start {
			continue
		}
		if s := x.tokenStarting(ev.Evidence.Source[0]); s >= 0 {
			if m := x.mentionStartingAt(s); m != nil && m.end <= k {
				actor = m
				break
			}
		}
	}
	if actor == nil {
		// no act coded before the comma: its subject, the first actor
		for _, m := range x.ms {
			if m.start < x.from {
				continue
			}
			if m.end <= k && m.prep == "" && !m.weak && !m.locative && len(m.codes) > 0 {
				actor = m
			}
			break
		}
	}
	if actor == nil || actor.compound() || actor.end < k && x.toks[actor.end].Lower == "and" {
		return // a deal between several sides is welcomed as such
	}
	verb := &event.Span{x.toks[v].Start, x.toks[v].End}
	if len(by.codes) == 1 && strings.HasSuffix(by.codes[0], "HRI") && !x.capitalisedWithin(by.start, by.end) {
		// unplaced rights groups are NGOs, not the act's country
		ngo := *by
		ngo.codes = []string{"NGOHRI"}
		by = &ngo
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if ev.Target == "" && ev.Evidence.Verb != nil && *ev.Evidence.Verb == *verb {
			continue // the reaction now has its target
		}
		kept = append(kept, ev)
	}
	x.events = kept
	x.emitAll(by, actor, code, "", verb, "")
}

// capitalisedWithin reports whether a token in [from, to) is capitalised:
// a name, rather than a bare agent noun.
func (x *sentence) capitalisedWithin(from, to int) bool {
	for k := from; k < to && k < len(x.toks); k++ {
		if k > x.from && isCapitalised(x.toks[k].Text) {
			return true
		}
	}
	return false
}

// writingNouns are pieces a news medium prints or airs.
var writingNouns = map[string]bool{
	"article": true, "articles": true, "editorial": true, "column": true, "op-ed": true, "piece": true,
	"commentary": true, "cartoon": true, "cartoons": true, "interview": true, "programme": true, "program": true,
}

// mediaMention reports whether m is a news medium after "a piece in" ("an
// article in a Russian newspaper"): "in" names where the piece was
// printed, not a place, so what is said of the piece is aimed at the
// medium.
func mediaMention(toks []nlp.Token, m *mention) bool {
	if len(m.codes) != 1 || !strings.HasSuffix(m.codes[0], "MED") {
		return false
	}
	j := m.start - 1
	for j > 0 && (toks[j].Lower == "a" || toks[j].Lower == "an" || toks[j].Lower == "the") {
		j--
	}
	return j > 0 && toks[j].Lower == "in" && writingNouns[toks[j-1].Lower]
}

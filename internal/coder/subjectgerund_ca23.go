package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
)

// skipSubjectGerunds marks a present participle phrase right after the
// clause's subject as an aside ("Security forces guarding the building
// opened fire on the crowd", "Police officers escorting the convoy detained
// two men"): the phrase's noun is no subject of the finite verb that
// follows it, which the subject search must reach past it.
func (x *sentence) skipSubjectGerunds() {
	if x.c.dict.Compat || x.skip == nil {
		return
	}
	toks := x.toks
	for k := x.from + 1; k+2 < len(toks); k++ {
		if toks[k].Lower == "," && !x.skip[k] {
			if j := x.subjectAsideEnd(k); j > 0 {
				for n := k + 1; n < j; n++ {
					x.skip[n] = true
				}
				k = j
				continue
			}
		}
		if j := x.frontedAs(k); j > 0 {
			for n := k; n < j; n++ {
				x.skip[n] = true
			}
			k = j - 1
			continue
		}
		if toks[k].Tag != "VBG" || x.skip[k] || x.insideMention(k) {
			continue
		}
		m := x.mentionEndingAt(k - 1)
		if m == nil || m.pronoun || m.locative || m.prep != "" {
			continue
		}
		if x.verbBefore(m.start) {
			continue // "detained protesters demanding …": the object's phrase
		}
		if j := x.finiteAfterGerund(k + 1); j > k+1 {
			for n := k; n < j; n++ {
				x.skip[n] = true
			}
			k = j
		}
	}
}

// asideAdverbs open an apposition about the subject's office: "Shoigu,
// now secretary of Russia's Security Council, promised".
var asideAdverbs = setOf("now", "formerly", "then", "currently", "once", "previously", "later")

// subjectAsideEnd returns the comma closing an aside that the comma at k
// opens right after the clause's subject, before its finite verb: a past
// participle's phrase ("Chorshanbiev, deported from Russia in March, was
// sentenced") or an apposition after an adverb ("Shoigu, now secretary of
// Russia's Security Council, promised"). It returns 0 for none.
func (x *sentence) subjectAsideEnd(k int) int {
	toks := x.toks
	if k+2 >= len(toks) {
		return 0
	}
	if m := x.mentionEndingAt(k - 1); m != nil && (m.pronoun || m.locative || m.prep != "" || x.verbBefore(m.start)) {
		return 0
	} else if m == nil && (toks[k-1].Tag != "NNP" || x.verbBefore(k)) {
		return 0 // a name the dictionaries lack: "the Group 24 member Chorshanbe Chorshanbiev,"
	}
	next := &toks[k+1]
	switch {
	case next.Tag == "VBN" || next.Tag == "VBD" && toks[k+2].Tag == "IN":
		return x.asideEnd(k)
	case asideAdverbs[next.Lower]:
		j := x.asideEnd(k)
		for n := k + 2; n < j; n++ {
			if t := toks[n].Tag; strings.HasPrefix(t, "VB") || t == "MD" {
				return 0
			}
		}
		return j
	}
	return 0
}

// verbBefore reports whether a verb, a modal or a clause stop comes before
// k in the sentence.
func (x *sentence) verbBefore(k int) bool {
	for j := x.from; j < k; j++ {
		t := &x.toks[j]
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || clauseStops[t.Lower] && t.Lower != "and" {
			return true
		}
	}
	return false
}

// finiteAfterGerund returns the finite verb or modal that follows the
// participle's object at or after k, behind nothing but the words of noun
// and prepositional phrases, or -1.
func (x *sentence) finiteAfterGerund(k int) int {
	toks := x.toks
	for j := k; j < len(toks) && j < k+10; j++ {
		t := &toks[j]
		if clauseStops[t.Lower] || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "CC" {
			return -1
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if x.insideMention(j) {
				continue
			}
			return j
		case "VB", "VBG", "VBN", "TO", ".", "``", "''":
			return -1
		}
	}
	return -1
}

// frameGerund reports whether verb group b is a gerund after "of" and a
// frame noun ("has no intention of handing them over", "announced its
// intention of joining"): it hangs on the verb before as an infinitive
// would.
func (x *sentence) frameGerund(b *vgroup) bool {
	toks := x.toks
	if x.c.dict.Compat || b.start < 2 || toks[b.head].Tag != "VBG" || toks[b.start-1].Lower != "of" {
		return false
	}
	_, ok := frameWords[toks[b.start-2].Lower]
	return ok
}

// coordinatedDemands gives a demand or an appeal with no target of its own
// the target of the verb it is coordinated with: "summoned the Russian
// ambassador and demanded an explanation", "scolded Putin … and demanded
// respect" make their demands of whom the first verb was aimed at.
func (x *sentence) coordinatedDemands() {
	if x.c.dict.Compat {
		return
	}
	for _, g := range x.groups {
		if !g.coded || g.noun || g.evTo > len(x.events) {
			continue
		}
		p := x.prevGroup(g.start)
		if p == nil || !p.coded || p.evTo > len(x.events) || x.connector(p, g) != "and" {
			continue
		}
		for i := g.evFrom; i < g.evTo; i++ {
			ev := &x.events[i]
			if ev.Target != "" || ev.Root != "10" && ev.Root != "02" {
				continue
			}
			for j := p.evFrom; j < p.evTo; j++ {
				pe := &x.events[j]
				if pe.Source == ev.Source && pe.Target != "" && pe.Target[:3] != ev.Source[:min(3, len(ev.Source))] && x.objectRightAfter(p, pe.Evidence.Target) {
					ev.Target, ev.TargetName, ev.Evidence.Target = pe.Target, pe.TargetName, pe.Evidence.Target
					break
				}
			}
		}
	}
}

// objectRightAfter reports whether the target evidence span starts right
// after verb group g, past determiners and adjectives only: the verb's
// direct object ("summoned the Russian ambassador"), not an actor inside a
// phrase ("expressed concern about Russia's withdrawal").
func (x *sentence) objectRightAfter(g *vgroup, span *event.Span) bool {
	if span == nil {
		return false
	}
	for k := g.end; k < len(x.toks) && k < g.end+4; k++ {
		if x.toks[k].Start == span[0] {
			return true
		}
		if !determiners[x.toks[k].Lower] && x.toks[k].Tag != "JJ" && x.toks[k].Tag != "RB" {
			return false
		}
	}
	return false
}

// hostileLemmas are acts whose disavowal reassures rather than refuses:
// "has no intention of banning the party", "no plans to attack".
var hostileLemmas = setOf("ban", "attack", "invade", "strike", "bomb", "expel", "deport", "arrest", "detain",
	"sanction", "punish", "seize", "annex", "occupy", "prosecute", "outlaw", "shut", "persecute", "threaten")

// hostileAt reports whether the verb group starting at token k is a hostile act.
func (x *sentence) hostileAt(k int) bool {
	g := x.groupCovering(k)
	return g != nil && !x.c.dict.Compat && hostileLemmas[firstLemma(g)]
}

// purposeOfGift reports whether the infinitive og after g is the purpose of
// a thing g gives or promises someone ("promised Tajikistan additional
// support to counter the threat", "offered Kyrgyzstan a loan to build"):
// an actor right after the verb, then a noun right before "to".
func (x *sentence) purposeOfGift(g, og *vgroup) bool {
	toks := x.toks
	if x.c.dict.Compat || og.start < 2 || toks[og.start-1].Lower != "to" {
		return false
	}
	if t := toks[og.start-2].Tag; t != "NN" && t != "NNS" || x.mentionEndingAt(og.start-2) != nil {
		return false
	}
	if _, ok := frameWords[toks[og.start-2].Lower]; ok {
		return false // "promised Kazakhstan its readiness to help"
	}
	m := x.mentionStartingAt(g.end)
	return m != nil && !m.locative && m.end < og.start-2
}

// asideParticiple reports whether g is the past participle that opens an
// aside after the subject ("Chorshanbiev, deported from Russia in March,
// was sentenced"): a passive with no agent, which gives no event.
func (x *sentence) asideParticiple(g *vgroup) bool {
	if x.c.dict.Compat || x.skip == nil || g.noun || g.start != g.head || g.start < 1 || !x.skip[g.head] || x.toks[g.start-1].Lower != "," {
		return false
	}
	if t := x.toks[g.head].Tag; t != "VBN" && t != "VBD" {
		return false
	}
	return x.subjectAsideEnd(g.start-1) > 0 && (g.end >= len(x.toks) || x.toks[g.end].Lower != "by")
}

// fronted returns the end of an "as" complement put before a verb's object
// ("rejected as \"absurd\" a Kyrgyz demand", "dismissed as baseless the
// reports that"), so that the object search reaches the object; or 0.
func (x *sentence) fronted(k int) int {
	toks := x.toks
	if toks[k].Lower != "as" || k == x.from {
		return 0
	}
	if t := toks[k-1].Tag; t != "VBD" && t != "VBZ" && t != "VBP" && t != "VBN" {
		return 0
	}
	j, adj := k+1, false
	if j < len(toks) && isQuote(&toks[j]) {
		// a quoted word, whatever the tagger made of it: as "absurd"
		for n := j + 1; n < len(toks) && n < j+5; n++ {
			if isQuote(&toks[n]) {
				for q := j + 1; q < n; q++ {
					if strings.HasPrefix(toks[q].Tag, "VB") {
						toks[q].Tag = "JJ" // as "absurd/VBP"
					}
				}
				j, adj = n+1, n > j+1
				break
			}
		}
	}
	for j < len(toks) && (isQuote(&toks[j]) || toks[j].Tag == "JJ" || toks[j].Tag == "RB" || toks[j].Lower == "and" || toks[j].Lower == "or") {
		adj = adj || toks[j].Tag == "JJ"
		j++
	}
	if !adj || j >= len(toks) || j == k+1 {
		return 0
	}
	switch toks[j].Tag {
	case "DT", "PRP$", "NNP", "NNS", "CD":
		return j
	}
	return 0
}

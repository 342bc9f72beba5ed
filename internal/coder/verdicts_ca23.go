package coder

import "strings"

// verdictLemmas are the verbs by which observers and rights bodies give a
// verdict on a state: "OSCE observers said the vote lacked genuine
// competition", "the UN committee found that Tajikistan had violated".
var verdictLemmas = setOf("say", "find", "conclude", "report", "note", "state", "write", "add", "rank")

// rankLemmas place a state in a ranking.
var rankLemmas = setOf("rank")

// accusingCues in a verdict accuse the state (112): violations, abuses,
// torture, forced labour, arbitrary detention, failures.
var accusingCues = setOf("violated", "violation", "violations", "violating", "abuses", "torture", "persecution",
	"arbitrary", "arbitrarily", "unlawful", "unlawfully", "perpetrators", "perpetrator", "complicit")

// faultCues in a verdict criticise it (111) on their own.
var faultCues = setOf("marred", "tarnished", "irregularities", "worst", "repression", "repressive", "crackdown",
	"censorship", "undemocratic", "authoritarian", "intimidation")

// weakFaultCues criticise only beside a word of rights or politics:
// "lacked genuine competition", "press freedom had deteriorated".
var weakFaultCues = setOf("lack", "lacked", "lacking", "lacks", "deteriorated", "deteriorating", "restrictions",
	"restricted", "limited", "curtailed", "undermined", "declined", "worsened")

// rightsDomain are the words of rights and politics that make a weak cue a fault.
var rightsDomain = setOf("freedom", "freedoms", "rights", "press", "media", "civil", "election", "elections", "vote",
	"voters", "campaign", "journalists", "competition", "opposition", "democracy", "democratic", "pluralism",
	"independence", "choice", "alternatives", "expression", "assembly", "dissent")

// remedyWords tell that a fault is gone or going: no verdict against the state.
var remedyWords = setOf("eliminated", "eradicated", "ended", "abolished", "improved", "improving", "progress",
	"stopped", "reduced", "fewer", "less", "welcomed", "praised")

// verdictCode returns the code of a verdict the words [from, to) give:
// "112" for an accusation, "111" for criticism, "" for none.
func (x *sentence) verdictCode(from, to int) string {
	toks := x.toks
	weak, domain := false, false
	for k := from; k < to; k++ {
		if remedyWords[toks[k].Lower] {
			return "" // "forced labour had been largely eliminated"
		}
	}
	for k := from; k < to; k++ {
		w := toks[k].Lower
		switch {
		case accusingCues[w]:
			return "112"
		case w == "forced" && k+1 < to && (toks[k+1].Lower == "labour" || toks[k+1].Lower == "labor"):
			return "112"
		case w == "failed" && k+1 < to && toks[k+1].Lower == "to":
			return "112"
		case faultCues[w], w == "least" && k+1 < to && toks[k+1].Lower == "free",
			w == "not" && k+1 < to && toks[k+1].Lower == "free", w == "no" && k+1 < to && toks[k+1].Lower == "genuine":
			return "111"
		case weakFaultCues[w]:
			weak = true
		case rightsDomain[w]:
			domain = true
		}
	}
	if weak && domain {
		return "111"
	}
	return ""
}

// verdictStatements codes what observers, rights groups and UN bodies say
// of a state's conduct when what they say is a state of affairs, not a
// reported act: "OSCE observers said the election had been tarnished by a
// lack of respect for fundamental rights" criticises Kazakhstan, "the ILO
// said forced labour persisted in Turkmenistan's cotton harvest" accuses
// Turkmenistan. A complement that reports an act of its own is coded as
// that act instead.
func (x *sentence) verdictStatements() {
	if x.c.dict.Compat || !x.mayHave(verdictCueGate) {
		return // s8: verdictCode needs one of these words
	}
	for _, g := range x.groups {
		if g.noun || g.neg || g.coded || g.passive || x.toks[g.head].Tag == "VBG" || !x.headIn(g, verdictLemmas) {
			// (", saying it violated …" gives the reason of the main verb's act)
			continue
		}
		speaker, l := x.subjectOf(g, 0)
		if speaker == nil || l.neg || l.frame != "" || speaker.end > g.start || len(speaker.codes) == 0 || !watchdogCode(x.resolve(speaker.codes[0], "")) {
			continue
		}
		from, to := g.end, x.complementEnd(g.end, speaker)
		if from < len(x.toks) && x.toks[from].Lower == "that" {
			from++
		}
		if to-from < 3 || x.eventsWithin(from, to) {
			continue
		}
		code := x.verdictCode(from, to)
		if code == "" && x.headIn(g, rankLemmas) && x.freedomRanking() {
			code = "111" // "ranked Tajikistan 153rd in its press freedom index"
		}
		if code == "" {
			continue
		}
		target := x.verdictTarget(speaker, from, to)
		if target == nil {
			continue
		}
		x.emitAll(speaker, target, code, "", x.span(g.head, g.end), "")
		g.coded = true
	}
	x.attributedVerdict()
}

// attributedVerdict codes a verdict given as a fact on the authority of a
// watchdog, when the sentence tells no act: "Turkmenistan is one of the
// least free countries in the world, according to a ranking published by
// Freedom House".
func (x *sentence) attributedVerdict() {
	if len(x.events) > 0 {
		return
	}
	end, a := -1, (*mention)(nil)
	for k := x.from; k+1 < len(x.toks) && a == nil; k++ {
		if x.toks[k].Lower != "according" || x.toks[k+1].Lower != "to" {
			continue
		}
		end = k
		for _, m := range x.ms {
			// "according to a ranking published by Freedom House"
			if m.start >= k+2 && m.start <= k+8 && !m.pronoun && len(m.codes) == 1 && watchdogCode(x.resolve(m.codes[0], "")) {
				a = m
				break
			}
		}
	}
	if a == nil {
		return
	}
	code := x.verdictCode(x.from, end)
	if code == "" {
		return
	}
	if target := x.verdictTarget(a, x.from, end); target != nil && target.end > target.start {
		x.emitAll(a, target, code, "", x.span(end, end+2), "")
	}
}

// watchdogCode reports whether an actor code is an international body or a
// rights group.
func watchdogCode(code string) bool {
	return strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasSuffix(code, "HRI")
}

// complementEnd returns where the clause said from k ends: at a semicolon,
// or at "and" or "but" before the speaker's next verb or a pronoun ("and
// demanded", "and it called on").
func (x *sentence) complementEnd(k int, speaker *mention) int {
	toks := x.toks
	for j := k; j < len(toks); j++ {
		switch toks[j].Lower {
		case ";", ":":
			return j
		case "and", "but":
			if j+1 < len(toks) && (toks[j+1].Tag == "VBD" || toks[j+1].Tag == "VBZ" || toks[j+1].Tag == "PRP") {
				return j
			}
			if og := x.groupCovering(j + 1); og != nil && !og.noun {
				if m, _ := x.subjectOf(og, 1); m == speaker {
					return j // "and called on …": the speaker's own next act
				}
			}
		}
	}
	return len(toks)
}

// eventsWithin reports whether an event already coded has its verb in the
// tokens [from, to).
func (x *sentence) eventsWithin(from, to int) bool {
	if from >= to || to > len(x.toks) {
		return false
	}
	lo, hi := x.toks[from].Start, x.toks[to-1].End
	for _, ev := range x.events {
		if v := ev.Evidence.Verb; v != nil && v[0] >= lo && v[0] < hi {
			return true
		}
	}
	return false
}

// verdictTarget returns the state a verdict is about: the first actor of a
// country in the complement, else the one country of the sentence or the
// document.
func (x *sentence) verdictTarget(speaker *mention, from, to int) *mention {
	for _, m := range x.ms {
		if m == speaker || m.start < from || m.end > to || len(m.codes) != 1 {
			continue
		}
		c := x.resolve(m.codes[0], "")
		if len(c) < 3 || watchdogCode(c) || c[:3] == "IMG" || c[:3] == "MNC" {
			continue
		}
		return &mention{start: m.start, end: m.end, codes: []string{c}, spans: m.spans[:1], text: m.text}
	}
	c := x.docCountry
	if c == "" {
		c = x.soleCountry()
	}
	if c == "" {
		return nil
	}
	return &mention{start: to, end: to, codes: []string{c}, spans: [][2]int{{to, to}}}
}

// freedomRanking reports whether the sentence tells of a ranking of
// freedoms or rights ("its annual press freedom index"), with no word of
// improvement.
func (x *sentence) freedomRanking() bool {
	ranking, freedom := false, false
	for k := x.from; k < len(x.toks); k++ {
		switch w := x.toks[k].Lower; {
		case remedyWords[w] || w == "rose" || w == "climbed" || w == "up":
			return false
		case w == "index" || w == "ranking" || w == "rankings" || w == "report":
			ranking = true
		case w == "freedom" || w == "freedoms" || w == "rights":
			freedom = true
		}
	}
	return ranking && freedom
}

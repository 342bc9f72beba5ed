package coder

import "strings"

// behindNouns are the acts one may be said to be "behind".
var behindNouns = setOf("attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions",
	"killing", "killings", "assassination", "murder", "murders", "abduction", "abductions", "kidnapping",
	"kidnappings", "shooting", "shootings", "plot", "plots", "riots", "unrest", "violence", "massacre",
	"raid", "raids", "sabotage", "coup", "disappearance", "hack", "cyberattack", "cyber-attack", "poisoning")

// behindSpeech are the verbs that report a claim of who was behind an act.
var behindSpeech = setOf("said", "says", "say", "claimed", "claims", "alleged", "alleges", "believe", "believes",
	"believed", "concluded", "suggested", "suggests", "insisted", "insists", "suspect", "suspects", "suspected", "told")

// behindAccusations codes "Moscow said Kyiv was behind the attack" and
// "US officials believe the Islamic State was responsible for the bombing":
// the speaker accuses the one named (112), whatever the act alleged.
func (x *sentence) behindAccusations() {
	toks := x.toks
	for k := x.from + 1; k+2 < len(toks); k++ {
		switch toks[k].Lower {
		case "was", "were", "is", "are":
		default:
			continue
		}
		n := k + 1
		if toks[n].Lower == "behind" {
			n++
		} else if toks[n].Lower == "responsible" && toks[n+1].Lower == "for" {
			n += 2
		} else {
			continue
		}
		act := false
		for j := n; j < len(toks) && j < n+4; j++ {
			if behindNouns[toks[j].Lower] {
				act = true
				break
			}
		}
		accused := x.mentionEndingAt(k - 1)
		if accused == nil && toks[k-1].Lower == "," {
			// "the Islamic State-Khorasan group, which has recruited heavily
			// among Tajiks, was behind the attack"
			for r := k - 2; r > x.from+1 && r > k-16; r-- {
				if (toks[r].Lower == "which" || toks[r].Lower == "who") && toks[r-1].Lower == "," {
					accused = x.mentionEndingAt(r - 2)
					if accused == nil && (toks[r-2].Lower == "group" || toks[r-2].Lower == "movement") {
						accused = x.mentionEndingAt(r - 3)
					}
					break
				}
			}
		}
		if !act || accused == nil || accused.locative || accused.weak || len(accused.codes) == 0 {
			continue
		}
		j := accused.start - 1
		if j > x.from && toks[j].Lower == "that" {
			j--
		}
		var speaker *mention
		if j > x.from && behindSpeech[toks[j].Lower] {
			speaker = x.mentionEndingAt(j - 1)
		}
		if speaker == nil && x.attributor != nil && x.attributor.end <= accused.start {
			speaker = x.attributor
		}
		if speaker == nil || speaker == accused || len(speaker.codes) == 0 || speaker.locative {
			continue
		}
		sSpan := x.span(speaker.spans[0][0], speaker.spans[0][1])
		for i, c := range accused.codes {
			if c == speaker.codes[0] {
				if accused.pronoun && len(accused.codes) == 1 {
					// "The Islamic State said it was behind the attack": a claim.
					x.emit(speaker.codes[0], "", "015", sSpan, nil, x.span(k, n), speaker.text, "", "")
				}
				continue
			}
			x.emit(speaker.codes[0], c, "112", sSpan, x.span(accused.spans[i][0], accused.spans[i][1]), x.span(k, n), speaker.text, accused.text, "")
		}
	}
}

// plotNouns govern an infinitive that was only planned: "a plot by a cell
// linked to the Islamic State to blow up a police station".
var plotNouns = setOf("plot", "plots", "conspiracy", "conspiracies", "scheme", "schemes")

// thwartedNouns govern a planned act only when it was stopped: "thwarted an
// attempt to assassinate the governor", "foiled plans to attack".
var thwartedNouns = setOf("attempt", "attempts", "bid", "plan", "plans", "plotting")

// thwartWords stop an attempt or a plan.
var thwartWords = setOf("foiled", "foil", "foils", "thwarted", "thwart", "thwarts", "prevented", "prevent", "prevents",
	"uncovered", "uncover", "disrupted", "disrupt", "stopped", "stop", "averted", "avert", "exposed", "busted")

// plottedAct reports whether the infinitive g is what a plot, or a thwarted
// attempt, aimed at: no act happened.
func (x *sentence) plottedAct(g *vgroup) bool {
	toks := x.toks
	if g.start <= x.from+1 || toks[g.start-1].Lower != "to" {
		return false
	}
	for k := g.start - 2; k > x.from && k >= g.start-14; k-- {
		t := &toks[k]
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VB" || t.Tag == "MD" || t.Lower == ";" {
			return false
		}
		if hasWord(t, plotNounFilter, plotNouns) {
			return true
		}
		if hasWord(t, thwartedNounFilter, thwartedNouns) {
			for j := k - 1; j > x.from && j >= k-3; j-- {
				if thwartWords[toks[j].Lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// finiteBeforeInfinitive returns, for a participle after a comma that
// follows an infinitive, the finite verb the infinitive hangs on: in "said
// it had foiled a plot to blow up a church, arresting four suspects" the
// arrests are the foiler's.
func (x *sentence) finiteBeforeInfinitive(g *vgroup) *vgroup {
	prev := x.prevGroup(g.start - 1)
	if prev != nil && !prev.noun {
		if h := x.relativeHost(prev); h != nil || prev.finite {
			return h // "who were preparing attacks, seizing …"
		}
	}
	if prev != nil && !prev.noun && prev.start > x.from && x.toks[prev.start-1].Lower == "to" {
		// "tried to cross": the infinitive of a relative clause's verb
		if p2 := x.prevGroup(prev.start - 1); p2 != nil && !p2.noun && p2.finite {
			if h := x.relativeHost(p2); h != nil {
				return h
			}
		}
	}
	if prev == nil || prev.noun || prev.finite || prev.start <= x.from || x.toks[prev.start-1].Lower != "to" {
		return nil
	}
	var best *vgroup
	for _, og := range x.groups {
		if !og.noun && og.finite && og.end <= prev.start && (x.skip == nil || !x.skip[og.head]) {
			best = og
		}
	}
	return best
}

// claimNounBefore reports whether the "that" at j closes a claim noun and
// the phrase after it: "the reports in Russian media that three Tajik
// citizens had taken part in the attack", "claims by Moscow that".
func (x *sentence) claimNounBefore(j int) bool {
	for k := j - 2; k > x.from && k >= j-6; k-- {
		t := &x.toks[k]
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Lower == "," {
			return false
		}
		if claimNouns[t.Lower] {
			switch x.toks[k+1].Lower {
			case "in", "by", "from", "of", "on":
				return true
			}
			return false
		}
	}
	return false
}

// coercionNouns name a coercive act whose victim follows "of".
var coercionNouns = setOf("arrest", "arrests", "detention", "detentions", "jailing", "sentencing", "conviction",
	"deportation", "deportations", "expulsion", "extradition", "killing", "killings", "execution", "executions",
	"abduction", "kidnapping", "imprisonment", "prosecution", "persecution", "torture", "beating", "mistreatment")

// coercionPerpetrator returns, for a criticism or complaint of "the arrest of
// a Chinese businessman in Kyrgyzstan" or "the detention of X by Russian
// police", the state or body that did it: whom the criticism is aimed at.
func (x *sentence) coercionPerpetrator(g *vgroup, code string, clauseEnd int) *mention {
	if !strings.HasPrefix(code, "11") && !strings.HasPrefix(code, "012") && !strings.HasPrefix(code, "114") {
		return nil
	}
	toks := x.toks
	k := g.end
	for k < clauseEnd && k < g.end+3 && determiners[toks[k].Lower] {
		k++
	}
	if k+1 >= clauseEnd || !coercionNouns[toks[k].Lower] || toks[k+1].Lower != "of" {
		return nil
	}
	for j := k + 2; j < clauseEnd && j < k+12; j++ {
		w := toks[j].Lower
		if w == "," || strings.HasPrefix(toks[j].Tag, "VB") && !x.mentionCovers(j) {
			return nil
		}
		if w != "in" && w != "by" {
			continue
		}
		m := x.mentionStartingAt(j + 1)
		if m == nil && j+2 < clauseEnd && determiners[toks[j+1].Lower] {
			m = x.mentionStartingAt(j + 2)
		}
		if m == nil || m.compound() || len(m.codes) != 1 || len(m.codes[0]) < 3 || strings.HasPrefix(m.codes[0], "?") {
			continue
		}
		if w == "in" && (len(m.codes[0]) != 3 || m.person) {
			continue // "in Kyrgyzstan" names the state; "in Osh" only where
		}
		c := *m
		c.locative = false
		return &c
	}
	return nil
}

// isFigure reports whether a word is a number written in digits ("30",
// "1,200").
func isFigure(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return w[0] >= '0' && w[0] <= '9'
}

// relativeHost returns, for a finite verb of a relative clause ("a group of
// Afghans who tried to cross"), the finite verb of the clause the relative
// clause sits in: "opened fire on a group of Afghans who tried to cross …,
// killing one" is the border guards' killing.
func (x *sentence) relativeHost(rg *vgroup) *vgroup {
	j := rg.start - 1
	for j > x.from && (x.toks[j].Tag == "RB" || isAux(&x.toks[j])) {
		j--
	}
	if j > x.from {
		if m := x.mentionEndingAt(j); m != nil && m.start-1 > x.from && clauseOpeners[x.toks[m.start-1].Lower] {
			j = m.start - 1 // "proposed stripping migrants of citizenship if they commit crimes, drawing …"
		}
	}
	if j <= x.from || x.toks[j].Lower != "who" && x.toks[j].Lower != "which" && !clauseOpeners[x.toks[j].Lower] {
		return nil
	}
	var best *vgroup
	for _, og := range x.groups {
		if !og.noun && og.finite && og.end <= j && (x.skip == nil || !x.skip[og.head]) {
			best = og
		}
	}
	return best
}

// helpLemmas take an object and a bare infinitive: "help Kyrgyzstan
// investigate", "assist Tajikistan to strengthen its border"; or an object
// and a purpose: "recruited Central Asian migrants to fight in Ukraine".
var helpLemmas = setOf("help", "assist", "enable", "recruit", "hire", "train", "lure", "radicalise", "radicalize")

// helpedDoer returns the actor a help verb helps when a bare or
// to-infinitive follows it: "help Kazakhstan and Kyrgyzstan investigate
// the smuggling" helps Kazakhstan and Kyrgyzstan.
func (x *sentence) helpedDoer(g *vgroup) *mention {
	if g.noun || !helpLemmas[firstLemma(g)] {
		return nil
	}
	k := g.end
	for k < len(x.toks) && determiners[x.toks[k].Lower] {
		k++
	}
	m := x.mentionStartingAt(k)
	if m == nil || m.locative || m.end >= len(x.toks) {
		return nil
	}
	n := m.end
	if x.toks[n].Lower == "to" {
		n++
	}
	if n < len(x.toks) && (x.toks[n].Tag == "VB" || x.toks[n].Tag == "VBP") {
		return m
	}
	return nil
}

// helpedAct reports whether g is the infinitive of a help verb's object:
// what the helped are to do is no event of theirs.
func (x *sentence) helpedAct(g *vgroup) bool {
	if g.noun || g.start <= x.from {
		return false
	}
	p := x.prevGroup(g.start - 1)
	if p == nil {
		return false
	}
	m := x.helpedDoer(p)
	if m == nil {
		return false
	}
	return g.start == m.end || g.start == m.end+1 && x.toks[m.end].Lower == "to"
}

// includedTargets adds, for an event whose target is followed by
// "including" and another actor, the same event against that actor:
// "killed three militants of Islamic State-Khorasan, including an Uzbek
// citizen", "detained 25 people, including two Tajiks".
func (x *sentence) includedTargets() {
	n := len(x.events)
	for i := 0; i < n; i++ {
		ev := x.events[i]
		if ev.Evidence.Target == nil || ev.Source == "" || ev.Target == "" {
			continue
		}
		k := -1
		for j := x.from; j < len(x.toks); j++ {
			if x.toks[j].End == ev.Evidence.Target[1] {
				k = j + 1
				break
			}
		}
		if k < 0 || k+1 >= len(x.toks) {
			continue
		}
		if x.toks[k].Lower == "," {
			k++
		}
		if k+1 >= len(x.toks) || x.toks[k].Lower != "including" && x.toks[k].Lower != "among_them" {
			continue
		}
		k++
		for k < len(x.toks) && (determiners[x.toks[k].Lower] || x.toks[k].Tag == "CD") {
			k++
		}
		m := x.mentionStartingAt(k)
		if m == nil || m.locative {
			continue
		}
		for s, c := range m.codes {
			tc := x.resolve(c, ev.Target) // "41 Tajik citizens, including civilians": of the same people
			if tc == "" || len(tc) < 3 || len(ev.Target) >= 3 && tc[:3] == ev.Target[:3] {
				continue
			}
			x.emit(ev.Source, tc, ev.Code, ev.Evidence.Source, x.span(m.spans[s][0], m.spans[s][1]), ev.Evidence.Verb, ev.SourceName, m.text, "")
		}
	}
}

// bareCountRefs resolves "the two" standing alone before a verb: "Rahmon
// phoned Putin, and the two agreed to …" is the pair named before.
func (x *sentence) bareCountRefs() {
	toks := x.toks
	var added []*mention
	for k := x.from; k+2 < len(toks); k++ {
		if toks[k].Lower != "the" || !isCountWord(&toks[k+1]) || x.inMention(k+1) {
			continue
		}
		next := &toks[k+2]
		if !(next.Tag == "VBD" || next.Tag == "VBZ" || next.Tag == "VBP" || next.Tag == "MD" || next.Tag == "RB") {
			continue
		}
		want := countWords[toks[k+1].Lower]
		var ref *mention
		if want == 2 {
			ref = x.lastPair(k)
		} else {
			ref = x.lastWhere(k, func(m *mention) bool { return len(m.codes) == want && !m.weak })
		}
		if ref == nil || len(ref.codes) != want {
			continue
		}
		added = append(added, x.refTo(k, k+2, ref.codes, false, true))
	}
	if len(added) == 0 {
		return
	}
	x.ms = append(x.ms, added...)
	sortMentions(x.ms)
	for _, m := range added {
		m.prep = prepBefore(toks, m.start)
		m.locative = locatives[m.prep]
	}
}

// deportedTo gives a deported or extradited person of no named country the
// country they were sent to: "Russia deported the activist to Tajikistan"
// sends a Tajik home, not a Russian.
func (x *sentence) deportedTo(tgt *mention, code string, clauseEnd int) *mention {
	if !strings.HasPrefix(code, "174") && !strings.HasPrefix(code, "063") || tgt.compound() || len(tgt.codes) != 1 || !strings.HasPrefix(tgt.codes[0], "?") {
		return tgt
	}
	for k := tgt.end; k+1 < clauseEnd && k < tgt.end+6; k++ {
		if x.toks[k].Lower != "to" {
			continue
		}
		m := x.mentionStartingAt(k + 1)
		if m == nil || m.compound() || len(m.codes) != 1 || len(m.codes[0]) < 3 || strings.HasPrefix(m.codes[0], "?") {
			return tgt
		}
		return withCountryOf(tgt, m)
	}
	return tgt
}

// clauseOpeners open an adverbial clause inside a larger one.
var clauseOpeners = setOf("if", "unless", "when", "because", "although", "though", "since", "once")

package coder

// ideaNouns stand for a proposal made earlier in the sentence: "X offered
// to …, but Y rejected the idea".
var ideaNouns = map[string]bool{
	"idea": true, "proposal": true, "offer": true, "plan": true, "initiative": true,
	"suggestion": true, "request": true, "appeal": true, "demand": true, "demands": true,
}

// rejectedProposals aims an untargeted rejection of "the idea" or "the
// proposal" at whoever proposed, asked or demanded earlier in the sentence.
func (x *sentence) rejectedProposals() {
	for i := range x.events {
		ev := &x.events[i]
		if ev.Root != "12" || ev.Target != "" {
			continue
		}
		k := x.verbToken(*ev)
		if k < 0 {
			continue
		}
		g := x.groupCovering(k)
		if g == nil || g.noun || g.end+1 >= len(x.toks) || x.toks[g.end].Lower != "the" && x.toks[g.end].Lower != "this" && x.toks[g.end].Lower != "that" {
			continue
		}
		if !ideaNouns[x.toks[g.end+1].Lower] {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := x.events[j]
			if p.Source != ev.Source && cut3(p.Source) != cut3(ev.Source) && (p.Root == "02" || p.Root == "03" || p.Root == "10") {
				ev.Target, ev.TargetName = p.Source, p.SourceName
				break
			}
		}
	}
}

// dropSinceClauses drops the acts of "since X did Y" clauses: "their first
// meeting since Russia invaded Ukraine" recalls the invasion; it does not
// report it.
func (x *sentence) dropSinceClauses() {
	kept := x.events[:0]
	for _, ev := range x.events {
		if k := x.verbToken(ev); k > 0 && (x.sinceClause(k) || x.backgroundVerb(k)) {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// sinceClause reports whether the past-tense verb at k opens with "since"
// and its subject: "since Russia invaded", "since the two sides clashed".
func (x *sentence) sinceClause(k int) bool {
	toks := x.toks
	if toks[k].Tag != "VBD" {
		return false
	}
	j := k - 1
	if m := x.mentionEndingAt(j); m != nil {
		j = m.start - 1
	} else {
		return false
	}
	for j > x.from && determiners[toks[j].Lower] {
		j--
	}
	return j >= x.from && toks[j].Lower == "since"
}

// backgroundVerb reports whether the verb at k tells of a past stance or a
// habit rather than an act of the day: "a dam Uzbekistan long opposed",
// "which once warned", "before they travel to Russia".
func (x *sentence) backgroundVerb(k int) bool {
	toks := x.toks
	if k-1 >= x.from && (toks[k-1].Lower == "long" || toks[k-1].Lower == "once") && toks[k].Tag == "VBD" {
		return true
	}
	if toks[k].Tag != "VBP" && toks[k].Tag != "VBZ" {
		return false
	}
	j := k - 1
	if m := x.mentionEndingAt(j); m != nil {
		j = m.start - 1
	} else if j >= x.from && toks[j].Tag == "PRP" {
		j--
	} else {
		return false
	}
	if j < x.from {
		return false
	}
	switch toks[j].Lower {
	case "before", "until", "whenever":
		return true
	}
	return false
}

// orderLemmas give orders; aimed at another state or body they are demands.
var orderLemmas = map[string]bool{"order": true, "instruct": true, "direct": true, "oblige": true, "compel": true}

// foreignOrders turns "the Eurasian Economic Commission ordered Kazakhstan
// to lift its restrictions" into a demand (10) of Kazakhstan: an order to
// someone outside one's own state is no act of one's own. Orders to one's
// own people ("Putin ordered the army to withdraw") keep their act.
func (x *sentence) foreignOrders() {
	for _, g := range x.groups {
		if g.noun || g.neg || !orderLemmas[firstLemma(g)] || g.end >= len(x.toks) {
			continue
		}
		m := x.mentionStartingAt(g.end)
		if m == nil || m.weak || m.locative {
			continue
		}
		cg := x.infinitiveNear(m, 1)
		if cg == nil {
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil || l.neg || len(subj.codes) == 0 {
			continue
		}
		sc := cut3(x.resolve(subj.codes[0], ""))
		foreign := true
		for _, c := range m.codes {
			if tc := cut3(x.resolve(c, "")); tc == "" || tc == sc {
				foreign = false
			}
		}
		if !foreign || sc == "" {
			continue
		}
		kept := x.events[:0]
		for _, ev := range x.events {
			if k := x.verbToken(ev); k >= cg.start && k < cg.end && cut3(ev.Source) == sc {
				continue
			}
			kept = append(kept, ev)
		}
		x.events = kept
		x.emitAll(subj, m, "100", "", x.span(g.head, g.end), "")
	}
}

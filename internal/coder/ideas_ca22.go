package coder

// proposeLemmas make their subject the maker of a proposal, an offer or a
// request that a later "the idea" or "the request" may stand for.
var proposeLemmas = map[string]bool{
	"propose": true, "suggest": true, "offer": true, "initiate": true, "call": true, "urge": true,
	"ask": true, "invite": true, "request": true, "unveil": true, "appeal": true, "demand": true,
}

// answeredIdeas aims an untargeted endorsement or rejection of "the idea",
// "the proposal" or "the request" at whoever made it: earlier in the
// sentence ("Tokayev proposed a common alphabet, and Erdogan backed the
// idea") or, when the sentence opens with the answer, in the sentence before
// ("A group of lawmakers asked Japarov to postpone the ratification.
// Japarov rejected the request."). It then notes this sentence's proposer
// for the next.
func (x *sentence) answeredIdeas() {
	prev := x.st.proposer
	x.st.proposer = nil
	var last *mention
	for _, g := range x.groups {
		if g.noun || g.neg || !proposeLemmas[firstLemma(g)] {
			continue
		}
		if m, l := x.subjectOf(g, 0); m != nil && !m.weak && !m.locative && !l.neg && len(m.codes) == 1 && m.codes[0] != "" && m.codes[0][0] != '?' {
			last = m
		}
	}
	if !x.mayHave(ideaNounGate) {
		x.st.proposer = last // s8: no idea noun, no answered idea
		return
	}
	for i := range x.events {
		ev := &x.events[i]
		if ev.Target != "" || ev.Root != "05" && ev.Root != "12" && !x.acceptedOffer(ev) {
			continue
		}
		k := x.verbToken(*ev)
		g := x.groupCovering(max(k, 0))
		if k < 0 || g == nil || g.noun || g.end+1 >= len(x.toks) {
			continue
		}
		if !x.ideaObject(g) {
			continue
		}
		maker := x.ideaMaker(g, prev)
		if maker == nil {
			continue
		}
		c := x.resolve(maker.codes[0], "")
		if c == "" || c == ev.Source {
			continue
		}
		ev.Target, ev.TargetName = c, maker.text
	}
	for _, g := range x.groups {
		if g.noun || g.coded || g.neg || g.passive || g.modal != "" || !supportLemmas[firstLemma(g)] || !x.ideaObject(g) {
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil || subj.weak || l.neg || l.frame != "" {
			continue
		}
		if maker := x.ideaMaker(g, prev); maker != nil && !x.sameActor(maker, subj) {
			x.emitAll(subj, maker, "051", "", x.span(g.head, g.end), "")
			g.coded = true
		}
	}
	x.st.proposer = last
}

// supportLemmas endorse an idea they take as object.
var supportLemmas = map[string]bool{"back": true, "support": true, "endorse": true, "welcome": true, "praise": true, "hail": true}

// ideaObject reports whether g's object is "the idea", "the proposal" …
func (x *sentence) ideaObject(g *vgroup) bool {
	if g.end+1 >= len(x.toks) {
		return false
	}
	switch x.toks[g.end].Lower {
	case "the", "this", "that", "his", "her", "its", "their":
	default:
		return false
	}
	return ideaNouns[x.toks[g.end+1].Lower]
}

// ideaMaker returns who made the proposal or request g answers: the
// subject of an earlier proposing verb of the sentence, or, when g opens
// the sentence, the last sentence's proposer prev.
func (x *sentence) ideaMaker(g *vgroup, prev *mention) *mention {
	var maker *mention
	for _, o := range x.groups {
		if o.noun || o.neg || o.head >= g.start || !proposeLemmas[firstLemma(o)] {
			continue
		}
		if m, l := x.subjectOf(o, 0); m != nil && !m.weak && !l.neg {
			maker = m
		}
	}
	if maker == nil && prev != nil && x.firstClause(g) {
		maker = prev
	}
	if maker == nil || len(maker.codes) != 1 {
		return nil
	}
	return maker
}

// firstClause reports whether no finite verb comes before g in the
// sentence: its answer opens the sentence.
func (x *sentence) firstClause(g *vgroup) bool {
	for _, o := range x.groups {
		if o == g {
			return true
		}
		if !o.noun && o.finite {
			return false
		}
	}
	return true
}

// proposedThat codes "Tokayev proposed that the Organisation of Turkic
// States adopt a common alphabet" as the proposer's appeal (020) to the
// subject of the that-clause, whose act, in the subjunctive, is only
// proposed. A that-clause whose verb the dictionary codes is left to it.
func (x *sentence) proposedThat() {
	toks := x.toks
	for _, g := range x.groups {
		if g.noun || g.neg || g.passive || g.end+1 >= len(toks) || toks[g.end].Lower != "that" {
			continue
		}
		switch firstLemma(g) {
		case "propose", "suggest":
		default:
			continue
		}
		k := g.end + 1
		if toks[k].Tag == "DT" {
			k++
		}
		m := x.mentionStartingAt(k)
		if m == nil || m.weak || m.locative {
			continue
		}
		cg := x.groupAfter(m.end - 1)
		if cg == nil || cg.noun || cg.coded || cg.start != m.end || cg.neg || toks[cg.head].Tag != "VB" && toks[cg.head].Tag != "VBP" && cg.modal != "should" {
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil || subj.weak || l.neg || l.frame != "" || x.sameActor(subj, m) {
			continue
		}
		x.emitAll(subj, m, "020", "", x.span(g.head, g.end), "")
		g.coded = true
	}
}

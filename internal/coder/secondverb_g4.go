package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/nlp"
)

// beforeDeterminers steps back from k over the determiners and numbers
// that open a noun phrase ("the", "two", "its") and returns the first
// token before them.
func (x *sentence) beforeDeterminers(k int) int {
	for n := 0; n < 3 && k > x.from && determiners[x.toks[k].Lower] && x.toks[k].Lower != "that"; n++ {
		k--
	}
	return k
}

// shiftedReport reports whether g, a plain past verb after "and", cannot
// share the tense of the reported clause before it and so goes on with the
// one who spoke: in "said Kazakhstan would never return to persecution and
// promised an amnesty" no "would" stands before "promised"; in "said the
// authorities use psychiatric detention and demanded" the present gives way
// to the past. The reported clause must have its own subject after the
// speech verb, and g must be an act a speaker does (speech, appeal,
// demand, promise, offer).
func (x *sentence) shiftedReport(prev, g *vgroup) bool {
	toks := x.toks
	if prev.noun || g.noun || g.modal != "" || g.neg || g.start != g.head || toks[g.head].Tag != "VBD" || g.start < 1 || toks[g.start-1].Lower != "and" {
		return false
	}
	if !x.speakerGoesOn(g) && !resumeLemmas[firstLemma(g)] && !protestLemmas[firstLemma(g)] && g.frame == "" {
		return false
	}
	p := x.reportedFinite(prev)
	if p == nil {
		return false
	}
	if p != prev && x.speakerResumes(p, g) {
		return true // "said they were prepared to take back citizens held in Afghan prisons and asked"
	}
	if p.passive {
		return false
	}
	switch {
	case p.modal != "":
		for k := p.start; k < p.head; k++ {
			if toks[k].Lower == "have" {
				return false // "would have attacked and killed"
			}
		}
	case toks[p.start].Tag == "VBZ" || toks[p.start].Tag == "VBP":
		// "says … is", "said … remain": present against past.
	case toks[p.start].Lower == "had" && p.head != p.start:
		// "said Afghan gunmen had fired on its guards and promised a
		// firm response": the pluperfect against the plain past, for the
		// acts pluperfectReport leaves out.
	default:
		return false
	}
	sg := x.speechGroupBefore(p)
	if sg == nil || sg == p || sg.end > p.start || len(x.groupsBetween(sg.end-1, p.start)) > 0 {
		return false
	}
	for _, m := range x.ms {
		if m.start >= sg.end && m.end <= p.start {
			return true // the reported clause names its own subject
		}
	}
	return false
}

// reportedFinite steps back from p, the verb before "and", over the
// infinitives and the participles after a noun that hang on it ("were
// prepared to take back citizens held in Afghan prisons") to the finite
// verb of its clause, or nil.
func (x *sentence) reportedFinite(p *vgroup) *vgroup {
	toks := x.toks
	for n := 0; n < 3 && p != nil && (!p.finite || x.objectParticiple(p)); n++ {
		if p.noun || p.start <= x.from {
			return nil
		}
		before := toks[p.start-1]
		switch {
		case toks[p.head].Tag == "VB" && p.start == p.head && p.modal == "":
			// "to take back", "help Russia evade": an infinitive
		case p.finite: // objectParticiple
		case toks[p.head].Tag == "VBN" && p.start == p.head && (before.Tag == "NNS" || before.Tag == "NN" || x.mentionEndingAt(p.start-1) != nil):
		default:
			return nil
		}
		p = x.prevGroup(p.start)
	}
	if p == nil || !p.finite || p.noun {
		return nil
	}
	return p
}

// reportingOver is reportingGroup for the verb before "and", looking past
// a relative clause that closes the reported one: in "said it had opened a
// case against a blogger who insulted Kyrgyz people, and asked Moscow to
// hand him over" the asking goes with "said", over "who insulted". Without
// a comma before "and", people in the street keep their own demands:
// "local media said the residents rallied in Khorog and called on the
// government to investigate" is the residents' call.
func (x *sentence) reportingOver(prev, g *vgroup, depth int) *vgroup {
	if x.c.dict.Compat {
		return x.reportingGroup(prev, depth)
	}
	if !x.commaAnd(g) {
		if m, _ := x.subjectOf(prev, depth); m != nil && popularMention(m) {
			return nil
		}
	}
	if sg := x.reportingGroup(prev, depth); sg != nil {
		return sg
	}
	if x.relativeAntecedent(prev) == nil {
		return nil
	}
	if host := x.relativeHost(prev); host != nil && host != prev {
		return x.reportingGroup(host, depth)
	}
	return nil
}

// commaAnd reports whether ", and" comes before g.
func (x *sentence) commaAnd(g *vgroup) bool {
	j := g.start - 1
	for j > x.from && (x.toks[j].Tag == "RB" || x.toks[j].Lower == "then" || x.toks[j].Lower == "later") {
		j--
	}
	return j > x.from && x.toks[j].Lower == "and" && x.toks[j-1].Lower == ","
}

// popularMention reports whether m names people in the street rather than
// an authority: residents, protesters, workers, the opposition.
func popularMention(m *mention) bool {
	if len(m.codes) != 1 {
		return false
	}
	c := m.codes[0]
	if strings.HasPrefix(c, "?") {
		return popularAgent(c[1:])
	}
	return len(c) > 3 && popularAgent(c[3:])
}

// forumWords name a gathering spoken to rather than dealt with: "told the
// UN General Assembly", "told the Senate", "told lawmakers". A summit is
// left out: what is said to it goes to the organisation that holds it.
var forumWords = setOf("assembly", "senate", "parliament", "congress", "conference", "forum", "session",
	"convention", "lawmakers", "legislators", "deputies", "delegates", "participants", "audience", "gathering",
	"duma", "majlis", "mazhilis", "kurultai", "kenesh", "rada", "knesset", "bundestag")

// forumAudience reports whether m names a gathering spoken to. What a
// speaker tells a gathering abroad about its own country's plans ("told
// the UN General Assembly that Uzbekistan would host a conference on
// Afghanistan") is not aimed at the gathering (addressee leaves it out
// unless it is the clause subject's own); and an act the speaker goes on to
// after telling its own parliament something ("told the Senate that … and
// called for an end to the war") is aimed at no one there (toldPartner).
func (x *sentence) forumAudience(m *mention) bool {
	return m != nil && m.end > m.start && forumWords[x.toks[m.end-1].Lower]
}

// toldPartner is whom speaker told, between the speech verb ending at from
// and the reported clause at to: the partner of what the speaker goes on
// to do ("told Putin that … and offered condolences"), unless it is the
// speaker's own gathering.
func (x *sentence) toldPartner(speaker *mention, from, to int) *mention {
	o := x.objectOf(from, to, false)
	if o != nil && speaker != nil && x.forumAudience(o) && !x.foreignForum(o, speaker) {
		return nil
	}
	return o
}

// foreignForum reports whether m is a gathering that is not one's own: an
// unnamed "parliament" or "Senate" is the speaker's.
func (x *sentence) foreignForum(m, one *mention) bool {
	if !x.forumAudience(m) || len(m.codes) == 0 || strings.HasPrefix(m.codes[0], "?") {
		return false
	}
	return !x.sameActor(m, one)
}

// objectParticiple reports whether p, a bare past form the tagger may have
// taken for a finite verb, describes the object of the verb before it and
// is followed by a preposition: "take back women held in Syrian camps".
func (x *sentence) objectParticiple(p *vgroup) bool {
	toks := x.toks
	if p.noun || p.start != p.head || p.start < x.from+2 || p.head+1 >= len(toks) {
		return false
	}
	if t := toks[p.head].Tag; t != "VBD" && t != "VBN" {
		return false
	}
	if next := toks[p.head+1]; next.Tag != "IN" || clauseStops[next.Lower] || next.Lower == "of" {
		return false
	}
	k := p.start - 1
	if t := toks[k].Tag; t != "NNS" && t != "NN" {
		return false
	}
	for n := 0; n < 4 && k > x.from && (strings.HasPrefix(toks[k].Tag, "NN") || toks[k].Tag == "JJ" || toks[k].Tag == "CD" || toks[k].Tag == "RP" || determiners[toks[k].Lower]); n++ {
		k--
	}
	vg := x.groupCovering(k)
	return vg != nil && !vg.noun && vg.end == k+1 && !speechLemmas[firstLemma(vg)]
}

// speakerPastForms are past forms of verbs a speaker goes on to after
// reporting something, which the tagger may take for an adjective or, after
// a pluperfect, for a participle: "… could amount to gender apartheid and
// urged/JJ member states", "… had lost a third of their volume and
// called/VBN on rich countries".
var speakerPastForms = setOf("urged", "demanded", "asked", "called", "appealed", "pledged", "vowed", "promised",
	"offered", "invited", "praised", "thanked", "welcomed", "condemned", "criticised", "criticized", "denounced",
	"warned", "proposed", "insisted", "stressed", "reiterated", "expressed")

// retagSpeakerPast makes such a form after "and" a past tense when a
// finite verb came before it in the sentence, no "has", "was" or "been"
// governs it (a perfect or a passive: "was detained and charged") and it
// is no adjective beside another ("peaceful and welcomed") nor a passive
// with "by" after it. A pluperfect or a modal does not govern it: "had
// lost a third of their volume and called", "will not help Russia evade
// sanctions and offered".
func retagSpeakerPast(toks []nlp.Token) {
	finite, aux := false, false
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		switch {
		case t.Tag == "MD" || t.Lower == "had":
			finite, aux = true, false
			continue
		case participleAux[t.Lower]:
			finite, aux = true, true
			continue
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP":
			finite, aux = true, false // "was in Tashkent, where he met Y and praised"
			continue
		}
		if !finite || toks[k-1].Lower != "and" || !speakerPastForms[t.Lower] || toks[k+1].Lower == "by" {
			continue
		}
		if k >= 2 && (strings.HasPrefix(toks[k-2].Tag, "JJ") || toks[k-2].Tag == "RB") {
			continue
		}
		if !aux && (t.Tag == "JJ" || t.Tag == "VBN") {
			t.Tag = "VBD"
		}
	}
}

// participleAux are the forms of "be" and "have" that make a past
// participle after them a passive or a perfect.
var participleAux = setOf("has", "have", "having", "is", "are", "was", "were", "be", "been", "being", "am", "get", "got")

// thirdPartyDeed reports whether the clause whose subject m follows the
// telling verb tg reports a plain past deed of a third party, neither the
// teller's side nor a plan: "told the UN Security Council that Kyrgyz
// troops had shelled a school" is no act against the council.
func (x *sentence) thirdPartyDeed(tg *vgroup, m *mention) bool {
	if tg.noun || !tellingLemmas[firstLemma(tg)] {
		return false
	}
	teller, _ := x.subjectOf(tg, 1)
	if teller == nil || x.sameActor(teller, m) {
		return false
	}
	var g *vgroup
	for _, o := range x.groups {
		if !o.noun && o.start >= m.end {
			g = o
			break
		}
	}
	if g == nil || g.start > m.end+2 || g.modal != "" || g.frame != "" || g.neg {
		return false
	}
	t := x.toks[g.start].Tag
	return t == "VBD" || t == "VBN" || x.toks[g.start].Lower == "had"
}

// protestLemmas are the diplomatic protests a government makes after
// reporting what another did: "said a Russian lawmaker had made insulting
// remarks and summoned the Russian ambassador".
var protestLemmas = setOf("summon", "lodge", "hand", "recall", "protest")

// promisee is whom the promise verb ending at k makes its that-clause to,
// when the clause's subject m is the promiser's own side: the one the
// promiser was just talking to. In "Putin told Aliyev that two Russian
// missiles had exploded near the plane and promised that Russia would pay
// compensation" Russia promises Azerbaijan. It returns nil otherwise.
func (x *sentence) promisee(k int, m *mention) *mention {
	fg := x.groupCovering(k)
	if fg == nil || fg.noun || fg.end != k+1 || fg.frame != dict.FrameIntent {
		return nil
	}
	fs, fl := x.subjectOf(fg, 1)
	if fs == nil || fl.partner == nil || !fl.partnerMet || fs != m && !x.sameActor(fs, m) || x.sameActor(fl.partner, m) {
		return nil
	}
	return fl.partner
}

// toldWithoutThat is the addressee of a telling verb whose clause follows
// its object with no "that": in "received Mirzoyan and Bayramov and told
// them Kazakhstan was ready to host further talks" the pair is told. The
// object ends at k; m is the clause's subject. It returns nil otherwise.
func (x *sentence) toldWithoutThat(k int, m *mention) *mention {
	o := x.mentionEndingAt(k)
	if o == nil || o == m || o.locative || o.weak || subjectPreps[o.prep] || pressAudience(o) || x.foreignForum(o, m) {
		return nil
	}
	j := o.start - 1
	for j > x.from && (x.toks[j].Tag == "PRP$" || x.toks[j].Tag == "DT" || x.toks[j].Tag == "JJ" || x.toks[j].Lower == "visiting") {
		j--
	}
	g := x.groupCovering(j)
	if g == nil || g.noun || g.end != j+1 || !tellingLemmas[firstLemma(g)] || x.thirdPartyDeed(g, m) {
		return nil
	}
	return o
}

package coder

import "strings"

// moveNouns sum up the act of a clause in an apposition after it: "…, a
// decision condemned by the UN", "…, a move Astana welcomed". A deal is
// left out: "signed agreements …, a deal Kazakhstan welcomed" welcomes the
// deal, not its signatories.
var moveNouns = map[string]bool{"move": true, "decision": true, "step": true, "verdict": true, "ruling": true,
	"sentence": true, "ban": true, "measure": true, "law": true, "policy": true, "action": true, "act": true,
	"announcement": true, "appointment": true, "order": true}

// appraisalCodes give the code of praising or blaming a move.
var appraisalCodes = map[string]string{
	"criticise": "111", "criticize": "111", "condemn": "111", "denounce": "111", "slam": "111",
	"decry": "111", "deplore": "111", "rebuke": "111", "censure": "111", "blast": "111", "protest": "111",
	"welcome": "051", "praise": "051", "hail": "051", "applaud": "051", "commend": "051", "endorse": "051",
	"reject": "120",
	// calling a move something: blame, unless the word is praise.
	"call": "call", "describe": "call", "label": "call", "brand": "call", "dub": "call",
}

// praiseWords after "called" make the verdict praise: "a move Astana called
// historic".
var praiseWords = map[string]bool{"historic": true, "important": true, "positive": true, "welcome": true,
	"timely": true, "constructive": true, "landmark": true, "breakthrough": true, "wise": true, "courageous": true,
	"pragmatic": true, "significant": true, "good": true, "right": true, "correct": true}

// appraisedMoves codes the verdict of an apposition that sums up the act
// before it: "The Taliban banned women from universities, a decision
// condemned by the UN", "Kyiv appointed a new ambassador, a move the Kazakh
// Foreign Ministry welcomed". The judge praises or blames whoever did the
// act, the subject of the clause before the comma; what the judging verb
// coded on its own (its subject taken from that clause) is dropped.
func (x *sentence) appraisedMoves() {
	for _, g := range x.groups {
		code := ""
		for _, l := range g.lemmas {
			if c, ok := appraisalCodes[l]; ok {
				code = c
			}
		}
		if g.noun || g.neg || code == "" {
			continue
		}
		judge, comma := x.appraisalJudge(g)
		if judge == nil || comma <= x.from {
			continue
		}
		if code == "call" {
			code = x.callVerdict(g)
		}
		mg := x.mainGroupBefore(comma)
		if mg == nil || code == "" {
			continue
		}
		doer, l := x.subjectOf(mg, 0)
		if doer == nil || l.neg || doer.weak || doer.locative || len(doer.codes) == 0 || x.sameActor(doer, judge) {
			continue
		}
		x.dropGroupEvents(g)
		x.emitAll(judge, doer, code, "", x.span(g.head, g.end), "")
		g.coded = true
	}
}

// appraisalJudge finds who judges in an apposition headed by a move noun
// and the comma that opens it: ", a decision condemned by the UN" (a
// participle with its agent) or ", a move the Kazakh Foreign Ministry
// welcomed" (a clause with its subject).
func (x *sentence) appraisalJudge(g *vgroup) (*mention, int) {
	toks := x.toks
	// ", a move the ministry welcomed": the subject sits between noun and verb.
	if t := toks[g.head].Tag; t == "VBD" && g.start == g.head {
		m := x.mentionEndingAt(g.start - 1)
		if m == nil || m.weak || m.locative {
			return nil, -1
		}
		k := m.start - 1
		for k > x.from && determiners[toks[k].Lower] {
			k--
		}
		if k > x.from && (toks[k].Lower == "that" || toks[k].Lower == "which") {
			k--
		}
		if c := x.moveNounStart(k); c >= 0 {
			return m, c
		}
		return nil, -1
	}
	// ", a decision condemned by the UN".
	if toks[g.head].Tag != "VBN" || g.start != g.head || g.end >= len(toks) || toks[g.end].Lower != "by" {
		return nil, -1
	}
	k := g.start - 1
	for k > x.from && toks[k].Tag == "RB" {
		k-- // "a move swiftly condemned by"
	}
	c := x.moveNounStart(k)
	if c < 0 {
		return nil, -1
	}
	m := x.mentionAfterDeterminers(g.end + 1)
	if m == nil || m.weak || m.locative {
		return nil, -1
	}
	return m, c
}

// moveNounStart reports whether token k is a move noun that opens an
// apposition (", a move", ", the decision", ", a verdict"), and returns the
// index of the comma before it, or -1.
func (x *sentence) moveNounStart(k int) int {
	toks := x.toks
	if k <= x.from+1 || !moveNouns[toks[k].Lower] {
		return -1
	}
	j := k - 1
	for j > x.from && (toks[j].Tag == "JJ" || toks[j].Tag == "DT") {
		j-- // ", a controversial move"
	}
	if toks[j].Lower != "," || j == k-1 {
		return -1
	}
	return j
}

// mainGroupBefore returns the first finite verb before token k whose
// subject is known: the clause an apposition at k sums up.
func (x *sentence) mainGroupBefore(k int) *vgroup {
	for _, g := range x.groups {
		if g.noun || g.end > k || !g.finite {
			continue
		}
		if s, _ := x.subjectOf(g, 0); s != nil {
			return g
		}
	}
	return x.prevGroup(k)
}

// callVerdict codes calling a move something: praise for a word of praise
// after the verb ("called historic"), blame otherwise ("called
// \"Orwellian\"", "called protectionist"); nothing without such a word.
func (x *sentence) callVerdict(g *vgroup) string {
	k := g.end
	for k < len(x.toks) && (x.toks[k].Lower == "''" || x.toks[k].Text == "\"" || x.toks[k].Text == "“" || x.toks[k].Lower == "it" || x.toks[k].Lower == "as" || x.toks[k].Tag == "RB" || x.toks[k].Tag == "DT") {
		k++
	}
	if k >= len(x.toks) {
		return ""
	}
	if praiseWords[x.toks[k].Lower] {
		return "051"
	}
	if t := x.toks[k].Tag; t == "JJ" || strings.HasPrefix(t, "NN") || t == "VBN" {
		return "111"
	}
	return ""
}

package coder

import "strings"

// bodyHeads are the head nouns by which a named body is taken up again:
// "the UN Security Council … the council", "the World Bank … the bank".
var bodyHeads = setOf("council", "assembly", "bank", "commission", "committee", "fund", "alliance", "court", "organisation", "organization", "union")

// definiteBodies makes "the council", "the bank" and the like a mention of
// the body named earlier in the sentence whose name ends in that noun:
// "told the UN Security Council that … and called on the council to
// condemn them" calls on the Security Council. A bare "bank" the agent
// dictionary took for a business becomes the body too.
func (x *sentence) definiteBodies() {
	toks := x.toks
	var add []*mention
	for k := x.from + 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "the" || toks[k+1].Tag != "NN" || !bodyHeads[toks[k+1].Lower] || isCapitalised(toks[k+1].Text) {
			continue
		}
		if k+2 < len(toks) && (strings.HasPrefix(toks[k+2].Tag, "NN") || toks[k+2].Lower == "'s" || toks[k+2].Lower == "of") {
			continue // "the council meeting", "the bank's website", "the court of appeal"
		}
		own := x.mentionStartingAt(k + 1)
		if own != nil && (own.end != k+2 || len(own.codes) != 1 || strings.HasPrefix(own.codes[0], "IGO")) || own == nil && (x.insideMention(k+1) || x.mentionEndingAt(k+1) != nil) {
			continue
		}
		var ante *mention
		for _, m := range x.ms {
			if m.end <= k && !m.pronoun && !m.weak && len(m.codes) == 1 && strings.HasPrefix(m.codes[0], "IGO") && strings.EqualFold(toks[x.headOf(m)].Text, toks[k+1].Text) {
				ante = m
			}
		}
		if ante == nil {
			continue
		}
		if own != nil {
			own.codes = []string{ante.codes[0]} // "thanked the bank": the World Bank, not a domestic bank
			continue
		}
		prep := ""
		if k > x.from {
			prep = toks[k-1].Lower
		}
		add = append(add, &mention{start: k + 1, end: k + 2, codes: []string{ante.codes[0]}, spans: [][2]int{{k + 1, k + 2}}, prep: prep, text: toks[k+1].Text})
	}
	for _, m := range add {
		i := 0
		for i < len(x.ms) && x.ms[i].start < m.start {
			i++
		}
		x.ms = append(x.ms, nil)
		copy(x.ms[i+1:], x.ms[i:])
		x.ms[i] = m
	}
}

// headOf is the last word of m before a possessive ending: "Bank" in
// "the World Bank's".
func (x *sentence) headOf(m *mention) int {
	if e := m.end - 1; e > m.start && (x.toks[e].Lower == "'s" || x.toks[e].Lower == "'") {
		return e - 1
	}
	return m.end - 1
}

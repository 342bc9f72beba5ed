package coder

import "github.com/accord-hub/accord/internal/dict"

// releaseLemmas are the acts of setting a person free.
var releaseLemmas = setOf("release", "free", "pardon", "acquit", "exonerate")

// releaseClause recodes a demand whose that-clause is a passive release
// with no agent ("demanded that Tazhimuratov be released immediately",
// "insisted that the journalists be freed") as a demand for release (1053),
// aimed at the person freed: the person's actor when the dictionaries know
// it, else one of the country the sentence or document is about. It returns
// "" when the clause is no such release.
func (x *sentence) releaseClause(g, cg *vgroup, tgt *mention) (string, *mention) {
	if x.c.dict.Compat || g.frame != dict.FrameDemand || !cg.passive || !x.headIn(cg, releaseLemmas) {
		return "", nil
	}
	for k := cg.end; k < len(x.toks) && k < cg.end+2; k++ {
		if x.toks[k].Lower == "by" {
			return "", nil // "be released by the court": the agent's act
		}
	}
	if tgt != nil {
		return "1053", tgt
	}
	c := x.docCountry
	if c == "" {
		c = x.soleCountry()
	}
	if c == "" {
		return "1053", nil
	}
	from := g.end + 1
	if from >= cg.start {
		return "1053", nil
	}
	return "1053", &mention{start: from, end: cg.start, codes: []string{c}, spans: [][2]int{{from, cg.start}}, text: joinText(x.toks[from:cg.start])}
}

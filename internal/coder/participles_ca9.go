package coder

import "strings"

// participleModifier reports whether the participle at k modifies the noun
// phrase after it rather than heading a clause: "held talks with the
// visiting/VBG US envoy" (after a determiner, before a name), "freed
// detained/VBD Iranian drivers", "released jailed/VBN journalists" (right
// after another verb that is no auxiliary).
func (x *sentence) participleModifier(k int) bool {
	toks := x.toks
	if k <= x.from || k+1 >= len(toks) {
		return false
	}
	t, prev, next := toks[k], toks[k-1], toks[k+1]
	switch t.Tag {
	case "VBG":
		return (prev.Tag == "DT" || prev.Tag == "PRP$") && next.Tag == "NNP" && x.mentionStartingAt(k+1) != nil
	case "VBN", "VBD":
		if !strings.HasSuffix(t.Lower, "ed") || !strings.HasPrefix(prev.Tag, "VB") || auxForms[prev.Lower] || prev.Tag == "VBG" || prev.Tag == "VBN" && k-2 >= x.from && auxForms[toks[k-2].Lower] {
			return false
		}
		return next.Tag == "JJ" || next.Tag == "NNS" || next.Tag == "NNP" && x.mentionStartingAt(k+1) != nil
	}
	return false
}

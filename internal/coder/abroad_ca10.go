package coder

import "strings"

// abuseNouns name what a state does to people in its hands; criticism of
// "the detention of Uzbek citizens in Russia" is aimed at the state where
// it happens.
var abuseNouns = setOf("arrest", "arrests", "detention", "detentions", "deportation", "deportations",
	"expulsion", "expulsions", "treatment", "mistreatment", "ill-treatment", "killing", "killings",
	"death", "deaths", "sentencing", "jailing", "conviction", "imprisonment", "beating", "beatings",
	"torture", "abduction", "kidnapping", "persecution", "harassment", "execution", "murder", "raids",
	"humiliation", "abuse", "abuses")

// abuseAbroad returns the country where an act on people that the source
// condemns, worries about or demands redress for took place: "condemned
// the arrest of a Chinese businessman in Kyrgyzstan" is aimed at
// Kyrgyzstan, not at the businessman. It returns tgt when the sentence
// says nothing of the kind, or tgt is some other country already.
func (x *sentence) abuseAbroad(g *vgroup, src, tgt *mention, code string, clauseEnd int) *mention {
	protest := strings.HasPrefix(code, "14") && firstLemma(g) == "protest" // a state's protest is a complaint
	if x.c.dict.Compat || len(src.codes) != 1 || !(strings.HasPrefix(code, "11") || strings.HasPrefix(code, "10") || strings.HasPrefix(code, "012") || protest) {
		return tgt
	}
	country := func(m *mention) string {
		if m == nil || len(m.codes) != 1 {
			return ""
		}
		c := x.resolve(m.codes[0], src.codes[0]) // "its citizens": the source's
		if len(c) < 3 {
			return ""
		}
		return c[:3]
	}
	home := country(src)
	if home == "" || tgt != nil && country(tgt) != home {
		return tgt
	}
	toks := x.toks
	k := g.end
	for n := 0; k < clauseEnd && n < 7 && !abuseNouns[toks[k].Lower]; n++ {
		k++ // "expressed concern over the", "called for an investigation into the"
	}
	if k >= clauseEnd || !abuseNouns[toks[k].Lower] {
		return tgt
	}
	for j := k + 1; j+1 < clauseEnd && j < k+14; j++ {
		w := toks[j].Lower
		if w == "," || w == "and" && j+1 < len(toks) && strings.HasPrefix(toks[j+1].Tag, "VB") || strings.HasPrefix(toks[j].Tag, "VB") {
			break
		}
		if w != "in" {
			continue
		}
		n := j + 1
		for n < clauseEnd && determiners[toks[n].Lower] {
			n++
		}
		if m := x.mentionStartingAt(n); m != nil && !m.compound() {
			if c := country(m); c != "" && c != home && !strings.HasPrefix(c, "IGO") && !strings.HasPrefix(c, "NGO") {
				return m
			}
		}
		break
	}
	return tgt
}

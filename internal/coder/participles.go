package coder

import "strings"

// participleAfterObject reports whether the past-tense verb at k is a participle
// describing the object of a verb before it: "released a Kyrgyz citizen
// detained for illegal border crossing", "dispersed protesters gathered in
// the square". A speech verb's object is a clause ("said protesters gathered
// in Almaty"), so it does not count.
func (x *sentence) participleAfterObject(k int) bool {
	toks := x.toks
	if k+1 >= len(toks) || k < x.from+2 || toks[k+1].Tag != "IN" || !strings.HasPrefix(toks[k-1].Tag, "NN") {
		return false
	}
	j := k - 1
	for j > x.from && (strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "CD" || toks[j].Tag == "POS" || toks[j].Tag == "PRP$") {
		j--
	}
	if j == k-1 || !strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "VBG" {
		return false
	}
	for _, l := range x.c.dict.Verbs.LemmasOfToken(&toks[j]) {
		if speechLemmas[l] || l == "warn" || l == "fear" || l == "believe" {
			return false
		}
	}
	return len(x.c.dict.Verbs.LemmasOfToken(&toks[j])) > 0
}

// unnamedForcesWith reports whether m is "with" forces no country is named
// for ("held drills with 1,500 troops"): the actor's own forces.
func (x *sentence) unnamedForcesWith(m *mention) bool {
	k := m.start - 1
	for k > x.from && (x.toks[k].Tag == "CD" || x.toks[k].Tag == "JJ" || x.toks[k].Tag == "DT" || x.toks[k].Lower == "than" || x.toks[k].Lower == "more" || x.toks[k].Lower == "about") {
		k--
	}
	if k < x.from || x.toks[k].Lower != "with" {
		return false
	}
	for j := m.start; j < m.end; j++ {
		if isCapitalised(x.toks[j].Text) {
			return false // "with Tajik forces"
		}
	}
	if m.end+1 < len(x.toks) && (x.toks[m.end].Lower == "from" || x.toks[m.end].Lower == "of") && isCapitalised(x.toks[m.end+1].Text) {
		return false // "with troops from Russia"
	}
	for _, c := range m.codes {
		if !strings.HasSuffix(c, "MIL") && !strings.HasSuffix(c, "COP") {
			return false
		}
	}
	return len(m.codes) > 0
}

// frameNounAgrees reports whether the word at k, tagged a noun, is a frame
// verb ("plan", "plans") whose number agrees with the actor right before
// it: "Uzbekistan and Tajikistan plan to", "Kazakhstan plans to", but not
// "the EU plan to", which is a noun phrase.
func (x *sentence) frameNounAgrees(k int) bool {
	m := x.mentionEndingAt(k - 1)
	if m == nil {
		return false
	}
	frame := false
	for _, l := range x.c.dict.Verbs.LemmasOf(x.toks[k].Lower) {
		if x.c.dict.Verbs.Frame(l) != "" {
			frame = true
		}
	}
	if !frame {
		return false
	}
	plural := m.plural || m.compound()
	return x.toks[k].Tag == "NN" && plural || x.toks[k].Tag == "NNS" && !plural
}

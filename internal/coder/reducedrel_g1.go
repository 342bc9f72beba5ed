package coder

import "strings"

// subjectParticiples are verbs whose past participle, right after the
// subject noun and before a preposition, is almost always a passive that
// describes the noun: "Uighurs held in camps", "refugees stranded in
// Uzbekistan", "rebels backed by Russia". Verbs that also go without an
// object ("met in Astana", "arrived in Moscow") are left out.
var subjectParticiples = setOf("arrest", "detain", "hold", "keep", "jail", "imprison", "sentence", "convict",
	"deport", "extradite", "expel", "exile", "kill", "wound", "injure", "hurt", "abduct", "kidnap", "capture",
	"seize", "charge", "accuse", "suspect", "strand", "trap", "displace", "evacuate", "rescue", "release", "free",
	"station", "deploy", "base", "send", "back", "support", "fund", "train", "recruit", "sanction", "ban",
	"persecute", "target", "wanted", "want", "affect", "force", "elect", "appoint", "employ", "house", "intern")

// clauseStops end the search for the finite verb of a subject whose noun
// a participle follows: punctuation, conjunctions and relative words
// begin another clause.
var clauseStops = setOf(",", ";", ":", "(", "--", "and", "or", "but", "that", "who", "whom", "which", "whose",
	"where", "when", "while", "as", "because", "since", "if", "unless", "although", "though", "whereas")

// subjectParticiple reports whether the past form at k is a reduced
// relative inside the clause's subject ("Migrants detained in Moscow held a
// hunger strike", "Relatives of people held in camps in Xinjiang gathered
// outside the consulate"): it follows the subject's noun, no verb comes
// before it, a preposition follows it, and a finite verb follows before the
// clause ends. The tagger may take the participle for a past tense; the
// later finite verb decides. The participle is then no verb of the
// subject's, and its passive has no agent worth coding.
func (x *sentence) subjectParticiple(k int) bool {
	toks := x.toks
	if x.c.dict.Compat || k <= x.from || k+2 >= len(toks) {
		return false
	}
	if t := toks[k].Tag; t != "VBN" && t != "VBD" {
		return false
	}
	if next := toks[k+1]; next.Tag != "IN" || clauseStops[next.Lower] || next.Lower == "of" {
		return false
	}
	if !strings.HasPrefix(toks[k-1].Tag, "NN") && x.mentionEndingAt(k-1) == nil {
		return false
	}
	if m := x.mentionEndingAt(k - 1); m != nil && m.pronoun {
		return false
	}
	w := toks[k].Lower
	known := subjectParticiples[strings.TrimSuffix(w, "ed")] || subjectParticiples[strings.TrimSuffix(w, "d")]
	for _, l := range x.c.dict.Verbs.LemmasOfToken(&toks[k]) {
		if speechLemmas[l] {
			return false
		}
		if subjectParticiples[l] {
			known = true
		}
	}
	if !known {
		return false
	}
	for j := x.from; j < k; j++ {
		if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "MD" || toks[j].Lower == ":" {
			return false // "released migrants detained in …": the object's participle
		}
	}
	return x.finiteAfterPhrase(k + 2)
}

// finiteAfterPhrase reports whether a finite verb or modal comes at or
// after k behind nothing but the words of noun and prepositional phrases,
// before the clause ends.
func (x *sentence) finiteAfterPhrase(k int) bool {
	toks := x.toks
	for j := k; j < len(toks); j++ {
		t := &toks[j]
		if clauseStops[t.Lower] || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "CC" {
			return false
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if x.insideMention(j) {
				continue // "Turkmen border/VBP guards"
			}
			return j > k || t.Tag != "VBD"
		case "VB", "VBG", "TO", ".":
			return false
		}
	}
	return false
}

package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// headlineVerb reports whether token k is a headline's present tense that
// the tagger took for a noun: "Kyrgyz court jails/NNS journalist",
// "Tajikistan and Kyrgyzstan sign/NN border treaty", "Uzbek president
// pardons/NNS 300 prisoners". A headline has no final stop; the word is the
// first that can be a verb, right after the subject, and is followed by
// its object. A bare form (sign) needs a plural subject, an -s form
// (jails) a single one.
func (x *sentence) headlineVerb(k int) bool {
	toks := x.toks
	if x.c.dict.Compat || k <= x.from || k+1 >= len(toks) {
		return false
	}
	if !isHeadline(toks) {
		return false
	}
	t := toks[k]
	if t.Tag != "NN" && t.Tag != "NNS" {
		return false
	}
	m := x.mentionEndingAt(k - 1)
	if m == nil || m.weak || m.locative || m.pronoun || x.mentionStartingAt(k) != nil {
		return false
	}
	if t.Tag == "NNS" && (!strings.HasSuffix(t.Lower, "s") || m.compound()) || t.Tag == "NN" && !m.compound() {
		return false
	}
	for j := x.from; j < k; j++ {
		if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "MD" {
			return false
		}
	}
	switch toks[k+1].Tag {
	case "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "CD", "DT", "PRP$", "VBN", "VBD":
	default:
		return false
	}
	return len(x.c.dict.Verbs.LemmasOf(t.Lower)) > 0
}

// isHeadline reports whether a sentence has no final stop: a headline.
func isHeadline(toks []nlp.Token) bool {
	if len(toks) == 0 {
		return false
	}
	switch toks[len(toks)-1].Text {
	case ".", "!", "?", "\"", "”", "'", "’", ")", ":", ";":
		return false
	}
	return true
}

// headlineVerbBetween reports whether a headline's present tense stands
// between two agent words, where it would otherwise join them into one
// noun phrase: "Kyrgyz court jails/NNS journalists" is a court and
// journalists, not a "court jails journalists".
func (c *Coder) headlineVerbBetween(toks []nlp.Token, from, to int) bool {
	if c.dict.Compat || !isHeadline(toks) {
		return false
	}
	for j := 0; j < to && j < len(toks); j++ {
		if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "MD" {
			return false
		}
	}
	for k := from; k < to; k++ {
		t := toks[k]
		if t.Tag == "NNS" && strings.HasSuffix(t.Lower, "s") && len(c.dict.Verbs.LemmasOf(t.Lower)) > 0 {
			return true
		}
	}
	return false
}

// verblessHeadline reports whether a headline has no word tagged as a verb:
// its verb is one the tagger took for a noun.
func verblessHeadline(toks []nlp.Token) bool {
	if !isHeadline(toks) {
		return false
	}
	for _, t := range toks {
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return false
		}
	}
	return true
}

// thatClauseVerb reports whether the word after an agent phrase at
// [start, end) is the bare verb of a that-clause the tagger took for a
// noun: "demanded that the government resign/NN", "that the army
// step/NN down". The agent is then the clause's subject, not an adjective.
func (c *Coder) thatClauseVerb(toks []nlp.Token, start, end int) bool {
	if start < 1 || end >= len(toks) || toks[end].Tag != "NN" {
		return false
	}
	k := start - 1
	if toks[k].Tag == "DT" && k > 0 {
		k--
	}
	if toks[k].Lower != "that" {
		return false
	}
	if end+1 < len(toks) {
		switch t := toks[end+1]; {
		case t.Tag == "MD", strings.HasPrefix(t.Tag, "VB"), strings.HasPrefix(t.Tag, "NN") && !isCapitalised(t.Text), t.Tag == "IN":
			return false
		}
	}
	w := toks[end].Lower
	for _, l := range c.dict.Verbs.LemmasOf(w) {
		if l == w {
			return true
		}
	}
	return false
}

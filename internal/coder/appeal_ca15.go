package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// Appeals whose addressee and infinitive stand apart: "asked Chinese
// President Xi Jinping in a telephone call to defer the repayments", "urged
// Kabul on Monday to reopen the schools". The adjunct between them (a time,
// a call, a letter, a meeting) does not change who is asked.

// adjunctStarts open an adjunct between an appeal's addressee and its "to".
var adjunctStarts = map[string]bool{
	"in": true, "on": true, "during": true, "at": true, "last": true, "again": true,
	"earlier": true, "this": true, "over": true, "by": true, "once": true, "repeatedly": true,
}

// adjunctTail reports whether the tokens from..to-1 are a short adjunct with
// no verb, clause or list in it: "in a telephone call", "on Monday",
// "during talks in Beijing".
func (x *sentence) adjunctTail(from, to int) bool {
	if x.c.dict.Compat || from >= to || to-from > 6 || to > len(x.toks) {
		return false
	}
	if !adjunctStarts[x.toks[from].Lower] {
		return false
	}
	for k := from; k < to; k++ {
		t := x.toks[k]
		if strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG" || t.Text == "," || t.Lower == "and" || t.Lower == "that" || t.Lower == "to" || t.Lower == "who" || t.Lower == "which" {
			return false
		}
	}
	return true
}

// appealGap reports whether the tokens from..to-1 after an appeal verb are
// its addressee and an adjunct ending in "to", with no clause between, so
// that the infinitive may stand further off than usual.
func (x *sentence) appealGap(from, to int) bool {
	if x.c.dict.Compat || to <= from || to > len(x.toks) || x.toks[to-1].Lower != "to" {
		return false
	}
	for k := from; k < to-1; k++ {
		t := x.toks[k]
		if strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG" || t.Text == "," || t.Lower == "that" || t.Lower == "who" || t.Lower == "which" || t.Lower == "to" {
			return false
		}
	}
	return true
}

// mentionFrom returns the first mention that starts at a token from k to n,
// so that an adjective skipped before an addressee ("urged Chinese
// President Xi Jinping to") still finds the mention it begins.
func (x *sentence) mentionFrom(k, n int) *mention {
	for j := k; j <= n; j++ {
		if m := x.mentionStartingAt(j); m != nil {
			return m
		}
	}
	return nil
}

// introPlace reports whether m is the place of an opening adjunct, "In
// Dushanbe, Xi and Rahmon signed …": the comma after it closes the adjunct
// and opens no list.
func introPlace(toks []nlp.Token, m *mention) bool {
	if m.start < 1 || m.end >= len(toks) || toks[m.end].Text != "," {
		return false
	}
	if w := toks[m.start-1].Lower; w != "in" && w != "at" {
		return false
	}
	if m.start == 1 {
		return true
	}
	switch toks[m.start-2].Text {
	case "-", "—", "–", "--", ":", ")":
		return true
	}
	return false
}

// selfAppeal reports whether an appeal's addressee is its own compound
// subject again, "the two countries" read back to the subject: no appeal
// is made to oneself.
func selfAppeal(subj, tgt *mention) bool {
	if subj == nil || tgt == nil || !subj.compound() || len(subj.codes) != len(tgt.codes) {
		return false
	}
	for i := range subj.codes {
		if subj.codes[i] != tgt.codes[i] {
			return false
		}
	}
	return true
}

// ofParticiple reports whether the past form at k stands between "of" and
// the noun it describes, "relatives of detained ethnic Kazakhs", "the
// release of jailed journalists": an adjective, no act.
func (x *sentence) ofParticiple(k int) bool {
	toks := x.toks
	t := toks[k]
	if t.Tag != "VBN" && t.Tag != "VBD" || k <= x.from || k+1 >= len(toks) || toks[k-1].Lower != "of" {
		return false
	}
	next := toks[k+1].Tag
	return strings.HasPrefix(next, "NN") || next == "JJ"
}

package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// retagAfterDay mends a tagger slip after the wire's day phrase: "the US
// Treasury on Wednesday imposed/JJ sanctions on …" takes the past tense
// for an adjective of "sanctions". A dictionary verb's -ed form right after
// "on <weekday>", which follows a noun, before a noun phrase, is the
// clause's verb.
func (c *Coder) retagAfterDay(toks []nlp.Token) {
	for k := 3; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.Tag != "JJ" && t.Tag != "VBN" || !strings.HasSuffix(t.Lower, "ed") {
			continue
		}
		on := dayPhraseStart(toks, k)
		if on < 1 {
			continue
		}
		switch toks[on-1].Tag {
		case "NN", "NNS", "NNP", "NNPS", "PRP":
		default:
			continue
		}
		switch toks[k+1].Tag {
		case "DT", "NN", "NNS", "NNP", "NNPS", "PRP$", "PRP", "CD", "JJ", "IN", "TO":
		default:
			continue
		}
		if c.dict.Verbs.LemmasOfToken(t) != nil {
			t.Tag = "VBD"
		}
	}
}

// namingVerbs take an object and a complement that judges it: "called the
// decision politically motivated".
var namingVerbs = map[string]bool{"call": true, "called": true, "calls": true, "calling": true, "deem": true,
	"deemed": true, "deems": true, "brand": true, "branded": true, "brands": true, "describe": true,
	"described": true, "describes": true, "consider": true, "considers": true, "considered": true}

// retagComplement mends the tagger's past tense in a naming complement:
// "called the EU's decision politically motivated/VBD." ends the clause at
// a verb that is none; "politically motivated" there is an adjective.
func retagComplement(toks []nlp.Token) {
	for k := 3; k < len(toks); k++ {
		t := &toks[k]
		if t.Tag != "VBD" && t.Tag != "VBN" || !strings.HasSuffix(t.Lower, "ed") {
			continue
		}
		if adv := toks[k-1]; adv.Tag != "RB" || !strings.HasSuffix(adv.Lower, "ly") {
			continue
		}
		if p := toks[k-2].Tag; !strings.HasPrefix(p, "NN") && p != "PRP" && p != "''" {
			continue
		}
		if k+1 < len(toks) {
			switch toks[k+1].Lower {
			case ".", ",", ";", "and", "''", "\"", "”":
			default:
				continue
			}
		}
		for j := k - 3; j >= 0 && j >= k-9; j-- {
			if namingVerbs[toks[j].Lower] {
				t.Tag = "JJ"
				break
			}
		}
	}
}

// dayPhraseStart returns the index of "on" in a day phrase ending right
// before token k ("on Wednesday", "on 12 May", "on May 12"), or -1.
func dayPhraseStart(toks []nlp.Token, k int) int {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := toks[j].Lower
		if w == "on" {
			if j == k-1 {
				return -1
			}
			return j
		}
		_, day := weekdays[w]
		if !day && !monthNames[w] && toks[j].Tag != "CD" && w != "," {
			return -1
		}
	}
	return -1
}

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
		if _, ok := weekdays[toks[k-1].Lower]; !ok || toks[k-2].Lower != "on" {
			continue
		}
		switch toks[k-3].Tag {
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

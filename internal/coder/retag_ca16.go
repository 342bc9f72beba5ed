package coder

import "github.com/accord-hub/accord/internal/nlp"

// attributiveIng are -ing words that, between a determiner and a noun,
// describe the noun rather than act: "the outgoing Chinese ambassador", "the
// visiting Iranian delegation", "the incoming Turkmen envoy".
var attributiveIng = map[string]bool{
	"outgoing": true, "visiting": true, "incoming": true, "ruling": true, "leading": true,
	"serving": true, "sitting": true, "remaining": true, "governing": true, "neighbouring": true,
	"neighboring": true, "departing": true, "retiring": true, "presiding": true,
}

// retagAttributiveIng makes such a word an adjective when a determiner stands
// before it and a noun or adjective after it, so that the noun phrase keeps
// its actor and the word is not taken for a verb of its own.
func retagAttributiveIng(toks []nlp.Token) {
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.Tag != "VBG" || !attributiveIng[t.Lower] {
			continue
		}
		switch toks[k-1].Tag {
		case "DT", "PRP$", "POS":
		default:
			continue
		}
		switch toks[k+1].Tag {
		case "NN", "NNS", "NNP", "NNPS", "JJ":
			t.Tag = "JJ"
		}
	}
}

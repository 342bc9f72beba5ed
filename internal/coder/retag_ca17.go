package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// approxWords stand before a number to make it approximate.
var approxWords = map[string]bool{
	"about": true, "around": true, "nearly": true, "almost": true, "roughly": true, "approximately": true,
}

// roundNumbers are the number words that follow "a": "a hundred", "a dozen".
var roundNumbers = map[string]bool{
	"hundred": true, "thousand": true, "dozen": true, "million": true,
}

// retagQuantity mends the tags of an approximate head count the tagger
// reads as a prepositional phrase: "About/IN a hundred/JJ protesters
// gathered" is "about/RB a hundred/CD protesters", so the protesters stay
// the subject.
func retagQuantity(toks []nlp.Token) {
	for k := 0; k+3 < len(toks); k++ {
		if !approxWords[toks[k].Lower] || toks[k+1].Lower != "a" || !roundNumbers[toks[k+2].Lower] {
			continue
		}
		switch toks[k+3].Tag {
		case "NNS", "NNPS", "JJ", "NNP":
			toks[k].Tag = "RB"
			toks[k+2].Tag = "CD"
		}
	}
}

// isQuote reports whether a token is a quotation mark.
func isQuote(t *nlp.Token) bool {
	switch t.Text {
	case `"`, "“", "”", "``", "''":
		return true
	}
	return false
}

// retagQuotedModifier mends a plural noun after a quoted modifier taken
// for a verb: in `the two governments' "foreign agent" measures an attack`
// the tagger reads measures/VBZ; after a possessive or an article, a
// quoted phrase and its closing mark, the next word is the noun.
func retagQuotedModifier(toks []nlp.Token) {
	for j := 3; j < len(toks); j++ {
		if toks[j].Tag != "VBZ" || !isQuote(&toks[j-1]) || !strings.HasSuffix(toks[j].Lower, "s") {
			continue
		}
		for i := j - 2; i >= 1 && i >= j-6; i-- {
			if isQuote(&toks[i]) {
				switch toks[i-1].Tag {
				case "POS", "DT", "PRP$":
					toks[j].Tag = "NNS"
				}
				break
			}
		}
	}
}

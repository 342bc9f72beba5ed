package coder

import (
	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/nlp"
)

// Filters of the word maps that rule loops look up for token after token:
// one probe of the token's cached hash passes over most tokens without
// hashing the word for the map (see keyFilter).
var (
	presentClaimFilter = keyFilter(presentClaims)
	historyStopFilter  = keyFilter(historyStops)
	remarkNounFilter   = keyFilter(remarkNouns)
	nounCompoundFilter = keyFilter(nounCompounds)
	plotNounFilter     = keyFilter(plotNouns)
	thwartedNounFilter = keyFilter(thwartedNouns)
	strangerWordFilter = keyFilter(strangerWords)
	allegationFilter   = keyFilter(allegationParticiples)
)

// hasWord is words[t.Lower], with f, a filter of words' keys, tested first.
func hasWord(t *nlp.Token, f *dict.WordFilter, words map[string]bool) bool {
	return f.MayHave(t.LowerHash()) && words[t.Lower]
}

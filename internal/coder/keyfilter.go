package coder

import (
	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/nlp"
)

// keyFilter returns a Bloom filter of m's keys, so that a hot loop can pass
// over most tokens with one probe of the token's cached hash before looking
// the word up in m.
func keyFilter[V any](m map[string]V) *dict.WordFilter {
	f := &dict.WordFilter{}
	for k := range m {
		f.Add(k)
	}
	return f
}

// countFilter holds the words of countWords.
var countFilter = keyFilter(countWords)

var (
	modalFilter = keyFilter(modals)
	auxFilter   = keyFilter(auxForms)
)

// isModal is modals[t.Lower], with the filter first.
func isModal(t *nlp.Token) bool {
	return modalFilter.MayHave(t.LowerHash()) && modals[t.Lower] && !(t.Text == "May" && t.Tag == "NNP") // "on 12 May", Theresa May
}

// isAux is auxForms[t.Lower], with the filter first.
func isAux(t *nlp.Token) bool { return auxFilter.MayHave(t.LowerHash()) && auxForms[t.Lower] }

var (
	blocFilter    = keyFilter(blocWords)
	countryFilter = keyFilter(countryWords)
	reportFilter  = keyFilter(reportNouns)
)

// isCountWord is countWords[t.Lower] > 0, with the filter first.
func isCountWord(t *nlp.Token) bool {
	return countFilter.MayHave(t.LowerHash()) && countWords[t.Lower] > 0
}

// isBlocOrCountryWord is blocWords[t.Lower] || countryWords[t.Lower], with
// the filters first.
func isBlocOrCountryWord(t *nlp.Token) bool {
	h := t.LowerHash()
	return blocFilter.MayHave(h) && blocWords[t.Lower] || countryFilter.MayHave(h) && countryWords[t.Lower]
}

// isReportNoun is reportNouns[t.Lower], with the filter first.
func isReportNoun(t *nlp.Token) bool {
	return reportFilter.MayHave(t.LowerHash()) && reportNouns[t.Lower]
}

// militaryFilter holds the words of militaryWords.
var militaryFilter = keyFilter(militaryWords)

// anyOfFiltered is anyOf with f, a filter of words' keys, tested first.
func anyOfFiltered(toks []nlp.Token, f *dict.WordFilter, words map[string]bool) bool {
	for i := range toks {
		if f.MayHave(toks[i].LowerHash()) && words[toks[i].Lower] {
			return true
		}
	}
	return false
}

// determinerFilter holds the words of determiners.
var determinerFilter = keyFilter(determiners)

// isDeterminer is determiners[t.Lower], with the filter first.
func isDeterminer(t *nlp.Token) bool {
	return determinerFilter.MayHave(t.LowerHash()) && determiners[t.Lower]
}

// hazardFilter holds the words of hazardWords.
var hazardFilter = keyFilter(hazardWords)

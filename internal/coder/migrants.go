package coder

import "github.com/accord-hub/accord/internal/nlp"

// strangerWords name people who are by definition not of the country
// where they are: unmarked, they take neither the sentence's country nor
// their captor's ("police in the Moscow region rounded up 200 migrants").
var strangerWords = map[string]bool{
	"migrant": true, "migrants": true, "foreigner": true, "foreigners": true,
	"expatriate": true, "expatriates": true, "expat": true, "expats": true,
}

// stranger reports whether m is a bare agent phrase headed by a word of
// strangerWords ("migrants", "labour migrants", "migrant workers"), which
// no country marks.
func (x *sentence) stranger(m *mention) bool {
	if x.c.dict.Compat || len(m.codes) != 1 || m.codes[0] == "" || !isAgentOnly(m.codes[0]) {
		return false
	}
	for k := m.start; k < m.end && k < len(x.toks); k++ {
		if strangerWords[x.toks[k].Lower] {
			return true
		}
	}
	return false
}

// dealTopic reports whether the target found for a compound source that
// signed something stands in a phrase about the deal rather than naming a
// partner: "Russia and Uzbekistan signed a deal for Rosatom to build a
// plant", "signed an agreement on the recruitment of Uzbek workers",
// "signed an agreement during a visit by Berdimuhamedov". Only "with"
// names a third party ("signed a deal with China").
func dealTopic(tgt *mention) bool {
	switch tgt.prep {
	case "to", "on", "of", "for", "by", "about", "over", "in", "at", "during", "from", "under", "between", "among":
		return true
	}
	return false
}

// calledIn reports whether the mention at start follows the particle of
// "called in" ("called in the Russian ambassador"): the object, not a
// place after "in".
func calledIn(toks []nlp.Token, start int) bool {
	k := start - 1
	for k > 0 && (isDeterminer(&toks[k]) || toks[k].Tag == "JJ") {
		k--
	}
	if k < 1 || toks[k].Lower != "in" {
		return false
	}
	switch toks[k-1].Lower {
	case "call", "calls", "called", "calling":
		return true
	}
	return false
}

func init() {
	// "officers of the Russian National Guard", "employees of the
	// migration service": the body after "of" acts.
	for _, w := range []string{"officers", "employees", "staff", "personnel", "agents", "fighters", "servicemen"} {
		if _, ok := quantityNouns[w]; !ok {
			quantityNouns[w] = true
		}
	}
}

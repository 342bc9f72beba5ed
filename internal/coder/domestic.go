package coder

import "strings"

// bodyNouns are organisations of no country of their own that a state bans
// or closes at home: "banned the pro-Kurdish party".
var bodyNouns = map[string]bool{
	"party": true, "parties": true, "organisation": true, "organisations": true, "organization": true,
	"organizations": true, "movement": true, "movements": true,
}

// domesticPerson gives a state's coercion, release or pardon of a person
// the dictionaries do not know ("a Bishkek court ordered the detention of
// the satirist Temirlan Ermek uulu", "upheld the sentence handed to
// Dauletmurat Tazhimuratov", "Turkey banned the pro-Kurdish party") the
// source's own country as its target: whoever a country's courts, police
// or government act on at home is its own unless the sentence says
// otherwise. The military is left out: those it captures are often
// foreign fighters.
func (x *sentence) domesticPerson(g *vgroup, src *mention, code string, end int) *mention {
	switch {
	case strings.HasPrefix(code, "174") || strings.HasPrefix(code, "17") == false && !strings.HasPrefix(code, "084"):
		return nil
	}
	country := x.resolve(src.codes[0], "")
	if len(country) < 3 || !(len(country) == 3 || stateAgent(country)) || strings.Contains(country[3:], "MIL") {
		return nil
	}
	if nonState(country) {
		return nil
	}
	toks := x.toks
	k := g.end
	for n := 0; k < end && n < 10; n++ {
		if x.inMention(k) {
			return nil // an actor of its own: coded as such, or not a person
		}
		t := &toks[k]
		switch {
		case determiners[t.Lower] || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "RB" || t.Lower == "of":
			k++
			continue
		case (t.Tag == "NN" || t.Tag == "NNS") && k+1 < end && toks[k+1].Lower == "of":
			k += 2 // "the detention of", "the sentence of"
			continue
		case k == g.end && t.Lower == "to":
			k++ // "the sentence handed to", with "handed" the verb
			continue
		case (t.Tag == "NN" || t.Tag == "NNS") && k+2 < len(toks) && (toks[k+1].Tag == "VBN" || toks[k+1].Tag == "VBD") && (toks[k+2].Lower == "to" || toks[k+2].Lower == "on"):
			// "the sentence handed to", "the ban imposed on": the
			// participle's clause names whom.
			if pg := x.groupCovering(k + 1); pg != nil && !pg.noun {
				end = max(end, x.clauseEnd(pg))
			}
			k += 3
			continue
		}
		break
	}
	if k >= end {
		return nil
	}
	if bodyNouns[toks[k].Lower] && (k+1 >= end || !strings.HasPrefix(toks[k+1].Tag, "NN")) {
		return &mention{start: k, end: k + 1, codes: []string{country[:3] + "OPP"}, spans: [][2]int{{k, k + 1}}, text: toks[k].Text}
	}
	// A name, perhaps after a title: "the satirist Temirlan Ermek uulu",
	// "the Nobel laureate Narges Mohammadi".
	j := k
	for j < end && j < k+6 && (toks[j].Tag == "NN" || toks[j].Tag == "NNP") && !x.inMention(j) {
		j++
	}
	// The name: the last run of capitalised words, two at least (one may
	// be a place or a thing).
	last, first := -1, -1
	for n := j - 1; n >= k; n-- {
		capital := toks[n].Tag == "NNP" && isCapitalised(toks[n].Text)
		if capital && last < 0 {
			last = n
		}
		if last >= 0 {
			if !capital {
				break
			}
			first = n
		}
	}
	if last < 0 || last-first < 1 && !surnameForm(toks[last].Text) || j-last > 2 {
		return nil
	}
	if x.c.placeCountry != nil && x.c.placeCountry(joinText(toks[first:last+1])) != "" {
		return nil // "captured Kherson City": a place
	}
	return &mention{start: k, end: j, codes: []string{country[:3] + "CVL"}, spans: [][2]int{{k, j}}, text: joinText(toks[k:j]), person: true}
}

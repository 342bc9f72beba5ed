package coder

import "strings"

// domesticObjectCodes are the acts a state does to people at home: arrests,
// charges, sentences, repression, releases and pardons, and the promise of
// them.
var domesticObjectCodes = map[string]bool{
	"173": true, "172": true, "175": true, "0841": true, "084": true, "0354": true,
}

// foreignPeopleNouns are people whom the sentence does not place at home.
var foreignPeopleNouns = map[string]bool{
	"foreigners": true, "foreigner": true, "migrants": true, "nationals": true, "tourists": true,
	"refugees": true, "expatriates": true, "immigrants": true, "aliens": true, "diplomats": true,
	"hostages": true, "sailors": true, "crew": true, "pilots": true, "fighters": true, "militants": true,
	"bodies": true, "remains": true,
}

// peopleNouns are the groups of people such acts take as objects.
var peopleNouns = map[string]bool{
	"people": true, "persons": true, "individuals": true, "members": true, "convicts": true, "prisoners": true,
	"inmates": true, "suspects": true, "men": true, "women": true, "supporters": true, "followers": true,
	"organisers": true, "organizers": true, "participants": true, "believers": true, "worshippers": true,
	"relatives": true, "youths": true, "teenagers": true, "employees": true, "staff": true, "managers": true,
	"executives": true, "citizens": true, "detainees": true, "defendants": true, "demonstrators": true,
	"miners": true, "drivers": true, "traders": true, "vendors": true, "others": true,
	"officers": true, "adherents": true, "recruiters": true, "accomplices": true, "perpetrators": true,
}

// domesticObjects gives an arrest, sentence or pardon with no target the
// source's own country when its object is a group of people no one places
// ("Kyrgyz police arrested two dozen members of the committee",
// "Mirziyoyev promised to pardon all prisoners convicted over the Nukus
// events"): an unmarked agent in a sentence about one country is of that
// country.
func (x *sentence) domesticObjects() {
	for i := range x.events {
		ev := &x.events[i]
		if ev.Target != "" || !domesticObjectCodes[ev.Code] || len(ev.Source) < 3 {
			continue
		}
		country := ev.Source[:3]
		if country == "IGO" || country == "NGO" || country == "IMG" || country == "MNC" {
			continue
		}
		if len(ev.Source) > 3 && popularAgent(ev.Source[3:]) {
			continue
		}
		k := x.verbToken(*ev)
		if k < 0 || !strings.HasPrefix(x.toks[k].Tag, "VB") {
			continue
		}
		if head := x.peopleObject(k); head > 0 {
			ev.Target = country
			ev.TargetName = x.toks[head].Text
		}
	}
}

// peopleObject returns the head of the plural noun phrase of people right
// after the verb at k ("two dozen members", "all prisoners", "120
// convicts"), or -1 when the object is an actor, a thing, or not there.
func (x *sentence) peopleObject(k int) int {
	counted := false
	for j := k + 1; j < len(x.toks) && j <= k+6; j++ {
		t := &x.toks[j]
		if x.insideMention(j) {
			return -1
		}
		switch {
		case t.Tag == "CD":
			counted = true
		case t.Lower == "migrant" || t.Lower == "foreign":
			return -1
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "PDT" || t.Lower == "more" || t.Lower == "than" || t.Lower == "at" || t.Lower == "least" || t.Lower == "some" || t.Lower == "about" || t.Lower == "of":
		case t.Tag == "NNS" || t.Tag == "NN" && counted && t.Lower != "dozen" && t.Lower != "hundred" && t.Lower != "thousand":
			if foreignPeopleNouns[t.Lower] || t.Lower == "migrant" || t.Lower == "foreign" || isCapitalised(t.Text) {
				return -1
			}
			if t.Tag == "NN" && !counted {
				return -1
			}
			if j+1 < len(x.toks) && (x.toks[j+1].Tag == "NNS" || x.toks[j+1].Tag == "NN") {
				continue // "two dozen members", "cotton farmers": the head is later
			}
			if j+2 < len(x.toks) && (x.toks[j+1].Lower == "of" || x.toks[j+1].Lower == "from") && (x.mentionStartingAt(j+2) != nil || j+3 < len(x.toks) && x.mentionStartingAt(j+3) != nil) {
				return -1 // "members of the Islamic State": their group is named
			}
			if !peopleNouns[t.Lower] {
				return -1
			}
			return j
		case t.Lower == "dozen" || t.Lower == "hundred" || t.Lower == "thousand" || t.Lower == "dozens" || t.Lower == "hundreds" || t.Lower == "thousands":
			counted = true
		default:
			return -1
		}
	}
	return -1
}

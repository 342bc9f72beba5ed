package coder

import "strings"

// electionNouns name a vote an observer mission judges.
var electionNouns = map[string]bool{
	"election": true, "elections": true, "vote": true, "poll": true, "polls": true,
	"ballot": true, "referendum": true, "runoff": true,
}

// flawWords in an observer's verdict on a vote make it a criticism.
var flawWords = map[string]bool{
	"marred": true, "tarnished": true, "flawed": true, "lacked": true, "lacking": true,
	"irregularities": true, "fraud": true, "unfair": true, "undemocratic": true,
	"shortcomings": true, "violations": true, "restricted": true, "restrictions": true,
	"no genuine": true, "not free": true, "ballot-stuffing": true, "vote-buying": true,
}

// electionVerdicts codes an international body's finding that a vote was
// flawed ("Observers from the OSCE said the election had been tarnished by
// a lack of respect for fundamental rights") as its criticism (111) of the
// country that held it: the country named in the sentence, or the one the
// story is about.
func (x *sentence) electionVerdicts() {
	toks := x.toks
	if !x.mayHave(electionNounGate) || !x.mayHave(flawWordGate) {
		return // s8: no vote or no flaw named
	}
	for _, rg := range x.groups {
		if rg.noun || rg.neg || rg.modal != "" || !speechLemmas[firstLemma(rg)] {
			continue
		}
		speaker, _ := x.subjectOf(rg, 0)
		if speaker == nil {
			speaker = x.observersOf(rg)
		}
		if speaker == nil || speaker.weak || len(speaker.codes) != 1 {
			continue
		}
		src := x.resolve(speaker.codes[0], "")
		if !strings.HasPrefix(src, "IGO") && !strings.HasPrefix(src, "NGO") {
			continue
		}
		if x.codedBy(src, "11") {
			continue
		}
		vote, flaw := -1, false
		for k := speaker.start - 1; k >= x.from && k >= speaker.start-5; k-- {
			if electionNouns[toks[k].Lower] {
				vote = k // "an election that observers from the OSCE said offered no genuine choice"
				break
			}
		}
		for k := rg.end; k < len(toks) && k < rg.end+40; k++ {
			w := toks[k].Lower
			if vote < 0 && k < rg.end+6 && electionNouns[w] {
				vote = k
			}
			if flawWords[w] || k+1 < len(toks) && flawWords[w+" "+toks[k+1].Lower] {
				flaw = true
			}
		}
		if vote < 0 || !flaw {
			continue
		}
		country := x.voteCountry(speaker)
		if country == "" {
			continue
		}
		x.emit(src, country, "111", x.span(speaker.start, speaker.end), nil, x.span(rg.head, rg.end), speaker.text, "", "")
		rg.coded = true
	}
}

// codedBy reports whether an event of source src and root already came
// out of the sentence.
func (x *sentence) codedBy(src, root string) bool {
	for _, ev := range x.events {
		if ev.Source == src && ev.Root == root {
			return true
		}
	}
	return false
}

// voteCountry returns the country whose vote a sentence judges: the one
// state the sentence names besides the speaker (its leader's or its own
// name), else the story's.
func (x *sentence) voteCountry(speaker *mention) string {
	found := ""
	for _, m := range x.ms {
		if m == speaker || len(m.codes) != 1 || m.codes[0] == "" || m.codes[0][0] == '?' {
			continue
		}
		c := x.resolve(m.codes[0], "")
		if len(c) < 3 || strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "NGO") {
			continue
		}
		if found != "" && found != c[:3] {
			return "" // two states: whose vote is unclear
		}
		found = c[:3]
	}
	if found == "" {
		found = x.docCountry
	}
	return found
}

// observerWords head a body's mission named by "of" or "from".
var observerWords = map[string]bool{
	"observers": true, "monitors": true, "mission": true, "experts": true, "delegation": true,
}

// observersOf returns the body of "observers from the OSCE said", whose
// mission speaks for it, when rg has no subject of its own.
func (x *sentence) observersOf(rg *vgroup) *mention {
	m := x.mentionEndingAt(rg.start - 1)
	if m == nil || m.start < x.from+2 || m.prep != "from" && m.prep != "of" {
		return nil
	}
	k := m.start - 2
	if x.toks[k+1].Lower != m.prep {
		k-- // "observers from the OSCE"
	}
	if k < x.from || !observerWords[x.toks[k].Lower] {
		return nil
	}
	return m
}

package coder

import "strings"

// theirOfCompound gives an agent owned by "their" the countries of the
// compound named before it, one each: in "accused companies from
// Kazakhstan and Uzbekistan …, and called on their governments to stop the
// trade" and "visited Kazakhstan and Uzbekistan and warned their
// governments" the governments are Kazakhstan's and Uzbekistan's, not the
// speaker's own.
func (x *sentence) theirOfCompound() {
	for _, m := range x.ms {
		if m.start == 0 || x.toks[m.start-1].Lower != "their" || len(m.codes) != 1 || !strings.HasPrefix(m.codes[0], "?") {
			continue
		}
		agent := m.codes[0][1:]
		if !isAgentOnly(agent) {
			continue
		}
		var ante *mention
		for _, o := range x.ms {
			if o.end <= m.start-1 && len(o.codes) > 1 && !o.pronoun {
				ante = o // the last compound before "their"
			}
		}
		if ante == nil {
			continue
		}
		var codes []string
		var spans [][2]int
		seen := map[string]bool{}
		for _, c := range ante.codes {
			if len(c) < 3 || c[0] == '?' || isAgentOnly(c) {
				codes = nil
				break
			}
			if nonState(c) {
				codes = nil
			}
			if seen[c[:3]] {
				continue
			}
			seen[c[:3]] = true
			codes = append(codes, c[:3]+agent)
			spans = append(spans, [2]int{m.start, m.end})
		}
		if len(codes) < 2 || x.isSubjectCompound(ante) {
			continue
		}
		m.codes, m.spans = codes, spans
	}
}

// isSubjectCompound reports whether no verb stands before the compound in
// its sentence: it is (part of) the subject ("Kazakhstan and Uzbekistan
// urged their citizens", "the presidents of Kazakhstan and Uzbekistan told
// their governments"), whose own "their" the usual rules give.
func (x *sentence) isSubjectCompound(m *mention) bool {
	for k := x.from; k < m.start; k++ {
		switch x.toks[k].Tag {
		case "VBD", "VBZ", "VBP", "VB", "VBN":
			return false
		}
	}
	return true
}

// visitWords are the verbs of a visit whose place gives the country of the
// officials met there.
var visitWords = setOf("visited", "toured", "visiting", "touring")

// visitedOfficials gives unmarked officials after a visit the country
// visited: in "O'Brien visited Bishkek and Tashkent this week and urged
// local officials to stop the flow of microchips" the officials are Kyrgyz
// and Uzbek, not the visitor's own.
func (x *sentence) visitedOfficials() {
	for _, m := range x.ms {
		if len(m.codes) != 1 || m.codes[0] != "?GOV" {
			continue
		}
		var place *mention
		for k := x.from; k < m.start; k++ {
			if !visitWords[x.toks[k].Lower] {
				continue
			}
			if o := x.mentionStartingAt(k + 1); o != nil && o.end < m.start {
				place = o
			}
		}
		if place == nil {
			continue
		}
		and := false
		for k := place.end; k < m.start; k++ {
			if x.toks[k].Lower == "and" {
				and = true
			}
			if o := x.mentionStartingAt(k); o != nil {
				and = false // another actor between: the officials may be its
				break
			}
		}
		if !and {
			continue
		}
		var codes []string
		var spans [][2]int
		for _, c := range place.codes {
			if len(c) < 3 || c[0] == '?' || isAgentOnly(c) {
				codes = nil
				break
			}
			if nonState(c) {
				codes = nil
			}
			codes = append(codes, c[:3]+"GOV")
			spans = append(spans, [2]int{m.start, m.end})
		}
		if len(codes) > 0 {
			m.codes, m.spans = codes, spans
		}
	}
}

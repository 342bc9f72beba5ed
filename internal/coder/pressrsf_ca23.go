package coder

import "strings"

// rsfPressWords tell that a sentence is about the press: "RSF" there is
// Reporters Without Borders, not Sudan's Rapid Support Forces, which took
// the acronym over in news from 2019.
var rsfPressWords = setOf("journalist", "journalists", "press", "media", "reporter", "reporters", "newspaper",
	"newspapers", "editor", "editors", "outlet", "outlets", "blogger", "bloggers", "censorship", "broadcaster",
	"journalism", "news")

// pressRSF recodes "RSF" as the press freedom group in a sentence about the
// press ("RSF ranked Tajikistan 153rd in its press freedom index").
func (x *sentence) pressRSF() {
	if x.c.dict.Compat {
		return
	}
	for _, m := range x.ms {
		if m.end-m.start != 1 || x.toks[m.start].Text != "RSF" || len(m.codes) != 1 || strings.HasPrefix(m.codes[0], "NGO") {
			continue
		}
		for k := x.from; k < len(x.toks); k++ {
			if rsfPressWords[x.toks[k].Lower] {
				m.codes[0] = "NGOHRI"
				break
			}
		}
	}
}

// mergeAgentNames makes an agent noun and the name after it one actor when
// the name's code is of that agent ("the international rights group Human
// Rights Watch" is Human Rights Watch, not a Tajik rights group as well).
func (x *sentence) mergeAgentNames() {
	if x.c.dict.Compat {
		return
	}
	for _, m := range x.ms {
		if len(m.codes) != 2 || m.pronoun || !isAgentOnly(m.codes[0]) || isAgentOnly(m.codes[1]) || len(m.codes[1]) <= 3 {
			continue
		}
		if !strings.HasSuffix(m.codes[1], m.codes[0]) || x.coordinated(m.start, m.end) {
			continue
		}
		m.codes, m.spans, m.plural = m.codes[1:], [][2]int{{m.start, m.end}}, false
	}
}

package coder

import (
	"strings"
	"unicode"
)

// datelineAgents gives the unmarked agents of a story's first sentence
// the country of its dateline when the sentence names no country, people
// or body of its own: "BISHKEK, Jan 4 - Police detained dozens of
// protesters". A sentence that names any ("ASTANA - Blinken and the
// foreign ministers of the five Central Asian countries …") is left to its
// own actors: a summit's guests are not the host's.
func (x *sentence) datelineAgents() {
	if x.from == 0 || len(x.st.countries) > 0 {
		return
	}
	agents := false
	for _, m := range x.ms {
		for _, c := range m.codes {
			if !isAgentOnly(strings.TrimPrefix(c, "?")) {
				return
			}
			agents = true
		}
	}
	if !agents {
		return
	}
	if c := x.datelineCountry(); c != "" {
		x.st.countries[c]++
	}
}

// datelineCountry returns the country of the place a story's dateline
// names ("ZHANAOZEN, Kazakhstan, Jan 4 (Reuters) -", "ALMATY, Jan 5 -"), or
// "": the country the unmarked agents of the story act in ("police
// detained dozens of protesters") until the text names others.
func (x *sentence) datelineCountry() string {
	if x.c.placeCountry == nil || x.from == 0 {
		return ""
	}
	var names []string
	var words []string
	flush := func() {
		if len(words) > 0 {
			names = append(names, strings.Join(words, " "))
			words = nil
		}
	}
scan:
	for k := 0; k < x.from; k++ {
		w := x.toks[k].Text
		switch {
		case w == ",":
			flush()
		case isWordOfLetters(w):
			if monthWord(w) {
				break scan
			}
			words = append(words, titleWord(w))
		default:
			break scan // a date, a parenthesis or the dash: the place is over
		}
	}
	flush()
	// The country after the town first ("ZHANAOZEN, Kazakhstan"), else the
	// town.
	for i := len(names) - 1; i >= 0; i-- {
		if c := x.c.placeCountry(names[i]); len(c) >= 3 {
			return c[:3]
		}
	}
	return ""
}

// isWordOfLetters reports whether w is a word of letters, hyphens and
// apostrophes only.
func isWordOfLetters(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '.' {
			return false
		}
	}
	return true
}

// titleWord turns a dateline's capitals into a name: "ZHANAOZEN" →
// "Zhanaozen"; other words are kept.
func titleWord(w string) string {
	if strings.ToUpper(w) != w {
		return w
	}
	r := []rune(strings.ToLower(w))
	r[0] = unicode.ToUpper(r[0])
	for i := 1; i < len(r); i++ {
		if r[i-1] == '-' {
			r[i] = unicode.ToUpper(r[i])
		}
	}
	return string(r)
}

// monthWord reports whether w names a month, as a dateline's date starts.
func monthWord(w string) bool {
	switch strings.TrimSuffix(strings.ToLower(w), ".") {
	case "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
		"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december":
		return true
	}
	return false
}

package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// roleNouns are agent words that speak or act for a body named after them
// by "for", "at" or "of": "a spokesman for the Saudi foreign ministry", "an
// official at the Pentagon", "a representative of the Iraqi army".
var roleNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokesmen": true, "spokeswomen": true,
	"representative": true, "representatives": true, "official": true, "officials": true,
	"envoy": true, "delegate": true, "delegates": true, "adviser": true, "advisor": true, "aide": true,
	"negotiator": true, "negotiators": true, "delegation": true,
}

// joinRoles joins a role noun with the body it speaks for into one mention
// of that body: "a spokesman for the Saudi foreign ministry" is SAUGOV, and
// "a representative of the Saudi" + "foreign ministry" (split where the
// country ended) is SAUGOV too.
func joinRoles(toks []nlp.Token, ms []*mention) []*mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && len(a.codes) == 1 && len(ms[i+1].codes) == 1 && a.end > a.start && roleNouns[toks[a.end-1].Lower] {
			if b := ms[i+1]; joinsRole(toks, a, b) {
				code := b.codes[0]
				if isAgentOnly(code) {
					code = addAgent(a.codes[0], code)
				}
				a.codes = []string{code}
				a.spans = [][2]int{{a.start, b.end}}
				a.end = b.end
				out = append(out, a)
				i++
				continue
			}
		}
		if i+1 < len(ms) && len(a.codes) == 1 && len(ms[i+1].codes) == 1 && a.end-a.start >= 3 && ms[i+1].start == a.end &&
			toks[a.start+1].Lower == "of" && roleNouns[toks[a.start].Lower] && len(a.codes[0]) >= 3 && !isAgentOnly(a.codes[0]) && isAgentOnly(ms[i+1].codes[0]) {
			// "a representative of the Saudi" + "foreign ministry".
			b := ms[i+1]
			a.codes = []string{a.codes[0][:3] + b.codes[0]}
			a.spans = [][2]int{{a.start, b.end}}
			a.end = b.end
			out = append(out, a)
			i++
			continue
		}
		out = append(out, a)
	}
	return out
}

// joinsRole reports whether b is the body that the role noun ending a
// speaks for: "for", "at" or "of" and a determiner or two between, and b a
// body of some country (or, after "for"/"at", an agent alone).
func joinsRole(toks []nlp.Token, a, b *mention) bool {
	if !isAgentOnly(a.codes[0]) || b.compound() || b.person || b.place {
		return false
	}
	k := a.end
	if k >= len(toks) {
		return false
	}
	prep := toks[k].Lower
	if prep != "for" && prep != "at" && prep != "of" {
		return false
	}
	k++
	for k < b.start && determiners[toks[k].Lower] {
		k++
	}
	if k != b.start || b.codes[0] == "" || b.codes[0][0] == '?' {
		return false
	}
	if prep == "of" {
		// "officials of the Saudi foreign ministry"; "of Tajikistan" is
		// joined already where the mention was built.
		return len(b.codes[0]) > 3 && !isAgentOnly(b.codes[0])
	}
	return true
}

// newClauseSubject reports whether n, after ", and" or ", but", is the
// subject of a clause of its own rather than the last of a list with m: a
// finite verb follows n, and a verb stands before m ("Putin ordered troops
// into Ukraine, and Zelensky declared martial law"; but "Russia, China, and
// Iran signed" is one subject).
func newClauseSubject(toks []nlp.Token, m, n *mention, gap []nlp.Token) bool {
	comma := false
	for _, t := range gap {
		if t.Lower == "," {
			comma = true
		}
	}
	if !comma || !hasConj(gap) || n.end >= len(toks) {
		return false
	}
	switch toks[n.end].Tag {
	case "VBD", "VBZ", "VBP", "MD":
	default:
		return false
	}
	for k := m.start - 1; k >= 0; k-- {
		if strings.HasPrefix(toks[k].Tag, "VB") {
			return true
		}
	}
	return false
}

// waterWords before "of" and a capital make a name of waters or a place:
// "the Gulf of Aden", "the Port of Beirut".
var waterWords = map[string]bool{
	"gulf": true, "bay": true, "sea": true, "strait": true, "straits": true, "port": true, "harbour": true,
	"harbor": true, "lake": true, "river": true, "coast": true, "outskirts": true, "suburbs": true, "centre": true, "center": true,
}

// watersOnly are the waterWords whose "of X" names only waters, with no
// actor in them: "the Sea of Japan", "the Gulf of Oman".
var watersOnly = map[string]bool{
	"gulf": true, "bay": true, "sea": true, "strait": true, "straits": true, "lake": true, "river": true,
}

package coder

import "strings"

// orgMeetingNouns are an organisation's gatherings: boycotting, skipping or
// hosting one is done to the organisation.
var orgMeetingNouns = map[string]bool{
	"summit": true, "summits": true, "conference": true, "session": true, "meeting": true,
	"forum": true, "congress": true, "ministerial": true,
}

// orgMeetingObject reports whether m, an organisation named right before
// one of its gatherings, is the object of the verb before it: "boycotted
// the CSTO summit", "refused to sign the CSTO summit's declaration" are
// done to the CSTO, while "the Oslo accord" stays a document's name.
func (x *sentence) orgMeetingObject(m *mention) bool {
	if len(m.codes) == 0 || m.end >= len(x.toks) || !orgMeetingNouns[x.toks[m.end].Lower] {
		return false
	}
	for _, c := range m.codes {
		if !strings.HasPrefix(c, "IGO") {
			return false
		}
	}
	k := m.start - 1
	if k >= x.from && x.toks[k].Tag == "DT" {
		k--
	}
	return k >= x.from && strings.HasPrefix(x.toks[k].Tag, "VB")
}

// memberWords name the members of a body an appeal may address through it.
var memberWords = map[string]bool{
	"members": true, "member": true, "leaders": true, "heads": true, "partners": true,
}

// memberOf reports whether tokens k, k+1 are "members of" (or "leaders
// of", "partners of"), which an appeal addressed to a body's members
// passes over: "urged members of the SCO to resist" appeals to the SCO.
func (x *sentence) memberOf(k int) bool {
	if x.c.dict.Compat {
		return false
	}
	if k > 0 && x.toks[k].Lower == "of" && memberWords[x.toks[k-1].Lower] {
		return true
	}
	return k+1 < len(x.toks) && memberWords[x.toks[k].Lower] && x.toks[k+1].Lower == "of"
}

// coAgent reports whether m is named as acting together with the subject
// ("alongside Russia", "along with Syria", "together with Belarus"): a
// partner in the act, not its target.
func (x *sentence) coAgent(m *mention) bool {
	if x.c.dict.Compat {
		return false
	}
	switch m.prep {
	case "alongside":
		return true
	case "with":
		k := m.start - 2
		if k >= x.from && x.toks[k].Lower == "the" {
			return false
		}
		for k >= x.from && x.toks[k].Lower != "with" && k >= m.start-3 {
			if w := x.toks[k].Lower; w == "along" || w == "together" {
				return true
			}
			k--
		}
	}
	return false
}

package coder

import "strings"

// definiteAntecedent returns the code of the actor a definite agent noun
// takes up again in the same sentence: in "Kyrgyz prosecutors accused
// Centerra of hiding damage and demanded that the company pay a fine" the
// company is Centerra; in "after the broadcaster agreed" the broadcaster is
// the outlet named before. It is the nearest earlier mention of the same
// agent with a country, or "" when there is none.
func (x *sentence) definiteAntecedent(m *mention) string {
	if x.c.dict.Compat || len(m.codes) != 1 || !isAgentOnly(m.codes[0]) || m.start == 0 || x.toks[m.start-1].Lower != "the" {
		return ""
	}
	agent := m.codes[0]
	switch agent {
	case "BUS", "MED":
	default:
		return "" // people, police and armies are taken up loosely; firms and outlets are not
	}
	best := ""
	for _, o := range x.ms {
		if o == m || o.end > m.start || len(o.codes) != 1 {
			continue
		}
		if c := o.codes[0]; len(c) > 3 && c[0] != '?' && c[3:] == agent {
			best = c
		}
	}
	return best
}

// surnameEndings are the endings of Russian and Central Asian surnames, by
// which a single capitalised word after a verb of arrest or pardon is a
// person: "Japarov pardoned Ishenbekov", "police detained Sadykova".
var surnameEndings = []string{"ov", "ova", "ev", "eva", "yev", "yeva", "uulu", "kyzy", "zoda", "enko"}

// surnameForm reports whether a capitalised word has a surname's ending.
func surnameForm(w string) bool {
	if len(w) < 5 || !isCapitalised(w) {
		return false
	}
	for _, e := range surnameEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

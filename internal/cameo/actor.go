package cameo

import (
	"fmt"
	"strings"
)

// Actor is a CAMEO actor code taken apart.
//
// CAMEO actor codes are runs of three-letter parts: a country (ISO 3166
// alpha-3) or one of the non-state prefixes IGO, NGO, MNC and IMG, then an
// organisation or agent parts: "KGZGOV" is Kyrgyzstan's government, "IGOUNO"
// the United Nations, "TJKMILREB" Tajik military rebels.
type Actor struct {
	// Code is the whole code as given.
	Code string
	// Country is the ISO 3166 alpha-3 code, or "" for actors tied to no country.
	Country string
	// Sector is "state" for country actors, else "IGO", "NGO", "MNC" or "IMG".
	Sector string
	// Parts are the three-letter parts after the first.
	Parts []string
}

// NonState are the first parts of codes for actors tied to no country.
var NonState = map[string]string{
	"IGO": "intergovernmental organisation",
	"NGO": "non-governmental organisation",
	"MNC": "multinational corporation",
	"IMG": "international militarised group",
}

// Agents names the CAMEO agent parts that follow a country or sector.
var Agents = map[string]string{
	"GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary",
	"LEG": "legislature", "OPP": "opposition", "PTY": "political party", "REB": "rebels",
	"INS": "insurgents", "SEP": "separatists", "UAF": "armed forces (unidentified)",
	"SPY": "intelligence", "MED": "media", "EDU": "education", "BUS": "business",
	"CVL": "civilians", "HRI": "human-rights group", "LAB": "labour", "REF": "refugees",
	"CRM": "criminals", "ELI": "elites", "AGR": "agriculture", "HLH": "health",
	"DEV": "development", "ENV": "environment", "MOD": "moderate", "RAD": "radical",
	"REL": "religious", "MUS": "Muslim", "CHR": "Christian", "BUD": "Buddhist", "JEW": "Jewish",
	"IGO": "intergovernmental", "NGO": "non-governmental", "UNO": "United Nations",
	"ATH": "atheist", "HIN": "Hindu", "SET": "settlers", "YTH": "youth", "WOM": "women",
	"ETH": "ethnic group", "RES": "residents", "TOP": "top leadership",
}

// ParseActor takes a CAMEO actor code apart. It fails on codes that are not
// runs of three upper-case letters or digits.
func ParseActor(code string) (Actor, error) {
	if code == "" || len(code)%3 != 0 {
		return Actor{}, fmt.Errorf("cameo: actor code %q: want a run of three-letter parts", code)
	}
	for _, r := range code {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return Actor{}, fmt.Errorf("cameo: actor code %q: want upper-case letters", code)
		}
	}
	a := Actor{Code: code}
	first := code[:3]
	if _, ok := NonState[first]; ok {
		a.Sector = first
	} else {
		a.Sector = "state"
		a.Country = first
	}
	for i := 3; i < len(code); i += 3 {
		a.Parts = append(a.Parts, code[i:i+3])
	}
	return a, nil
}

// Describe renders the actor in words ("KGZGOV" → "KGZ government").
func (a Actor) Describe() string {
	var b strings.Builder
	if a.Country != "" {
		b.WriteString(a.Country)
	} else {
		b.WriteString(NonState[a.Sector])
	}
	for _, p := range a.Parts {
		b.WriteByte(' ')
		if n, ok := Agents[p]; ok {
			b.WriteString(n)
		} else {
			b.WriteString(p)
		}
	}
	return b.String()
}

// CountryOf returns the first three letters of an actor code, the part that
// event scoring compares ("KGZGOV" → "KGZ", "IGOUNO" → "IGO").
func CountryOf(code string) string {
	if len(code) < 3 {
		return code
	}
	return code[:3]
}

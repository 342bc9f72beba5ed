package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/nlp"
)

// legalWords say that the law will come down on someone: a warning that
// names them threatens its addressee with prosecution.
var legalWords = map[string]bool{"prosecuted": true, "prosecution": true, "punishable": true, "punished": true,
	"punishment": true, "jailed": true, "imprisoned": true, "imprisonment": true, "liable": true, "liability": true,
	"crime": true, "criminal": true, "arrested": true, "deported": true, "fined": true, "stripped": true}

// legalWarnings codes a warning to someone that what they do is a crime:
// "the Uzbek embassy warned Uzbek nationals that fighting for a foreign
// army was a crime punishable by five years in prison", "warned its
// citizens that mercenaries face prosecution" threaten the addressee (130),
// where the clause gave no act and a bare comment (012) was coded.
func (x *sentence) legalWarnings() {
	toks := x.toks
	for _, wg := range x.groups {
		if wg.noun || wg.neg || wg.passive || firstLemma(wg) != "warn" || x.skip != nil && x.skip[wg.head] {
			continue
		}
		addr := x.mentionAfterDeterminers(wg.end)
		k := wg.end
		bare := false // "warned that Kyrgyz banks could face sanctions"
		switch {
		case addr != nil && !addr.weak && !addr.locative:
			k = addr.end
		case k < len(toks) && toks[k].Lower == "that":
			addr, bare = nil, true
		default:
			continue
		}
		if bare {
			// the clause's subject, when an actor, is the one warned
			if m := x.mentionAfterDeterminers(k + 1); m != nil && !m.weak && !m.locative && isCapitalised(toks[m.start].Text) {
				addr = m // a named actor, not "companies in the region"
			}
		} else if k+1 < len(toks) && toks[k].Lower == "on" && isWeekday(toks[k+1].Lower) {
			k += 2 // "warned Uzbek nationals on Monday that …"
		} else if m := x.mentionStartingAt(k + 1); m != nil && (toks[k].Lower == "in" || toks[k].Lower == "at") {
			k = m.end // "warned Kazakh banks in Almaty that …"
		}
		if k >= len(toks) || toks[k].Lower != "that" {
			continue
		}
		code := ""
		for k++; k < len(toks) && toks[k].Lower != ";" && code == ""; k++ {
			switch {
			case legalWords[toks[k].Lower] && !bare:
				code = "130"
			case penaltyNouns[toks[k].Lower] && facedBefore(toks, k):
				code = "1312" // "that they could face secondary sanctions"
			}
		}
		if code == "" {
			continue
		}
		warner, l := x.subjectOf(wg, 0)
		if warner == nil || l.neg || l.frame != "" || x.hypothetical(warner.start) {
			continue
		}
		verb := x.span(wg.head, wg.end)
		threatened := false
		for _, ev := range x.events {
			if ev.Evidence.Verb != nil && verb != nil && ev.Evidence.Verb[0] == verb[0] && strings.HasPrefix(ev.Code, "13") {
				threatened = true
			}
		}
		if threatened {
			continue
		}
		kept := x.events[:0]
		for _, ev := range x.events {
			if ev.Evidence.Verb != nil && verb != nil && ev.Evidence.Verb[0] == verb[0] && (strings.HasPrefix(ev.Code, "01") || strings.HasPrefix(ev.Code, "10")) {
				continue // the bare comment or demand the warning was taken for
			}
			kept = append(kept, ev)
		}
		x.events = kept
		x.emitAll(warner, addr, code, "", verb, dict.FrameThreaten)
		wg.coded = true
	}
}

// penaltyNouns are the sanctions a warning says someone will face.
var penaltyNouns = map[string]bool{"sanctions": true, "penalties": true, "restrictions": true, "fines": true}

// facedBefore reports whether a verb of facing stands just before token k:
// "could face secondary sanctions", "risk penalties".
func facedBefore(toks []nlp.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].Lower {
		case "face", "faces", "facing", "risk", "risks", "risking", "incur", "expose":
			return true
		}
	}
	return false
}

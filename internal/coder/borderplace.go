package coder

// borderWords are the nouns that make a demonym before them a stretch of
// land: "along the Afghan border", "near the Chinese frontier".
var borderWords = map[string]bool{"border": true, "borders": true, "frontier": true}

// borderAgentNouns after "border" make the phrase an actor again: "Pakistani
// border posts", "Afghan border forces", "the Kazakh border service".
var borderAgentNouns = map[string]bool{
	"post": true, "posts": true, "guard": true, "guards": true, "force": true, "forces": true,
	"troops": true, "police": true, "service": true, "services": true, "patrol": true,
	"patrols": true, "units": true, "unit": true, "officers": true, "officials": true,
	"authorities": true, "agency": true, "committee": true, "outposts": true, "outpost": true,
	"checkpoint": true, "checkpoints": true, "positions": true, "crossing": true,
}

// borderPrepositions put a border phrase where something happens, not whom
// it is aimed at: "cooperation along the Afghan border".
var borderPrepositions = map[string]bool{
	"along": true, "near": true, "on": true, "at": true, "across": true, "over": true,
	"beyond": true, "around": true, "in": true,
}

// dropBorderTargets clears a target that is only the demonym of a border
// where the act happens: "agreed to step up security cooperation along the
// Afghan border" is no act aimed at Afghanistan, nor is "seized hashish near
// the Chinese border" or "a programme to reinforce the Tajik-Afghan border".
// Force and violence (roots 15 and 18 to 20) keep theirs: "massed troops on
// the Afghan border" is aimed at Afghanistan.
func (x *sentence) dropBorderTargets() {
	changed := false
	for i := range x.events {
		ev := &x.events[i]
		if len(ev.Target) < 3 || len(ev.Code) < 2 {
			continue
		}
		switch ev.Code[:2] {
		case "15", "18", "19", "20":
			continue
		}
		if ev.Evidence.Target != nil {
			if k := x.tokenEndingAt(ev.Evidence.Target[1]); k < 0 || !x.borderDemonym(k) {
				continue
			}
		} else if !x.onlyBorderMentions(ev.Target[:3]) {
			continue
		}
		ev.Target, ev.TargetName, ev.Evidence.Target = "", "", nil
		changed = true
	}
	if changed {
		x.dedupeEvents()
	}
}

// onlyBorderMentions reports whether country is named in the sentence, and
// only by demonyms of borders (for targets coded without their words).
func (x *sentence) onlyBorderMentions(country string) bool {
	found := false
	for _, m := range x.ms {
		for _, c := range m.codes {
			if len(c) < 3 || c[:3] != country {
				continue
			}
			if !x.borderDemonym(m.end - 1) {
				return false
			}
			found = true
		}
	}
	return found
}

// borderDemonym reports whether token k ends a demonym that only names the
// border after it ("the Afghan border", "the Tajik-Afghan border", "the
// Kyrgyz-Uzbek state border") after a preposition of place or as the object
// of a verb of building ("reinforce the Tajik-Afghan border").
func (x *sentence) borderDemonym(k int) bool {
	toks := x.toks
	b := k + 1
	if b < len(toks) && toks[b].Lower == "state" {
		b++
	}
	if b >= len(toks) || !borderWords[toks[b].Lower] {
		return false
	}
	if b+1 < len(toks) && borderAgentNouns[toks[b+1].Lower] {
		return false
	}
	if t := toks[k].Tag; t != "JJ" && t != "NNP" && t != "NNPS" {
		return false
	}
	j := k - 1
	for j >= 0 && j >= k-3 && (isDeterminer(&toks[j]) || toks[j].Tag == "JJ" || toks[j].Tag == "JJS") {
		j--
	}
	if j < 0 {
		return false
	}
	if p := toks[j].Lower; (p == "on" || p == "over") && j > 0 && borderTopicNouns[toks[j-1].Lower] {
		return false // "the agreement on the Kazakh-Kyrgyz state border": with the neighbour
	}
	return borderPrepositions[toks[j].Lower] || j == k-2 && toks[j+1].Lower == "the" && toks[j].Tag == "VB"
}

// borderTopicNouns before "on the X border" make the border the matter
// settled with X: "the agreement on the Kazakh-Kyrgyz state border".
var borderTopicNouns = map[string]bool{
	"agreement": true, "treaty": true, "deal": true, "talks": true, "negotiations": true,
	"protocol": true, "accord": true, "dispute": true, "commission": true, "consultations": true,
	"memorandum": true, "convention": true, "question": true, "issue": true, "agreements": true,
	"treaties": true, "disputes": true,
}

// tokenEndingAt returns the token whose bytes hold the byte before end (a
// part of "Tajik-Afghan" ends inside its token), or -1.
func (x *sentence) tokenEndingAt(end int) int {
	for k := x.from; k < len(x.toks); k++ {
		if x.toks[k].Start < end && end <= x.toks[k].End {
			return k
		}
		if x.toks[k].Start > end {
			break
		}
	}
	return -1
}

// dedupeEvents drops an event that repeats an earlier one's source, target
// and code.
func (x *sentence) dedupeEvents() {
	kept := x.events[:0]
	for _, ev := range x.events {
		dup := false
		for _, o := range kept {
			if o.Source == ev.Source && o.Target == ev.Target && o.Code == ev.Code {
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, ev)
		}
	}
	x.events = kept
}

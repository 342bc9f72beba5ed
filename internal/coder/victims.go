package coder

// harmNouns name an act of violence whose victim follows "of", "on" or
// "in": "condemned the Israeli strike on Doha".
var harmNouns = map[string]bool{
	"attack": true, "attacks": true, "strike": true, "strikes": true, "raid": true, "raids": true,
	"bombing": true, "bombings": true, "shelling": true, "burning": true, "bombardment": true,
}

// harmVictimTargets fixes the target of a condemnation (root 11) whose
// object is an act of harm with its doer named before the noun: "condemned
// the Israeli strike on Doha" is aimed at Israel, not at Qatar. (Where no
// doer is named, the victim stays: news often condemns "the attack on X"
// meaning X's attacker is unknown and X's plight is the matter.)
func (x *sentence) harmVictimTargets() {
	changed := false
	for i := range x.events {
		ev := &x.events[i]
		if len(ev.Code) < 2 || ev.Code[:2] != "11" || ev.Target == "" || ev.Evidence.Target == nil {
			continue
		}
		k := x.verbToken(*ev)
		if k < 0 || k+2 >= len(x.toks) || !isDeterminer(&x.toks[k+1]) {
			continue
		}
		n := -1
		for j := k + 2; j < len(x.toks) && j <= k+4; j++ {
			if harmNouns[x.toks[j].Lower] {
				n = j
				break
			}
		}
		if n < 0 || n+1 >= len(x.toks) {
			continue
		}
		p := x.toks[n+1].Lower
		if p != "of" && p != "on" && p != "against" && p != "in" {
			continue
		}
		t := x.tokenEndingAt(ev.Evidence.Target[1])
		if t <= n {
			continue // the doer before the noun: "the Israeli strikes"
		}
		doer := x.doerBefore(k+2, n)
		if doer == nil {
			continue
		}
		ev.Target, ev.TargetName = x.resolve(doer.codes[0], ev.Source), doer.text
		ev.Evidence.Target = x.span(doer.start, doer.end)
		changed = true
	}
	if changed {
		x.dedupeEvents()
	}
}

// doerBefore returns the one-code mention in [from, to), weak ones too (the
// demonym of "the Israeli strike"), or nil.
func (x *sentence) doerBefore(from, to int) *mention {
	for _, m := range x.ms {
		if m.start >= from && m.end <= to && !m.pronoun && len(m.codes) == 1 {
			return m
		}
	}
	return nil
}

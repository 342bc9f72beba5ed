package coder

import "github.com/accord-hub/accord/internal/event"

// acceptedOffer reports whether ev is an acceptance (03) of "the offer",
// "the proposal" or "the invitation" of another ("Kazakhstan offered
// Kyrgyzstan a loan. Bishkek accepted the offer."), which answeredIdeas
// then aims at whoever made it.
func (x *sentence) acceptedOffer(ev *event.Event) bool {
	if ev.Root != "03" {
		return false
	}
	k := x.verbToken(*ev)
	if k < 0 || k+2 >= len(x.toks) || x.toks[k+1].Lower != "the" {
		return false
	}
	switch x.toks[k].Lower {
	case "accepted", "accepts", "accept", "accepting", "welcomed", "embraced", "took":
	default:
		return false
	}
	switch x.toks[k+2].Lower {
	case "offer", "offers", "proposal", "proposals", "invitation", "initiative", "plan", "suggestion":
		return true
	}
	return false
}

// heldNouns are the acts a demand for "his release" or "their return" asks
// of whoever holds the person.
var heldNouns = setOf("release", "return", "extradition", "freedom", "handover", "repatriation", "freeing", "transfer")

// holdingCode reports whether code is a seizure of people that leaves its
// source holding them: an arrest or detention (173), a jailing (172) or an
// abduction (181).
func holdingCode(code string) bool {
	return len(code) >= 3 && (code[:3] == "173" || code[:3] == "172" || code[:3] == "181")
}

// heldTargets aims an untargeted appeal or demand (02, 10) for "his
// release", "their return" or "her extradition" at whoever holds the
// person: the source of a detention earlier in the sentence ("Uzbek border
// guards detained a Kyrgyz citizen, and Bishkek asked for his return" →
// KGZ→UZB) or, when the sentence has none, in the sentence before ("Kyrgyz
// police detained a Kazakh journalist. Astana demanded his release.").
func (x *sentence) heldTargets() {
	for i := range x.events {
		ev := &x.events[i]
		if ev.Target != "" || ev.Root != "02" && ev.Root != "10" || ev.Source == "" {
			continue
		}
		k := x.verbToken(*ev)
		if k < 0 || !x.possessedHeld(k) {
			continue
		}
		holder, name := "", ""
		for j := range x.events {
			h := &x.events[j]
			if j != i && holdingCode(h.Code) && h.Source != "" && h.Target != "" && x.verbToken(*h) >= 0 && x.verbToken(*h) < k {
				holder, name = h.Source, h.SourceName
			}
		}
		if holder == "" && x.st.holder != nil && x.firstClauseAt(k) {
			holder, name = x.st.holder[0], x.st.holder[1]
		}
		if holder == "" || cut3(holder) == cut3(ev.Source) || len(holder) < 3 || isAgentOnly(holder) {
			continue
		}
		ev.Target, ev.TargetName = holder, name
	}
}

// possessedHeld reports whether the verb at k takes "his release", "for
// their return", "on her extradition" as its object.
func (x *sentence) possessedHeld(k int) bool {
	toks := x.toks
	j := k + 1
	if j < len(toks) && (toks[j].Lower == "for" || toks[j].Lower == "on") {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "his", "her", "their":
	default:
		return false
	}
	return heldNouns[toks[j+1].Lower]
}

// firstClauseAt reports whether no finite verb comes before token k.
func (x *sentence) firstClauseAt(k int) bool {
	for _, o := range x.groups {
		if o.head >= k {
			return true
		}
		if !o.noun && o.finite {
			return false
		}
	}
	return true
}

// rememberHolder notes for the next sentence who detained someone in this
// one: the source of its last detention with a target.
func (x *sentence) rememberHolder() {
	x.st.holder = nil
	for _, ev := range x.events {
		if holdingCode(ev.Code) && ev.Source != "" && ev.Target != "" && cut3(ev.Source) != cut3(ev.Target) {
			x.st.holder = []string{ev.Source, ev.SourceName}
		}
	}
}

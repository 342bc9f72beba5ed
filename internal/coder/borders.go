package coder

// Constructions of border and dispute news (branch ca11).

// dropAllegedAtrocities removes the generic mass-violence events ("had
// committed war crimes", code 200) of the accused when a rights group or an
// international body is the one alleging them: the act is an allegation,
// coded as the group's accusation (1124), not as news of the act.
func (x *sentence) dropAllegedAtrocities(accused map[string]bool) {
	kept := x.events[:0]
	for _, ev := range x.events {
		if ev.Code == "200" && accused[ev.Source] {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

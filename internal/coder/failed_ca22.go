package coder

// failedDuties codes "the UN committee said Uzbekistan had failed to
// investigate the deaths" and "said the bloc had not fulfilled its
// obligations" as the speaker's accusation (112) of whoever
// failed: a reported failure to act is a reproach, though the act itself
// is not done. A speaker reporting its own failure, or no speaker, gives
// nothing.
func (x *sentence) failedDuties() {
	for _, g := range x.groups {
		if g.noun || g.coded || g.passive || g.modal != "" {
			continue
		}
		switch {
		case !g.neg && firstLemma(g) == "fail":
			if x.infinitiveAfter(g) == nil {
				continue // "talks failed": no duty named
			}
		case g.neg && dutyWords[x.toks[g.head].Lower]:
			// "said the bloc had not fulfilled its obligations"
		default:
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil || subj.weak || subj.locative || l.frame != "" || l.neg {
			continue
		}
		rg := x.reportingGroup(g, 1)
		if rg == nil || rg.neg || rg.modal != "" {
			continue
		}
		speaker, _ := x.subjectOf(rg, 1)
		if speaker == nil || speaker.weak || speaker.pronoun || x.sameActor(speaker, subj) || x.hypothetical(speaker.start) {
			continue
		}
		x.emitAll(speaker, subj, "112", "", x.span(g.head, g.end), "")
		g.coded = true
	}
}

// dutyWords, negated in reported speech, tell of a duty left undone: "said
// the bloc had not fulfilled its obligations to Yerevan".
var dutyWords = map[string]bool{
	"fulfilled": true, "fulfiled": true, "honoured": true, "honored": true, "implemented": true,
	"kept": true, "complied": true, "respected": true, "paid": true, "delivered": true,
}

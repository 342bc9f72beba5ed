package coder

// hostedNouns are the gatherings a host gives for others.
var hostedNouns = map[string]bool{
	"summit": true, "meeting": true, "conference": true, "forum": true, "gathering": true,
	"talks": true, "dinner": true, "reception": true, "session": true, "consultations": true,
}

// hostedMeetings codes "leaders of the CIS gathered for a summit hosted by
// Putin" as the host's hosting (043) of whoever gathered: the reduced
// relative "hosted by X" after a gathering names the host, and the main
// clause's subject the guests.
func (x *sentence) hostedMeetings() {
	toks := x.toks
	for _, g := range x.groups {
		if g.noun || g.coded || g.start != g.head || firstLemma(g) != "host" || toks[g.head].Tag != "VBN" && toks[g.head].Lower != "hosted" {
			continue
		}
		if g.start <= x.from || !hostedNouns[toks[g.start-1].Lower] || g.end >= len(toks) || toks[g.end].Lower != "by" {
			continue
		}
		host := x.mentionStartingAt(g.end + 1)
		if host == nil || host.weak || host.locative {
			continue
		}
		main := x.prevGroup(g.start - 1)
		for main != nil && (main.noun || !main.finite) {
			main = x.prevGroup(main.start)
		}
		if main == nil || main.neg || main.passive || main.modal != "" && main.modal != "will" && main.modal != "would" {
			continue
		}
		guests, l := x.subjectOf(main, 0)
		if guests == nil || guests.weak || l.neg || l.frame != "" || x.sameActor(guests, host) {
			continue
		}
		x.emitAll(host, guests, "043", "", x.span(g.head, g.end), "")
		g.coded = true
	}
}

package coder

import "strings"

// victimPronouns are the pronouns by which a speaker tells of what was done
// to him or her.
var victimPronouns = setOf("he", "she", "they", "i", "we")

// speakerVictims aims a passive act with an agent but no target at the one
// who tells of it: "Gadoev said he had been abducted in Moscow by Russian
// police officers" is an abduction of Gadoev.
func (x *sentence) speakerVictims() {
	if x.c.dict.Compat {
		return
	}
	for i := range x.events {
		ev := &x.events[i]
		if ev.Target != "" || ev.Source == "" {
			continue
		}
		g := x.groupCovering(x.verbToken(*ev))
		if g == nil || g.noun || !g.passive || g.start < 2 || !victimPronouns[x.toks[g.start-1].Lower] {
			continue
		}
		k := g.start - 2
		if x.toks[k].Lower == "that" && k > x.from {
			k--
		}
		sg := x.groupCovering(k)
		if sg == nil || sg.noun || sg.neg || !speechLemmas[firstLemma(sg)] && firstLemma(sg) != "complain" {
			continue
		}
		sp, l := x.subjectOf(sg, 1)
		if sp == nil || l.neg || sp.pronoun || len(sp.codes) != 1 {
			continue
		}
		c := x.resolve(sp.codes[0], ev.Source)
		if len(c) < 3 || strings.HasPrefix(c, "IGO") || cut3(c) == cut3(ev.Source) && len(c) == 3 {
			continue
		}
		ev.Target, ev.TargetName, ev.Evidence.Target = c, sp.text, x.span(sp.start, sp.end)
	}
}

// openingIt returns the body an "It" that opens a sentence stands for: the
// last sentence's subject, when that is one body and no person ("The Kyrgyz
// foreign ministry summoned Tajikistan's ambassador. It protested against
// …": the ministry, not the ambassador); or nil.
func (x *sentence) openingIt(k int) *mention {
	s := x.st.subject
	if x.c.dict.Compat || k != x.from || s == nil || s.person || s.plural || s.compound() || len(s.codes) != 1 || len(s.codes[0]) < 3 {
		return nil
	}
	return s
}

// openingTheyPair returns the codes of the two sides a "They" that opens a
// sentence stands for when no plural actor came before: the last
// sentence's subject and the actor after it, two persons or officials of
// different sides ("Saidov met Lavrov in Moscow. They signed a plan of
// consultations"); or nil.
func (x *sentence) openingTheyPair(k int) []string {
	s := x.st.subject
	if x.c.dict.Compat || k != x.from || s == nil || len(s.codes) != 1 || !official(s) {
		return nil
	}
	for i, m := range x.st.recent {
		if m != s {
			continue
		}
		if i+1 >= len(x.st.recent) {
			return nil
		}
		o := x.st.recent[i+1]
		if len(o.codes) != 1 || !official(o) || cut3(o.codes[0]) == cut3(s.codes[0]) || o.pronoun {
			return nil
		}
		return []string{s.codes[0], o.codes[0]}
	}
	return nil
}

// official reports whether a mention is a named person or one government
// official or body.
func official(m *mention) bool {
	c := m.codes[0]
	return len(c) >= 3 && c[0] != '?' && (m.person || len(c) > 3 && strings.Contains(c[3:], "GOV"))
}

// dropTheyTalks drops the consultations of an opening "They" that stands
// for the two sides of the last sentence's meeting ("Muhriddin met the
// Chinese ambassador. They discussed a visit"): the meeting was coded
// already, one way.
func (x *sentence) dropTheyTalks() {
	if x.c.dict.Compat || x.from >= len(x.toks) || x.toks[x.from].Lower != "they" {
		return
	}
	m := x.mentionStartingAt(x.from)
	pair := x.openingTheyPair(x.from)
	if m == nil || pair == nil || len(m.codes) != 2 || m.codes[0] != pair[0] || m.codes[1] != pair[1] {
		return
	}
	at := x.toks[x.from].Start
	kept := x.events[:0]
	for _, ev := range x.events {
		if ev.Root == "04" && ev.Evidence.Source != nil && ev.Evidence.Source[0] == at {
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// answeredNouns are the words of another's act that a reply names with
// "the": "The Kremlin rejected the accusation".
var answeredNouns = setOf("accusation", "accusations", "allegation", "allegations", "criticism", "charge", "charges",
	"claim", "claims", "protest", "protests", "demand", "demands", "ultimatum", "complaint", "complaints")

// answeredMaker returns the codes of whoever made the accusation, protest
// or demand that "the" names at k when the sentence gives no maker: the
// last sentence's subject, if the one answering now is someone else
// ("Kyrgyz lawmakers accused Moscow of favouring Tajikistan. The Kremlin
// rejected the accusation"); or nil.
func (x *sentence) answeredMaker(k int) []string {
	toks := x.toks
	s := x.st.subject
	if x.c.dict.Compat || s == nil || len(s.codes) == 0 || k+1 >= len(toks) || toks[k].Lower != "the" || !answeredNouns[toks[k+1].Lower] {
		return nil
	}
	if k+2 < len(toks) {
		switch toks[k+2].Lower {
		case "of", "by", "from", "that", "against", "over", "'s":
			return nil // the maker or the content is named here
		}
	}
	var subj *mention
	for _, m := range x.ms {
		if m.start < k && !m.locative && !m.weak {
			subj = m
			break
		}
	}
	if subj == nil || len(subj.codes) == 0 || subj.codes[0] == "" || s.codes[0] == "" || cut3(subj.codes[0]) == cut3(s.codes[0]) {
		return nil
	}
	return []string{s.codes[0]}
}

package coder

import "strings"

// bareCalls codes the telephone calls the other rules miss. "Zelensky
// called Tokayev on Friday and asked …", "He also called Mirziyoyev and
// invited him": "called" with a leader or government as its object and
// nothing naming after it ("called Tokayev a dictator") is a call (041).
// And "Rahmon and Putin agreed in a telephone call to step up cooperation":
// the call that carried an intent or appeal is coded besides it.
func (x *sentence) bareCalls() {
	for _, g := range x.groups {
		if g.noun || g.neg || g.passive || g.modal != "" || firstLemma(g) != "call" || g.end >= len(x.toks) {
			continue
		}
		if t := x.toks[g.head]; t.Tag == "VBG" || t.Tag == "VBN" && !g.finite {
			continue
		}
		m := x.mentionStartingAt(g.end)
		if m == nil || m.weak || m.locative || m.pronoun || !callee(m) || !x.callEnds(m.end) {
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil || l.neg || l.frame != "" {
			continue
		}
		x.emitAll(subj, m, "041", "", x.span(g.head, g.end), "")
	}
	n := len(x.events)
	for i := 0; i < n; i++ {
		ev := x.events[i]
		if ev.Target == "" || strings.HasPrefix(ev.Code, "04") {
			continue
		}
		k := x.verbToken(ev)
		if k < 0 {
			continue
		}
		g := x.groupCovering(k)
		if g == nil || g.noun {
			continue
		}
		p := x.prevGroup(g.start)
		if p == nil || p.noun || x.connector(p, g) != "to" || !x.phoneAdjunct(p.end, g.start) || x.hasEvent(ev.Source, ev.Target, "041") {
			continue
		}
		x.emit(ev.Source, ev.Target, "041", nil, nil, ev.Evidence.Verb, ev.SourceName, ev.TargetName, "")
	}
}

// callee reports whether m is one a leader calls: a person or a
// government, not a country's name ("called Kazakhstan a partner").
func callee(m *mention) bool {
	if m.person {
		return true
	}
	for _, c := range m.codes {
		if len(c) >= 6 && c[3:6] == "GOV" {
			return true
		}
	}
	return false
}

// callEnds reports whether the call's object ends at k: the sentence's
// end, "and", a comma, or a day phrase before one of them; not a naming
// complement ("a dictator", "unfriendly") nor "to" (coded elsewhere).
func (x *sentence) callEnds(k int) bool {
	toks := x.toks
	for n := 0; n < 3 && k < len(toks); n++ {
		switch w := toks[k].Lower; {
		case w == "on" && k+1 < len(toks) && isWeekday(toks[k+1].Lower):
			k += 2
			continue
		case w == "yesterday" || w == "today" || w == "again" || w == "also" || w == "earlier":
			k++
			continue
		}
		break
	}
	if k >= len(toks) {
		return true
	}
	switch toks[k].Lower {
	case ".", "and", ",", ";", "late", "by":
		return true
	}
	return false
}

func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

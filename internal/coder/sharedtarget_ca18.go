package coder

// sharedTargetRoots are the roots of a comment on a thing that takes its
// target from a coordinated appeal or demand of the same speaker:
// "condemned the attack and urged Ukraine to prevent such incidents".
var sharedTargetRoots = map[string]bool{"11": true, "12": true}

// appealRoots are the roots of the act whose addressee the comment is
// about: an appeal, a demand or a threat.
var appealRoots = map[string]bool{"02": true, "10": true, "13": true}

// clauseBreaks are words between two verbs that make the second belong to
// another clause or another reason: "condemned the attack, saying …",
// "criticised the move after Ukraine …".
var clauseBreaks = map[string]bool{
	"after": true, "before": true, "because": true, "while": true, "when": true, "since": true,
	"although": true, "though": true, "but": true, "whereas": true, "if": true, "unless": true,
	"saying": true, "said": true, "says": true, "adding": true, "that": true, "who": true, "which": true,
	";": true, ":": true, "as": true,
}

// coordinatedTargets gives a disapproval or comment with no target the
// addressee of an appeal or demand coordinated after it by the same
// source: "the ministry protested against what it called a deliberate
// attack on the terminal, and it urged Ukraine to prevent such incidents",
// "criticised the verdict and called on Kazakhstan to free the journalist".
func (x *sentence) coordinatedTargets() {
	for i := range x.events {
		ev := &x.events[i]
		if ev.Target != "" || ev.Source == "" || ev.Evidence.Verb == nil || !sharedTargetRoots[ev.Root] {
			continue
		}
		from := x.tokenAt(ev.Evidence.Verb[1] - 1)
		if from < 0 {
			continue
		}
		for j := range x.events {
			o := &x.events[j]
			if j == i || o.Target == "" || o.Source != ev.Source || o.Target == ev.Source || o.Evidence.Verb == nil || !appealRoots[o.Root] {
				continue
			}
			to := x.tokenAt(o.Evidence.Verb[0])
			if to <= from || !x.plainCoordination(from+1, to) || x.actorBetween(from+1, to) {
				continue
			}
			ev.Target, ev.TargetName = o.Target, o.TargetName
			if o.Evidence.Target != nil {
				t := *o.Evidence.Target
				ev.Evidence.Target = &t
			}
			break
		}
	}
}

// tokenAt returns the index of the token covering byte offset b, or -1.
func (x *sentence) tokenAt(b int) int {
	for k, t := range x.toks {
		if t.Start <= b && b < t.End {
			return k
		}
	}
	return -1
}

// plainCoordination reports whether tokens [from, to) join two verbs of one
// subject with "and": no subordinator, speech or second "and" clause with
// another verb between.
func (x *sentence) plainCoordination(from, to int) bool {
	and := false
	for k := from; k < to && k < len(x.toks); k++ {
		w := x.toks[k].Lower
		if clauseBreaks[w] {
			return false
		}
		if w == "and" {
			and = true
		}
	}
	return and && to-from <= 25
}

// actorBetween reports whether an actor that is no place is named in
// tokens [from, to): the comment had an object of its own ("criticised
// Central Asian lenders … and called on them").
func (x *sentence) actorBetween(from, to int) bool {
	for _, m := range x.ms {
		if m.start >= from && m.start < to && !m.locative {
			return true
		}
	}
	return false
}

// objectRelatives gives an act with no target in an object relative clause
// the noun the clause hangs on: "the protesters, whom he called bandits",
// "the journalist whom Kazakh police detained on Monday".
func (x *sentence) objectRelatives() {
	for i := range x.events {
		ev := &x.events[i]
		if ev.Target != "" || ev.Evidence.Source == nil || ev.Evidence.Verb == nil {
			continue
		}
		s := x.tokenAt(ev.Evidence.Source[0])
		v := x.tokenAt(ev.Evidence.Verb[0])
		if s < 2 || v <= s {
			continue
		}
		r := s - 1
		if x.toks[r].Lower != "whom" {
			continue // ("that" may open a reported clause: "told the UN that police …")
		}
		e := r
		if x.toks[e-1].Lower == "," {
			e--
		}
		m := x.mentionEndingAt(e - 1)
		if m == nil || m.locative || len(m.codes) != 1 {
			continue
		}
		tc := x.resolve(m.codes[0], ev.Source)
		if tc == "" || tc == ev.Source {
			continue
		}
		ev.Target, ev.TargetName = tc, m.text
		ev.Evidence.Target = x.span(m.start, m.end)
	}
}

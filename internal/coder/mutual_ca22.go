package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
)

// compoundMutuals mends acts of a compound subject coded one event a
// member with no target, when the act is between the members themselves:
// "Rahmon and Putin agreed in a telephone call to step up security
// cooperation" is a call and an intent of each to the other. Consulting,
// cooperating, agreeing, truces and fighting are mutual; intents are when a
// mutual verb ("agreed", "pledged") carries them. Signing stays as coded:
// two states may sign a treaty of many.
func (x *sentence) compoundMutuals() {
	if !twoUntargeted(x.events) {
		return // s8: no two events to join
	}
	type key struct {
		code string
		verb int
	}
	groups := map[key][]int{}
	var order []key
	for i, ev := range x.events {
		if ev.Target != "" || ev.Source == "" || ev.Evidence.Verb == nil {
			continue
		}
		k := key{ev.Code, ev.Evidence.Verb[0]}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	var added []event.Event
	drop := map[int]bool{}
	for _, k := range order {
		idx := groups[k]
		if len(idx) < 2 || !x.mutualAmong(k.code, k.verb) || !x.oneSubject(idx) {
			continue
		}
		for _, i := range idx {
			for _, j := range idx {
				a, b := x.events[i], x.events[j]
				if i == j || a.Source == b.Source {
					continue
				}
				ev := a
				ev.Target, ev.TargetName = b.Source, b.SourceName
				ev.Evidence.Target = b.Evidence.Source
				added = append(added, ev)
			}
			drop[i] = true
		}
	}
	if len(added) == 0 {
		return
	}
	x.dropEvents(func(i int) bool { return drop[i] })
	x.events = append(x.events, added...)
}

// mutualAmong reports whether code, coded from the verb at byte offset
// verb, is an act the members of a compound subject do with each other.
func (x *sentence) mutualAmong(code string, verb int) bool {
	if strings.HasPrefix(code, "057") {
		return false
	}
	if symmetric(code) {
		return true
	}
	if !strings.HasPrefix(code, "03") {
		return false
	}
	for k := range x.toks {
		if x.toks[k].Start != verb {
			continue
		}
		for j := k; j >= x.from && j >= k-8; j-- {
			if g := x.groupCovering(j); g != nil && !g.noun && mutualLemmas[firstLemma(g)] {
				return true
			}
		}
		return false
	}
	return false
}

// oneSubject reports whether the events idx have their sources in one
// compound mention: "Rahmon and Putin", not two actors of two clauses.
func (x *sentence) oneSubject(idx []int) bool {
	var first *mention
	for _, i := range idx {
		sp, name := x.events[i].Evidence.Source, x.events[i].SourceName
		var m *mention
		for _, o := range x.ms {
			if !o.compound() {
				continue
			}
			if sp == nil && o.text == name || sp != nil && x.toks[o.start].Start <= sp[0] && sp[1] <= x.toks[o.end-1].End {
				m = o
				break
			}
		}
		if m == nil || first != nil && m != first {
			return false
		}
		first = m
	}
	return true
}

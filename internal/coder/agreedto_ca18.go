package coder

import "strings"

// agreeWords open the joint intent of partners who agreed together.
var agreeWords = setOf("agreed", "agree", "agrees", "agreeing", "decided", "resolved", "pledged", "vowed", "promised")

// mutualTalk are the codes of talking together: partners who talked did
// so with each other ("Rahmon and Putin agreed in a telephone call").
var mutualTalk = setOf("040", "041", "046")

// agreedTogether aims the untargeted intents that two or more partners of
// one compound subject agreed on at each other: "Russia and Tajikistan
// agreed to hold a joint operation against drug trafficking" is Russia's
// intent towards Tajikistan and Tajikistan's towards Russia. Talks and
// calls of a compound subject with no target are aimed the same way.
func (x *sentence) agreedTogether() {
	if !twoUntargetedAgreements(x.events) {
		return // s8: no pair to join
	}
	type key struct {
		verb [2]int
		code string
	}
	groups := map[key][]int{}
	for i, ev := range x.events {
		if ev.Target != "" || ev.Evidence.Verb == nil || !strings.HasPrefix(ev.Code, "03") && !mutualTalk[ev.Code] {
			continue
		}
		k := key{[2]int(*ev.Evidence.Verb), ev.Code}
		groups[k] = append(groups[k], i)
	}
	drop := map[int]bool{}
	for k, is := range groups {
		if len(is) < 2 || !mutualTalk[k.code] && !x.agreedBefore(k.verb[0]) {
			continue
		}
		for _, i := range is {
			for _, j := range is {
				a, b := x.events[i], x.events[j]
				if i == j || a.Source == b.Source || len(a.Source) < 3 || len(b.Source) < 3 || a.Source[:3] == b.Source[:3] {
					continue
				}
				x.emit(a.Source, b.Source, a.Code, a.Evidence.Source, b.Evidence.Source, a.Evidence.Verb, a.SourceName, b.SourceName, a.Modality)
				drop[i] = true
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	x.dropEvents(func(i int) bool { return drop[i] })
}

// agreedBefore reports whether "agreed to" (or "decided", "pledged")
// stands just before the verb at byte offset b: "agreed to hold",
// "agreed in a telephone call on Wednesday to step up".
func (x *sentence) agreedBefore(b int) bool {
	v := x.tokenAt(b)
	for k := v - 1; k >= x.from && k >= v-10; k-- {
		if agreeWords[x.toks[k].Lower] {
			return true
		}
		if x.toks[k].Lower == "," || x.toks[k].Lower == "and" && k < v-1 {
			return false
		}
	}
	return false
}

package coder

// madeThings are the acts a criticism or rejection may be aimed at in
// place of their maker: "condemned the decision", "denounced the law".
var madeThings = setOf("decision", "move", "law", "bill", "ban", "verdict", "ruling", "sentence", "decree",
	"measure", "measures", "sanctions", "step", "steps", "plan", "policy", "statement", "remarks", "comments",
	"restrictions", "order", "resolution", "it", "this", "announcement", "proposal", "legislation")

// thingMakers gives a criticism or rejection with no target (or one taken
// from before its verb), aimed at a
// thing someone made ("the decision", "the law", "it"), that maker: the
// source of an earlier act of the same sentence, else the subject of the
// sentence before. "Japarov signed a new media law …, and media groups
// denounced it"; "The US Treasury placed three firms on its sanctions
// list. Bishkek condemned the decision."
func (x *sentence) thingMakers() {
	for i := range x.events {
		ev := &x.events[i]
		if ev.Source == "" || ev.Evidence.Verb == nil || ev.Root != "11" && ev.Root != "12" {
			continue
		}
		if ev.Target != "" && (ev.Evidence.Target == nil || ev.Evidence.Target[0] > ev.Evidence.Verb[0]) {
			continue // aimed at someone named after the verb
		}
		v := x.tokenAt(ev.Evidence.Verb[1] - 1)
		if v < 0 || !x.madeThingAfter(v) {
			continue
		}
		maker, name := "", ""
		if m := x.madeBy(v); m != nil {
			maker, name = x.resolve(m.codes[0], ev.Source), m.text
		}
		for j := range x.events {
			if maker != "" {
				break
			}
			o := &x.events[j]
			if o.Evidence.Verb == nil || o.Evidence.Verb[0] >= ev.Evidence.Verb[0] || o.Source == "" || o.Source == ev.Source {
				continue
			}
			maker, name = o.Source, o.SourceName
			break
		}
		if maker == "" && x.st.subject != nil && !x.earlierVerb(v) {
			s := x.st.subject
			if len(s.codes) == 1 && s.codes[0] != "" && s.codes[0][0] != '?' {
				maker, name = s.codes[0], s.text
			}
		}
		if maker == "" || maker == ev.Source || len(maker) >= 3 && len(ev.Source) >= 3 && maker[:3] == ev.Source[:3] && (len(maker) == 3 || len(ev.Source) == 3) {
			continue
		}
		ev.Target, ev.TargetName, ev.Evidence.Target = maker, name, nil
	}
}

// madeThingAfter reports whether the verb at v is followed by a made thing
// as its object: "condemned the decision", "protested against the new law",
// "denounced it".
func (x *sentence) madeThingAfter(v int) bool {
	for k := v + 1; k < len(x.toks) && k <= v+5; k++ {
		t := x.toks[k]
		switch {
		case madeThings[t.Lower]:
			return k+1 >= len(x.toks) || x.toks[k+1].Lower != "of" && x.toks[k+1].Lower != "by" && x.toks[k+1].Lower != "to"
		case t.Lower == "the" || t.Lower == "this" || t.Lower == "that" || t.Lower == "against" || t.Lower == "its" || t.Lower == "a" || t.Lower == "an" || t.Tag == "JJ" || t.Tag == "RB":
		default:
			return false
		}
	}
	return false
}

// earlierVerb reports whether a verb group before token v in this
// sentence gave events: the thing may be its, not the last sentence's.
func (x *sentence) earlierVerb(v int) bool {
	for _, g := range x.groups {
		if g.end <= v && g.coded {
			return true
		}
	}
	return false
}

// madeBy returns the maker a participle names after the thing that
// follows the verb at v: "refused to sign a bill on foreign agents drafted
// by a group of deputies". It is nil when there is none.
func (x *sentence) madeBy(v int) *mention {
	for k := v + 1; k+1 < len(x.toks) && k <= v+12; k++ {
		t := x.toks[k]
		if t.Lower == "," || t.Lower == "and" || t.Lower == "after" || t.Lower == "because" || t.Lower == "saying" {
			return nil
		}
		if t.Tag != "VBN" || x.toks[k+1].Lower != "by" {
			continue
		}
		for _, m := range x.ms {
			if m.start > k+1 && m.start <= k+5 && len(m.codes) == 1 && !m.locative {
				return m
			}
		}
		return nil
	}
	return nil
}

package coder

// answerFamilies gives, for each noun a reply names an earlier act by
// ("rejected the request", "dismissed the accusation", "accepted the
// offer"), the roots of the events that act was coded as.
var answerFamilies = map[string]string{
	"request": "02 10", "requests": "02 10", "appeal": "02 10", "appeals": "02 10", "call": "02 10", "calls": "02 10",
	"plea": "02 10", "demand": "10 02", "demands": "10 02", "ultimatum": "13 10",
	"offer": "03 02", "offers": "03 02", "proposal": "02 03", "proposals": "02 03", "initiative": "02 03",
	"suggestion": "02 03", "invitation": "02 03",
	"accusation": "11", "accusations": "11", "allegation": "11", "allegations": "11", "criticism": "11",
	"charge": "11", "charges": "11", "claim": "11", "claims": "11", "complaint": "11", "complaints": "11",
	"threat": "13", "threats": "13", "warning": "13", "warnings": "13",
}

// answeredActs aims a reply that opens a sentence ("Mongolia ignored the
// request", "Bishkek rejected the accusation", "Astana accepted the
// offer") at the source of the act it names, coded in the sentence
// before: the last event whose root fits the noun (a request is an appeal
// or a demand, an accusation root 11, an offer root 03). Run after
// answeredIdeas, it corrects the maker it found from the sentence's
// grammar alone.
func (x *sentence) answeredActs() {
	prev := x.st.lastActs
	if len(prev) == 0 {
		return
	}
	toks := x.toks
	for i := range x.events {
		ev := &x.events[i]
		if ev.Root != "12" && ev.Root != "05" && !(ev.Root == "03" && x.acceptedOffer(ev)) {
			continue
		}
		k := x.verbToken(*ev)
		g := x.groupCovering(max(k, 0))
		if k < 0 || g == nil || g.noun || g.end+1 >= len(toks) || !x.firstClauseAt(g.head) {
			continue
		}
		switch toks[g.end].Lower {
		case "the", "this", "that", "these", "those":
		default:
			continue
		}
		if g.end+2 < len(toks) {
			switch toks[g.end+2].Lower {
			case "of", "by", "from", "that", "against", "'s", "to", "for", "made", "issued", "levelled", "leveled":
				continue // the maker or the content is named here
			}
		}
		roots := answerFamilies[toks[g.end+1].Lower]
		if roots == "" {
			continue
		}
		if ts := ev.Evidence.Target; ts != nil && ts[0] != toks[g.end].Start {
			continue // a target named in the sentence itself
		}
		var src, name string
		for _, r := range []string{roots[:2], roots[min(3, len(roots)):]} {
			for _, a := range prev[r] {
				if src == "" && a[0] != ev.Source && (cut3(a[0]) != cut3(ev.Source) || x.domesticAnswer(ev.Source, a[0])) {
					src, name = a[0], a[1]
				}
			}
		}
		if src == "" {
			continue
		}
		ev.Target, ev.TargetName = src, name
	}
}

// domesticAnswer reports whether src answering by names two different
// bodies of one country ("Japarov rejected the lawmakers' request"): a
// government against its parliament, say; not a country against itself.
func (x *sentence) domesticAnswer(src, by string) bool {
	return len(src) > 3 && len(by) > 3 && src != by
}

// rememberActs notes for the next sentence the source codes and names of
// this sentence's events of each root, the last first.
func (x *sentence) rememberActs() {
	x.st.lastActs = nil
	for i := len(x.events) - 1; i >= 0; i-- {
		ev := x.events[i]
		if ev.Source == "" || ev.Source[0] == '?' {
			continue
		}
		if x.st.lastActs == nil {
			x.st.lastActs = map[string][][2]string{}
		}
		x.st.lastActs[ev.Root] = append(x.st.lastActs[ev.Root], [2]string{ev.Source, ev.SourceName})
	}
}

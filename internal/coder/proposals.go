package coder

// ideaNouns stand for a proposal made earlier in the sentence: "X offered
// to …, but Y rejected the idea".
var ideaNouns = map[string]bool{
	"idea": true, "proposal": true, "offer": true, "plan": true, "initiative": true,
	"suggestion": true, "request": true, "appeal": true, "demand": true, "demands": true,
}

// rejectedProposals aims an untargeted rejection of "the idea" or "the
// proposal" at whoever proposed, asked or demanded earlier in the sentence.
func (x *sentence) rejectedProposals() {
	for i := range x.events {
		ev := &x.events[i]
		if ev.Root != "12" || ev.Target != "" {
			continue
		}
		k := x.verbToken(*ev)
		if k < 0 {
			continue
		}
		g := x.groupCovering(k)
		if g == nil || g.noun || g.end+1 >= len(x.toks) || x.toks[g.end].Lower != "the" && x.toks[g.end].Lower != "this" && x.toks[g.end].Lower != "that" {
			continue
		}
		if !ideaNouns[x.toks[g.end+1].Lower] {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := x.events[j]
			if p.Source != ev.Source && cut3(p.Source) != cut3(ev.Source) && (p.Root == "02" || p.Root == "03" || p.Root == "10") {
				ev.Target, ev.TargetName = p.Source, p.SourceName
				break
			}
		}
	}
}

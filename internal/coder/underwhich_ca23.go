package coder

// underWhichTargets aims an agreement signed, approved or ratified with no
// partner named at the first actor of its "under which" clause: "approved
// an agreement under which China will build a base", "approved a deal
// under which the Russian company Kazan Helicopters will supply ten
// helicopters".
func (x *sentence) underWhichTargets() {
	if x.c.dict.Compat {
		return
	}
	toks := x.toks
	for i := range x.events {
		ev := &x.events[i]
		if ev.Target != "" || ev.Root != "05" || len(ev.Source) < 3 {
			continue
		}
		k := x.verbToken(*ev)
		if k < 0 {
			continue
		}
		for j := k + 1; j+2 < len(toks) && j < k+8; j++ {
			if toks[j].Lower == "," || toks[j].Lower == ";" {
				break
			}
			if toks[j].Lower != "under" || toks[j+1].Lower != "which" {
				continue
			}
			for _, m := range x.ms {
				if m.start < j+2 || m.start > j+6 || m.locative || len(m.codes) != 1 {
					continue
				}
				c := x.resolve(m.codes[0], "")
				if len(c) >= 3 && cut3(c) != cut3(ev.Source) {
					ev.Target, ev.TargetName, ev.Evidence.Target = c, m.text, x.span(m.start, m.end)
				}
				break
			}
			break
		}
	}
}

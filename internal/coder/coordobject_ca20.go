package coder

// coordinatedObject finds the target of a verb with none of its own that
// follows "and" after an earlier verb of the same subject: in "Tajikistan
// summoned Russia's ambassador … and demanded a full investigation" the
// demand is made of Russia; in "received a Taliban delegation and agreed to
// raise trade" the Taliban are the partner. Only demands, intents,
// disapproval, rejections and threats are lent an object this way: they are
// said to someone, and the one just met or summoned is the one spoken to. A
// call "for joint measures" after briefing leaders is made of no one.
func (x *sentence) coordinatedObject(g *vgroup, src *mention, code string) *mention {
	if x.c.dict.Compat || src == nil || len(src.codes) != 1 || g.noun || g.passive {
		return nil
	}
	switch code[:2] {
	case "03", "10", "11", "12", "13":
	default:
		return nil
	}
	k := g.start - 1
	if k > x.from && x.toks[k].Lower == "to" {
		// "… and offered to mediate": the frame verb before the infinitive.
		if fg := x.groupCovering(k - 1); fg != nil && !fg.noun && fg != g {
			k = fg.start - 1
		}
	}
	if k <= x.from || x.toks[k].Lower != "and" {
		return nil
	}
	// The earlier verb of the same subject: the last one before "and" whose
	// subject is ours.
	var pg *vgroup
	for _, o := range x.groups {
		if o.noun || o.end > k || o == g || !o.finite {
			continue // not the infinitive of an appeal ("urged X to show restraint")
		}
		if s, _ := x.subjectOf(o, 1); s == src {
			pg = o
		}
	}
	if pg == nil || pg.passive || pg.neg {
		return nil
	}
	end := k
	if ng := x.nextGroupAfter(pg); ng != nil && ng.start < end {
		end = ng.start
	}
	m := x.objectOf(pg.end, end, false)
	if m == nil || m == src || len(m.codes) == 0 || len(m.codes[0]) < 3 {
		return nil
	}
	own := x.resolve(src.codes[0], "")
	for _, c := range m.codes {
		if tc := x.resolve(c, ""); len(own) >= 3 && len(tc) >= 3 && own[:3] == tc[:3] {
			return nil // its own people
		}
	}
	return m
}

// nextGroupAfter returns the first verb group that starts after g ends.
func (x *sentence) nextGroupAfter(g *vgroup) *vgroup {
	for _, o := range x.groups {
		if !o.noun && o.start >= g.end {
			return o
		}
	}
	return nil
}

package coder

import "strings"

// territoryWords are what a state promises not to let others use.
var territoryWords = map[string]bool{"territory": true, "soil": true, "land": true, "airspace": true}

// territoryAssurances codes the neighbour's formula "Uzbekistan will not
// allow its territory to be used against any neighbouring state": an
// assurance of good conduct (030) towards whom it names after "against",
// and "will not let its territory be used to circumvent sanctions", a
// refusal (120).
func (x *sentence) territoryAssurances() {
	toks := x.toks
	for _, g := range x.groups {
		if g.noun || !g.neg || g.coded {
			continue
		}
		if l := firstLemma(g); l != "allow" && l != "let" && l != "permit" {
			continue
		}
		switch g.modal {
		case "will", "would", "wo", "'ll", "shall":
		default:
			continue
		}
		end := x.clauseEnd(g)
		terr, used := -1, -1
		for k := g.end; k < end && k < g.end+6; k++ {
			if territoryWords[toks[k].Lower] && terr < 0 {
				terr = k
			}
			if toks[k].Lower == "used" || toks[k].Lower == "use" {
				used = k
			}
		}
		if terr < 0 {
			continue
		}
		if used < 0 {
			for k := terr + 1; k < end && k < terr+4; k++ {
				if toks[k].Lower == "used" || toks[k].Lower == "use" {
					used = k
				}
			}
		}
		if used < 0 {
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if l.frame != "" {
			continue
		}
		// "Berdimuhamedov told them that Turkmenistan would never allow …":
		// the speaker gives the assurance for his country.
		if sp, _ := x.speakerOf(g); sp != nil && len(sp.codes) > 0 && (subj == nil || subj.pronoun || firstPerson[strings.ToLower(subj.text)] || x.sameActor(sp, subj)) {
			subj = sp
		}
		if subj == nil {
			continue
		}
		code := "030"
		var tgt *mention
		for k := used + 1; k < len(toks) && k < used+12; k++ {
			switch toks[k].Lower {
			case "circumvent", "evade", "bypass", "skirt", "get":
				code = "120"
			case "against":
				if m := x.mentionAfterDeterminers(k + 1); m != nil && !m.locative && tgt == nil {
					tgt = m
				}
			}
			if toks[k].Lower == "," || toks[k].Lower == ";" {
				break
			}
		}
		if tgt != nil && x.sameActor(subj, tgt) {
			tgt = nil
		}
		if tgt == nil {
			tgt = x.toldWhom(subj) // "…, Mirziyoyev told visiting Taliban officials"
		}
		x.emitAll(subj, tgt, code, "", x.span(g.head, g.end), "")
		g.coded = true
	}
}

// toldWhom returns whom the sentence's "told" addresses, when that is an
// actor other than src's side: the one an assurance is given to.
func (x *sentence) toldWhom(src *mention) *mention {
	for _, o := range x.groups {
		if o.noun || o.neg || firstLemma(o) != "tell" {
			continue
		}
		m := x.mentionAfterDeterminers(o.end)
		if m == nil && o.end+1 < len(x.toks) && (x.toks[o.end].Tag == "JJ" || x.toks[o.end].Tag == "VBG") {
			m = x.mentionStartingAt(o.end + 1) // "told visiting Taliban officials"
		}
		if m == nil || m.weak || m.locative || x.sameActor(src, m) {
			continue
		}
		return m
	}
	return nil
}

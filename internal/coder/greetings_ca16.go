package coder

// greetingLemmas convey a leader's greetings through an envoy.
var greetingLemmas = map[string]bool{"convey": true, "extend": true, "deliver": true, "pass": true, "transmit": true}

// greetingNouns are what such a verb conveys.
var greetingNouns = map[string]bool{
	"greetings": true, "congratulations": true, "wishes": true, "felicitations": true, "regards": true,
}

// greetingsToHost codes the greetings an envoy brought to whoever received
// him: in "Berdimuhamedov accepted the credentials of the Korean ambassador,
// who conveyed the warm greetings of President Yoon" the greetings go from
// Korea to Berdimuhamedov, though the verb's own object is Yoon's.
func (x *sentence) greetingsToHost() {
	if x.c.dict.Compat {
		return
	}
	for _, g := range x.groups {
		if g.noun || g.coded || g.neg || !greetingLemmas[firstLemma(g)] || !x.greetingAfter(g) {
			continue
		}
		envoy := x.whoAntecedent(g)
		if envoy == nil || len(envoy.codes) != 1 || envoy.pronoun {
			continue
		}
		host := x.prevGroup(envoy.start)
		if host == nil || host.passive {
			continue
		}
		h, _ := x.subjectOf(host, 0)
		if h == nil || len(h.codes) != 1 || h.end > envoy.start {
			continue
		}
		src, tgt := x.resolve(envoy.codes[0], ""), x.resolve(h.codes[0], "")
		if len(src) < 3 || len(tgt) < 3 || src[:3] == tgt[:3] {
			continue
		}
		x.emit(src, tgt, "051", x.span(envoy.start, envoy.end), x.span(h.start, h.end), x.span(g.head, g.end), envoy.text, h.text, "")
		g.coded = true
	}
}

// greetingAfter reports whether greetings follow g within a few words.
func (x *sentence) greetingAfter(g *vgroup) bool {
	for k := g.end; k < len(x.toks) && k < g.end+4; k++ {
		if greetingNouns[x.toks[k].Lower] {
			return true
		}
	}
	return false
}

// whoAntecedent returns the mention a "who" clause with verb g hangs on,
// with or without a comma before "who": "the ambassador, who conveyed".
func (x *sentence) whoAntecedent(g *vgroup) *mention {
	r := g.start - 1
	if r <= x.from || x.toks[r].Lower != "who" {
		return nil
	}
	if x.toks[r-1].Lower == "," {
		r--
	}
	return x.mentionEndingAt(r - 1)
}

package coder

// basedWords before "in" place a firm or group in a country: "companies
// registered in Kazakhstan", "a bank based in Kyrgyzstan".
var basedWords = map[string]bool{
	"based": true, "registered": true, "headquartered": true, "incorporated": true,
}

// basedIn gives an agent with no country the country it is said to be based
// or registered in, and drops that country as a mention of its own: "the EU
// added companies registered in Kazakhstan and Kyrgyzstan to its sanctions
// list" is aimed at Kazakh and Kyrgyz firms, not at the two states.
func (x *sentence) basedIn() {
	var drop []*mention
	for _, m := range x.ms {
		if m.end+2 >= len(x.toks) || len(m.codes) != 1 || len(m.codes[0]) < 3 || !isAgentOnly(m.codes[0]) {
			continue
		}
		if !basedWords[x.toks[m.end].Lower] || x.toks[m.end+1].Lower != "in" {
			continue
		}
		k := m.end + 2
		for k < len(x.toks) && determiners[x.toks[k].Lower] {
			k++ // "based in the United Arab Emirates"
		}
		n := x.mentionStartingAt(k)
		if n == nil || n.person {
			continue
		}
		codes := make([]string, 0, len(n.codes))
		for _, c := range n.codes {
			if len(c) != 3 || isAgentOnly(c) || c == "IGO" || c == "NGO" {
				codes = nil
				break
			}
			codes = append(codes, c+m.codes[0])
		}
		if len(codes) == 0 {
			continue
		}
		spans := make([][2]int, len(codes))
		for i := range spans {
			spans[i] = [2]int{m.start, m.end}
		}
		m.codes, m.spans, m.plural = codes, spans, m.plural || len(codes) > 1
		drop = append(drop, n)
	}
	x.dropMentions(drop)
}

// dropJointBodies removes agent words right after "joint" that name no
// country: in "Iran and Turkmenistan set up a joint commission" the
// commission is what they made together, not an actor they acted on.
func (x *sentence) dropJointBodies() {
	kept := x.ms[:0]
	for _, m := range x.ms {
		if m.start > 0 && x.toks[m.start-1].Lower == "joint" && len(m.codes) == 1 && len(m.codes[0]) >= 3 && isAgentOnly(m.codes[0]) {
			continue
		}
		kept = append(kept, m)
	}
	x.ms = kept
}

// dropMentions removes the mentions in drop from x.ms, keeping the order of
// the rest.
func (x *sentence) dropMentions(drop []*mention) {
	if len(drop) == 0 {
		return
	}
	kept := x.ms[:0]
	for _, m := range x.ms {
		keep := true
		for _, d := range drop {
			keep = keep && m != d
		}
		if keep {
			kept = append(kept, m)
		}
	}
	x.ms = kept
}

package coder

// mergeNamedAgents makes one actor of a mention whose codes are all of one
// country and whose words hold no "and", "or" or comma: "Tajik state energy
// company Barqi Tojik" is one company, not two, so that "it" can point back
// to it. The last code, the name's, is kept: "Kazakhstan's state oil company
// KazMunayGas" is KazMunayGas.
func (x *sentence) mergeNamedAgents() {
	for _, m := range x.ms {
		if len(m.codes) < 2 || m.pronoun {
			continue
		}
		same := true
		for _, c := range m.codes[1:] {
			same = same && len(c) >= 3 && len(m.codes[0]) >= 3 && c[:3] == m.codes[0][:3]
		}
		if !same || x.coordinated(m.start, m.end) {
			continue
		}
		last := m.codes[len(m.codes)-1]
		m.codes, m.spans, m.plural = []string{last}, [][2]int{{m.start, m.end}}, false
	}
}

// coordinated reports whether tokens [from, to) join words with "and", "or",
// "&", "nor" or a comma.
func (x *sentence) coordinated(from, to int) bool {
	for k := from; k < to && k < len(x.toks); k++ {
		switch x.toks[k].Lower {
		case "and", "or", "&", "nor", ",", "as", "well", "plus":
			return true
		}
	}
	return false
}

// beforeThat steps back from token k over "that" and a day named before it
// ("said on Friday that they …"), and returns the index of the token that
// then stands right before k; without "that" it is k-1.
func (x *sentence) beforeThat(k int) int {
	j := k - 1
	if x.c.dict.Compat || j <= x.from || x.toks[j].Lower != "that" {
		return j
	}
	j--
	if j > x.from+1 && weekdays[x.toks[j].Lower] != 0 || j > x.from+1 && x.toks[j].Lower == "sunday" {
		j--
		if x.toks[j].Lower == "on" || x.toks[j].Lower == "last" {
			j--
		}
	}
	return j
}

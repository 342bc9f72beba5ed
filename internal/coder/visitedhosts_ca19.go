package coder

// hostAgentWords are the visited side's officials named without a country.
var hostAgentWords = map[string]bool{
	"officials": true, "authorities": true, "governments": true, "government": true, "leaders": true,
	"hosts": true, "counterparts": true, "leadership": true,
}

// visitedHosts places the officials a visitor addresses after the visit in
// the countries visited: "O'Brien visited Bishkek and Tashkent and urged
// local officials to stop the flow of microchips", "Cameron visited all
// five Central Asian countries and warned their governments".
func (x *sentence) visitedHosts() {
	for i, m := range x.ms {
		if len(m.codes) != 1 || m.codes[0] != "GOV" || !hostAgentWords[x.toks[m.end-1].Lower] {
			continue
		}
		var visited *mention
		for _, v := range x.ms[:i] {
			if v.start < x.from+1 || len(v.codes) == 0 {
				continue
			}
			switch x.toks[v.start-1].Lower {
			case "visited", "toured":
			case "all", "the":
				if v.start < 2 || x.toks[v.start-2].Lower != "visited" && x.toks[v.start-2].Lower != "toured" {
					continue
				}
			default:
				continue
			}
			visited = v
		}
		if visited == nil || !x.coordinatedAfter(visited.end, m.start) {
			continue
		}
		codes := make([]string, 0, len(visited.codes))
		spans := make([][2]int, 0, len(visited.codes))
		for _, c := range visited.codes {
			if len(c) < 3 || c[0] == '?' || isAgentOnly(c) {
				return
			}
			codes = append(codes, c[:3]+"GOV")
			spans = append(spans, [2]int{m.start, m.end})
		}
		m.codes, m.spans = codes, spans
		m.plural = m.plural || len(codes) > 1
	}
}

// coordinatedAfter reports whether tokens [from, to) join a second verb to
// the first: "… this week and urged".
func (x *sentence) coordinatedAfter(from, to int) bool {
	and := false
	for k := from; k < to; k++ {
		switch w := x.toks[k].Lower; {
		case w == "and":
			and = true
		case w == "," || w == ";" || w == "but" || w == "while" || w == "after" || w == "before":
			return false
		}
	}
	return and
}

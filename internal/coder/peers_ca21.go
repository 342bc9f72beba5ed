package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
)

// peerNouns name the leaders or states of a group the sentence gives no
// country for: "the Central Asian leaders", "the great powers", "their
// counterparts".
var peerNouns = map[string]bool{
	"leaders": true, "presidents": true, "counterparts": true, "powers": true, "partners": true,
	"ministers": true, "heads": true, "governments": true, "states": true, "nations": true,
}

// regionWords name a region, not one country, before a peer noun: "the
// Central Asian leaders", "European ministers", "the region's leaders".
var regionWords = map[string]bool{
	"asian": true, "european": true, "western": true, "arab": true, "african": true, "gulf": true,
	"region": true, "nordic": true, "baltic": true, "balkan": true, "great": true,
	"foreign": true, "five": true, "visiting": true, "other": true,
}

// regionPeerObject reports whether the verb at verbSpan is followed by a
// group of leaders of a region and no country ("met the Central Asian
// foreign ministers", "praised the European leaders", "urged the region's
// leaders"): the act is aimed at no one country but is an act all the same.
func (x *sentence) regionPeerObject(verbSpan *event.Span) bool {
	if x.c.dict.Compat || verbSpan == nil {
		return false
	}
	k := x.tokenEndingAt(verbSpan[1])
	if k < 0 {
		return false
	}
	k++
	if k < len(x.toks) && (x.toks[k].Lower == "with" || x.toks[k].Lower == "to" || x.toks[k].Lower == "on") {
		k++
	}
	if k >= len(x.toks) || x.toks[k].Lower != "the" {
		return false
	}
	region := false
	for k++; k < len(x.toks) && k < x.from+len(x.toks); k++ {
		w := x.toks[k].Lower
		switch {
		case regionWords[w] || w == "central" || w == "'s":
			region = region || w != "'s" && w != "other"
		case peerNouns[w]:
			return region && x.mentionStartingAt(k) == nil || region && x.mentionStartingAt(k) != nil && strings.HasPrefix(x.mentionStartingAt(k).codes[0], "?")
		case w == "foreign" || w == "finance" || w == "energy" || w == "defence" || w == "defense" || w == "trade" || w == "economy" || w == "state":
		default:
			return false
		}
	}
	return false
}

// peerCode reports whether an act may be coded aimed at a group of peers of
// no country: meetings, praise, appeals and demands.
func peerCode(code string) bool {
	switch code[:2] {
	case "02", "04", "05", "10", "11":
		return !strings.HasPrefix(code, "057")
	}
	return false
}

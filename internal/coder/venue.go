package coder

// venueWords are what is offered for talks that have not taken place: "a
// venue for talks between Russia and Ukraine", "to host negotiations".
var venueWords = map[string]bool{"venue": true, "platform": true, "site": true, "place": true, "host": true,
	"hosting": true, "mediate": true, "mediation": true, "facilitate": true}

// offeredVenue reports whether the event noun g follows an offer of a
// venue or of hosting, "ready to provide a venue for talks between Russia
// and Ukraine": the talks are the offer's subject, not a reported event.
func (x *sentence) offeredVenue(g *vgroup) bool {
	k := g.start - 1
	for k > x.from && k >= g.start-3 && (x.toks[k].Tag == "JJ" || x.toks[k].Tag == "DT" || x.toks[k].Tag == "CD") {
		k-- // "for direct peace talks", "for the talks"
	}
	if k <= x.from {
		return false
	}
	if x.toks[k].Lower == "for" {
		k--
		for k > x.from && (x.toks[k].Tag == "DT" || x.toks[k].Tag == "JJ" || x.toks[k].Tag == "PRP$") {
			k-- // "a neutral venue for"
		}
	}
	return k >= x.from && venueWords[x.toks[k].Lower]
}

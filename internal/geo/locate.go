package geo

import (
	"strings"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
)

// Precisions of an event's location, finest first.
const (
	PrecisionPlace   = "place"
	PrecisionAdmin1  = "admin1"
	PrecisionCountry = "country"
)

// Precision says how finely a gazetteer entry places an event: "country"
// for a country, "admin1" for a first-level division, "place" for anything
// smaller (towns, districts, valleys, border crossings).
func Precision(feature string) string {
	switch feature {
	case FeatureCountry:
		return PrecisionCountry
	case FeatureAdmin1:
		return PrecisionAdmin1
	}
	return PrecisionPlace
}

func precisionRank(feature string) int {
	switch Precision(feature) {
	case PrecisionPlace:
		return 2
	case PrecisionAdmin1:
		return 1
	}
	return 0
}

// Locate sets Location on each event coded from a (events carry Sentence
// index and the sentence Text and Evidence offsets; Source/Target actor
// codes start with the alpha-3 country): the place in the event's clause,
// else in its sentence, else the document's main place, else the actors'
// country (source first, else target), with Precision "place", "admin1"
// or "country" and FIPS/Admin1 filled.
func (g *Geocoder) Locate(a article.Article, events []event.Event) {
	if len(events) == 0 {
		return
	}
	ms, sents := g.mentions(a)
	main := mainPlace(a.Text, ms)
	for i := range events {
		e := &events[i]
		var pick *Mention
		if start, ok := findSentence(a.Text, sents, e); ok {
			end := start + len(e.Text)
			lo, hi, verb := evidenceBounds(e, start)
			var actors [][2]int
			for _, sp := range []*event.Span{e.Evidence.Source, e.Evidence.Target} {
				if sp != nil && !sp.Empty() {
					actors = append(actors, [2]int{start + sp[0], start + sp[1]})
				}
			}
			inSentence := func(m *Mention) bool {
				if m.Start < start || m.End > end {
					return false
				}
				// A country named as an actor ("Kyrgyzstan accused
				// Tajikistan") is who, not where.
				if m.Feature == FeatureCountry {
					for _, sp := range actors {
						if m.Start < sp[1] && m.End > sp[0] {
							return false
						}
					}
				}
				return true
			}
			if lo >= 0 {
				cs, ce := clause(a.Text, start, end, lo, hi)
				pick = bestNear(ms, verb, func(m *Mention) bool { return inSentence(m) && m.Start >= cs && m.End <= ce })
			}
			if pick == nil {
				if verb < 0 {
					verb = start
				}
				pick = bestNear(ms, verb, inSentence)
			}
		}
		if pick == nil {
			pick = main
		}
		if pick != nil {
			e.Location = g.location(pick.Place)
			continue
		}
		for _, code := range []string{e.Source, e.Target} {
			if len(code) < 3 {
				continue
			}
			if c, ok := g.g.countries[code[:3]]; ok {
				e.Location = &event.Location{Name: c.Name, Country: c.ISO3, Lat: c.Lat, Lon: c.Lon, GeonameID: c.GeonameID,
					Precision: PrecisionCountry, FIPS: c.FIPS, Feature: FeatureCountry}
				break
			}
		}
	}
}

// location turns a gazetteer entry into an event's location.
func (g *Geocoder) location(p Place) *event.Location {
	loc := &event.Location{Name: p.Name, Country: p.Country, Admin1: p.Admin1, Lat: round(p.Lat, 5), Lon: round(p.Lon, 5),
		GeonameID: p.ID, Precision: Precision(p.Feature), Feature: p.Feature}
	if c, ok := g.g.countries[p.Country]; ok {
		loc.FIPS = c.FIPS
	}
	return loc
}

// findSentence returns the offset of the event's sentence in the text:
// where e.Text occurs, the occurrence in sentence e.Sentence (or the
// nearest) when it occurs more than once.
func findSentence(text string, sents []sentence, e *event.Event) (int, bool) {
	if e.Text == "" {
		return 0, false
	}
	var at []int
	for off := 0; off <= len(text); {
		i := strings.Index(text[off:], e.Text)
		if i < 0 {
			break
		}
		at = append(at, off+i)
		off += i + 1
	}
	switch len(at) {
	case 0:
		return 0, false
	case 1:
		return at[0], true
	}
	want := -1
	if e.Sentence >= 0 && e.Sentence < len(sents) {
		want = sents[e.Sentence].start
	}
	best := at[0]
	for _, a := range at {
		if want >= 0 && abs(a-want) < abs(best-want) {
			best = a
		}
	}
	return best, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// evidenceBounds returns the span of text covered by the event's evidence
// and the middle of its verb, as offsets in the document (-1 when there is
// no evidence).
func evidenceBounds(e *event.Event, start int) (lo, hi, verb int) {
	lo, hi, verb = -1, -1, -1
	for _, sp := range []*event.Span{e.Evidence.Source, e.Evidence.Target, e.Evidence.Verb} {
		if sp == nil || sp.Empty() || sp[1] > len(e.Text) || sp[0] < 0 {
			continue
		}
		if lo < 0 || start+sp[0] < lo {
			lo = start + sp[0]
		}
		if start+sp[1] > hi {
			hi = start + sp[1]
		}
	}
	if v := e.Evidence.Verb; v != nil && !v.Empty() && v[1] <= len(e.Text) {
		verb = start + (v[0]+v[1])/2
	}
	return lo, hi, verb
}

// clauseBreaks separate the clauses of a sentence.
var clauseBreaks = []string{"; ", " — ", " – ", " - ", ", while ", ", but ", ", and ", ", whereas ", ", although ",
	", after ", ", before ", ", when ", ", as ", ", though ", ", which ", ", who "}

// clause widens [lo, hi) to the clause around it, within [start, end).
func clause(text string, start, end, lo, hi int) (int, int) {
	cs, ce := start, end
	for _, b := range clauseBreaks {
		if i := strings.LastIndex(text[start:lo], b); i >= 0 && start+i+len(b) > cs {
			cs = start + i + len(b)
		}
		if hi <= end {
			if i := strings.Index(text[hi:end], b); i >= 0 && hi+i < ce {
				ce = hi + i
			}
		}
	}
	return cs, ce
}

// bestNear picks, among the mentions ok accepts, the finest, then the one
// nearest the verb, then the surest.
func bestNear(ms []Mention, verb int, ok func(*Mention) bool) *Mention {
	var best *Mention
	bestD := 0
	for i := range ms {
		m := &ms[i]
		if !ok(m) {
			continue
		}
		d := 0
		if verb >= 0 {
			d = min(abs(m.Start-verb), abs(m.End-verb))
		}
		if best == nil {
			best, bestD = m, d
			continue
		}
		rm, rb := precisionRank(m.Feature), precisionRank(best.Feature)
		if rm > rb || (rm == rb && (d < bestD || (d == bestD && m.Confidence > best.Confidence))) {
			best, bestD = m, d
		}
	}
	return best
}

// mainPlace is the place a document is about: the one named most often
// (a dateline counts double), places before divisions before countries.
func mainPlace(text string, ms []Mention) *Mention {
	type tally struct {
		score float64
		first int
		rank  int
	}
	byPlace := map[string]*tally{}
	var order []string
	for i := range ms {
		m := &ms[i]
		k := m.Place.key + "|" + m.Country + "|" + m.Feature
		t, ok := byPlace[k]
		if !ok {
			t = &tally{first: i, rank: precisionRank(m.Feature)}
			byPlace[k] = t
			order = append(order, k)
		}
		w := m.Confidence
		if strings.HasPrefix(strings.TrimLeft(text[m.End:], " "), ",") &&
			(m.Start < 40 && strings.ToUpper(m.Name) == m.Name || strings.TrimSpace(text[:m.Start]) == "") {
			w += 2 // a dateline: "BISHKEK, March 3 (Reuters) -", "Osh, May 3 -"
		}
		t.score += w
	}
	var best *tally
	for _, k := range order {
		t := byPlace[k]
		if best == nil || t.rank > best.rank || (t.rank == best.rank && t.score > best.score) {
			best = t
		}
	}
	if best == nil {
		return nil
	}
	return &ms[best.first]
}

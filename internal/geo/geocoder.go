package geo

import (
	"math"
	"strings"

	"github.com/accord-hub/accord/internal/article"
)

// Geocoder finds and resolves place names. It keeps no state between
// documents and is safe for concurrent use.
type Geocoder struct {
	g *Gazetteer
	// exact maps words matched case-sensitively ("US", "U.K.") to the Key
	// of the place they name.
	exact map[string]string
}

// New returns a Geocoder over g.
func New(g *Gazetteer) *Geocoder {
	exact := map[string]string{
		"US": "united states", "U.S.": "united states", "USA": "united states", "U.S.A.": "united states",
		"UK": "united kingdom", "U.K.": "united kingdom", "UAE": "united arab emirates", "U.A.E.": "united arab emirates",
		"DRC": "democratic republic of the congo", "PRC": "china", "DPRK": "north korea", "ROK": "south korea",
		"GBAO": "gbao", "KSA": "saudi arabia",
	}
	return &Geocoder{g: g, exact: exact}
}

// Mention is one resolved place name in a document.
type Mention struct {
	// Doc is the document's id.
	Doc string `json:"doc"`
	// Name is the words as written.
	Name string `json:"name"`
	// Start and End are byte offsets in the document text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Country is the ISO 3166 alpha-3 code.
	Country string `json:"country"`
	// Admin1 is the GeoNames first-level division code ("KG.08"), or "".
	Admin1 string `json:"admin1"`
	// Lat and Lon are WGS84 degrees.
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
	// GeonameID is the GeoNames id, 0 for our own supplement's entries.
	GeonameID int64 `json:"geonameid"`
	// Feature is the GeoNames feature code (PPLC, ADM1, PCLI …).
	Feature string `json:"feature"`
	// Confidence, from 0 to 1, is how sure the geoparser is of the entry.
	Confidence float64 `json:"confidence"`
	// Place is the resolved gazetteer entry, with its usual name.
	Place Place `json:"-"`
	// Sentence is the index of the sentence the mention is in.
	Sentence int `json:"-"`
}

// Kinds of word after a name.
const (
	sufNone     = iota
	sufAdmin    // "Batken province": a division
	sufCity     // "Osh city": a town
	sufSoft     // "Rasht valley": around the named place
	sufNonPlace // "Naryn River", "Paris Agreement": not the place itself
)

var suffixes = func() map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields("province provinces region oblast oblys governorate prefecture state district rayon raion county municipality department territory viloyat velayat krai kray") {
		m[w] = sufAdmin
	}
	for _, w := range strings.Fields("city town village") {
		m[w] = sufCity
	}
	for _, w := range strings.Fields("valley pass gorge oasis basin enclave area areas outskirts suburbs reservoir dam canal") {
		m[w] = sufSoft
	}
	// Natural features: "Naryn river" is not the town of Naryn, whatever
	// the case.
	nonPlace := strings.Fields("river lake sea gulf bay mountain mountains range island islands peninsula strait desert " +
		"plateau glacier hills heights falls darya")
	for _, w := range nonPlace {
		m[w] = sufNonPlace
	}
	return m
}()

// institutions after a capitalised name make a proper name of their own
// ("Osh State University", "Paris Agreement", "Washington Post"); in lower
// case they are the place's ("the Tulsa school board").
var institutions = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("airport university college institute street avenue road highway square stadium arena " +
		"hospital bridge hotel palace park museum station club fc united times post news herald journal tribune gazette " +
		"bank airlines airways declaration accord accords agreement agreements treaty protocol convention summit forum group " +
		"company corporation process initiative format charter marathon open cup games festival conference talks committee " +
		"council school church cathedral mosque prison zoo court") {
		m[w] = true
	}
	return m
}()

// ofPlace are words that, followed by "of", announce a place ("residents
// of", "the mayor of").
var ofPlace = map[string]bool{
	"residents": true, "people": true, "mayor": true, "governor": true, "city": true, "town": true, "village": true,
	"province": true, "region": true, "capital": true, "outskirts": true, "suburbs": true, "centre": true, "center": true,
	"streets": true, "citizens": true, "north": true, "south": true, "east": true, "west": true, "part": true, "parts": true,
	"district": true, "county": true, "state": true, "republic": true, "inhabitants": true, "native": true, "outside": true,
}

// usStates maps the AP-style and postal abbreviations of US states, read
// only right after "Town, ", to the state's name.
var usStates = func() map[string]string {
	m := map[string]string{}
	ap := "Ala.:Alabama Ariz.:Arizona Ark.:Arkansas Calif.:California Colo.:Colorado Conn.:Connecticut Del.:Delaware " +
		"Fla.:Florida Ga.:Georgia Ill.:Illinois Ind.:Indiana Kan.:Kansas Kans.:Kansas Ky.:Kentucky La.:Louisiana Md.:Maryland " +
		"Mass.:Massachusetts Mich.:Michigan Minn.:Minnesota Miss.:Mississippi Mo.:Missouri Mont.:Montana Neb.:Nebraska " +
		"Nebr.:Nebraska Nev.:Nevada N.H.:New_Hampshire N.J.:New_Jersey N.M.:New_Mexico N.Y.:New_York N.C.:North_Carolina " +
		"N.D.:North_Dakota Okla.:Oklahoma Ore.:Oregon Pa.:Pennsylvania R.I.:Rhode_Island S.C.:South_Carolina " +
		"S.D.:South_Dakota Tenn.:Tennessee Tex.:Texas Vt.:Vermont Va.:Virginia Wash.:Washington Wis.:Wisconsin Wyo.:Wyoming " +
		"D.C.:District_of_Columbia"
	postal := "AL:Alabama AK:Alaska AZ:Arizona AR:Arkansas CA:California CO:Colorado CT:Connecticut DE:Delaware " +
		"FL:Florida GA:Georgia HI:Hawaii ID:Idaho IL:Illinois IN:Indiana IA:Iowa KS:Kansas KY:Kentucky LA:Louisiana " +
		"ME:Maine MD:Maryland MA:Massachusetts MI:Michigan MN:Minnesota MS:Mississippi MO:Missouri MT:Montana " +
		"NE:Nebraska NV:Nevada NH:New_Hampshire NJ:New_Jersey NM:New_Mexico NY:New_York NC:North_Carolina " +
		"ND:North_Dakota OH:Ohio OK:Oklahoma OR:Oregon PA:Pennsylvania RI:Rhode_Island SC:South_Carolina " +
		"SD:South_Dakota TN:Tennessee TX:Texas UT:Utah VT:Vermont VA:Virginia WA:Washington WV:West_Virginia " +
		"WI:Wisconsin WY:Wyoming DC:District_of_Columbia"
	for _, kv := range strings.Fields(ap + " " + postal) {
		k, v, _ := strings.Cut(kv, ":")
		m[k] = strings.ReplaceAll(v, "_", " ")
	}
	return m
}()

// locative words before a name say it is a place.
var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "into": true, "outside": true, "across": true,
	"throughout": true, "toward": true, "towards": true, "around": true, "via": true, "inside": true, "between": true,
	"of": false, "visit": true, "visited": true, "visiting": true, "entered": true, "reached": true, "left": true, "arrived": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true, "north": true, "south": true,
	"east": true, "west": true, "outskirts": true, "capital": true, "city": true, "town": true, "village": true,
	"province": true, "region": true, "based": true, "within": true, "along": true, "border": true,
}

// prepositions are the locatives that may be capitalised in a headline
// ("Clash Near Vorukh").
var prepositions = map[string]bool{"in": true, "at": true, "near": true, "from": true, "to": true, "into": true,
	"outside": true, "across": true, "toward": true, "towards": true, "via": true, "inside": true, "throughout": true}

// titles before a name say it is a person.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "sen": true, "senator": true, "rep": true,
	"gov": true, "gen": true, "general": true, "col": true, "colonel": true, "lt": true, "sgt": true, "capt": true,
	"captain": true, "judge": true, "justice": true, "pope": true, "king": true, "queen": true, "prince": true,
	"princess": true, "sheikh": true, "sir": true, "lady": true, "lord": true, "coach": true, "officer": true,
	"detective": true, "president": true, "minister": true, "chairman": true, "mayor": true, "saint": true,
	"father": true, "sister": true, "brother": true, "uncle": true, "aunt": true, "madam": true, "actress": true,
	"actor": true, "singer": true, "player": true, "striker": true, "mrs.": true,
}

// speech verbs after a name say it is an actor, usually a person.
var speech = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "explained": true, "wrote": true, "asked": true,
	"replied": true, "recalled": true, "thinks": true, "thought": true, "smiled": true, "laughed": true, "who": true,
}

// subjectVerbs after a name make it the subject of a sentence.
var subjectVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "was": true, "has": true, "had": true, "will": true,
	"would": true, "added": true, "announced": true, "wrote": true, "asked": true, "who": true,
}

// connectors may stand inside a multi-word name ("Bosnia and Herzegovina").
var connectors = map[string]bool{
	"of": true, "and": true, "the": true, "de": true, "del": true, "la": true, "le": true, "les": true, "los": true,
	"las": true, "du": true, "des": true, "da": true, "do": true, "dos": true, "das": true, "di": true, "upon": true,
	"on": true, "en": true, "al": true, "el": true, "ad": true, "ar": true, "as": true, "at": true, "an": true, "ash": true,
	"az": true, "ul": true, "ol": true, "bin": true, "ibn": true, "y": true, "sur": true, "am": true, "im": true,
	"an der": true, "e": true,
}

// particles may start a name written in lower case ("al-Mukalla").
var particles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true, "az": true, "ul": true, "an": true}

// raw is a candidate place name found in the text, before resolution.
type raw struct {
	start, end int // byte offsets
	ti, tj     int // first and last token index
	key        string
	cands      []int32
	suffix     int
	cue        int  // evidence that the words name a place (+) or a person (-)
	common     bool // an ordinary English word
	given      bool // a given name
	first      bool // starts a sentence
	qual       int  // index of the mention that qualifies it ("Paris, Texas"), or -1
	qualOf     int  // index of the mention it qualifies, or -1
	exactAlias bool
	subject    bool // a single word before "said", "was" …
	drop       bool
	best       int32
	conf       float64
	sent       int
}

// Mentions finds and resolves the place names in an article's text.
func (g *Geocoder) Mentions(a article.Article) []Mention {
	ms, _ := g.mentions(a)
	return ms
}

// Gazetteer returns the gazetteer the geocoder resolves names against.
func (g *Geocoder) Gazetteer() *Gazetteer { return g.g }

func (g *Geocoder) mentions(a article.Article) ([]Mention, []sentence) {
	text := a.Text
	toks, sents := tokenize(text)
	ms := g.find(text, toks)
	if len(ms) == 0 {
		return nil, sents
	}
	g.resolve(text, toks, ms)
	out := make([]Mention, 0, len(ms))
	for i := range ms {
		m := &ms[i]
		if m.drop || m.best < 0 {
			continue
		}
		p := g.g.places[m.best]
		out = append(out, Mention{Doc: a.ID, Name: text[m.start:m.end], Start: m.start, End: m.end, Country: p.Country,
			Admin1: p.Admin1, Lat: round(p.Lat, 5), Lon: round(p.Lon, 5), GeonameID: p.ID, Feature: p.Feature,
			Confidence: round(m.conf, 3), Place: p, Sentence: m.sent})
	}
	return out, sents
}

func round(v float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(v*p) / p
}

// joinable says whether token j continues a name begun before it: only a
// space, a hyphen or an abbreviation's period stands between them.
func joinable(text string, toks []token, j int) bool {
	prev, cur := toks[j-1], toks[j]
	if prev.sent != cur.sent && !prev.acronym {
		return false
	}
	gap := text[prev.end:cur.start]
	switch gap {
	case " ", "-", "–", "\u00a0":
		return true
	case ". ":
		return abbreviations[prev.key] || (prev.cap && prev.end-prev.start <= 3)
	case "' ", "’ ": // a possessive already cut: "Kyrgyzstan's Batken" is two names
		return false
	}
	return false
}

// find looks up every run of words that may name a place, longest first.
func (g *Geocoder) find(text string, toks []token) []raw {
	var ms []raw
	var kb strings.Builder
	prefix := make([]string, 0, maxNameWords)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// A US state's abbreviation right after "Town, ".
		if len(ms) > 0 && ms[len(ms)-1].tj == i-1 && text[toks[i-1].end:t.start] == ", " && (t.upper || t.acronym || t.cap) && len(t.key) <= 4 {
			w := text[t.start:t.end]
			if !t.acronym && t.end < len(text) && text[t.end] == '.' && !t.upper {
				w += "."
			}
			if name, ok := usStates[w]; ok && (t.upper || strings.HasSuffix(w, ".")) {
				var ids []int32
				for _, c := range g.g.lookup(Key(name)) {
					if p := &g.g.places[c]; p.Feature == FeatureAdmin1 && p.Country == "USA" {
						ids = append(ids, c)
					}
				}
				if len(ids) > 0 {
					ms = append(ms, raw{start: t.start, end: t.start + len(w), ti: i, tj: i, key: Key(name), cands: ids, exactAlias: true,
						qual: -1, qualOf: -1, sent: t.sent, first: t.first, best: -1})
					continue
				}
			}
		}
		// Case-sensitive short forms.
		if t.upper || t.acronym {
			if k, ok := g.exact[text[t.start:t.end]]; ok {
				if ids := g.g.lookup(k); len(ids) > 0 {
					ms = append(ms, raw{start: t.start, end: t.end, ti: i, tj: i, key: k, cands: ids, exactAlias: true, qual: -1, qualOf: -1, sent: t.sent, first: t.first, best: -1})
				}
				continue
			}
			// Other short capitals are acronyms (NATO, CSTO), except in a
			// dateline ("OSH, May 3") or a headline in capitals.
			dateline := t.first && strings.HasPrefix(text[t.end:], ",")
			headline := (i > 0 && toks[i-1].upper && toks[i-1].sent == t.sent) || (i+1 < len(toks) && toks[i+1].upper && toks[i+1].sent == t.sent)
			if len(t.key) <= 4 && !dateline && !headline {
				continue
			}
		}
		if !t.cap && !(particles[t.key] && i+1 < len(toks) && toks[i+1].cap && joinable(text, toks, i+1)) {
			continue
		}
		// Build the keys of the runs starting at i.
		prefix = prefix[:0]
		kb.Reset()
		for j := i; j < len(toks) && j-i < maxNameWords; j++ {
			if j > i {
				if !joinable(text, toks, j) {
					break
				}
				if !toks[j].cap && !connectors[toks[j].key] && !(toks[j].key == "county" || toks[j].key == "parish") &&
					!(text[toks[j-1].end:toks[j].start] == "-" && len(toks[j].key) <= 3) {
					break
				}
				kb.WriteByte(' ')
			}
			kb.WriteString(toks[j].key)
			prefix = append(prefix, kb.String())
		}
		found := -1
		for n := len(prefix); n >= 1; n-- {
			j := i + n - 1
			if !toks[j].cap && toks[j].key != "county" && toks[j].key != "parish" {
				continue
			}
			if g.g.has(prefix[n-1]) {
				found = n
				break
			}
		}
		if found < 0 {
			continue
		}
		j := i + found - 1
		k := prefix[found-1]
		// A generic word after the name may belong to it ("Kempir-Abad
		// reservoir", "Fergana valley").
		if j+1 < len(toks) && joinable(text, toks, j+1) && suffixes[toks[j+1].key] != sufNone {
			if k2 := k + " " + toks[j+1].key; g.g.has(k2) {
				j, k = j+1, k2
			}
		}
		m := raw{start: t.start, end: toks[j].end, ti: i, tj: j, key: k, cands: g.g.lookup(k), qual: -1, qualOf: -1,
			sent: t.sent, first: t.first, best: -1}
		if found == 1 {
			switch g.g.words[k] {
			case wordNever:
				i = j
				continue
			case wordCommon:
				m.common = true
			}
			if _, ok := g.g.demonyms[k]; ok {
				i = j
				continue
			}
			m.given = g.g.given[k]
		}
		// The word after the name.
		if j+1 < len(toks) && joinable(text, toks, j+1) {
			if s, ok := suffixes[toks[j+1].key]; ok {
				m.suffix = s
				if s == sufAdmin || s == sufCity {
					m.end = toks[j+1].end
					m.tj = j + 1
				}
			} else if institutions[toks[j+1].key] && toks[j+1].cap {
				m.suffix = sufNonPlace
			}
		}
		// A word like "Lake" or "Mount" before the name.
		if i > 0 && joinable(text, toks, i) && toks[i-1].cap {
			switch toks[i-1].key {
			case "lake", "mount", "mt", "river", "gulf", "bay", "university", "cape", "fort", "port", "camp", "operation", "hotel":
				m.suffix = sufNonPlace
			}
		}
		ms = append(ms, m)
		i = m.tj
	}
	return ms
}

// Feature weights: how likely a name is to mean each kind of entry, before
// context.
func featureWeight(f string) float64 {
	switch f {
	case FeatureCountry:
		return 5
	case "PPLC":
		return 3.5
	case FeatureAdmin1:
		return 2.5
	case "PPLA":
		return 1.5
	case "VAL", "RGN", "MTS", "LK", "PSTB":
		return 3
	case FeatureAdmin2:
		return 0.8
	case "PPLA2":
		return 0.3
	case "PPLA3", "PPLA4":
		return 0.1
	case "PPLX", "PPLL":
		return -0.5
	}
	return 0
}

func (g *Geocoder) prior(p *Place, key string) float64 {
	s := featureWeight(p.Feature) + math.Log10(float64(p.Population)+10)
	if p.key == key {
		s++
	} else if p.Population < 20000 && p.Feature != FeatureAdmin1 && p.Feature != FeatureCountry {
		s -= 1.5 // a small place known by this name only as one of many alternates
	}
	return s
}

// strong says whether a place is one that news names on its own.
func strong(p *Place) bool {
	switch p.Feature {
	case FeatureCountry, FeatureAdmin1, "PPLC", "VAL", "RGN", "MTS", "PSTB", "LK":
		return true
	}
	return p.Population >= 100000
}

// strongFor says whether a place is well known by the name key: by its
// own name, or, for an alternate name, only if it is a country, a
// division, a capital or a big city.
func strongFor(p *Place, key string) bool {
	if p.key == key {
		return strong(p)
	}
	switch p.Feature {
	case FeatureCountry, FeatureAdmin1, "PPLC", "VAL", "RGN", "MTS", "PSTB", "LK":
		return true
	case "PPLA":
		return p.Population >= 100000
	}
	return p.Population >= 1000000
}

// evidence is what a document's names and demonyms say about where it
// is, summed so that each name can be weighed against all the others
// without going through them one by one: a document with thousands of
// names costs in proportion to its length.
type evidence struct {
	all    sums
	byKey  map[string]*sums
	points []point // the distinct places voted for
}

// sums adds up votes: by country and division, and by place.
type sums struct {
	tot     float64
	areas   []area
	places  []placeVote
	trusted float64
}

// area is the weight of votes for a country and one of its divisions
// ("" for votes that name none).
type area struct {
	country, admin1 string
	w, trusted      float64
}

type placeVote struct {
	place int32
	w     float64
}

// point is a place voted for, for nearness.
type point struct {
	place    int32
	country  bool // a country or division: it counts for nearness only as a place
	lat, lon float64
	key      string // the name that voted for it
	multi    bool   // more than one name did
}

// maxPoints bounds the places nearness is measured against.
const maxPoints = 256

// demonymKey stands for the demonyms among the names that vote.
const demonymKey = "\x00demonym"

func newEvidence() *evidence { return &evidence{byKey: map[string]*sums{}} }

func (s *sums) add(c int32, country, admin1 string, w float64, trusted bool) {
	s.tot += w
	tw := 0.0
	if trusted {
		tw = w
	}
	found := false
	for i := range s.areas {
		if a := &s.areas[i]; a.country == country && a.admin1 == admin1 {
			a.w += w
			a.trusted += tw
			found = true
			break
		}
	}
	if !found {
		s.areas = append(s.areas, area{country: country, admin1: admin1, w: w, trusted: tw})
	}
	if c < 0 {
		return
	}
	for i := range s.places {
		if s.places[i].place == c {
			s.places[i].w += w
			return
		}
	}
	s.places = append(s.places, placeVote{c, w})
}

// forCountry is the weight of votes for a country, of trusted ones, and
// of votes for one of its divisions.
func (s *sums) forCountry(country, admin1 string) (w, trusted, admin float64) {
	for _, a := range s.areas {
		if a.country == country {
			w += a.w
			trusted += a.trusted
			if admin1 != "" && a.admin1 == admin1 {
				admin += a.w
			}
		}
	}
	return w, trusted, admin
}

func (s *sums) forPlace(c int32) float64 {
	for _, p := range s.places {
		if p.place == c {
			return p.w
		}
	}
	return 0
}

// vote adds a vote of weight w by the name key for country and admin1, and
// for place c (-1 for a demonym).
func (e *evidence) vote(g *Gazetteer, key string, c int32, country, admin1 string, w float64, trusted bool) {
	kv := e.byKey[key]
	if kv == nil {
		kv = &sums{}
		e.byKey[key] = kv
	}
	e.all.add(c, country, admin1, w, trusted)
	kv.add(c, country, admin1, w, trusted)
	if c < 0 {
		return
	}
	p := &g.places[c]
	for i := range e.points {
		if e.points[i].place == c {
			if e.points[i].key != key {
				e.points[i].multi = true
			}
			return
		}
	}
	if len(e.points) < maxPoints {
		e.points = append(e.points, point{place: c, lat: p.Lat, lon: p.Lon, key: key,
			country: p.Feature == FeatureCountry || p.Feature == FeatureAdmin1})
	}
}

// others returns the weight of all votes, of votes for country and for
// admin1, leaving out those of the name key and those for place c.
func (e *evidence) others(key string, c int32, country, admin1 string) (tot, same, admin float64) {
	own := e.all.forPlace(c)
	kv := e.byKey[key]
	both := 0.0
	if kv != nil {
		both = kv.forPlace(c)
	}
	w, _, a := e.all.forCountry(country, admin1)
	tot, same, admin = e.all.tot-own+both, w-own+both, 0
	if admin1 != "" {
		admin = a - own + both
	}
	if kv != nil {
		kw, _, ka := kv.forCountry(country, admin1)
		tot -= kv.tot
		same -= kw
		admin -= ka
	}
	return max(tot, 0), max(same, 0), max(admin, 0)
}

// trustedFor is the weight of trusted votes for country by names other
// than key.
func (e *evidence) trustedFor(key, country string) float64 {
	_, t, _ := e.all.forCountry(country, "")
	if kv := e.byKey[key]; kv != nil {
		_, kt, _ := kv.forCountry(country, "")
		t -= kt
	}
	return t
}

// nearest is the distance from a point to the nearest town or region
// voted for by another name than key, leaving out place c itself.
func (e *evidence) nearest(key string, c int32, lat, lon float64) float64 {
	best := math.Inf(1)
	for _, p := range e.points {
		if p.country || p.place == c || (p.key == key && !p.multi) {
			continue
		}
		if d := distanceKm(lat, lon, p.lat, p.lon); d < best {
			best = d
		}
	}
	return best
}

// sure says whether a mention is surely a place: a well-known entry, or
// words that say "place" around it.
func (g *Geocoder) sure(m *raw, c int32) bool {
	return m.exactAlias || m.cue >= 2 || m.qual >= 0 || m.qualOf >= 0 || strongFor(&g.g.places[c], m.key)
}

// resolve decides which names are places and which entry each means.
func (g *Geocoder) resolve(text string, toks []token, ms []raw) {
	// Names that qualify the name before them: "Paris, Texas", "Osh, Kyrgyzstan".
	for i := 1; i < len(ms); i++ {
		a, b := &ms[i-1], &ms[i]
		if b.start-a.end <= 3 && strings.TrimSpace(text[a.end:b.start]) == "," && a.sent == b.sent {
			if contains(g.g, b.cands, a.cands) {
				a.qual, b.qualOf = i, i-1
				a.cue += 2
				b.cue += 2
			}
		}
	}
	g.cues(text, toks, ms)
	demonyms := func(ev *evidence) {
		for _, t := range toks {
			if d, ok := g.g.demonyms[t.key]; ok && t.cap {
				ev.vote(g.g, demonymKey, -1, d.country, d.admin1, 0.7, true)
			}
		}
	}
	// Names are weighed once per name and kind (one sense per document),
	// except those a qualifier ties to their neighbours.
	type group struct {
		key    string
		suffix int
	}
	type ranked struct {
		best   int32
		s1, s2 float64
	}
	rankAll := func(ctx *rankCtx, skipDropped bool, each func(i int, r ranked)) {
		cache := map[group]ranked{}
		for i := range ms {
			m := &ms[i]
			if skipDropped && m.drop {
				continue
			}
			var r ranked
			k := group{m.key, m.suffix}
			if c, ok := cache[k]; ok && m.qual < 0 && m.qualOf < 0 {
				r = c
			} else {
				r.best, r.s1, r.s2 = g.rank(m, ctx)
				if m.qual < 0 && m.qualOf < 0 {
					cache[k] = r
				}
			}
			each(i, r)
		}
	}
	// Pass 1: names whose best entry stands out without context anchor the rest.
	ev := newEvidence()
	demonyms(ev)
	rankAll(nil, true, func(i int, r ranked) {
		m := &ms[i]
		if r.best >= 0 && r.s1-r.s2 >= 3 && m.cue >= 0 && !m.common && !m.given && g.sure(m, r.best) {
			p := &g.g.places[r.best]
			ev.vote(g.g, m.key, r.best, p.Country, p.Admin1, 1, true)
		}
	})
	// Passes 2 and 3: score every entry in the light of the others.
	for pass := 0; pass < 2; pass++ {
		rankAll(&rankCtx{ev: ev, ms: ms}, pass == 0, func(i int, r ranked) {
			ms[i].best = r.best
			ms[i].conf = 1 / (1 + math.Exp(-(r.s1 - r.s2)))
		})
		g.decide(ms, ev)
		ev = newEvidence()
		demonyms(ev)
		for i := range ms {
			m := &ms[i]
			if !m.drop && m.best >= 0 {
				p := &g.g.places[m.best]
				ev.vote(g.g, m.key, m.best, p.Country, p.Admin1, m.conf, g.sure(m, m.best))
			}
		}
	}
}

// contains says whether some entry of outer (a country or division) holds
// some entry of inner.
func contains(g *Gazetteer, outer, inner []int32) bool {
	for _, o := range outer {
		op := &g.places[o]
		if op.Feature != FeatureCountry && op.Feature != FeatureAdmin1 {
			continue
		}
		for _, in := range inner {
			ip := &g.places[in]
			if op.Feature == FeatureCountry && ip.Country == op.Country && ip.Feature != FeatureCountry {
				return true
			}
			if op.Feature == FeatureAdmin1 && ip.Admin1 == op.Admin1 && ip.Feature != FeatureAdmin1 {
				return true
			}
		}
	}
	return false
}

// cues reads the words around each name for signs of a place or a person.
func (g *Geocoder) cues(text string, toks []token, ms []raw) {
	// People named in the document: their surnames are not places.
	surnames := map[string]bool{}
	for i := 0; i+1 < len(toks); i++ {
		t, n := toks[i], toks[i+1]
		if !n.cap || !joinable(text, toks, i+1) {
			continue
		}
		if (titles[t.key] && (t.cap || t.key == "president")) || (t.cap && g.g.given[t.key] && !t.first) ||
			(t.cap && g.g.given[t.key] && t.first && i+2 < len(toks) && !toks[i+2].cap) {
			// Take the last capitalised word of the name.
			j := i + 1
			for j+1 < len(toks) && toks[j+1].cap && joinable(text, toks, j+1) {
				j++
			}
			surnames[toks[j].key] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.exactAlias {
			continue
		}
		if m.suffix == sufNonPlace {
			m.drop = true
			continue
		}
		var prev, next *token
		if m.ti > 0 {
			prev = &toks[m.ti-1]
		}
		if m.tj+1 < len(toks) {
			next = &toks[m.tj+1]
		}
		prevJoined := prev != nil && joinable(text, toks, m.ti)
		nextJoined := next != nil && joinable(text, toks, m.tj+1)
		if prev != nil && locatives[prev.key] && (!prev.cap || prepositions[prev.key]) && prev.sent == toks[m.ti].sent {
			m.cue += 2
		} else if prev != nil && prev.key == "the" && m.ti > 1 && locatives[toks[m.ti-2].key] {
			m.cue += 2
		} else if prev != nil && prev.key == "of" && m.ti > 1 && ofPlace[toks[m.ti-2].key] {
			m.cue += 2
		}
		if (m.suffix == sufAdmin || m.suffix == sufCity || m.suffix == sufSoft) && !m.common {
			m.cue += 2
		}
		if prevJoined && prev.cap && (titles[prev.key] || g.g.given[prev.key]) {
			m.cue -= 4
		} else if prevJoined && titles[prev.key] {
			m.cue -= 3
		}
		singleWord := m.ti == m.tj
		if singleWord && surnames[m.key] && m.cue < 2 {
			m.cue -= 3
		}
		if nextJoined && next.cap && m.suffix == sufNone {
			// Part of a longer capitalised name: a person, an organisation.
			switch {
			case m.given:
				m.cue -= 4
			case (m.common && !g.anyCountry(m)) || !g.anyStrong(m):
				m.cue -= 2
			case singleWord && !g.anyCountry(m) && g.g.words[next.key] == 0 && !g.g.has(next.key):
				// "Vladimir Putin", "Beijing Olympics": the next word is
				// no place and no common word, so likely a surname or a name.
				if _, d := g.g.demonyms[next.key]; !d {
					m.cue -= 2
				}
			}
		}
		// A town that says or does something is usually a person
		// ("Bush was scheduled"); capitals and countries speak for
		// governments.
		m.subject = singleWord && next != nil && subjectVerbs[next.key] && !toks[m.tj].poss && m.cue < 2 && !g.anyGovernment(m)
		if prevJoined && prev.cap && !prev.first && m.suffix == sufNone && !g.anyStrong(m) && !prepositions[prev.key] && g.g.words[prev.key] == 0 {
			m.cue -= 1
		}
		if m.given && next != nil && speech[next.key] && !g.anyCountry(m) && m.cue < 2 {
			m.cue -= 2
		}
		if m.common && prev != nil && prev.key == "the" && !g.anyCountry(m) {
			m.cue -= 3 // "the Gulf state", "the Free State"
		}
		if m.common && m.first {
			ok := toks[m.tj].poss
			if next != nil {
				switch next.key {
				case "said", "says", "has", "have", "is", "was", "will", "would", "and", "had", "on", "in":
					ok = true
				}
				if text[toks[m.tj].end:next.start] == ", " {
					ok = true
				}
			}
			if !ok {
				m.cue -= 3
			}
		}
	}
}

func (g *Geocoder) anyStrong(m *raw) bool {
	for _, c := range m.cands {
		p := &g.g.places[c]
		if strong(p) && (p.key == m.key || p.Feature == FeatureCountry || p.Feature == FeatureAdmin1) {
			return true
		}
	}
	return false
}

func (g *Geocoder) anyGovernment(m *raw) bool {
	for _, c := range m.cands {
		switch g.g.places[c].Feature {
		case FeatureCountry, FeatureAdmin1, "PPLC", "PPLA":
			return true
		}
	}
	return false
}

func (g *Geocoder) anyCountry(m *raw) bool {
	for _, c := range m.cands {
		if g.g.places[c].Feature == FeatureCountry {
			return true
		}
	}
	return false
}

type rankCtx struct {
	ev *evidence
	ms []raw
}

// rank scores the entries a name may mean and returns the best, its
// score and the runner-up's.
func (g *Geocoder) rank(m *raw, ctx *rankCtx) (best int32, s1, s2 float64) {
	best, s1, s2 = -1, math.Inf(-1), math.Inf(-1)
	// A namesake town beats the division named after it ("Osh" the city,
	// not Osh province), unless the text says "province".
	namesake := map[string]bool{}
	if m.suffix != sufAdmin {
		for _, c := range m.cands {
			p := &g.g.places[c]
			capital := p.Feature == "PPLA" || p.Feature == "PPLC"
			if strings.HasPrefix(p.Feature, "PPL") && ((p.key == m.key && (p.Population >= 20000 || capital)) || (capital && p.Population >= 100000) || p.Population >= 1000000) {
				namesake[p.Country] = true
			}
		}
	}
	var qual, qualOf *raw
	if ctx != nil {
		if m.qual >= 0 {
			qual = &ctx.ms[m.qual]
		}
		if m.qualOf >= 0 {
			qualOf = &ctx.ms[m.qualOf]
		}
	}
	n := len(m.cands)
	if n > 400 {
		n = 400 // most populous first; the tail is hamlets
	}
	for _, c := range m.cands[:n] {
		p := &g.g.places[c]
		s := g.prior(p, m.key)
		switch m.suffix {
		case sufAdmin:
			if p.Feature == FeatureAdmin1 || p.Feature == FeatureAdmin2 || p.Feature == "RGN" {
				s += 6
			} else {
				s -= 2
			}
		case sufCity:
			if strings.HasPrefix(p.Feature, "PPL") {
				s += 3
			}
		}
		if p.Feature == FeatureAdmin1 && namesake[p.Country] {
			s -= 6
		}
		if ctx != nil {
			s += g.context(c, p, m, ctx, qual, qualOf)
		}
		if s > s1 {
			best, s1, s2 = c, s, s1
		} else if s > s2 {
			s2 = s
		}
	}
	if math.IsInf(s2, -1) {
		s2 = s1 - 6
	}
	return best, s1, s2
}

func (g *Geocoder) context(c int32, p *Place, m *raw, ctx *rankCtx, qual, qualOf *raw) float64 {
	s := 0.0
	// Votes of the document's other names: not this name's, nor those of
	// other names for the same place ("Mexico" and "Mexico City").
	tot, same, admin := ctx.ev.others(m.key, c, p.Country, p.Admin1)
	if tot > 0 && same > 0.01 {
		s += 1.5 + 3*same/tot
	}
	if admin > 0.3 && p.Feature != FeatureAdmin1 {
		s += 2.5
	}
	bestD := math.Inf(1)
	if p.Feature != FeatureCountry && p.Feature != FeatureAdmin1 {
		bestD = ctx.ev.nearest(m.key, c, p.Lat, p.Lon)
	}
	switch {
	case bestD < 50:
		s += 2.5
	case bestD < 200:
		s += 1.5
	case bestD < 600:
		s += 0.5
	}
	if qual != nil && contains(g.g, qual.cands, []int32{c}) {
		s += 8
	}
	if qualOf != nil && (p.Feature == FeatureCountry || p.Feature == FeatureAdmin1) && contains(g.g, []int32{c}, qualOf.cands) {
		s += 4
	}
	return s
}

// decide drops the names that are not places after all: people, common
// words, and hamlets the rest of the document gives no reason for.
func (g *Geocoder) decide(ms []raw, ev *evidence) {
	// The places named so far, for nearness: one entry per place, with the
	// name that named it.
	near := newEvidence()
	for j := range ms {
		o := &ms[j]
		if o.best >= 0 && (!o.drop || g.sure(o, o.best)) {
			q := &g.g.places[o.best]
			near.vote(g.g, o.key, o.best, q.Country, q.Admin1, 1, false)
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.exactAlias || m.best < 0 {
			continue
		}
		if m.suffix == sufNonPlace {
			m.drop = true
			continue
		}
		p := &g.g.places[m.best]
		support := m.cue >= 2 || m.qual >= 0 || m.qualOf >= 0 || ev.trustedFor(m.key, p.Country) > 0.5
		// Two names of places close together vouch for each other.
		if !support && p.Feature != FeatureCountry && p.Feature != FeatureAdmin1 {
			support = near.nearest(m.key, -1, p.Lat, p.Lon) < 200
		}
		cue := m.cue
		// An ordinary word with a capital: a place only with words or
		// other places saying so, unless it is a country or a capital.
		if m.common && cue < 2 && !support && p.Feature != FeatureCountry && p.Feature != "PPLC" {
			cue -= 2
		}
		if m.given && cue <= 0 && !support && p.Feature != FeatureCountry {
			cue--
		}
		if m.subject && !support {
			cue -= 2
		}
		// A name that is neither well known nor backed by the rest of the
		// document: a small town, or a place known by these words only as
		// an alternate name, is more likely something else.
		if !strongFor(p, m.key) && !support && (p.Population < 50000 || p.key != m.key) && p.Feature != FeatureAdmin2 {
			cue -= 2
		}
		m.drop = cue < 0
		if !m.drop {
			f := 1.0
			if !support && !strong(p) {
				f = 0.8
			}
			m.conf *= f
		}
	}
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	la1, la2 := lat1*math.Pi/180, lat2*math.Pi/180
	dla, dlo := la2-la1, (lon2-lon1)*math.Pi/180
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// DistanceKm is the great-circle distance, in kilometres, between two
// WGS84 points.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 { return distanceKm(lat1, lon1, lat2, lon2) }

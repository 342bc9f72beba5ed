package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/cameo"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// synthCountries are the countries synthetic actors come from, the first
// ones far more often than the last (as in real news).
var synthCountries = []struct{ code, name string }{
	{"USA", "United States"}, {"RUS", "Russia"}, {"CHN", "China"}, {"KGZ", "Kyrgyzstan"},
	{"TJK", "Tajikistan"}, {"UZB", "Uzbekistan"}, {"KAZ", "Kazakhstan"}, {"AFG", "Afghanistan"},
	{"TUR", "Turkey"}, {"IRN", "Iran"}, {"IND", "India"}, {"PAK", "Pakistan"}, {"GBR", "Britain"},
	{"FRA", "France"}, {"DEU", "Germany"}, {"UKR", "Ukraine"}, {"TKM", "Turkmenistan"},
	{"MNG", "Mongolia"}, {"AZE", "Azerbaijan"}, {"ARM", "Armenia"}, {"GEO", "Georgia"},
	{"JPN", "Japan"}, {"KOR", "South Korea"}, {"BRA", "Brazil"}, {"NGA", "Nigeria"},
	{"EGY", "Egypt"}, {"ISR", "Israel"}, {"SAU", "Saudi Arabia"}, {"SYR", "Syria"}, {"IRQ", "Iraq"},
}

var synthAgents = []struct{ code, name string }{
	{"", ""}, {"GOV", "government"}, {"MIL", "army"}, {"COP", "police"}, {"LEG", "parliament"},
	{"OPP", "opposition"}, {"BUS", "business leaders"}, {"CVL", "residents"}, {"MED", "journalists"},
}

var synthNonState = []struct{ code, name string }{
	{"IGOUNO", "United Nations"}, {"IGOSCO", "Shanghai Cooperation Organisation"},
	{"NGOHRI", "Human Rights Watch"}, {"IGOEUR", "European Union"},
}

var synthPlaces = []event.Location{
	{Name: "Bishkek", Country: "KGZ", Admin1: "KG.01", Lat: 42.87, Lon: 74.59, GeonameID: 1528675, Precision: "place", FIPS: "KG", Feature: "PPLC"},
	{Name: "Batken", Country: "KGZ", Admin1: "KG.09", Lat: 40.06, Lon: 70.82, GeonameID: 1528249, Precision: "place", FIPS: "KG", Feature: "PPLA"},
	{Name: "Dushanbe", Country: "TJK", Admin1: "TJ.04", Lat: 38.54, Lon: 68.78, GeonameID: 1221874, Precision: "place", FIPS: "TI", Feature: "PPLC"},
	{Name: "Isfara", Country: "TJK", Admin1: "TJ.05", Lat: 40.13, Lon: 70.62, GeonameID: 1221194, Precision: "place", FIPS: "TI", Feature: "PPL"},
	{Name: "Sughd", Country: "TJK", Admin1: "TJ.05", Lat: 40.0, Lon: 69.5, GeonameID: 1221092, Precision: "admin1", FIPS: "TI", Feature: "ADM1"},
	{Name: "Tashkent", Country: "UZB", Admin1: "UZ.13", Lat: 41.26, Lon: 69.22, GeonameID: 1512569, Precision: "place", FIPS: "UZ", Feature: "PPLC"},
	{Name: "Moscow", Country: "RUS", Admin1: "RU.48", Lat: 55.75, Lon: 37.62, GeonameID: 524901, Precision: "place", FIPS: "RS", Feature: "PPLC"},
	{Name: "Kyrgyzstan", Country: "KGZ", Lat: 41.5, Lon: 75.0, GeonameID: 1527747, Precision: "country", FIPS: "KG", Feature: "PCLI"},
	{Name: "Vorukh", Country: "TJK", Admin1: "TJ.05", Lat: 39.85, Lon: 70.58, Precision: "place", FIPS: "TI", Feature: "PPL"},
}

var synthOutlets = []string{"AKIpress", "Asia-Plus", "24.kg", "Kaktus", "Reuters", "RFE/RL", "TASS", "Xinhua", "Eurasianet", "Kun.uz"}

// synthWords fill the sentences, common words first; the long tail of
// "termNNNN" words makes rare search terms.
var synthWords = strings.Fields(`the said on talks border officials meeting agreed security week
	water dispute trade visit president minister forces villages clash ceasefire treaty
	delegation demarcation report statement sources residents region road gas energy
	election protest police detained troops withdrawal commission cooperation investment
	summit bilateral customs railway aid humanitarian refugees injured killed shelling`)

var synthCodes = func() []cameo.Code {
	var cs []cameo.Code
	for _, c := range cameo.All() {
		cs = append(cs, c)
	}
	return cs
}()

// Synthetic returns documents start to start+n-1 of an endless, reproducible
// stream of made-up news: each article has about perArticle events between
// the actors of thirty countries and a few organisations, with codes from the
// whole CAMEO table, dates over ten years, places in Central Asia and
// sentences drawn from a small vocabulary (common words) and a long tail
// (rare words). About one report in ten repeats an earlier event of the same
// stream, so that stores merge some reports. The same seed and index always
// give the same document, so a benchmark can fill a store in chunks.
func Synthetic(seed uint64, start, n, perArticle int) []store.Document {
	docs := make([]store.Document, 0, n)
	for i := start; i < start+n; i++ {
		docs = append(docs, syntheticDoc(seed, i, perArticle))
	}
	return docs
}

func syntheticDoc(seed uint64, i, perArticle int) store.Document {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	outlet := synthOutlets[r.IntN(len(synthOutlets))]
	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(3650))
	date := day.Format(time.DateOnly)
	id := fmt.Sprintf("syn-%d-%07d", seed, i)
	a := article.Article{
		ID: id, Date: date, Source: outlet, Language: "en",
		Title: fmt.Sprintf("Synthetic report %d", i),
		URL:   fmt.Sprintf("https://news.example/%s/%d", strings.ToLower(strings.ReplaceAll(outlet, "/", "")), i),
	}
	var text strings.Builder
	evs := make([]event.Event, 0, perArticle)
	for s := 0; s < perArticle; s++ {
		e := syntheticEvent(seed, i, s, r, date)
		e.Doc = id
		e.Sentence = s
		e.ID = event.ReportID(id, s, e.Source, e.Target, e.Code)
		evs = append(evs, e)
		text.WriteString(e.Text)
		text.WriteByte(' ')
	}
	a.Text = strings.TrimSpace(text.String())
	return store.Document{Article: a, Events: evs}
}

// syntheticEvent makes sentence s of document i. One time in ten it is the
// event of an earlier document instead (same date, actors, code and place).
func syntheticEvent(seed uint64, i, s int, r *rand.Rand, date string) event.Event {
	if i > 0 && r.IntN(10) == 0 {
		// Re-report the first event of an earlier document, from its own
		// random stream, so that the key fields agree.
		j := r.IntN(i)
		rj := rand.New(rand.NewPCG(seed, uint64(j)))
		rj.IntN(len(synthOutlets))
		dj := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rj.IntN(3650)).Format(time.DateOnly)
		if j > 0 {
			rj.IntN(10) // the repeat draw of document j's first event
		}
		e := freshEvent(rj, dj)
		e.Text = strings.TrimSuffix(e.Text, ".") + ", other reports said."
		return e
	}
	return freshEvent(r, date)
}

func synthActor(r *rand.Rand) (code, name string) {
	if r.IntN(12) == 0 {
		n := synthNonState[r.IntN(len(synthNonState))]
		return n.code, n.name
	}
	// Skewed towards the first countries: min of two draws.
	c := synthCountries[min(r.IntN(len(synthCountries)), r.IntN(len(synthCountries)))]
	a := synthAgents[r.IntN(len(synthAgents))]
	if a.code == "" {
		return c.code, c.name
	}
	return c.code + a.code, c.name + "'s " + a.name
}

func freshEvent(r *rand.Rand, date string) event.Event {
	src, srcName := synthActor(r)
	tgt, tgtName := synthActor(r)
	if r.IntN(15) == 0 {
		tgt, tgtName = "", ""
	}
	c := synthCodes[r.IntN(len(synthCodes))]
	var loc *event.Location
	if r.IntN(3) > 0 {
		l := synthPlaces[r.IntN(len(synthPlaces))]
		loc = &l
	}
	verb := strings.ToLower(c.Name)
	var b strings.Builder
	b.WriteString(srcName)
	start := b.Len()
	b.WriteString(" " + verb)
	vEnd := b.Len()
	tStart := -1
	if tgtName != "" {
		b.WriteString(" " + tgtName)
		tStart = b.Len() - len(tgtName)
	}
	if loc != nil {
		b.WriteString(" in " + loc.Name)
	}
	for k := 3 + r.IntN(6); k > 0; k-- {
		b.WriteByte(' ')
		if r.IntN(8) == 0 {
			fmt.Fprintf(&b, "term%04d", int(r.ExpFloat64()*400)%10000)
		} else {
			b.WriteString(synthWords[min(r.IntN(len(synthWords)), r.IntN(len(synthWords)))])
		}
	}
	b.WriteByte('.')
	e := event.Event{
		Date: date, Source: src, Target: tgt, Code: c.Code, Root: c.Root(),
		Quad: c.Quad, Goldstein: c.Goldstein, Plover: c.Plover,
		Text: b.String(), Location: loc,
		SourceName: srcName, TargetName: tgtName, Verb: verb,
	}
	if srcName != "" {
		e.Evidence.Source = &event.Span{0, len(srcName)}
	}
	e.Evidence.Verb = &event.Span{start + 1, vEnd}
	if tStart >= 0 {
		e.Evidence.Target = &event.Span{tStart, tStart + len(tgtName)}
	}
	return e
}

package geo

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/klauspost/compress/zstd"
)

func geocoder(t testing.TB) *Geocoder {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return New(g)
}

func TestKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Bishkek", "bishkek"},
		{"Jalal-Abad", "jalal abad"},
		{"Xoʻjand", "xojand"},
		{"St. Louis", "st louis"},
		{"Ysyk-Köl", "ysyk kol"},
		{"Türkmenbaşy", "turkmenbasy"},
		{"Qo‘qon", "qoqon"},
		{"  Gorno--Badakhshan  ", "gorno badakhshan"},
		{"Łódź", "lodz"},
		{"Худжанд", "худжанд"},
		{"Ёлка", "елка"},
		{"N'Djamena", "ndjamena"},
		{"", ""},
	} {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "Mr. Smith flew to the U.S. on Monday. Kyrgyzstan's Batken-Isfara road reopened!\n\nNew paragraph here"
	toks, sents := tokenize(text)
	var words []string
	for _, tk := range toks {
		words = append(words, text[tk.start:tk.end])
	}
	want := "Mr Smith flew to the U.S. on Monday Kyrgyzstan Batken Isfara road reopened New paragraph here"
	if got := strings.Join(words, " "); got != want {
		t.Fatalf("words:\n got %s\nwant %s", got, want)
	}
	if len(sents) != 3 {
		t.Fatalf("sentences: got %d %v, want 3", len(sents), sents)
	}
	if got := text[sents[1].start:sents[1].end]; got != "Kyrgyzstan's Batken-Isfara road reopened" {
		t.Errorf("second sentence %q", got)
	}
	for _, tk := range toks {
		if text[tk.start:tk.end] == "Kyrgyzstan" && !tk.poss {
			t.Error("Kyrgyzstan's: possessive not noted")
		}
		if text[tk.start:tk.end] == "U.S." && !tk.acronym {
			t.Error("U.S.: not an acronym")
		}
	}
}

// want is one place a sentence must name: its words, country and a point
// it must lie within km of.
type want struct {
	name     string
	country  string
	lat, lon float64
	km       float64
}

// Sentences and the places they name. Everything a sentence names beyond
// these is an error too, so the table also says what is not a place.
var mentionCases = []struct {
	text string
	want []want
}{
	{"Kyrgyz and Tajik border guards exchanged fire near Vorukh on Thursday.",
		[]want{{"Vorukh", "TJK", 39.85, 70.58, 20}}},
	{"Clashes broke out in Batken province, near the Tajik enclave of Vorukh.",
		[]want{{"Batken province", "KGZ", 39.9, 70.9, 150}, {"Vorukh", "TJK", 39.85, 70.58, 20}}},
	{"Police in Osh detained three men after the rally.",
		[]want{{"Osh", "KGZ", 40.53, 72.80, 20}}},
	{"The governor of Osh region met farmers in Uzgen.",
		[]want{{"Osh region", "KGZ", 40.1, 73.0, 150}, {"Uzgen", "KGZ", 40.77, 73.30, 20}}},
	{"The talks were held in Khodzhent, the second city of Tajikistan.",
		[]want{{"Khodzhent", "TJK", 40.28, 69.62, 20}, {"Tajikistan", "TJK", 39, 71, 300}}},
	{"Officials in Khujand said the road to Isfara was open.",
		[]want{{"Khujand", "TJK", 40.28, 69.62, 20}, {"Isfara", "TJK", 40.13, 70.63, 20}}},
	{"Turkmen officials met in Mary, a city on the old Silk Road.",
		[]want{{"Mary", "TKM", 37.59, 61.83, 20}}},
	{"Mary Smith said she would visit her mother in Boston.",
		[]want{{"Boston", "USA", 42.36, -71.06, 20}}},
	{"Georgia's president met officials in Tbilisi.",
		[]want{{"Georgia", "GEO", 42, 43.5, 300}, {"Tbilisi", "GEO", 41.69, 44.80, 20}}},
	{"The governor of Georgia spoke in Atlanta on Monday.",
		[]want{{"Georgia", "USA", 32.7, -83.4, 250}, {"Atlanta", "USA", 33.75, -84.39, 20}}},
	{"Paris, Texas, is a small town in Lamar County.",
		[]want{{"Paris", "USA", 33.66, -95.56, 20}, {"Texas", "USA", 31, -99, 300}, {"Lamar County", "USA", 33.67, -95.57, 50}}},
	{"Police in Paris and Lyon arrested 40 people as French unions marched.",
		[]want{{"Paris", "FRA", 48.86, 2.35, 20}, {"Lyon", "FRA", 45.76, 4.84, 20}}},
	{"Jordan said it would reopen its border with Syria.",
		[]want{{"Jordan", "JOR", 31, 36, 300}, {"Syria", "SYR", 35, 38, 300}}},
	{"Michael Jordan said he would return to basketball.", nil},
	{"Turkey sandwiches were served at the dinner.", nil},
	{"Turkey's foreign minister visited Ankara.",
		[]want{{"Turkey", "TUR", 39, 35, 300}, {"Ankara", "TUR", 39.93, 32.86, 20}}},
	{"Chad Johnson scored twice for the team.", nil},
	{"Chad's army fought rebels near N'Djamena.",
		[]want{{"Chad", "TCD", 15, 19, 300}, {"N'Djamena", "TCD", 12.13, 15.06, 20}}},
	{"Nice weather greeted the visitors.", nil},
	{"A truck attack in Nice killed 86 people in France.",
		[]want{{"Nice", "FRA", 43.70, 7.27, 20}, {"France", "FRA", 46, 2, 300}}},
	{"The U.S. embassy in Bishkek issued a warning.",
		[]want{{"U.S.", "USA", 38, -97, 300}, {"Bishkek", "KGZ", 42.87, 74.59, 20}}},
	{"BISHKEK, March 3 (Reuters) - Kyrgyzstan's parliament voted on Tuesday.",
		[]want{{"BISHKEK", "KGZ", 42.87, 74.59, 20}, {"Kyrgyzstan", "KGZ", 41, 75, 300}}},
	{"Fighting in the Fergana Valley drew in Uzbekistan.",
		[]want{{"Fergana Valley", "UZB", 40.9, 71.5, 100}, {"Uzbekistan", "UZB", 41, 64, 300}}},
	{"Officials from Frunze and Leninabad met in Chardzhou.",
		[]want{{"Frunze", "KGZ", 42.87, 74.59, 20}, {"Leninabad", "TJK", 40.28, 69.62, 20}, {"Chardzhou", "TKM", 39.07, 63.58, 20}}},
	{"Trucks queued at the Torugart pass on the border with China.",
		[]want{{"Torugart pass", "KGZ", 40.56, 75.39, 20}, {"China", "CHN", 35, 105, 300}}},
	{"The Washington Post reported the story.", nil},
	{"Police said the suspect was arrested in Springfield, Mo., on Tuesday.",
		[]want{{"Springfield", "USA", 37.22, -93.30, 20}, {"Mo.", "USA", 38.4, -92.5, 250}}},
	{"Human rights groups criticised the arrests.", nil},
	{"The first Arab woman to win the title was cheered in the 21st Century.", nil},
	{"Fighting spread from Khartoum to El Fasher in Darfur.",
		[]want{{"Khartoum", "SDN", 15.50, 32.56, 20}, {"El Fasher", "SDN", 13.63, 25.35, 20}, {"Darfur", "SDN", 13.5, 24.5, 200}}},
	{"Kyrgyz Border Guards Clash With Tajik Troops Near Vorukh",
		[]want{{"Vorukh", "TJK", 39.85, 70.58, 20}}},
	{"TAJIKISTAN AND KYRGYZSTAN SIGN BORDER DEAL IN BISHKEK",
		[]want{{"TAJIKISTAN", "TJK", 39, 71, 300}, {"KYRGYZSTAN", "KGZ", 41, 75, 300}, {"BISHKEK", "KGZ", 42.87, 74.59, 20}}},
	{"Russian Foreign Minister Sergei Lavrov said Moscow would respond. Vladimir Putin spoke in Astana.",
		[]want{{"Moscow", "RUS", 55.76, 37.62, 20}, {"Astana", "KAZ", 51.17, 71.43, 20}}},
	{"Before leaving for Beijing, Bush was scheduled to give a speech.",
		[]want{{"Beijing", "CHN", 39.90, 116.41, 20}}},
	{"Free Tibet banners were unfurled in the Gulf state of Qatar.",
		[]want{{"Tibet", "CHN", 31, 89, 600}, {"Qatar", "QAT", 25.3, 51.2, 150}}},
	{"Rebels advanced on Mazar-i-Sharif and Port-au-Prince was calm.",
		[]want{{"Mazar-i-Sharif", "AFG", 36.71, 67.11, 20}, {"Port-au-Prince", "HTI", 18.54, -72.34, 20}}},
}

func TestMentions(t *testing.T) {
	gc := geocoder(t)
	for _, c := range mentionCases {
		ms := gc.Mentions(article.Article{ID: "d", Text: c.text})
		var got []string
		for _, m := range ms {
			got = append(got, m.Name+"="+m.Country)
		}
		if len(ms) != len(c.want) {
			t.Errorf("%q:\n got %v\nwant %d places %v", c.text, got, len(c.want), c.want)
			continue
		}
		for i, w := range c.want {
			m := ms[i]
			if m.Name != w.name || m.Country != w.country {
				t.Errorf("%q: place %d is %s (%s), want %s (%s)", c.text, i, m.Name, m.Country, w.name, w.country)
				continue
			}
			if d := DistanceKm(m.Lat, m.Lon, w.lat, w.lon); d > w.km {
				t.Errorf("%q: %s placed at %.2f,%.2f (%s), %.0f km from %.2f,%.2f", c.text, m.Name, m.Lat, m.Lon, m.Place.Name, d, w.lat, w.lon)
			}
			if c.text[m.Start:m.End] != m.Name || m.Doc != "d" {
				t.Errorf("%q: %s: offsets %d-%d or doc %q wrong", c.text, m.Name, m.Start, m.End, m.Doc)
			}
			if m.Confidence <= 0 || m.Confidence > 1 {
				t.Errorf("%q: %s: confidence %v", c.text, m.Name, m.Confidence)
			}
		}
	}
}

// The same words in different documents mean different places.
func TestContextDecides(t *testing.T) {
	gc := geocoder(t)
	for _, c := range []struct {
		text, name, country, admin1 string
	}{
		{"Storms hit Paris overnight, and officials in Dallas and Houston said Texas roads were closed.", "Paris", "USA", "US.TX"},
		{"Storms hit Paris overnight, and officials in Lyon and Marseille said French roads were closed.", "Paris", "FRA", ""},
		{"Georgia's parliament met as Russian troops massed near South Ossetia.", "Georgia", "GEO", ""},
		{"In Georgia, voters in Atlanta and Savannah queued for hours.", "Georgia", "USA", ""},
		{"Kyrgyz border guards said the shooting near Kok-Tash began at dawn.", "Kok-Tash", "KGZ", ""},
	} {
		var found *Mention
		ms := gc.Mentions(article.Article{Text: c.text})
		for i := range ms {
			if ms[i].Name == c.name {
				found = &ms[i]
			}
		}
		switch {
		case found == nil:
			t.Errorf("%q: %s not found", c.text, c.name)
		case found.Country != c.country || (c.admin1 != "" && found.Admin1 != c.admin1):
			t.Errorf("%q: %s resolved to %s %s %s", c.text, c.name, found.Place.Name, found.Country, found.Admin1)
		}
	}
}

func TestCountry(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ iso3, iso2, fips, capital string }{
		{"KGZ", "KG", "KG", "Bishkek"},
		{"TJK", "TJ", "TI", "Dushanbe"},
		{"TKM", "TM", "TX", "Ashgabat"},
		{"DEU", "DE", "GM", "Berlin"},
		{"GBR", "GB", "UK", "London"},
		{"USA", "US", "US", "Washington"},
	} {
		ci, ok := g.Country(c.iso3)
		if !ok {
			t.Errorf("Country(%s): not found", c.iso3)
			continue
		}
		if ci.ISO2 != c.iso2 || ci.FIPS != c.fips || ci.Capital != c.capital || ci.GeonameID == 0 {
			t.Errorf("Country(%s) = %+v", c.iso3, ci)
		}
		found := false
		for _, p := range g.Lookup(c.capital) {
			if p.ID == ci.CapitalID && p.Feature == "PPLC" && DistanceKm(ci.CapitalLat, ci.CapitalLon, p.Lat, p.Lon) < 1 {
				found = true
			}
		}
		if !found {
			t.Errorf("Country(%s): capital %d is not the gazetteer's %s", c.iso3, ci.CapitalID, c.capital)
		}
	}
	if _, ok := g.Country("XYZ"); ok {
		t.Error("Country(XYZ) found")
	}
	if got := g.ADM1Code("KGZ", "KG.08"); got != "KG08" {
		t.Errorf("ADM1Code(KGZ, KG.08) = %q", got)
	}
	if got := g.ADM1Code("TJK", ""); got != "TI" {
		t.Errorf("ADM1Code(TJK, \"\") = %q", got)
	}
	if n := len(g.Countries()); n < 200 {
		t.Errorf("%d countries", n)
	}
}

func span(a, b int) *event.Span { return &event.Span{a, b} }

func TestLocate(t *testing.T) {
	gc := geocoder(t)
	text := "BISHKEK, Sept 16 - Kyrgyz and Tajik troops clashed near Vorukh on Friday, and Kyrgyzstan accused Tajikistan of shelling Batken province. " +
		"Tajikistan blamed Kyrgyzstan. " +
		"The United Nations urged both sides to show restraint."
	a := article.Article{ID: "doc1", Text: text}
	sents := []string{
		"BISHKEK, Sept 16 - Kyrgyz and Tajik troops clashed near Vorukh on Friday, and Kyrgyzstan accused Tajikistan of shelling Batken province.",
		"Tajikistan blamed Kyrgyzstan.",
		"The United Nations urged both sides to show restraint.",
	}
	ev := func(i int, src, tgt string, s, tg, v [2]int) event.Event {
		return event.Event{Doc: "doc1", Sentence: i, Source: src, Target: tgt, Text: sents[i],
			Evidence: event.Evidence{Source: span(s[0], s[1]), Target: span(tg[0], tg[1]), Verb: span(v[0], v[1])}}
	}
	s0 := sents[0]
	at := func(s, w string) [2]int { i := strings.Index(s, w); return [2]int{i, i + len(w)} }
	events := []event.Event{
		// The clash: its clause names Vorukh.
		ev(0, "KGZMIL", "TJKMIL", at(s0, "Kyrgyz"), at(s0, "Tajik troops"), at(s0, "clashed")),
		// The accusation: its clause names Batken province (and the two
		// countries, as actors).
		ev(0, "KGZ", "TJK", at(s0, "Kyrgyzstan accused"), at(s0, "Tajikistan of"), at(s0, "accused")),
		// The blame: the sentence names only the actors; the document's
		// main place is Bishkek, from the dateline.
		ev(1, "TJK", "KGZ", at(sents[1], "Tajikistan"), at(sents[1], "Kyrgyzstan"), at(sents[1], "blamed")),
		// An event whose sentence is not in the text at all falls back to
		// the main place too.
		{Doc: "doc1", Sentence: 9, Source: "IGOUNO", Target: "TJK", Text: "Not in the document."},
	}
	gc.Locate(a, events)
	for i, c := range []struct{ name, precision, country, fips, admin1 string }{
		{"Vorukh", PrecisionPlace, "TJK", "TI", "TJ.03"},
		{"Batken", PrecisionAdmin1, "KGZ", "KG", "KG.09"},
		{"Bishkek", PrecisionPlace, "KGZ", "KG", "KG.01"},
		{"Bishkek", PrecisionPlace, "KGZ", "KG", "KG.01"},
	} {
		l := events[i].Location
		if l == nil {
			t.Errorf("event %d: no location", i)
			continue
		}
		if l.Name != c.name || l.Precision != c.precision || l.Country != c.country || l.FIPS != c.fips || l.Admin1 != c.admin1 {
			t.Errorf("event %d: location %+v, want %s %s %s %s %s", i, *l, c.name, c.precision, c.country, c.fips, c.admin1)
		}
	}

	// No place in the text: the actors' country, source first.
	plain := article.Article{ID: "doc2", Text: "The ministry said talks would go on."}
	evs := []event.Event{
		{Source: "TJKGOV", Target: "KGZGOV", Text: plain.Text},
		{Source: "IGOUNO", Target: "UZBGOV", Text: plain.Text},
		{Source: "IGOUNO", Target: "", Text: plain.Text},
	}
	gc.Locate(plain, evs)
	if l := evs[0].Location; l == nil || l.Country != "TJK" || l.Precision != PrecisionCountry || l.FIPS != "TI" || l.Name != "Tajikistan" {
		t.Errorf("source country: %+v", l)
	}
	if l := evs[1].Location; l == nil || l.Country != "UZB" || l.Precision != PrecisionCountry {
		t.Errorf("target country: %+v", l)
	}
	if l := evs[2].Location; l != nil {
		t.Errorf("no country: got %+v", l)
	}
}

func TestLocateSentenceBeforeMain(t *testing.T) {
	gc := geocoder(t)
	text := "Protests continued in Nukus on Monday. In Tashkent, the president met the speaker of parliament."
	s1 := "In Tashkent, the president met the speaker of parliament."
	i := strings.Index(s1, "president")
	j := strings.Index(s1, "speaker")
	k := strings.Index(s1, "met")
	evs := []event.Event{{Sentence: 1, Source: "UZBGOV", Target: "UZBLEG", Text: s1,
		Evidence: event.Evidence{Source: span(i, i+9), Target: span(j, j+7), Verb: span(k, k+3)}}}
	gc.Locate(article.Article{Text: text}, evs)
	if l := evs[0].Location; l == nil || l.Name != "Tashkent" || l.Precision != PrecisionPlace {
		t.Errorf("got %+v, want Tashkent", l)
	}
}

func TestPrecision(t *testing.T) {
	for f, want := range map[string]string{"PCLI": "country", "ADM1": "admin1", "PPLC": "place", "ADM2": "place", "VAL": "place", "PSTB": "place"} {
		if got := Precision(f); got != want {
			t.Errorf("Precision(%s) = %s, want %s", f, got, want)
		}
	}
}

// The loader says which file and line is wrong.
func TestLoadErrors(t *testing.T) {
	base, err := readAll("geo")
	if err != nil {
		t.Fatal(err)
	}
	// A small gazetteer keeps the test fast.
	base["gazetteer.tsv.zst"] = smallGazetteer(t)
	base["supplement.tsv"] = []byte("alias\tFrunze\t1528675\nplace\tAlay Valley\t\t39.55\t72.9\tVAL\tKG\t\t0\n")
	small := fstest.MapFS{}
	for k, v := range base {
		small["geo/"+k] = &fstest.MapFile{Data: v}
	}
	g, err := LoadFS(small, "geo")
	if err != nil {
		t.Fatalf("the small gazetteer: %v", err)
	}
	if ps := g.Lookup("Frunze"); len(ps) != 1 || ps[0].Name != "Bishkek" {
		t.Errorf("the small gazetteer: Frunze is %v", ps)
	}
	if ps := g.Lookup("alay valley"); len(ps) != 1 || ps[0].Admin1 != "KG.08" {
		t.Errorf("the small gazetteer: the Alay Valley is %v, want it in KG.08, Osh's admin1", ps)
	}
	for _, c := range []struct {
		file, content, want string
	}{
		{"supplement.tsv", "place\tX\t\t91\t0\tPPL\tKG\t\t0\n", "supplement.tsv:1: bad latitude"},
		{"supplement.tsv", "# c\nalias\tX\t99999999999\n", "supplement.tsv:2: no gazetteer entry has geonameid"},
		{"supplement.tsv", "place\tX\t1\t2\n", "supplement.tsv:1: a place line has 9 fields"},
		{"supplement.tsv", "town\tX\n", "supplement.tsv:1: a line starts with"},
		{"supplement.tsv", "place\tX\t\t1\t2\tPPL\tQQ\t\t0\n", "supplement.tsv:1: unknown country"},
		{"demonyms.tsv", "Kyrgyz\n", "demonyms.tsv:1: want WORD, ISO3"},
		{"demonyms.tsv", "Martian\tMAR1\n", "demonyms.tsv:1: unknown country"},
		{"countries.tsv", "KG\tKGZ\n", "countries.tsv:1: want 11 fields"},
		{"gazetteer.tsv.zst", "", "gazetteer.tsv.zst: "},
		{"gazetteer.tsv.zst", "not zstd", "gazetteer.tsv.zst: "},
	} {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys["geo/"+k] = &fstest.MapFile{Data: v}
		}
		fsys["geo/"+c.file] = &fstest.MapFile{Data: []byte(c.content)}
		_, err := LoadFS(fsys, "geo")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %q: error %v, want one with %q", c.file, c.content, err, c.want)
		}
	}
	if _, err := LoadFS(fstest.MapFS{}, "geo"); err == nil {
		t.Error("an empty file system loaded")
	}
}

func TestLoadConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	gs := make([]*Gazetteer, 8)
	errs := make([]error, 8)
	for i := range gs {
		wg.Add(1)
		go func() { defer wg.Done(); gs[i], errs[i] = Load() }()
	}
	wg.Wait()
	for i := range gs {
		if err := errors.Join(errs[i]); err != nil || gs[i] != gs[0] {
			t.Fatalf("Load %d: %v, same=%v", i, err, gs[i] == gs[0])
		}
	}
	if gs[0].Len() < 200000 {
		t.Errorf("%d places, want more than 200000", gs[0].Len())
	}
}

// The geocoder is used from many goroutines at once.
func TestMentionsConcurrent(t *testing.T) {
	gc := geocoder(t)
	arts := exampleArticles(t)
	want := make([]int, len(arts))
	for i, a := range arts {
		want[i] = len(gc.Mentions(a))
	}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, a := range arts {
				if n := len(gc.Mentions(a)); n != want[i] {
					t.Errorf("%s: %d mentions, then %d", a.ID, want[i], n)
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzMentions(f *testing.F) {
	for _, c := range mentionCases {
		f.Add(c.text)
	}
	f.Add("U.S.A. -- ,,, Mo., ' ’s X-Y-Z  \n\n St. Louis, Ill.")
	f.Add("")
	g, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	gc := New(g)
	f.Fuzz(func(t *testing.T, text string) {
		ms := gc.Mentions(article.Article{ID: "f", Text: text})
		for _, m := range ms {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Name {
				t.Fatalf("bad offsets %d-%d for %q in %q", m.Start, m.End, m.Name, text)
			}
		}
		evs := []event.Event{{Text: text, Source: "KGZ", Evidence: event.Evidence{Verb: span(0, len(text))}}}
		gc.Locate(article.Article{Text: text}, evs)
	})
}

// Two events in one sentence take the places of their own clauses.
func TestLocateClauses(t *testing.T) {
	gc := geocoder(t)
	s := "Kyrgyz troops shelled Vorukh, while Tajik forces attacked Kok-Tash."
	at := func(w string) *event.Span { i := strings.Index(s, w); return span(i, i+len(w)) }
	evs := []event.Event{
		{Text: s, Source: "KGZMIL", Target: "TJK", Evidence: event.Evidence{Source: at("Kyrgyz troops"), Verb: at("shelled")}},
		{Text: s, Source: "TJKMIL", Target: "KGZ", Evidence: event.Evidence{Source: at("Tajik forces"), Verb: at("attacked")}},
	}
	gc.Locate(article.Article{Text: "Border clashes.\n\n" + s}, evs)
	for i, want := range []string{"Vorukh", "Kok-Tash"} {
		if l := evs[i].Location; l == nil || l.Name != want || l.Precision != PrecisionPlace {
			t.Errorf("event %d: %+v, want %s", i, l, want)
		}
	}
}

// smallGazetteer is a two-place gazetteer file: Bishkek and Osh.
func smallGazetteer(t testing.TB) []byte {
	t.Helper()
	var gz bytes.Buffer
	zw, err := zstd.NewWriter(&gz)
	if err != nil {
		t.Fatal(err)
	}
	zw.Write([]byte("# places 2: test\n1528675\tBishkek\t42.87\t74.59\tPPLC\tKG\t01\t900000\tbishkek\n" +
		"1527534\tOsh\t40.52\t72.79\tPPLA\tKG\t08\t322164\tosh\n# names 2: test\nbishkek\t0\nosh\t1\n"))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return gz.Bytes()
}

func articleOf(text string) article.Article { return article.Article{ID: "t", Text: text} }

func TestCountryOf(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"Nukus": "UZB", "Osh": "KGZ", "Khujand": "TJK", "Almaty": "KAZ", "Lyon": "FRA", "Springfield": "USA", "Paris": "FRA", "Xyzzyville": ""} {
		if got := g.CountryOf(name); got != want {
			t.Errorf("CountryOf(%q) = %q, want %q", name, got, want)
		}
	}
}

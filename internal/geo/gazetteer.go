package geo

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/accord-hub/accord/data"
	"github.com/klauspost/compress/zstd"
)

// Feature codes used beside GeoNames' own (PPL, PPLA, PPLC, ADM1 …).
const (
	// FeatureCountry marks a country ("PCLI", GeoNames' independent political entity).
	FeatureCountry = "PCLI"
	// FeatureAdmin1 marks a first-level division.
	FeatureAdmin1 = "ADM1"
	// FeatureAdmin2 marks a second-level division (US counties).
	FeatureAdmin2 = "ADM2"
)

// Place is one gazetteer entry.
type Place struct {
	// ID is the GeoNames id, 0 for entries from our own supplement and for
	// US counties.
	ID int64
	// Name is the entry's usual name.
	Name string
	// Lat and Lon are WGS84 degrees.
	Lat, Lon float64
	// Feature is the GeoNames feature code (PPL, PPLA, PPLC, ADM1, PCLI …).
	Feature string
	// Country is the ISO 3166 alpha-3 code.
	Country string
	// Admin1 is the GeoNames first-level division code, "KG.08", or "".
	Admin1 string
	// Population is GeoNames' figure, 0 when unknown; for divisions and
	// countries, the sum over their places.
	Population int64

	key string // Key(Name)
}

// CountryInfo holds facts about a country.
type CountryInfo struct {
	// ISO3, ISO2 and FIPS are the ISO 3166 alpha-3, alpha-2 and FIPS 10-4 codes.
	ISO3, ISO2, FIPS string
	// Name is the English short name.
	Name string
	// Capital is the capital's name, CapitalID its GeoNames id and
	// CapitalLat/CapitalLon its position.
	Capital                string
	CapitalID              int64
	CapitalLat, CapitalLon float64
	// Lat and Lon are the country's reference point (about its centre).
	Lat, Lon float64
	// GeonameID is the country's GeoNames id.
	GeonameID int64
}

// Gazetteer is the place index: every entry, and every name it is known by.
// It is read-only once loaded and safe for concurrent use.
type Gazetteer struct {
	places []Place
	// The names section of the gazetteer file, as text: one sorted key a
	// line with the rows (= indexes in places) of the places it names, most
	// populous first. nameStart holds each line's offset.
	names     string
	nameStart []int32
	keyLen    []uint16
	bucket    []int32            // first line of keys starting with each two bytes
	extra     map[string][]int32 // names added by the supplement, with all their places
	countries map[string]*CountryInfo
	iso2      map[string]string // alpha-2 → alpha-3
	demonyms  map[string]demonym
	words     map[string]uint8 // wordCommon or wordNever
	given     map[string]bool  // given names that are also place names
}

// maxNameWords is the most words a name is looked up with ("Democratic
// Republic of the Congo" has five).
const maxNameWords = 8

// demonym is what a word like "Kyrgyz" or "Texan" says about places.
type demonym struct {
	country string // alpha-3
	admin1  string // GeoNames admin1 code, or ""
}

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// Load reads the embedded gazetteer (once; safe for concurrent use).
func Load() (*Gazetteer, error) {
	loadOnce.Do(func() { loaded, loadErr = LoadFS(data.FS, "geo") })
	return loaded, loadErr
}

// LoadFS reads a gazetteer from dir in fsys: gazetteer.tsv.zst, countries.tsv,
// supplement.tsv, demonyms.tsv, words.txt and givennames.txt. Most callers
// want Load; this is for tests and for a gazetteer kept elsewhere.
func LoadFS(fsys fs.FS, dir string) (*Gazetteer, error) {
	g := &Gazetteer{
		extra:     map[string][]int32{},
		countries: map[string]*CountryInfo{},
		iso2:      map[string]string{},
		demonyms:  map[string]demonym{},
		words:     map[string]uint8{},
		given:     map[string]bool{},
	}
	if err := g.readCountries(fsys, dir+"/countries.tsv"); err != nil {
		return nil, err
	}
	if err := g.readPlaces(fsys, dir+"/gazetteer.tsv.zst"); err != nil {
		return nil, err
	}
	if err := g.readSupplement(fsys, dir+"/supplement.tsv"); err != nil {
		return nil, err
	}
	if err := g.readDemonyms(fsys, dir+"/demonyms.tsv"); err != nil {
		return nil, err
	}
	if err := readWords(fsys, dir+"/words.txt", func(w string, never bool) {
		if never {
			g.words[w] = wordNever
		} else if g.words[w] == 0 {
			g.words[w] = wordCommon
		}
	}); err != nil {
		return nil, err
	}
	if err := readWords(fsys, dir+"/givennames.txt", func(w string, _ bool) { g.given[w] = true }); err != nil {
		return nil, err
	}
	for _, ids := range g.extra {
		sort.SliceStable(ids, func(i, j int) bool { return g.places[ids[i]].Population > g.places[ids[j]].Population })
	}
	return g, nil
}

// Country returns facts about a country by alpha-3 (name, ISO2, FIPS,
// capital, lat/lon), for other packages (e.g. the map, GDELT export).
func (g *Gazetteer) Country(iso3 string) (CountryInfo, bool) {
	c, ok := g.countries[strings.ToUpper(iso3)]
	if !ok {
		return CountryInfo{}, false
	}
	return *c, true
}

// Countries returns every country, sorted by alpha-3 code.
func (g *Gazetteer) Countries() []CountryInfo {
	out := make([]CountryInfo, 0, len(g.countries))
	for _, c := range g.countries {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ISO3 < out[j].ISO3 })
	return out
}

// Lookup returns the places known by name (any spelling the gazetteer
// has, compared by Key), most populous first.
func (g *Gazetteer) Lookup(name string) []Place {
	ids := g.lookup(Key(name))
	out := make([]Place, len(ids))
	for i, id := range ids {
		out[i] = g.places[id]
	}
	return out
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.places) }

// ADM1Code returns the GDELT-style first-level division code of a place:
// the FIPS 10-4 country code followed by the GeoNames admin1 code
// ("KG08" for Osh province, "USTX" for Texas), or the FIPS country code
// alone when the division is unknown.
func (g *Gazetteer) ADM1Code(iso3, admin1 string) string {
	c, ok := g.countries[iso3]
	if !ok {
		return ""
	}
	_, code, found := strings.Cut(admin1, ".")
	if !found || code == "" {
		return c.FIPS
	}
	return c.FIPS + code
}

func (g *Gazetteer) readCountries(fsys fs.FS, path string) error {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 11 {
			return fmt.Errorf("geo: %s:%d: want 11 fields, have %d", path, n+1, len(f))
		}
		var nums [7]float64
		for i, j := range []int{5, 6, 7, 8, 9, 10} {
			v, err := strconv.ParseFloat(f[j], 64)
			if err != nil {
				return fmt.Errorf("geo: %s:%d: field %d: %w", path, n+1, j+1, err)
			}
			nums[i] = v
		}
		c := &CountryInfo{ISO2: f[0], ISO3: f[1], FIPS: f[2], Name: f[3], Capital: f[4], CapitalID: int64(nums[0]),
			CapitalLat: nums[1], CapitalLon: nums[2], Lat: nums[3], Lon: nums[4], GeonameID: int64(nums[5])}
		g.countries[c.ISO3] = c
		g.iso2[c.ISO2] = c.ISO3
	}
	return nil
}

func (g *Gazetteer) readPlaces(fsys fs.FS, path string) error {
	f, err := fsys.Open(path)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	defer f.Close()
	zr, err := zstd.NewReader(f, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(false))
	if err != nil {
		return fmt.Errorf("geo: %s: %w", path, err)
	}
	defer zr.Close()
	// One string for the whole table: names and keys are slices of it.
	var sb strings.Builder
	sb.Grow(32 << 20)
	if _, err := io.Copy(&sb, zr); err != nil {
		return fmt.Errorf("geo: %s: %w", path, err)
	}
	text := sb.String()
	admins := map[string]string{}
	features := map[string]string{}
	line := 0
	section := ""
	for len(text) > 0 {
		var l string
		l, text, _ = strings.Cut(text, "\n")
		line++
		if l == "" {
			continue
		}
		if l[0] == '#' {
			var n int
			if _, err := fmt.Sscanf(l, "# places %d:", &n); err == nil {
				section = "places"
				g.places = make([]Place, 0, n+200)
			} else if _, err := fmt.Sscanf(l, "# names %d:", &n); err == nil {
				// The names stay as text; lookups search it.
				g.names = text
				g.nameStart = make([]int32, 0, n+1)
				g.keyLen = make([]uint16, 0, n)
				for off := 0; off < len(text); {
					nl := strings.IndexByte(text[off:], '\n')
					if nl < 0 {
						nl = len(text) - off
					}
					tab := strings.IndexByte(text[off:off+nl], '\t')
					if tab < 0 || tab > 0xffff {
						return fmt.Errorf("geo: %s:%d: want a key, a tab and rows", path, line+1+len(g.nameStart))
					}
					g.nameStart = append(g.nameStart, int32(off))
					g.keyLen = append(g.keyLen, uint16(tab))
					off += nl + 1
				}
				g.nameStart = append(g.nameStart, int32(len(text)))
				g.buildBuckets()
				break
			}
			continue
		}
		if section != "places" {
			return fmt.Errorf("geo: %s:%d: data before a section header", path, line)
		}
		var fl [9]string
		var start [9]int // of each field in l
		for i := 0; i < 8; i++ {
			tab := strings.IndexByte(l[start[i]:], '\t')
			if tab < 0 {
				return fmt.Errorf("geo: %s:%d: want 9 fields", path, line)
			}
			fl[i] = l[start[i] : start[i]+tab]
			start[i+1] = start[i] + tab + 1
		}
		fl[8] = l[start[8]:]
		id, err1 := strconv.ParseInt(fl[0], 10, 64)
		lat, err2 := parseDegrees(fl[2])
		lon, err3 := parseDegrees(fl[3])
		pop, err4 := strconv.ParseInt(fl[7], 10, 64)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			return fmt.Errorf("geo: %s:%d: bad number", path, line)
		}
		iso3, ok := g.iso2[fl[5]]
		if !ok {
			return fmt.Errorf("geo: %s:%d: country %q is not in countries.tsv", path, line, fl[5])
		}
		p := Place{ID: id, Name: fl[1], Lat: lat, Lon: lon, Country: iso3, Population: pop, key: fl[8]}
		p.Feature = intern(features, fl[4])
		if fl[6] != "" {
			// One string per division: "KG.08" for the fields "KG<TAB>08".
			ccAdmin := l[start[5] : start[6]+len(fl[6])]
			a, ok := admins[ccAdmin]
			if !ok {
				a = fl[5] + "." + fl[6]
				admins[ccAdmin] = a
			}
			p.Admin1 = a
		}
		g.places = append(g.places, p)
	}
	if len(g.places) == 0 || len(g.nameStart) < 2 {
		return fmt.Errorf("geo: %s: no places or no names", path)
	}
	return nil
}

// parseDegrees is strconv.ParseFloat for the gazetteer's coordinates, such
// as "-97.1234", quicker: digits with at most eight decimals make an exact
// integer and an exact power of ten, whose quotient, rounded once, is the
// float64 nearest the decimal, as ParseFloat gives. Other forms go to
// ParseFloat.
func parseDegrees(s string) (float64, error) {
	digits := s
	neg := strings.HasPrefix(s, "-")
	if neg {
		digits = s[1:]
	}
	var n int64
	decimals, point := 0, false
	for i := 0; i < len(digits); i++ {
		switch c := digits[i]; {
		case c >= '0' && c <= '9' && i < 12:
			n = n*10 + int64(c-'0')
			if point {
				decimals++
			}
		case c == '.' && !point && i > 0 && i+1 < len(digits):
			point = true
		default:
			return strconv.ParseFloat(s, 64)
		}
	}
	if len(digits) == 0 || decimals > 8 {
		return strconv.ParseFloat(s, 64)
	}
	f := float64(n) / pow10[decimals]
	if neg {
		f = -f
	}
	return f, nil
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}

// buildBuckets notes where the keys starting with each pair of bytes
// begin, so a lookup searches a few keys only.
func (g *Gazetteer) buildBuckets() {
	g.bucket = make([]int32, 1<<16+1)
	n := len(g.nameStart) - 1
	b := 0
	for i := 0; i < n; i++ {
		k := bucketOf(g.names[g.nameStart[i]:g.nameStart[i+1]])
		for b <= k {
			g.bucket[b] = int32(i)
			b++
		}
	}
	for ; b <= 1<<16; b++ {
		g.bucket[b] = int32(n)
	}
}

func bucketOf(s string) int {
	switch {
	case len(s) == 0:
		return 0
	case len(s) == 1 || s[1] == '\t':
		return int(s[0]) << 8
	}
	return int(s[0])<<8 | int(s[1])
}

// lookup returns the places a key names, most populous first.
func (g *Gazetteer) lookup(k string) []int32 {
	if ids, ok := g.extra[k]; ok {
		return ids
	}
	return g.baseLookup(k)
}

// has says whether some place is known by the key k.
func (g *Gazetteer) has(k string) bool {
	if _, ok := g.extra[k]; ok {
		return true
	}
	return g.line(k) >= 0
}

// line returns the line of the names section that holds key k, or -1.
func (g *Gazetteer) line(k string) int {
	if k == "" {
		return -1
	}
	b := bucketOf(k)
	lo, hi := int(g.bucket[b]), int(g.bucket[b+1])
	i := lo + sort.Search(hi-lo, func(i int) bool { return g.nameKey(lo+i) >= k })
	if i >= hi || g.nameKey(i) != k {
		return -1
	}
	return i
}

func (g *Gazetteer) baseLookup(k string) []int32 {
	i := g.line(k)
	if i < 0 {
		return nil
	}
	l := g.names[g.nameStart[i]:g.nameStart[i+1]]
	list := strings.TrimRight(l[len(k)+1:], "\n")
	ids := make([]int32, 0, strings.Count(list, ",")+1)
	v := 0
	for j := 0; j <= len(list); j++ {
		if j == len(list) || list[j] == ',' {
			if v < len(g.places) {
				ids = append(ids, int32(v))
			}
			v = 0
			continue
		}
		v = v*10 + int(list[j]-'0')
	}
	return ids
}

// nameKey is the key on line i of the names section.
func (g *Gazetteer) nameKey(i int) string {
	start := int(g.nameStart[i])
	return g.names[start : start+int(g.keyLen[i])]
}

func intern(m map[string]string, s string) string {
	if v, ok := m[s]; ok {
		return v
	}
	s = strings.Clone(s)
	m[s] = s
	return s
}

// readSupplement reads our own entries. Two kinds of line:
//
//	place	NAME	ALT|ALT…	LAT	LON	FEATURE	CC	ADMIN1	POPULATION
//	alias	NAME	GEONAMEID
//
// A place line adds an entry (regions, valleys, enclaves, border
// crossings); an alias line adds a name to an existing GeoNames entry
// (Soviet-era and Russian names).
func (g *Gazetteer) readSupplement(fsys fs.FS, path string) error {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	byID := g.rowsOf(aliasIDs(b))
	var pending []int32 // supplement places whose admin1 is to be found
	sc := bufio.NewScanner(bytes.NewReader(b))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch f[0] {
		case "alias":
			if len(f) != 3 {
				return fmt.Errorf("geo: %s:%d: an alias line has 3 fields, this has %d", path, n, len(f))
			}
			id, err := strconv.ParseInt(f[2], 10, 64)
			if err != nil {
				return fmt.Errorf("geo: %s:%d: geonameid: %w", path, n, err)
			}
			idx, ok := byID[id]
			if !ok {
				return fmt.Errorf("geo: %s:%d: no gazetteer entry has geonameid %d", path, n, id)
			}
			g.addKey(Key(f[1]), idx)
		case "place":
			if len(f) != 9 {
				return fmt.Errorf("geo: %s:%d: a place line has 9 fields, this has %d", path, n, len(f))
			}
			lat, err1 := strconv.ParseFloat(f[3], 64)
			lon, err2 := strconv.ParseFloat(f[4], 64)
			pop, err3 := strconv.ParseInt(f[8], 10, 64)
			if err1 != nil || err2 != nil || err3 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
				return fmt.Errorf("geo: %s:%d: bad latitude, longitude or population", path, n)
			}
			iso3, ok := g.iso2[f[6]]
			if !ok {
				return fmt.Errorf("geo: %s:%d: unknown country %q", path, n, f[6])
			}
			p := Place{Name: f[1], Lat: lat, Lon: lon, Feature: f[5], Country: iso3, Population: pop, key: Key(f[1])}
			if f[7] != "" {
				p.Admin1 = f[6] + "." + f[7]
			}
			idx := int32(len(g.places))
			g.places = append(g.places, p)
			if p.Admin1 == "" {
				pending = append(pending, idx)
			}
			g.addKey(Key(f[1]), idx)
			for _, a := range strings.Split(f[2], "|") {
				if a != "" {
					g.addKey(Key(a), idx)
				}
			}
		default:
			return fmt.Errorf("geo: %s:%d: a line starts with \"place\" or \"alias\", not %q", path, n, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("geo: %s: %w", path, err)
	}
	g.fillAdmin1(pending)
	return nil
}

// aliasIDs returns the GeoNames ids the alias lines of a supplement name.
func aliasIDs(supplement []byte) map[int64]bool {
	ids := map[int64]bool{}
	for line := range strings.Lines(string(supplement)) {
		f := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if len(f) == 3 && f[0] == "alias" {
			if id, err := strconv.ParseInt(f[2], 10, 64); err == nil {
				ids[id] = true
			}
		}
	}
	return ids
}

// rowsOf returns the rows of the places with the given GeoNames ids (the
// last row, when two have one id).
func (g *Gazetteer) rowsOf(ids map[int64]bool) map[int64]int32 {
	rows := make(map[int64]int32, len(ids))
	for i := range g.places {
		if id := g.places[i].ID; id != 0 && ids[id] {
			rows[id] = int32(i)
		}
	}
	return rows
}

// fillAdmin1 gives each of the places the admin1 of the nearest populated
// place of the same country.
func (g *Gazetteer) fillAdmin1(pending []int32) {
	if len(pending) == 0 {
		return
	}
	byCountry := map[string][]int32{}
	for _, i := range pending {
		byCountry[g.places[i].Country] = append(byCountry[g.places[i].Country], i)
	}
	best := make(map[int32]float64, len(pending))
	for i := range g.places {
		q := &g.places[i]
		if q.Admin1 == "" || q.Feature == FeatureAdmin1 || q.Feature == FeatureAdmin2 || len(q.Feature) < 3 || q.Feature[:3] != "PPL" {
			continue
		}
		for _, j := range byCountry[q.Country] {
			p := &g.places[j]
			d := (p.Lat-q.Lat)*(p.Lat-q.Lat) + (p.Lon-q.Lon)*(p.Lon-q.Lon)
			if b, ok := best[j]; !ok || d < b {
				best[j] = d
				p.Admin1 = q.Admin1
			}
		}
	}
}

func (g *Gazetteer) addKey(k string, idx int32) {
	ids, ok := g.extra[k]
	if !ok {
		ids = append([]int32(nil), g.baseLookup(k)...)
	}
	for _, have := range ids {
		if have == idx {
			return
		}
	}
	g.extra[k] = append(ids, idx)
}

// readDemonyms reads "WORD<TAB>ISO3[<TAB>ADMIN1]" lines.
func (g *Gazetteer) readDemonyms(fsys fs.FS, path string) error {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	for n, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f) > 3 {
			return fmt.Errorf("geo: %s:%d: want WORD, ISO3 and an optional ADMIN1, tab-separated", path, n+1)
		}
		if _, ok := g.countries[f[1]]; !ok {
			return fmt.Errorf("geo: %s:%d: unknown country %q", path, n+1, f[1])
		}
		d := demonym{country: f[1]}
		if len(f) == 3 {
			d.admin1 = f[2]
		}
		g.demonyms[Key(f[0])] = d
	}
	return nil
}

// Kinds of word in words.txt.
const (
	wordCommon = 1 // a common word: a place only with support
	wordNever  = 2 // never a place on its own
)

// readWords reads whitespace-separated words, calling add with each word's
// Key and whether its line starts with "!".
func readWords(fsys fs.FS, path string, add func(w string, never bool)) error {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		never := line[0] == '!'
		for _, w := range strings.Fields(strings.TrimPrefix(line, "!")) {
			add(Key(w), never)
		}
	}
	return nil
}

// CountryOf returns the country of the best-known place of that name, when
// the name plainly means one country: its most populous place has at least
// 20,000 people (or is a first-level division or a capital) and is ten times
// as populous as the next one elsewhere. It returns "" otherwise. The coder
// uses it to give agents a country: "police in Nukus" are Uzbek police.
func (g *Gazetteer) CountryOf(name string) string {
	ps := g.Lookup(name)
	if len(ps) == 0 {
		return ""
	}
	top := ps[0]
	if top.ID == 0 {
		// Our supplement lists places regional news names constantly: it
		// decides ("Gaza" is the Gaza Strip, not the Mozambican province).
		return top.Country
	}
	if top.Population < 20000 && top.Feature != "ADM1" && top.Feature != "PPLC" && top.Feature != "PPLA" {
		return ""
	}
	own := (top.Feature == "PPLA" || top.Feature == "PPLC") && Key(top.Name) == Key(name)
	for _, p := range ps[1:] {
		if own && Key(p.Name) != Key(name) {
			// "Samarkand" is the regional capital of that name, not
			// Temirtau, which once bore it: a capital's own name beats the
			// old or other names of other places.
			continue
		}
		if p.Country != top.Country && p.Population*10 > top.Population {
			return ""
		}
	}
	return top.Country
}

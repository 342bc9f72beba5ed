package web

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/accord-hub/accord/data"
)

// countryTable names countries by alpha-3 code and maps the names the map's
// shapes carry to codes.
type countryTable struct {
	name   map[string]string // KGZ → Kyrgyzstan
	byName map[string]string // map shape name → KGZ
}

// mapNames are the world-atlas (Natural Earth) shape names that differ from
// our gazetteer's country names.
var mapNames = map[string]string{
	"United States of America": "USA", "Russia": "RUS", "Dem. Rep. Congo": "COD", "Congo": "COG",
	"Central African Rep.": "CAF", "S. Sudan": "SSD", "Bosnia and Herz.": "BIH", "Dominican Rep.": "DOM",
	"Eq. Guinea": "GNQ", "Czechia": "CZE", "Macedonia": "MKD", "eSwatini": "SWZ", "Côte d'Ivoire": "CIV",
	"South Korea": "KOR", "North Korea": "PRK", "Laos": "LAO", "Vietnam": "VNM", "Syria": "SYR",
	"Iran": "IRN", "Moldova": "MDA", "Tanzania": "TZA", "Bolivia": "BOL", "Venezuela": "VEN",
	"Timor-Leste": "TLS", "Palestine": "PSE", "W. Sahara": "ESH", "Falkland Is.": "FLK",
	"Solomon Is.": "SLB", "Taiwan": "TWN", "Brunei": "BRN", "Cabo Verde": "CPV", "Kosovo": "XKX",
	"United Kingdom": "GBR", "Turkey": "TUR", "Myanmar": "MMR", "Greenland": "GRL",
}

func loadCountries() (countryTable, error) {
	t := countryTable{name: map[string]string{}, byName: map[string]string{}}
	f, err := data.FS.Open("geo/countries.tsv")
	if err != nil {
		return t, fmt.Errorf("countries: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 4 || len(fields[1]) != 3 {
			continue
		}
		t.name[fields[1]] = fields[3]
		t.byName[fields[3]] = fields[1]
	}
	if err := sc.Err(); err != nil {
		return t, fmt.Errorf("countries: %w", err)
	}
	for n, c := range mapNames {
		t.byName[n] = c
	}
	return t, nil
}

// Name returns a country's name, or the code itself when unknown.
func (t countryTable) Name(iso3 string) string {
	if n, ok := t.name[iso3]; ok {
		return n
	}
	switch iso3 {
	case "IGO":
		return "international organisations"
	case "NGO":
		return "non-governmental organisations"
	case "MNC":
		return "companies"
	}
	return iso3
}

// handleMapCountries gives the map script the alpha-3 code of each shape name.
func (s *Server) handleMapCountries(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(s.countries.byName)
}

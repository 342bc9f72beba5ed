package geo

import (
	"os"
	"strings"
	"testing"

	"github.com/accord-hub/accord/data"
)

// TestPlaceCountries holds the generated index to the gazetteer: it must be
// exactly what the gazetteer's CountryOf gives for every name the gazetteer
// knows, so the two cannot drift. After changing the gazetteer or its
// hand-written files, run `go generate ./internal/geo/`.
func TestPlaceCountries(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	want := g.placeCountriesText()
	const path = "../../data/" + placeCountriesFile
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	p, err := LoadPlaceCountries()
	if err != nil {
		t.Fatal(err)
	}
	if got := parsePlaceCountries(want); p.text != got.text {
		t.Fatalf("%s is out of date with the gazetteer: run `go generate ./internal/geo/`", path)
	}
	// Every name the gazetteer knows is its own key, so CountryOf and the
	// index answer every spelling of it alike.
	n := 0
	check := func(k string) {
		if Key(k) != k {
			t.Errorf("gazetteer key %q is not its own Key (%q)", k, Key(k))
		}
		if got, want := p.CountryOf(k), g.CountryOf(k); got != want {
			t.Errorf("index gives %q → %q, gazetteer %q", k, got, want)
		}
		n++
	}
	for i := 0; i+1 < len(g.nameStart); i++ {
		check(g.nameKey(i))
	}
	for k := range g.extra {
		check(k)
	}
	if n < 100000 {
		t.Errorf("checked %d names only", n)
	}
}

func TestPlaceIndexLookup(t *testing.T) {
	p, err := LoadPlaceCountries()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, want string }{
		{"Nukus", "UZB"},
		{"Jalal-Abad", "KGZ"},
		{"JALAL ABAD", "KGZ"},
		{"Kharkiv", "UKR"},
		{"Gaza", "PSE"},
		{"Frunze", "KGZ"},
		{"", ""},
		{"#", ""},
		{"Zzzzqx", ""},
		{"aaaaaaa", ""},
	} {
		if got := p.CountryOf(c.name); got != c.want {
			t.Errorf("CountryOf(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	// The first and last lines are found too.
	lines := strings.Split(strings.TrimSuffix(p.text, "\n"), "\n")
	for _, l := range []string{lines[0], lines[len(lines)-1]} {
		k, c, _ := strings.Cut(l, "\t")
		if got := p.CountryOf(k); got != c {
			t.Errorf("CountryOf(%q) = %q, want %q", k, got, c)
		}
	}
}

func TestPlaceIndexSmall(t *testing.T) {
	for _, text := range []string{"", "# header only\n", "osh\tKGZ", "# h\nosh\tKGZ\n", "# h\n# h\nalmaty\tKAZ\nosh\tKGZ\nosh valley\tKGZ\n"} {
		p := parsePlaceCountries(text)
		want := ""
		if strings.Contains(text, "osh\t") {
			want = "KGZ"
		}
		for _, name := range []string{"Osh", "OSH"} {
			if got := p.CountryOf(name); got != want {
				t.Errorf("%q: CountryOf(%q) = %q, want %q", text, name, got, want)
			}
		}
		for _, name := range []string{"Os", "Osha", "Bishkek", "Aaa", "Zzz", "h"} {
			if got := p.CountryOf(name); got != "" {
				t.Errorf("%q: CountryOf(%q) = %q, want none", text, name, got)
			}
		}
	}
}

// BenchmarkPlaceCountries reads the index and looks up a few names.
func BenchmarkPlaceCountries(b *testing.B) {
	b.ReportAllocs()
	names := []string{"Nukus", "Kharkiv", "John Smith", "Jenin", "Reuters", "Jalal-Abad"}
	for i := 0; i < b.N; i++ {
		text, err := readString(data.FS, placeCountriesFile)
		if err != nil {
			b.Fatal(err)
		}
		p := parsePlaceCountries(text)
		for _, n := range names {
			p.CountryOf(n)
		}
	}
}

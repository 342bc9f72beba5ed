package geo

import (
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/accord-hub/accord/data"
)

//go:generate go test -run TestPlaceCountries -update .

// placeCountriesFile is the generated index of the names for which
// (*Gazetteer).CountryOf gives a country: one "KEY<TAB>ISO3" line per name,
// sorted by key, after a comment header.
const placeCountriesFile = "geo/placecountry.tsv"

// PlaceCountries answers (*Gazetteer).CountryOf for the embedded gazetteer
// without loading it: a sorted table of the names that plainly mean one
// country, precomputed from the gazetteer (TestPlaceCountries checks it
// against every name the gazetteer knows). It loads in about a millisecond,
// where the gazetteer takes a quarter of a second, so that `accord code`
// starts fast. It is read-only and safe for concurrent use.
type PlaceCountries struct {
	text string // the sorted lines, each ending in "\n"
	// keys and offs sample the table: the key of the first line starting
	// at or after every sampleBytes bytes, and where that line starts. A
	// search over the samples, which stay in cache, narrows the search over
	// the text to a few lines.
	keys []string
	offs []int
}

// sampleBytes is the distance between sampled lines.
const sampleBytes = 512

var loadPlaceCountries = sync.OnceValues(func() (*PlaceCountries, error) {
	text, err := readString(data.FS, placeCountriesFile)
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	return parsePlaceCountries(text), nil
})

// readString reads a file into a string with one copy.
func readString(fsys fs.FS, name string) (string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if st, err := f.Stat(); err == nil {
		b.Grow(int(st.Size()))
	}
	if _, err := io.Copy(&b, f); err != nil {
		return "", err
	}
	return b.String(), nil
}

// LoadPlaceCountries returns the embedded place→country index (read once;
// safe for concurrent use).
func LoadPlaceCountries() (*PlaceCountries, error) { return loadPlaceCountries() }

// parsePlaceCountries drops the comment header of the index text.
func parsePlaceCountries(text string) *PlaceCountries {
	for strings.HasPrefix(text, "#") {
		_, text, _ = strings.Cut(text, "\n")
	}
	if text != "" && !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	p := &PlaceCountries{text: text}
	for at := 0; at < len(text); {
		end := at + strings.IndexByte(text[at:], '\n')
		key, _, _ := strings.Cut(text[at:end], "\t")
		p.keys = append(p.keys, key)
		p.offs = append(p.offs, at)
		next := end + 1 + sampleBytes
		if next >= len(text) {
			break
		}
		i := strings.IndexByte(text[next:], '\n')
		if i < 0 {
			break
		}
		at = next + i + 1
	}
	return p
}

// CountryOf returns the alpha-3 code of the country the place name plainly
// means, or "": the same as (*Gazetteer).CountryOf on the embedded gazetteer.
func (p *PlaceCountries) CountryOf(name string) string {
	k := Key(name)
	if k == "" {
		return ""
	}
	// Binary search over bytes: lo and hi are always at line starts.
	t := p.text
	lo, hi := 0, len(t)
	if len(p.keys) > 0 {
		// The last sample not after k: k, if there, is from it on.
		i := sort.Search(len(p.keys), func(i int) bool { return p.keys[i] > k }) - 1
		if i < 0 {
			return ""
		}
		lo = p.offs[i]
		if i+1 < len(p.offs) {
			hi = p.offs[i+1]
		}
	}
	for lo < hi {
		// Probe the first line starting at or after the middle (a forward
		// scan is faster than a backward one), or the first line if none.
		mid := lo + (hi-lo)/2
		start := lo
		if mid > lo && t[mid-1] == '\n' {
			start = mid
		} else if i := strings.IndexByte(t[mid:hi], '\n'); i >= 0 && mid+i+1 < hi {
			start = mid + i + 1
		}
		end := start + strings.IndexByte(t[start:hi], '\n')
		key, country, _ := strings.Cut(t[start:end], "\t")
		switch {
		case key == k:
			return country
		case key < k:
			lo = end + 1
		default:
			hi = start
		}
	}
	return ""
}

// placeCountriesText builds the index text from a gazetteer: every key it
// knows for which CountryOf gives a country.
func (g *Gazetteer) placeCountriesText() string {
	keys := make([]string, 0, len(g.nameStart)+len(g.extra))
	for i := 0; i+1 < len(g.nameStart); i++ {
		keys = append(keys, g.nameKey(i))
	}
	for k := range g.extra {
		if g.line(k) < 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("# Generated from gazetteer.tsv.zst and the hand-written files beside it by\n")
	b.WriteString("# `go generate ./internal/geo/`: do not edit. Each line is a geo.Key and the\n")
	b.WriteString("# country (ISO alpha-3) that geo's CountryOf gives it.\n")
	for _, k := range keys {
		if c := g.CountryOf(k); c != "" {
			b.WriteString(k)
			b.WriteByte('\t')
			b.WriteString(c)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

package agreement

import (
	"bufio"
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/accord-hub/accord/data"
)

// CountryMention is a country named in a text: by name ("Kyrgyzstan", "the
// Kyrgyz Republic") or adjective ("Tajik").
type CountryMention struct {
	// Country is the ISO alpha-3 code.
	Country string
	// Start and End are byte offsets of the words in the text.
	Start, End int
	// coded marks a country the coder gave an actor, not a name in the text.
	coded bool
}

// lexicon maps lower-case word sequences to countries. It is built once
// from the embedded gazetteer's country and demonym tables, plus the common
// long and short forms below, and is read-only after.
type lexicon struct {
	codes    map[string]string // every alpha-3 code known, with its name
	names    map[string]string // "kyrgyz republic" → KGZ
	upper    map[string]string // case-sensitive forms: "US", "UK"
	maxWords int
}

// extraNames are forms the gazetteer tables do not carry.
var extraNames = map[string]string{
	"kyrgyz republic": "KGZ", "republic of tajikistan": "TJK", "republic of uzbekistan": "UZB",
	"republic of kazakhstan": "KAZ", "kirghizia": "KGZ", "kirgizia": "KGZ", "kyrgyzia": "KGZ",
	"russian federation": "RUS", "britain": "GBR", "great britain": "GBR", "united states of america": "USA",
	"south korea": "KOR", "people's republic of china": "CHN", "prc": "CHN", "turkiye": "TUR", "türkiye": "TUR",
	"ivory coast": "CIV", "burma": "MMR", "czechia": "CZE", "holland": "NLD", "kazakstan": "KAZ",
}

var upperNames = map[string]string{"US": "USA", "U.S.": "USA", "UK": "GBR", "U.K.": "GBR", "UAE": "ARE", "USSR": "SUN"}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func countryLexicon() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{codes: map[string]string{}, names: map[string]string{}, upper: upperNames, maxWords: 1}
		add := func(name, code string) {
			key := strings.Join(words(strings.ToLower(name)), " ")
			if key == "" || len(code) != 3 {
				return
			}
			if _, ok := l.names[key]; !ok {
				l.names[key] = code
			}
			if n := strings.Count(key, " ") + 1; n > l.maxWords {
				l.maxWords = n
			}
		}
		readTSV("geo/countries.tsv", func(f []string) {
			if len(f) >= 4 {
				add(f[3], f[1])
				l.codes[f[1]] = f[3]
			}
		})
		readTSV("geo/demonyms.tsv", func(f []string) {
			// Adjectives of a region ("Texan") are not the country's.
			if len(f) == 2 || (len(f) > 2 && f[2] == "") {
				add(f[0], f[1])
			}
		})
		for k, v := range extraNames {
			add(k, v)
		}
		lex = l
	})
	return lex
}

// readTSV calls fn with the fields of each data line of an embedded file; a
// missing file gives nothing rather than an error: the lexicon then only
// knows the forms above.
func readTSV(name string, fn func([]string)) {
	b, err := data.FS.ReadFile(name)
	if err != nil {
		return
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
}

// span is one word of a text.
type span struct {
	start, end int
	lower      string
}

// wordSpans splits text into words: runs of letters and digits. Hyphens,
// apostrophes and punctuation separate words.
func wordSpans(text string) []span {
	var out []span
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, span{start, i, strings.ToLower(text[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(text), strings.ToLower(text[start:])})
	}
	return out
}

// words returns the lower-case words of s.
func words(s string) []string {
	sp := wordSpans(s)
	out := make([]string, len(sp))
	for i, w := range sp {
		out[i] = w.lower
	}
	return out
}

// FindCountries returns the countries named in text, in order, longest
// names first where they overlap ("North Korea", not "Korea").
func FindCountries(text string) []CountryMention {
	l := countryLexicon()
	ws := wordSpans(text)
	var out []CountryMention
	for i := 0; i < len(ws); {
		matched := 0
		for n := min(l.maxWords, len(ws)-i); n >= 1; n-- {
			parts := make([]string, n)
			for k := 0; k < n; k++ {
				parts[k] = ws[i+k].lower
			}
			if c, ok := l.names[strings.Join(parts, " ")]; ok {
				out = append(out, CountryMention{Country: c, Start: ws[i].start, End: ws[i+n-1].end})
				matched = n
				break
			}
		}
		if matched == 0 {
			w := text[ws[i].start:ws[i].end]
			// "U.S." and "U.K.": the word and its dots.
			full := w
			if j := ws[i].end; j < len(text) && text[j] == '.' {
				k := j
				for k < len(text) && (text[k] == '.' || isUpperASCII(text[k])) {
					k++
				}
				full = text[ws[i].start:k]
			}
			if c, ok := l.upper[full]; ok {
				out = append(out, CountryMention{Country: c, Start: ws[i].start, End: ws[i].start + len(full)})
			} else if c, ok := l.upper[w]; ok {
				out = append(out, CountryMention{Country: c, Start: ws[i].start, End: ws[i].end})
			}
			matched = 1
		}
		i += matched
	}
	return out
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

// IsCountry reports whether code is the ISO alpha-3 code of a country
// (not IGO, NGO or an agent code standing in for an unknown country).
func IsCountry(code string) bool {
	return countryLexicon().codes[code] != ""
}

// CountryName returns a country's English short name, or the code itself.
func CountryName(code string) string {
	if n := countryLexicon().codes[code]; n != "" {
		return n
	}
	return code
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

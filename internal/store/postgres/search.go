package postgres

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The full-text search splits words in Go, not with a PostgreSQL text search
// configuration, so that it agrees with the embedded store: a word is a run
// of letters and digits, compared in lower case with accents removed. The
// words go into a tsvector with array_to_tsvector, which takes them as they
// are.

// maxWord is the longest word, in bytes, that search indexes.
const maxWord = 512

// words returns the distinct search words of text.
func words(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range splitWords(text) {
		// PostgreSQL refuses lexemes over 2 KiB; nobody searches for those.
		if len(w) > maxWord {
			continue
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}

// splitWords folds text (lower case, no accents) and splits it into runs of
// letters and digits.
func splitWords(text string) []string {
	return strings.FieldsFunc(fold(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// fold lower-cases s and removes combining marks ("Ōsh" → "osh").
func fold(s string) string {
	s = strings.ToValidUTF8(s, " ")
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

// tsQuery turns the words of a search into a tsquery that matches sentences
// containing all of them; a trailing * makes a word a prefix. A query word
// that folds into several words ("Kyrgyz-Tajik") needs them all. It returns
// "" when the search has no words, which Filter.Validate refuses.
func tsQuery(q string) string {
	var terms []string
	for _, w := range strings.Fields(q) {
		prefix := strings.HasSuffix(w, "*")
		parts := splitWords(strings.TrimRight(w, "*"))
		for i, p := range parts {
			// Words are letters and digits only: quoting cannot be escaped.
			t := "'" + p + "'"
			if prefix && i == len(parts)-1 {
				t += ":*"
			}
			terms = append(terms, t)
		}
	}
	return strings.Join(terms, " & ")
}

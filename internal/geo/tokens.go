package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a document, as the geoparser sees it.
type token struct {
	start, end int    // byte offsets in the text
	key        string // Key of the word
	cap        bool   // starts with an upper-case letter
	upper      bool   // two or more letters, all upper case ("US", "BISHKEK")
	acronym    bool   // letters and periods ("U.S.", "U.K.")
	sent       int    // index of the sentence, from 0
	first      bool   // the first word of its sentence
	poss       bool   // followed by a possessive 's
}

// sentence is a span of the text.
type sentence struct{ start, end int }

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "lt": true, "col": true, "sgt": true,
	"capt": true, "gov": true, "sen": true, "rep": true, "jan": true, "feb": true, "aug": true, "sept": true, "sep": true,
	"oct": true, "nov": true, "dec": true, "no": true, "inc": true, "ltd": true, "co": true, "corp": true, "vs": true,
	"jr": true, "sr": true, "prof": true, "mt": true, "ft": true, "rev": true, "maj": true, "adm": true, "cmdr": true,
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true, "fla": true, "ga": true,
	"ill": true, "ind": true, "kan": true, "ky": true, "la": true, "md": true, "mass": true, "mich": true, "minn": true,
	"miss": true, "mo": true, "mont": true, "neb": true, "nev": true, "okla": true, "ore": true, "pa": true, "tenn": true,
	"tex": true, "vt": true, "va": true, "wash": true, "wis": true, "wyo": true, "approx": true, "est": true, "dept": true,
}

// tokenize splits text into words and sentences. Hyphenated words become
// several tokens (so "Kyrgyz-Tajik" gives two demonyms, and
// "Gorno-Badakhshan" is matched across the hyphen); a possessive 's is
// cut off and noted.
func tokenize(text string) ([]token, []sentence) {
	toks := make([]token, 0, len(text)/6)
	var sents []sentence
	sent, sentStart := 0, -1
	newSentence := true
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		j := i
		// An acronym with periods: U.S., U.K., U.A.E.
		if unicode.IsUpper(r) && i+size < len(text) && text[i+size] == '.' {
			k := i
			letters := 0
			for k < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[k:])
				if !unicode.IsUpper(r2) || k+s2 >= len(text) || text[k+s2] != '.' {
					break
				}
				k += s2 + 1
				letters++
			}
			if letters >= 2 {
				j = k
			}
		}
		poss := false
		if j == i {
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				if isApostrophe(r2) && j+s2 < len(text) {
					r3, s3 := utf8.DecodeRuneInString(text[j+s2:])
					if !isWordRune(r3) {
						break
					}
					// Possessive 's: cut it off.
					if (r3 == 's' || r3 == 'S') && (j+s2+s3 >= len(text) || !isWordRune(peekRune(text[j+s2+s3:]))) {
						poss = true
						break
					}
					j += s2
					continue
				}
				break
			}
		}
		word := text[start:j]
		// Sentence boundaries: in the gap before this word.
		if len(toks) > 0 {
			prev := &toks[len(toks)-1]
			gap := text[prev.end:start]
			if endsSentence(prev, gap, r) {
				if sentStart >= 0 {
					sents = append(sents, sentence{sentStart, prev.end})
				}
				sent++
				newSentence = true
			}
		}
		if newSentence {
			sentStart = start
		}
		t := token{start: start, end: j, sent: sent, first: newSentence, poss: poss}
		newSentence = false
		t.cap = unicode.IsUpper(r)
		t.acronym = j > i && text[j-1] == '.'
		if t.cap {
			letters, upper := 0, 0
			for _, c := range word {
				if unicode.IsLetter(c) {
					letters++
					if unicode.IsUpper(c) {
						upper++
					}
				}
			}
			t.upper = letters >= 2 && upper == letters
		}
		t.key = Key(word)
		if t.key != "" {
			toks = append(toks, t)
		}
		i = j
		if poss {
			_, s2 := utf8.DecodeRuneInString(text[j:])
			i = j + s2 + 1
		}
	}
	if sentStart >= 0 && len(toks) > 0 {
		sents = append(sents, sentence{sentStart, toks[len(toks)-1].end})
	}
	return toks, sents
}

func peekRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == 'ʻ' || r == '‘'
}

// endsSentence says whether the gap after prev, before a word starting
// with r, ends a sentence.
func endsSentence(prev *token, gap string, r rune) bool {
	if strings.Contains(gap, "\n\n") || strings.Contains(gap, "\r\n\r\n") {
		return true
	}
	startsUpper := unicode.IsUpper(r) || unicode.IsDigit(r)
	if strings.IndexByte(gap, '\n') >= 0 && startsUpper {
		t := strings.TrimSpace(gap)
		if t == "" || strings.ContainsAny(t, ".!?:\"”") {
			return true
		}
	}
	if !startsUpper {
		return false
	}
	p := strings.IndexAny(gap, ".!?")
	if p < 0 {
		return false
	}
	// Only closing quotes and brackets may follow the mark before the space.
	rest := strings.TrimLeft(gap[p:], ".!?\"'”’)]")
	if rest == "" || !unicode.IsSpace(peekRune(rest)) {
		return false
	}
	if p == 0 && gap[0] == '.' && (abbreviations[prev.key] || prev.acronym || (prev.cap && prev.end-prev.start == 1)) {
		return false
	}
	return true
}

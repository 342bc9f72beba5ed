package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations keep their final period: "Mr." is one token, and a period
// after one does not end a sentence unless a sentence plainly starts next.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "cmdr": true, "adm": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "st": true, "sr": true, "jr": true,
	"pres": true, "amb": true, "hon": true, "messrs": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "nos": true, "vs": true, "etc": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "dept": true, "est": true, "approx": true, "fig": true, "vol": true,
	"mt": true, "ft": true, "km": true, "ave": true, "blvd": true,
}

// Tokenize splits s into tokens in the Penn Treebank style: punctuation
// apart, possessive "'s" and "n't" apart, hyphenated words, numbers ("2-1",
// "1,000.5") and abbreviations ("U.S.", "Mr.") whole. Offsets are bytes into s.
func Tokenize(s string) []Token {
	toks := appendTokens(make([]Token, 0, len(s)/5+4), s, 0)
	fillLower(toks) // the hashes are set already, by fillToken
	return toks
}

// fillLower sets Lower on the ASCII tokens with capitals, which mkToken
// leaves without one, writing them all into one string rather than
// allocating a string per capitalised word.
func fillLower(toks []Token) {
	n := 0
	for i := range toks {
		if toks[i].Lower == "" {
			n += len(toks[i].Text)
		}
	}
	if n == 0 {
		return
	}
	buf, off := make([]byte, n), 0
	for i := range toks {
		if toks[i].Lower != "" {
			continue
		}
		text := toks[i].Text
		for k := 0; k < len(text); k++ {
			c := text[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[off+k] = c
		}
		off += len(text)
	}
	all := string(buf)
	off = 0
	for i := range toks {
		if toks[i].Lower == "" {
			toks[i].Lower = all[off : off+len(toks[i].Text)]
			off += len(toks[i].Text)
		}
	}
}

// appendTokens tokenizes s[from:] and appends to toks; offsets are into s.
func appendTokens(toks []Token, s string, from int) []Token {
	i := from
	n := len(s)
	for i < n {
		c := s[i]
		// Whitespace.
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			i++
			continue
		}
		if byteClass[c]&classWord != 0 {
			if j, ok := appendPlainWord(&toks, s, i); ok {
				i = j
				continue
			}
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) || r == 0xFEFF || r == 0x200B {
				i += size
				continue
			}
			if isPunctRune(r) {
				// "…" and dashes and curly quotes stand alone; but ’s is a possessive.
				if (r == '’' || r == '‘') && i+size < n {
					if t, ok := clitic(s, i, size); ok {
						toks = append(toks, t)
						i = t.End
						continue
					}
				}
				toks = appendToken(toks, s, i, i+size)
				i += size
				continue
			}
		}
		if c < utf8.RuneSelf && isASCIIPunct(c) {
			switch {
			case c == '\'' && i+1 < n:
				if t, ok := clitic(s, i, 1); ok {
					toks = append(toks, t)
					i = t.End
					continue
				}
			case c == '.' && i+2 < n && s[i+1] == '.' && s[i+2] == '.':
				toks = appendToken(toks, s, i, i+3)
				i += 3
				continue
			case c == '-' && i+1 < n && s[i+1] == '-':
				j := i
				for j < n && s[j] == '-' {
					j++
				}
				toks = appendToken(toks, s, i, j)
				i = j
				continue
			case (c == '$' || c == '#' || c == '@') && i+1 < n && isWordByte(s[i+1]):
				// "$5" is two tokens, "#tag" and "@user" one.
				if c == '$' {
					toks = appendToken(toks, s, i, i+1)
					i++
					continue
				}
			case (c == '-' || c == '+') && i+1 < n && s[i+1] >= '0' && s[i+1] <= '9' && (i == from || !isWordByte(s[i-1])):
				// A signed number.
				end := scanWord(s, i+1)
				toks = appendToken(toks, s, i, end)
				i = end
				continue
			default:
				toks = appendToken(toks, s, i, i+1)
				i++
				continue
			}
			if c != '#' && c != '@' {
				toks = appendToken(toks, s, i, i+1)
				i++
				continue
			}
		}
		// A word: letters, digits, inner hyphens, inner periods, inner apostrophes
		// not followed by a clitic, inner commas and periods between digits.
		end := scanWord(s, i)
		if end == i {
			// Unknown symbol: one rune.
			_, size := utf8.DecodeRuneInString(s[i:])
			end = i + size
		}
		word := s[i:end]
		// A trailing "n't" splits off: "don't" → "do" "n't".
		if k := len(word) - 2; k > 1 && word[k] == '\'' && (word[k-1] == 'n' || word[k-1] == 'N') && (word[k+1] == 't' || word[k+1] == 'T') {
			toks = appendToken(toks, s, i, i+k-1)
			toks = appendToken(toks, s, i+k-1, end)
			i = end
			continue
		}
		// A final period belongs to abbreviations and initials only.
		if end < n && s[end] == '.' && isAbbrev(s, i, end) {
			end++
		}
		toks = appendToken(toks, s, i, end)
		i = end
	}
	return toks
}

// appendPlainWord appends the word at s[i] (a letter or digit) and returns
// its end when it is a plain run of letters and digits that scanWord would
// end where the run ends (the next byte cannot continue a word, and is no
// abbreviation's period), making the token in the same pass over its bytes
// as the scan; otherwise it appends nothing and appendTokens goes the long
// way. Most words of news are plain.
func appendPlainWord(toks *[]Token, s string, i int) (int, bool) {
	j := i
	var changed uint8 // not 0 when a capital was lower-cased
	h := uint64(fnvOffset)
	for ; j < len(s); j++ {
		c := s[j]
		lc := wordLower[c]
		if lc == 0 {
			break
		}
		changed |= c ^ lc
		h ^= uint64(lc)
		h *= fnvPrime
	}
	if j < len(s) && (!wordEnd[s[j]] || s[j] == ',' && isDigit(s[j-1])) {
		return i, false
	}
	t := Token{Text: s[i:j], Start: i, End: j, ascii: true, plain: true, hash: finishHash(h)}
	if changed == 0 {
		t.Lower = t.Text // else fillLower sets it
		t.lower = true
	}
	*toks = append(*toks, t)
	return j, true
}

// wordLower maps the bytes of words (letters, digits, "_") to their lower
// case, and every other byte to 0.
var wordLower = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case byteClass[c]&classUpper != 0:
			t[c] = uint8(c) + 'a' - 'A'
		case byteClass[c]&classWord != 0:
			t[c] = uint8(c)
		}
	}
	return t
}()

// wordEnd marks the ASCII bytes after which scanWord never continues a
// word: every byte but letters, digits, "-", "/", ".", "'", "&" and
// multi-byte characters; a comma only after a letter ("1,000").
var wordEnd = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = byteClass[c]&classWord == 0 && !strings.ContainsRune("-/.'&", rune(c))
	}
	return t
}()

// clitic recognises 's, 're, 've, 'll, 'd, 'm and a plural possessive
// apostrophe at s[i] (the apostrophe is size bytes long).
func clitic(s string, i, size int) (Token, bool) {
	if i == 0 || !isWordByteOrUTF8(s, i-1) {
		return Token{}, false
	}
	rest := s[i+size:]
	for _, suf := range [...]string{"s", "re", "ve", "ll", "d", "m", "S", "RE", "VE", "LL", "D", "M"} {
		if strings.HasPrefix(rest, suf) && (len(rest) == len(suf) || !isWordByte(rest[len(suf)])) {
			return mkToken(s, i, i+size+len(suf)), true
		}
	}
	// "states' rights": the apostrophe alone after a plural.
	if s[i-1] == 's' || s[i-1] == 'S' {
		if len(rest) == 0 || !isWordByte(rest[0]) {
			return mkToken(s, i, i+size), true
		}
	}
	return Token{}, false
}

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	n := len(s)
	j := i
	for j < n {
		c := s[j]
		if isWordByte(c) {
			j++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
				j += size
				continue
			}
			// Typographic apostrophe inside a word ("O’Brien"), not a clitic.
			if r == '’' && j > i && j+size < n && isWordByte(s[j+size]) {
				if _, ok := clitic(s, j, size); !ok {
					j += size
					continue
				}
			}
			// Hyphen variants inside a word.
			if (r == '‐' || r == '‑') && j > i && j+size < n && isWordByte(s[j+size]) {
				j += size
				continue
			}
			break
		}
		if j > i && j+1 < n {
			next := s[j+1]
			prev := s[j-1]
			switch c {
			case '-', '/':
				if isWordByte(next) || next >= utf8.RuneSelf && isLetterAt(s, j+1) {
					j++
					continue
				}
			case '.':
				// U.S.A, 3.5, e.g. — an inner period followed by a letter or digit.
				if isDigit(prev) && isDigit(next) || isLetter(prev) && isLetter(next) && j+2 <= n && (j+2 == n || s[j+2] == '.' || !isLetter(s[j+2])) && singleLetterBefore(s, i, j) {
					j++
					continue
				}
			case ',':
				if isDigit(prev) && isDigit(next) && j+3 < n+1 && j+4 <= n && isDigit(s[j+2]) && isDigit(s[j+3]) {
					j++
					continue
				}
			case '\'':
				if _, ok := clitic(s, j, 1); !ok && isLetter(next) {
					j++
					continue
				}
			case '&':
				// AT&T
				if isUpper(prev) && isUpper(next) {
					j++
					continue
				}
			}
		}
		break
	}
	return j
}

// singleLetterBefore reports whether the word part s[i:j] ends in a one-letter
// segment ("U" in "U.S"), which is what makes an inner period an initialism.
func singleLetterBefore(s string, i, j int) bool {
	return j-1 == i || j-2 >= i && s[j-2] == '.'
}

// isAbbrev reports whether the word s[i:end] followed by "." is an
// abbreviation or initial that keeps its period.
func isAbbrev(s string, i, end int) bool {
	w := s[i:end]
	if strings.IndexByte(w, '.') >= 0 { // U.S, U.N, e.g
		return true
	}
	if len(w) == 1 && isUpper(w[0]) { // an initial: "John F. Kennedy"
		return true
	}
	if len(w) <= 6 {
		var buf [6]byte
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		return abbreviations[string(buf[:len(w)])]
	}
	return false
}

// mkToken makes the token s[start:end] (see fillToken).
func mkToken(s string, start, end int) Token {
	var t Token
	fillToken(&t, s, start, end)
	return t
}

// appendToken appends the token s[start:end], made in place.
func appendToken(toks []Token, s string, start, end int) []Token {
	toks = append(toks, Token{})
	fillToken(&toks[len(toks)-1], s, start, end)
	return toks
}

// fillToken makes *t the token s[start:end], with the HashWord of its lower
// case. An ASCII word with capitals gets its Lower from fillLower (its hash,
// of the lower-cased bytes, is computed here in the same pass as its byte
// classes); every other token gets it here.
func fillToken(t *Token, s string, start, end int) {
	text := s[start:end]
	t.Text, t.Start, t.End = text, start, end
	var class uint8
	h := uint64(fnvOffset)
	for k := 0; k < len(text); k++ {
		c := text[k]
		cl := byteClass[c]
		class |= cl
		// classUpper<<4 is 'a'-'A': the byte in lower case.
		h ^= uint64(c | (cl&classUpper)<<4)
		h *= fnvPrime
	}
	ascii, upper := class&classHigh == 0, class&classUpper != 0
	t.ascii = ascii
	switch {
	case !ascii:
		t.Lower = lower(text)
		t.hash = HashWord(t.Lower)
		return
	case !upper:
		t.Lower = text
		t.lower = len(text) == 1
	}
	t.hash = finishHash(h)
}

// lower lower-cases ASCII without allocating when nothing changes, turns
// typographic apostrophes and quotes into plain ones, and falls back to
// strings.ToLower for other scripts.
func lower(s string) string {
	ascii, upper := true, false
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s
		}
		b := make([]byte, len(s))
		for k := 0; k < len(s); k++ {
			c := s[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[k] = c
		}
		return string(b)
	}
	return strings.ToLower(typographic.Replace(s))
}

// typographic maps typographic apostrophes, quotes and hyphens to plain ones.
var typographic = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "‐", "-", "‑", "-")

func isWordByte(c byte) bool { return byteClass[c]&classWord != 0 }

// Byte classes, by table: the tokenizer asks of every byte.
const (
	classWord  = 1 << iota // a letter, digit or underscore
	classUpper             // A to Z
	classHigh              // part of a multi-byte character
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = classWord | classUpper
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_':
			t[c] = classWord
		case c >= utf8.RuneSelf:
			t[c] = classHigh
		}
	}
	return t
}()

func isWordByteOrUTF8(s string, i int) bool {
	if isWordByte(s[i]) {
		return true
	}
	if s[i] >= utf8.RuneSelf {
		// Find the rune that ends at i.
		r, _ := utf8.DecodeLastRuneInString(s[:i+1])
		return unicode.IsLetter(r)
	}
	return false
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

func isASCIIPunct(c byte) bool {
	return c > ' ' && c < utf8.RuneSelf && !isWordByte(c)
}

func isPunctRune(r rune) bool {
	switch r {
	case '“', '”', '‘', '’', '«', '»', '—', '–', '…', '•', '·', '„', '‹', '›', '′', '″', '¡', '¿', '€', '£', '¥', '₽', '§', '°':
		return true
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

package article

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeDocFast decodes the usual JSONL document (an object of string and
// number fields, plain lower-case keys, string values with the common
// escapes) into d in one pass, which costs a third of what json.Unmarshal
// costs on long texts. It reports false, leaving d to be decoded again, for
// anything else (other value kinds, null, keys that differ from a field
// name only in case, broken JSON): json.Unmarshal then decides, so
// the result is the same either way.
func decodeDocFast(b []byte, d *jsonDoc) bool {
	i := skipWS(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	i = skipWS(b, i+1)
	if i < len(b) && b[i] == '}' {
		return skipWS(b, i+1) == len(b)
	}
	for {
		if i >= len(b) || b[i] != '"' {
			return false
		}
		key, next, ok := scanString(b, i)
		if !ok {
			return false
		}
		i = skipWS(b, next)
		if i >= len(b) || b[i] != ':' {
			return false
		}
		i = skipWS(b, i+1)
		if i >= len(b) {
			return false
		}
		field := docField(d, key)
		if field == nil && key != "id" && key != "text" && isFieldFold(key) {
			return false // encoding/json matches keys regardless of case
		}
		switch c := b[i]; {
		case c == '"':
			s, next, ok := scanString(b, i)
			if !ok {
				return false
			}
			switch {
			case key == "id":
				d.ID = append(d.ID[:0:0], b[i:next]...)
			case key == "text":
				d.Text = &s
			case field != nil:
				*field = s
			}
			i = next
		case c == '-' || c >= '0' && c <= '9':
			next := scanNumber(b, i)
			if next < 0 || key != "id" && (key == "text" || field != nil) {
				return false // a number where a string belongs: an error
			}
			if key == "id" {
				d.ID = append(d.ID[:0:0], b[i:next]...)
			}
			i = next
		case key == "id" || key == "text" || field != nil:
			return false // null, true, an object …: left to encoding/json
		case c == 't' && hasPrefixAt(b, i, "true"):
			i += 4
		case c == 'f' && hasPrefixAt(b, i, "false"):
			i += 5
		case c == 'n' && hasPrefixAt(b, i, "null"):
			i += 4
		default:
			return false
		}
		i = skipWS(b, i)
		if i >= len(b) {
			return false
		}
		switch b[i] {
		case ',':
			i = skipWS(b, i+1)
		case '}':
			return skipWS(b, i+1) == len(b)
		default:
			return false
		}
	}
}

// docField returns the string field of d named key, or nil; "id" and
// "text" are handled by the caller.
func docField(d *jsonDoc, key string) *string {
	switch key {
	case "date":
		return &d.Date
	case "title":
		return &d.Title
	case "url":
		return &d.URL
	case "source":
		return &d.Source
	case "language":
		return &d.Language
	}
	return nil
}

// isFieldFold reports whether key names a field of jsonDoc in another case
// (as bytes.EqualFold, which encoding/json uses, sees it).
func isFieldFold(key string) bool {
	for _, f := range [...]string{"id", "text", "date", "title", "url", "source", "language"} {
		if strings.EqualFold(key, f) {
			return true
		}
	}
	return false
}

func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

func hasPrefixAt(b []byte, i int, s string) bool {
	return len(b)-i >= len(s) && string(b[i:i+len(s)]) == s
}

// scanString reads the JSON string starting at the quote b[i] and returns
// its value and the index after the closing quote; ok is false for what
// the fast path leaves to encoding/json (broken escapes, invalid UTF-8,
// control characters, no closing quote).
func scanString(b []byte, i int) (s string, next int, ok bool) {
	start := i + 1
	j := start
	high := false
	for j < len(b) {
		for j+8 <= len(b) && plain8(binary.LittleEndian.Uint64(b[j:])) {
			j += 8
		}
		if j >= len(b) {
			break
		}
		c := b[j]
		switch {
		case c == '"':
			if high && !utf8.Valid(b[start:j]) {
				return "", 0, false
			}
			return string(b[start:j]), j + 1, true
		case c == '\\':
			return unescape(b, start, j)
		case c < 0x20:
			return "", 0, false
		case c >= utf8.RuneSelf:
			high = true
		}
		j++
	}
	return "", 0, false
}

// unescape reads the rest of a string that has a backslash at b[j].
func unescape(b []byte, start, j int) (s string, next int, ok bool) {
	out := make([]byte, 0, len(b)-start)
	out = append(out, b[start:j]...)
	for j < len(b) {
		// Copy the run of bytes up to the next quote, backslash or
		// control character at once.
		k := j
		for k+8 <= len(b) && plain8(binary.LittleEndian.Uint64(b[k:])) {
			k += 8
		}
		for k < len(b) && b[k] != '"' && b[k] != '\\' && b[k] >= 0x20 {
			k++
		}
		out = append(out, b[j:k]...)
		if j = k; j >= len(b) {
			break
		}
		c := b[j]
		switch {
		case c == '"':
			if !utf8.Valid(out) {
				return "", 0, false
			}
			return string(out), j + 1, true
		case c == '\\':
			if j+1 >= len(b) {
				return "", 0, false
			}
			switch b[j+1] {
			case '"', '\\', '/':
				out = append(out, b[j+1])
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				// As encoding/json reads it: a surrogate pair makes one
				// rune, a lone surrogate U+FFFD.
				r := hex4(b, j+2)
				if r < 0 {
					return "", 0, false // broken: json.Unmarshal says how
				}
				j += 6
				if utf16.IsSurrogate(r) {
					r2 := rune(-1)
					if j+1 < len(b) && b[j] == '\\' && b[j+1] == 'u' {
						r2 = hex4(b, j+2)
					}
					if dec := utf16.DecodeRune(r, r2); dec != unicode.ReplacementChar {
						j += 6
						r = dec
					} else {
						r = unicode.ReplacementChar
					}
				}
				out = utf8.AppendRune(out, r)
				continue
			default:
				return "", 0, false // broken escapes
			}
			j += 2
			continue
		}
		return "", 0, false // a control character
	}
	return "", 0, false
}

// hex4 returns the rune of the four hex digits at b[i:], or -1.
func hex4(b []byte, i int) rune {
	if i+4 > len(b) {
		return -1
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// plain8 reports whether none of the eight bytes in x needs a closer look
// in a JSON string: no control character, quote, backslash or non-ASCII
// byte. (Bytes below 0x20, and quotes and backslashes made zero by the
// xors, set the high bit of (v - ones) &^ v in some byte v.)
func plain8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := (x - 0x20*ones) &^ x
	quote := x ^ '"'*ones
	back := x ^ '\\'*ones
	return (x|low|(quote-ones)&^quote|(back-ones)&^back)&highs == 0
}

// scanNumber returns the index after the JSON number at b[i], or -1.
func scanNumber(b []byte, i int) int {
	if b[i] == '-' {
		i++
	}
	digits := func() bool {
		k := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		return i > k
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case !digits():
		return -1
	}
	if i < len(b) && b[i] == '.' {
		i++
		if !digits() {
			return -1
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if !digits() {
			return -1
		}
	}
	return i
}

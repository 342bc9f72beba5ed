package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// kind is what a body holds, as told by its first bytes.
type kind int

const (
	kindText kind = iota
	kindHTML
	kindFeed
	kindJSONL
	kindBinary
)

// sniffLen is how many leading bytes sniff looks at.
const sniffLen = 8 << 10

// sniff tells what a body holds from its first bytes (up to sniffLen).
func sniff(prefix []byte) kind {
	if len(prefix) > sniffLen {
		prefix = prefix[:sniffLen]
	}
	if isBinary(prefix) {
		return kindBinary
	}
	p := bytes.TrimLeft(trimBOM(prefix), " \t\r\n")
	if len(p) == 0 {
		return kindText
	}
	switch p[0] {
	case '{':
		if isJSONFeed(p) {
			return kindFeed
		}
		return kindJSONL
	case '<':
		switch gofeed.DetectFeedType(bytes.NewReader(p)) {
		case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
			return kindFeed
		}
		if looksHTML(p) {
			return kindHTML
		}
	}
	return kindText
}

// isJSONFeed says whether a JSON body is a JSON Feed (jsonfeed.org).
func isJSONFeed(prefix []byte) bool {
	if len(prefix) > sniffLen {
		prefix = prefix[:sniffLen]
	}
	return bytes.Contains(prefix, []byte("jsonfeed.org/version"))
}

// looksHTML says whether a body that starts with "<" is an HTML page.
func looksHTML(p []byte) bool {
	if len(p) > 1024 {
		p = p[:1024]
	}
	l := bytes.ToLower(p)
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ", "<h1"} {
		if bytes.Contains(l, []byte(tag)) {
			return true
		}
	}
	return false
}

func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) }

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff})
}

// isBinary says whether a body's first bytes are not text: a NUL byte, a
// known binary format (PDF, ZIP, gzip, images) or many control bytes.
func isBinary(p []byte) bool {
	if len(p) == 0 || hasUTF16BOM(p) {
		return false
	}
	if bytes.IndexByte(p, 0) >= 0 {
		return true
	}
	ct := http.DetectContentType(p)
	if !strings.HasPrefix(ct, "text/") && !strings.Contains(ct, "xml") && !strings.Contains(ct, "json") {
		return true
	}
	// Text in a single-byte code page (Windows-1251 Cyrillic) is mostly
	// bytes that are not UTF-8, so only control bytes count against text.
	control := 0
	for _, c := range p {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			control++
		}
	}
	return control*20 > len(p)
}

// readLimited reads all of r, up to max bytes; a longer input is
// ErrTooLarge, without reading the rest.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: over %d bytes, not read", ErrTooLarge, max)
	}
	return b, nil
}

// decodeText turns the bytes of a text file into valid UTF-8. A UTF-16 file
// (with its byte order mark) is converted. Bytes that are not UTF-8 are
// replaced with U+FFFD, except in a mostly-ASCII file with no UTF-8 sequence
// at all, which is read as Windows-1252 (the usual Latin-1 of English news).
// A repair returns a warning naming the first line concerned.
func decodeText(b []byte) (text string, line int, warn error) {
	if hasUTF16BOM(b) {
		out, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err == nil {
			return strings.ToValidUTF8(string(out), "\uFFFD"), 0, nil
		}
	}
	b = trimBOM(b)
	if utf8.Valid(b) {
		return string(b), 0, nil
	}
	high, multi, firstBad := 0, 0, -1
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		high++
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			if firstBad < 0 {
				firstBad = i
			}
		} else {
			multi++
		}
		i += size
	}
	line = bytes.Count(b[:firstBad], []byte("\n")) + 1
	if multi == 0 && high*10 < len(b) {
		out, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err == nil {
			return string(out), line, errors.New("not UTF-8; read as Windows-1252")
		}
	}
	return strings.ToValidUTF8(string(b), "\uFFFD"), line, ErrInvalidUTF8
}

package store

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// ErrBadFilter is returned, wrapped with the reason, for a Filter that cannot
// be answered: a malformed date, pair, quad class, limit or cursor. An HTTP
// handler answers it with 400.
var ErrBadFilter = errors.New("bad filter")

// Validate checks f and returns an error wrapping ErrBadFilter that says what
// is wrong. Every Store implementation calls it before querying, so that all
// of them refuse the same filters.
func (f Filter) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadFilter, fmt.Sprintf(format, args...))
	}
	if f.Country != "" && !isAlpha3(f.Country) {
		return bad("country %q: want an upper-case three-letter code such as KGZ", f.Country)
	}
	if f.Pair != "" {
		if _, _, err := f.PairCountries(); err != nil {
			return err
		}
	}
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return bad("%s date %q: want YYYY-MM-DD", d.name, d.v)
		}
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return bad("from date %s is after to date %s", f.From, f.To)
	}
	if f.Code != "" && !isDigits(f.Code, 2, 4) {
		return bad("code %q: want two to four digits", f.Code)
	}
	if f.Root != "" && !isDigits(f.Root, 2, 2) {
		return bad("root %q: want two digits", f.Root)
	}
	if f.Quad < 0 || f.Quad > 4 {
		return bad("quad class %d: want 1 to 4, or 0 for all", f.Quad)
	}
	if f.Query != "" && !strings.ContainsFunc(f.Query, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return bad("query %q has no words to search for", f.Query)
	}
	if f.Limit < 0 {
		return bad("limit %d: want 0 or more", f.Limit)
	}
	if f.Cursor != "" {
		if _, err := DecodeCursor(f.Cursor, f.Newest); err != nil {
			return err
		}
	}
	return nil
}

// PairCountries splits f.Pair ("KGZ-TJK") into its two country codes.
func (f Filter) PairCountries() (a, b string, err error) {
	a, b, ok := strings.Cut(f.Pair, "-")
	if !ok || !isAlpha3(a) || !isAlpha3(b) {
		return "", "", fmt.Errorf("%w: pair %q: want two upper-case three-letter codes such as KGZ-TJK", ErrBadFilter, f.Pair)
	}
	return a, b, nil
}

// Cursor is the position of the last event of a page, in the order the page
// was read: events are ordered by date, then id.
type Cursor struct {
	// Date and ID are those of the last event of the page.
	Date, ID string
}

// cursorVersion prefixes encoded cursors so that their form can change
// without old cursors being misread.
const cursorVersion = "c1"

// EncodeCursor returns the opaque cursor that continues after c, in
// ascending order or, when newest is true, descending.
func EncodeCursor(c Cursor, newest bool) string {
	dir := "a"
	if newest {
		dir = "d"
	}
	raw := cursorVersion + "\x00" + dir + "\x00" + c.Date + "\x00" + c.ID
	return base64.RawURLEncoding.EncodeToString([]byte(raw))
}

// DecodeCursor reads a cursor made by EncodeCursor. It fails with
// ErrBadFilter if the cursor is malformed or was made for the other order.
func DecodeCursor(s string, newest bool) (Cursor, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return Cursor{}, fmt.Errorf("%w: cursor %q is not one this store gave out", ErrBadFilter, s)
	}
	parts := strings.Split(string(raw), "\x00")
	if len(parts) != 4 || parts[0] != cursorVersion || parts[3] == "" {
		return Cursor{}, fmt.Errorf("%w: cursor %q is not one this store gave out", ErrBadFilter, s)
	}
	want := "a"
	if newest {
		want = "d"
	}
	if parts[1] != want {
		return Cursor{}, fmt.Errorf("%w: cursor was made for the other sort order", ErrBadFilter)
	}
	return Cursor{Date: parts[2], ID: parts[3]}, nil
}

func isAlpha3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func isDigits(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

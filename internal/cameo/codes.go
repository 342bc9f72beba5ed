package cameo

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/accord-hub/accord/data"
)

// Code is one CAMEO event code and what it means.
type Code struct {
	// Code is the CAMEO code as written, two to four digits ("19", "057", "1124").
	Code string
	// Name is the codebook's short description.
	Name string
	// Goldstein is the code's weight on the Goldstein conflict–cooperation scale, −10 to +10.
	Goldstein float64
	// Quad is the QuadClass: 1 verbal cooperation, 2 material cooperation,
	// 3 verbal conflict, 4 material conflict.
	Quad int
	// Plover is the PLOVER event type the code maps to; empty for public
	// statements (root 01), which PLOVER does not code as events.
	Plover string
}

// Root returns the code's two-digit root category.
func (c Code) Root() string { return RootOf(c.Code) }

// RootOf returns the two-digit root of a CAMEO code ("1124" → "11").
func RootOf(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// QuadNames names the four QuadClasses, indexed by class number.
var QuadNames = [5]string{"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

var table = sync.OnceValue(func() map[string]Code {
	raw, err := data.FS.ReadFile("cameo/codes.tsv")
	if err != nil {
		panic("cameo: embedded code table missing: " + err.Error())
	}
	codes, err := parseTable(raw)
	if err != nil {
		panic("cameo: embedded code table: " + err.Error())
	}
	return codes
})

func parseTable(raw []byte) (map[string]Code, error) {
	codes := make(map[string]Code, 320)
	sc := bufio.NewScanner(bytes.NewReader(raw))
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: want 5 tab-separated fields, have %d", line, len(f))
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: goldstein: %w", line, err)
		}
		q, err := strconv.Atoi(f[3])
		if err != nil || q < 1 || q > 4 {
			return nil, fmt.Errorf("line %d: bad quad class %q", line, f[3])
		}
		codes[f[0]] = Code{Code: f[0], Name: f[1], Goldstein: g, Quad: q, Plover: f[4]}
	}
	return codes, sc.Err()
}

// Lookup returns the code's entry. A code that is not in the table but whose
// three-digit or two-digit prefix is (a dictionary's "0874x") falls back to it,
// with ok false so that callers can warn.
func Lookup(code string) (Code, bool) {
	t := table()
	if c, ok := t[code]; ok {
		return c, true
	}
	for n := len(code) - 1; n >= 2; n-- {
		if c, ok := t[code[:n]]; ok {
			return c, false
		}
	}
	return Code{}, false
}

// Valid reports whether code is a CAMEO event code in the table.
func Valid(code string) bool {
	_, ok := table()[code]
	return ok
}

// All returns every code, sorted by code.
func All() []Code {
	t := table()
	out := make([]Code, 0, len(t))
	for _, c := range t {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// Roots returns the twenty root categories, "01" to "20".
func Roots() []Code {
	var out []Code
	for _, c := range All() {
		if len(c.Code) == 2 {
			out = append(out, c)
		}
	}
	return out
}

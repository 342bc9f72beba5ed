package agreement

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"time"
)

// Entry is one agreement in a registry: its id, names and what is known of
// it beyond the news.
type Entry struct {
	// ID is the agreement's id in output ("ca-friendship-2022").
	ID string
	// Name is its full name; Aliases the other names it goes by. Mentions
	// whose names match any of them are merged into it.
	Name    string
	Aliases []string
	// Kind is treaty, agreement, declaration, memorandum, protocol …
	Kind string
	// Binding says whether it creates legal obligations; nil when unknown.
	Binding *bool
	// Date is when it was signed, YYYY-MM-DD.
	Date string
	// Parties are the states it is between, ISO alpha-3. When given, a
	// mention naming another state is not this agreement.
	Parties []string
	// EntryIntoForce is its entry-into-force rule, in words.
	EntryIntoForce string
	// Note is anything else worth saying.
	Note string
}

//go:embed registry.txt
var builtinRegistry string

// Builtin returns the registry that ships with accord.
func Builtin() ([]Entry, error) {
	return ParseRegistry(strings.NewReader(builtinRegistry), "built-in registry")
}

// LoadRegistry reads the built-in registry and then each file in paths; an
// entry of a file replaces the built-in entry with the same id.
func LoadRegistry(paths ...string) ([]Entry, error) {
	entries, err := Builtin()
	if err != nil {
		return nil, err
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("agreement: registry: %w", err)
		}
		more, err := ParseRegistry(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
		for _, e := range more {
			replaced := false
			for i := range entries {
				if entries[i].ID == e.ID {
					entries[i], replaced = e, true
				}
			}
			if !replaced {
				entries = append(entries, e)
			}
		}
	}
	return entries, nil
}

var (
	idPattern   = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	codePattern = regexp.MustCompile(`^[A-Z]{3}$`)
)

// ParseRegistry reads a registry file. The format is a list of stanzas:
//
//	# a comment
//	[ca-friendship-2022]
//	name: Treaty on Friendship, Good-Neighbourliness and Cooperation …
//	alias: friendship treaty
//	kind: treaty
//	binding: no
//	date: 2022-07-21
//	parties: KAZ KGZ TJK TKM UZB
//	entry_into_force: on the deposit of the third instrument of ratification
//	note: declaratory; the text "does not have any binding force"
//
// alias may be repeated. name is required. Mistakes are reported with the
// file name and line.
func ParseRegistry(r io.Reader, file string) ([]Entry, error) {
	var (
		out  []Entry
		cur  *Entry
		line int
		ids  = map[string]int{}
	)
	errf := func(format string, args ...any) error {
		return fmt.Errorf("agreement: %s:%d: %s", file, line, fmt.Sprintf(format, args...))
	}
	finish := func() error {
		if cur != nil && cur.Name == "" {
			return fmt.Errorf("agreement: %s: entry [%s] has no name", file, cur.ID)
		}
		return nil
	}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if strings.HasPrefix(text, "[") {
			if !strings.HasSuffix(text, "]") {
				return nil, errf("want [id], got %q", text)
			}
			if err := finish(); err != nil {
				return nil, err
			}
			id := strings.TrimSpace(text[1 : len(text)-1])
			if !idPattern.MatchString(id) {
				return nil, errf("bad id %q: use lower-case letters, digits, '.', '_' and '-'", id)
			}
			if prev, dup := ids[id]; dup {
				return nil, errf("id %q already used on line %d", id, prev)
			}
			ids[id] = line
			out = append(out, Entry{ID: id})
			cur = &out[len(out)-1]
			continue
		}
		key, val, ok := strings.Cut(text, ":")
		if !ok {
			return nil, errf("want key: value, got %q", text)
		}
		if cur == nil {
			return nil, errf("%q comes before any [id] line", text)
		}
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
		switch key {
		case "name":
			cur.Name = val
		case "alias", "aka":
			if val != "" {
				cur.Aliases = append(cur.Aliases, val)
			}
		case "kind":
			cur.Kind = strings.ToLower(val)
		case "binding":
			switch strings.ToLower(val) {
			case "yes", "true", "binding":
				b := true
				cur.Binding = &b
			case "no", "false", "declaratory", "non-binding":
				cur.Binding = new(bool)
			case "", "unknown":
				cur.Binding = nil
			default:
				return nil, errf("binding: want yes, no or unknown, got %q", val)
			}
		case "date":
			if _, err := time.Parse("2006-01-02", val); err != nil {
				return nil, errf("date: want YYYY-MM-DD, got %q", val)
			}
			cur.Date = val
		case "parties":
			for _, p := range strings.FieldsFunc(val, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' }) {
				p = strings.ToUpper(p)
				if !codePattern.MatchString(p) {
					return nil, errf("parties: %q is not an ISO 3166 alpha-3 code", p)
				}
				cur.Parties = appendUnique(cur.Parties, p)
			}
		case "entry_into_force", "entry-into-force", "in_force":
			cur.EntryIntoForce = val
		case "note":
			cur.Note = val
		default:
			return nil, errf("unknown key %q (want name, alias, kind, binding, date, parties, entry_into_force or note)", key)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("agreement: %s: %w", file, err)
	}
	if err := finish(); err != nil {
		return nil, err
	}
	return out, nil
}

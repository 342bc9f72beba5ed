package dict

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/accord-hub/accord/data"
)

// Builtin loads accord's own dictionaries embedded from data/dict.
func Builtin() (*Set, error) {
	return LoadFS(data.FS, "dict")
}

// LoadFS loads dictionaries in accord's format from dir in fsys: every
// actors/*.txt, agents.txt, verbs.txt and discards.txt that exists.
func LoadFS(fsys fs.FS, dir string) (*Set, error) {
	s := &Set{Actors: NewTrie(), Agents: NewTrie(), Verbs: NewVerbs(), Discards: &Discards{Sentence: NewTrie(), Story: NewTrie()}}
	actorFiles, _ := fs.Glob(fsys, path.Join(dir, "actors", "*.txt"))
	sort.Strings(actorFiles)
	for _, f := range actorFiles {
		if err := loadFile(fsys, f, func(r io.Reader, name string) error { return ReadActors(r, name, s.Actors) }); err != nil {
			return nil, err
		}
	}
	type part struct {
		file string
		read func(io.Reader, string) error
	}
	for _, p := range []part{
		{"agents.txt", func(r io.Reader, n string) error { return ReadAgents(r, n, s.Agents) }},
		{"verbs.txt", func(r io.Reader, n string) error { return ReadVerbs(r, n, s.Verbs) }},
		{"discards.txt", func(r io.Reader, n string) error { return ReadDiscards(r, n, s.Discards) }},
	} {
		f := path.Join(dir, p.file)
		if _, err := fs.Stat(fsys, f); err != nil {
			continue
		}
		if err := loadFile(fsys, f, p.read); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func loadFile(fsys fs.FS, name string, read func(io.Reader, string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("dict: %w", err)
	}
	defer f.Close()
	return read(f, name)
}

// lines calls fn with each meaningful line of r (comments and blank lines
// dropped, trailing comments cut) and its 1-based number.
func lines(r io.Reader, fn func(line string, n int) error) error {
	// One string for the whole file: lines and the phrases cut from them
	// are slices of it.
	var b strings.Builder
	if f, ok := r.(fs.File); ok {
		if st, err := f.Stat(); err == nil {
			b.Grow(int(st.Size()))
		}
	}
	if _, err := io.Copy(&b, r); err != nil {
		return err
	}
	text := b.String()
	n := 0
	for len(text) > 0 {
		n++
		var l string
		l, text, _ = strings.Cut(text, "\n")
		l = strings.TrimSuffix(l, "\r")
		if len(l) > maxLine {
			return bufio.ErrTooLong
		}
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		l = strings.TrimSpace(cutComment(l))
		if l == "" {
			continue
		}
		if err := fn(l, n); err != nil {
			return err
		}
	}
	return nil
}

// maxLine is the longest line a dictionary may have.
const maxLine = 1 << 20

// origin is the "file:line" of an entry.
func origin(name string, n int) string {
	// One allocation, not one for the number and one for the whole.
	var buf [64]byte
	b := append(buf[:0], name...)
	b = append(b, ':')
	return string(strconv.AppendInt(b, int64(n), 10))
}

// isCode reports whether s is an actor or agent code: one or more groups
// of three capital letters or digits.
func isCode(s string) bool {
	if s == "" || len(s)%3 != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// ReadActors reads accord's actor format (data/dict/FORMAT.md) into t.
func ReadActors(r io.Reader, name string, t *Trie) error {
	var blk entryBlock
	var fbuf []string // the fields of a line's head, reused: nothing keeps them
	return lines(r, func(l string, n int) error {
		head, body, ok := strings.Cut(l, ":")
		if !ok {
			return &ParseError{name, n, "want CODE [DATES] [KIND]: phrase | phrase"}
		}
		fbuf = appendFields(fbuf[:0], head)
		f := fbuf
		if len(f) > 0 && f[0] == "---" {
			// A phrase that is no actor: it blocks shorter matches ("Latin American").
			f[0] = ""
		} else if len(f) == 0 || !isCode(f[0]) {
			return &ParseError{name, n, fmt.Sprintf("bad actor code in %q", head)}
		}
		c := Coding{Code: f[0]}
		for _, w := range f[1:] {
			switch {
			case strings.Contains(w, ".."):
				from, to, _ := strings.Cut(w, "..")
				var err error
				if c.From, err = normDate(from, false); err != nil {
					return &ParseError{name, n, err.Error()}
				}
				if c.To, err = normDate(to, true); err != nil {
					return &ParseError{name, n, err.Error()}
				}
			case w == "name":
				c.Kind = Name
			case w == "adj":
				c.Kind = Adj
			case w == "capital":
				c.Kind = Capital
			case w == "person":
				c.Kind = Person
			default:
				return &ParseError{name, n, fmt.Sprintf("unknown word %q before ':'", w)}
			}
		}
		from := origin(name, n)
		// The phrases between "|": a Cut loop allocates no iterator.
		for more := true; more; {
			var ph string
			ph, body, more = strings.Cut(body, "|")
			ph = strings.TrimSpace(ph)
			p := phraseOf(ph)
			if len(p) == 0 {
				continue
			}
			e := t.Add(blk.entry(Entry{Phrase: p, Codings: blk.coding(c), Origin: from, Caps: isAcronym(ph)}))
			e.Caps = e.Caps && isAcronym(ph)
			if c.Kind == Adj && c.Code != "" {
				// "Serbs", "Tajiks": the plural of a demonym is its people.
				pl := append(Phrase{}, p...)
				pl[len(pl)-1] = Plural(pl[len(pl)-1])
				if pl[len(pl)-1] != p[len(p)-1] && t.Lookup(pl) == nil {
					people := c
					people.Kind = Name
					t.Add(blk.entry(Entry{Phrase: pl, Codings: blk.coding(people), Origin: from}))
				}
			}
		}
		return nil
	})
}

// cutComment cuts off l a comment that starts with " #" or "\t#".
func cutComment(l string) string {
	for from := 0; ; {
		k := strings.IndexByte(l[from:], '#')
		if k < 0 {
			return l
		}
		k += from
		if k > 0 && (l[k-1] == ' ' || l[k-1] == '\t') {
			return l[:k-1]
		}
		from = k + 1
	}
}

// appendFields appends the fields of s, as strings.Fields cuts them, to
// dst: in one pass and without a new slice when s is ASCII.
func appendFields(dst []string, s string) []string {
	n0 := len(dst)
	i := 0
	for {
		for i < len(s) && fieldByte[s[i]] == fieldSpace {
			i++
		}
		if i == len(s) {
			return dst
		}
		start := i
		for i < len(s) && fieldByte[s[i]] == fieldText {
			i++
		}
		if i < len(s) && fieldByte[s[i]] == fieldHigh {
			return append(dst[:n0], strings.Fields(s)...)
		}
		dst = append(dst, s[start:i])
	}
}

// fieldByte classes bytes for appendFields: fieldText, the ASCII bytes
// strings.Fields keeps; fieldSpace, those it cuts at; fieldHigh, those of
// other characters.
var fieldByte = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = fieldHigh
	}
	for _, c := range "\t\n\v\f\r " {
		t[c] = fieldSpace
	}
	return t
}()

const (
	fieldText = iota
	fieldSpace
	fieldHigh
)

// entryBlock hands out entries and one-coding lists carved from blocks:
// one allocation for many. A list's capacity is its length, so that
// appending to it (Trie.Add merging codings) copies it.
type entryBlock struct {
	entries []Entry
	codings []Coding
}

// entry returns a pointer to a copy of e.
func (b *entryBlock) entry(e Entry) *Entry {
	if len(b.entries) == 0 {
		b.entries = make([]Entry, 256)
	}
	p := &b.entries[0]
	*p = e
	b.entries = b.entries[1:]
	return p
}

// coding returns the list of c alone.
func (b *entryBlock) coding(c Coding) []Coding {
	if len(b.codings) == 0 {
		b.codings = make([]Coding, 256)
	}
	l := b.codings[:1:1]
	l[0] = c
	b.codings = b.codings[1:]
	return l
}

// isAcronym reports whether a phrase is written in capitals ("US", "WHO",
// "U.N."): such phrases match only text in capitals, so that "us" and "who"
// are not the United States and the World Health Organization.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		}
	}
	return letters >= 2 && !strings.Contains(s, " ")
}

// normDate turns YYYY, YYYY-MM or YYYY-MM-DD into YYYY-MM-DD; end dates of a
// year or month go to its last day.
func normDate(s string, end bool) (string, error) {
	s = strings.TrimSpace(s)
	switch len(s) {
	case 0:
		return "", nil
	case 4:
		if end {
			return s + "-12-31", nil
		}
		return s + "-01-01", nil
	case 7:
		if end {
			return s + "-31", nil
		}
		return s + "-01", nil
	case 10:
		return s, nil
	}
	return "", fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
}

// ReadAgents reads accord's agent format into t, adding regular plurals.
func ReadAgents(r io.Reader, name string, t *Trie) error {
	var blk entryBlock
	return lines(r, func(l string, n int) error {
		head, body, ok := strings.Cut(l, ":")
		head = strings.TrimSpace(head)
		if !ok || !isCode(head) {
			return &ParseError{name, n, "want AGENT: noun | noun"}
		}
		from := origin(name, n)
		// The phrases between "|": a Cut loop allocates no iterator.
		for more := true; more; {
			var ph string
			ph, body, more = strings.Cut(body, "|")
			p := phraseOf(strings.TrimSpace(ph))
			if len(p) == 0 {
				continue
			}
			t.Add(blk.entry(Entry{Phrase: p, Agent: head, Origin: from}))
			pl := append(Phrase{}, p...)
			pl[len(pl)-1] = Plural(pl[len(pl)-1])
			if pl[len(pl)-1] != p[len(p)-1] && t.Lookup(pl) == nil {
				t.Add(blk.entry(Entry{Phrase: pl, Agent: head, Origin: from}))
			}
		}
		return nil
	})
}

// ReadDiscards reads a discard list: a phrase a line, "+" for whole stories.
func ReadDiscards(r io.Reader, name string, d *Discards) error {
	return lines(r, func(l string, n int) error {
		story := strings.HasPrefix(l, "+")
		p := phraseOf(strings.TrimPrefix(l, "+"))
		if len(p) == 0 {
			return nil
		}
		e := &Entry{Phrase: p, Origin: origin(name, n)}
		if story {
			d.Story.Add(e)
		} else {
			d.Sentence.Add(e)
		}
		return nil
	})
}

// Plural returns the regular English plural of a noun.
func Plural(w string) string {
	switch {
	case w == "" || !isLetters(w):
		return w
	case strings.HasSuffix(w, "man") && len(w) > 4:
		return w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsAny(w[len(w)-2:len(w)-1], "aeiou"):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !(w[i] >= 'a' && w[i] <= 'z') {
			return false
		}
	}
	return true
}

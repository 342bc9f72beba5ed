package dict

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// The PETRARCH-1/TABARI dictionary formats (shared/reference/README.md):
// words joined by "_", a phrase ending in "_" matches exactly, otherwise by
// stem; "#" starts a comment.

// petrarchLines calls fn with each line of r with comments removed (keeping
// leading whitespace, which matters for dated actor codes). Lines that are
// not UTF-8 are read as Latin-1.
func petrarchLines(r io.Reader, fn func(line string, n int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	dec := charmap.ISO8859_1.NewDecoder()
	for sc.Scan() {
		n++
		l := sc.Text()
		if !utf8.ValidString(l) {
			if s, err := dec.String(l); err == nil {
				l = s
			}
		}
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		if strings.HasPrefix(strings.TrimSpace(l), "<!--") || strings.TrimSpace(l) == "" {
			continue
		}
		if err := fn(strings.TrimRight(l, " \t\r"), n); err != nil {
			return err
		}
	}
	return sc.Err()
}

var bracketRe = regexp.MustCompile(`\[([^\]]*)\]`)

// petrarchPhrase turns "ABDUL_RASHID_DOSTAM_" into its tokens; a phrase not
// ending in "_" also matches the plural and possessive of its last word,
// which is what stem matching amounts to for names.
func petrarchPhrase(s string) (Phrase, bool) {
	s = strings.TrimSpace(s)
	exact := strings.HasSuffix(s, "_")
	s = strings.Trim(s, "_ ")
	if s == "" {
		return nil, exact
	}
	return phraseOf(strings.ToLower(s)), exact
}

// ReadPetrarchActors reads a PETRARCH/TABARI actor dictionary into t.
func ReadPetrarchActors(r io.Reader, name string, t *Trie) error {
	var cur []*Entry // the entry and its synonyms
	return petrarchLines(r, func(l string, n int) error {
		origin := fmt.Sprintf("%s:%d", name, n)
		trimmed := strings.TrimSpace(l)
		if strings.HasPrefix(trimmed, "[") && (l[0] == ' ' || l[0] == '\t' || len(cur) > 0 && strings.HasPrefix(l, "[")) {
			// A dated code line for the current entry.
			c, err := petrarchCoding(trimmed)
			if err != nil {
				return &ParseError{name, n, err.Error()}
			}
			for _, e := range cur {
				e.Codings = append(e.Codings, c)
			}
			return nil
		}
		synonym := strings.HasPrefix(trimmed, "+")
		phraseText := strings.TrimPrefix(trimmed, "+")
		var codings []Coding
		if i := strings.IndexByte(phraseText, '['); i >= 0 {
			for _, m := range bracketRe.FindAllStringSubmatch(phraseText[i:], -1) {
				c, err := petrarchCoding("[" + m[1] + "]")
				if err != nil {
					return &ParseError{name, n, err.Error()}
				}
				codings = append(codings, c)
			}
			phraseText = phraseText[:i]
		}
		p, exact := petrarchPhrase(phraseText)
		if len(p) == 0 {
			return nil
		}
		if !synonym {
			cur = cur[:0]
		}
		if synonym && len(codings) == 0 && len(cur) > 0 {
			codings = append(codings, cur[0].Codings...)
		}
		for _, ph := range stemVariants(p, exact) {
			e := t.Add(&Entry{Phrase: ph, Codings: append([]Coding(nil), codings...), Origin: origin})
			cur = append(cur, e)
		}
		return nil
	})
}

// stemVariants returns the phrase and, for stem-matched phrases, its plural
// and possessive-free forms.
func stemVariants(p Phrase, exact bool) []Phrase {
	out := []Phrase{p}
	if exact {
		return out
	}
	last := p[len(p)-1]
	if pl := Plural(last); pl != last {
		q := append(Phrase{}, p...)
		q[len(q)-1] = pl
		out = append(out, q)
	}
	return out
}

// petrarchCoding reads "[CODE]", "[CODE <YYMMDD]", "[CODE >YYMMDD]" or
// "[CODE YYMMDD-YYMMDD]".
func petrarchCoding(s string) (Coding, error) {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "[]"))
	f := strings.Fields(s)
	if len(f) == 0 {
		return Coding{}, fmt.Errorf("empty code")
	}
	c := Coding{Code: strings.ToUpper(strings.TrimPrefix(f[0], "~"))}
	if len(f) > 1 {
		d := strings.Join(f[1:], "")
		var err error
		switch {
		case strings.HasPrefix(d, "<"):
			c.To, err = yymmdd(d[1:])
		case strings.HasPrefix(d, ">"):
			c.From, err = yymmdd(d[1:])
		case strings.Contains(d, "-"):
			a, b, _ := strings.Cut(d, "-")
			if c.From, err = yymmdd(a); err == nil {
				c.To, err = yymmdd(b)
			}
		default:
			err = fmt.Errorf("bad date %q", d)
		}
		if err != nil {
			return c, err
		}
	}
	return c, nil
}

// yymmdd turns a TABARI date into YYYY-MM-DD; years below 40 are 20xx.
func yymmdd(s string) (string, error) {
	if len(s) == 8 && isDigits(s) {
		return s[:4] + "-" + s[4:6] + "-" + s[6:], nil
	}
	if len(s) != 6 || !isDigits(s) {
		return "", fmt.Errorf("bad date %q: want YYMMDD", s)
	}
	century := "19"
	if s[:2] < "40" {
		century = "20"
	}
	return century + s[:2] + "-" + s[2:4] + "-" + s[4:], nil
}

var substRe = regexp.MustCompile(`^!([A-Z]+)!\s*=\s*(.*)$`)

// ReadPetrarchAgents reads a PETRARCH/TABARI agent dictionary into t.
func ReadPetrarchAgents(r io.Reader, name string, t *Trie) error {
	subst := map[string][]string{}
	return petrarchLines(r, func(l string, n int) error {
		l = strings.TrimSpace(l)
		if m := substRe.FindStringSubmatch(l); m != nil {
			for _, w := range strings.Split(m[2], ",") {
				subst[m[1]] = append(subst[m[1]], strings.TrimSpace(w))
			}
			return nil
		}
		i := strings.IndexByte(l, '[')
		if i < 0 {
			return nil
		}
		code := strings.Trim(strings.TrimSpace(l[i:]), "[]")
		code = strings.TrimSpace(strings.Fields(code + " ")[0])
		agent := strings.Trim(code, "~")
		phrase := strings.TrimSpace(l[:i])
		var plurals []string
		if j := strings.IndexByte(phrase, '{'); j >= 0 {
			k := strings.IndexByte(phrase, '}')
			if k > j {
				plurals = strings.Fields(phrase[j+1 : k])
			}
			phrase = strings.TrimSpace(phrase[:j])
		}
		phrases := []string{phrase}
		if m := regexp.MustCompile(`!([A-Z]+)!`).FindStringSubmatch(phrase); m != nil {
			phrases = nil
			for _, w := range subst[m[1]] {
				phrases = append(phrases, strings.Replace(phrase, m[0], w, 1))
			}
		}
		phrases = append(phrases, plurals...)
		for _, ph := range phrases {
			p, exact := petrarchPhrase(ph)
			if len(p) == 0 {
				continue
			}
			for _, v := range stemVariants(p, exact || false) {
				if t.Lookup(v) == nil {
					t.Add(&Entry{Phrase: v, Agent: agent, Origin: fmt.Sprintf("%s:%d", name, n)})
				}
			}
		}
		return nil
	})
}

// ReadPetrarchDiscards reads a PETRARCH discard list.
func ReadPetrarchDiscards(r io.Reader, name string, d *Discards) error {
	return petrarchLines(r, func(l string, n int) error {
		l = strings.TrimSpace(l)
		story := strings.HasPrefix(l, "+")
		p, _ := petrarchPhrase(strings.TrimPrefix(l, "+"))
		if len(p) == 0 {
			return nil
		}
		e := &Entry{Phrase: p, Origin: fmt.Sprintf("%s:%d", name, n)}
		if story {
			d.Story.Add(e)
		} else {
			d.Sentence.Add(e)
		}
		return nil
	})
}

var verbHeadRe = regexp.MustCompile(`^---\s*(.*?)\s*\[([^\]]*)\]`)

// ReadPetrarchVerbs reads a PETRARCH-1 verb dictionary into v: synsets
// (&NAME with +word lines), verb blocks ("--- VERB [code] ---", the verb and
// its "+" synonyms, "{…}" irregular forms) and pattern lines ("- … * … [code]").
func ReadPetrarchVerbs(r io.Reader, name string, v *Verbs) error {
	var (
		set      string // synset being read
		lemmas   []string
		defCode  string
		inBlock  bool
		pendingP [][2]string // patterns seen before the verb words: none in practice
	)
	_ = pendingP
	addDefault := func() {}
	return petrarchLines(r, func(l string, n int) error {
		origin := fmt.Sprintf("%s:%d", name, n)
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "&"):
			set = strings.ToLower(strings.Trim(strings.Fields(t)[0][1:], "_"))
			inBlock = false
			return nil
		case set != "" && strings.HasPrefix(t, "+"):
			w := strings.TrimSpace(strings.TrimPrefix(t, "+"))
			if strings.HasPrefix(w, "&") {
				v.Sets[set] = append(v.Sets[set], v.Sets[strings.ToLower(strings.Trim(w[1:], "_ "))]...)
				return nil
			}
			seq, _ := v.wordSeq(strings.Trim(w, "_"))
			if len(seq) > 0 {
				v.Sets[set] = append(v.Sets[set], seq)
			}
			return nil
		case strings.HasPrefix(t, "---"):
			m := verbHeadRe.FindStringSubmatch(t)
			if m == nil {
				return &ParseError{name, n, "want --- VERB [code] ---"}
			}
			addDefault()
			set = ""
			inBlock = true
			lemmas = nil
			defCode = petrarchCode(m[2])
			return nil
		case !inBlock:
			set = ""
			return nil
		case strings.HasPrefix(t, "-"):
			body := strings.TrimSpace(t[1:])
			code := ""
			if i := strings.LastIndexByte(body, '['); i >= 0 {
				code = petrarchCode(strings.Trim(body[i:], "[] "))
				body = strings.TrimSpace(body[:i])
			}
			for _, lemma := range lemmas {
				p, err := v.petrarchPattern(lemma, code, body)
				if err != nil {
					return &ParseError{name, n, err.Error()}
				}
				p.Origin = origin
				v.AddPattern(p)
			}
			return nil
		default:
			// The verb words: "ABANDON", "+ABC_DEF", "WITHDRAW {WITHDREW WITHDRAWN}".
			w := strings.TrimPrefix(t, "+")
			var forms []string
			if i := strings.IndexByte(w, '{'); i >= 0 {
				j := strings.IndexByte(w, '}')
				if j > i {
					forms = strings.Fields(strings.ToLower(w[i+1 : j]))
				}
				w = w[:i]
			}
			code := defCode
			if i := strings.IndexByte(w, '['); i >= 0 {
				code = petrarchCode(strings.Trim(w[i:], "[] "))
				w = w[:i]
			}
			w = strings.ToLower(strings.Trim(strings.TrimSpace(w), "_"))
			if w == "" {
				return nil
			}
			lemma := strings.ReplaceAll(w, "_", " ")
			if len(forms) > 0 {
				v.irregular[lemma] = append(v.irregular[lemma], forms...)
			}
			lemmas = append(lemmas, lemma)
			v.AddPattern(&Pattern{Code: code, Lemma: lemma, Origin: origin})
			return nil
		}
	})
}

// petrarchCode turns "[057]", "[---]" or "[013:012]" into a code.
func petrarchCode(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ':'); i >= 0 {
		s = s[:i]
	}
	if strings.HasPrefix(s, "-") {
		return ""
	}
	return s
}

// petrarchPattern converts a PETRARCH pattern body ("SAID + * POLICY") for a
// verb lemma into a Pattern.
func (v *Verbs) petrarchPattern(lemma, code, body string) (*Pattern, error) {
	p := &Pattern{Code: code, Lemma: lemma}
	if i := strings.IndexByte(lemma, ' '); i >= 0 {
		p.Lemma = lemma[:i]
		p.Particles = strings.Fields(lemma[i+1:])
	}
	seenVerb := false
	for _, tok := range strings.Fields(body) {
		adjacentNext := strings.HasSuffix(tok, "_")
		_ = adjacentNext
		switch {
		case tok == "*":
			seenVerb = true
			continue
		case strings.Contains(tok, "*"):
			// "IN_*": words joined to the verb.
			before, after, _ := strings.Cut(tok, "*")
			if b := strings.Trim(before, "_"); b != "" {
				e, err := v.wordElem(b)
				if err != nil {
					return nil, err
				}
				p.Before = append(p.Before, e)
			}
			seenVerb = true
			if a := strings.Trim(after, "_"); a != "" {
				e, err := v.wordElem(a)
				if err != nil {
					return nil, err
				}
				e.Adjacent = true
				p.After = append(p.After, e)
			}
			continue
		}
		var elems []Elem
		for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '_' }) {
			switch part {
			case "+", "%":
				elems = append(elems, Elem{Kind: TargetSlot})
			case "$":
				elems = append(elems, Elem{Kind: SourceSlot})
			default:
				e, err := v.wordElem(strings.ToLower(part))
				if err != nil {
					return nil, err
				}
				elems = append(elems, e)
			}
		}
		for i := range elems {
			if i > 0 && elems[i].Kind == Words {
				elems[i].Adjacent = true
			}
		}
		if seenVerb {
			p.After = append(p.After, elems...)
		} else {
			p.Before = append(p.Before, elems...)
		}
	}
	return p, nil
}

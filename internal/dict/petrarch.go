package dict

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// The PETRARCH-1/TABARI dictionary formats (shared/reference/README.md):
// words joined by "_", a phrase ending in "_" matches exactly, otherwise by
// stem; "#" starts a comment (stripComment).

// Warnings is what a PETRARCH reader returns when it stepped over lines it
// could not read (a mistyped date, a pattern naming an undefined synset):
// every other line was read. Real dictionaries carry a few such lines, and
// PETRARCH reads past them too; callers may keep the dictionary and report
// these.
type Warnings []*ParseError

func (w Warnings) Error() string {
	if len(w) == 1 {
		return w[0].Error()
	}
	return fmt.Sprintf("%s (and %d more lines skipped)", w[0].Error(), len(w)-1)
}

// lenientLines is petrarchLines that collects the *ParseError of a line,
// skips the line and goes on; it returns the collected Warnings, or nil.
func lenientLines(r io.Reader, fn func(line string, n int) error) error {
	var warns Warnings
	err := petrarchLines(r, func(l string, n int) error {
		err := fn(l, n)
		if pe, ok := err.(*ParseError); ok {
			warns = append(warns, pe)
			return nil
		}
		return err
	})
	if err != nil {
		return err
	}
	if len(warns) > 0 {
		return warns
	}
	return nil
}

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
		l = stripComment(l)
		if strings.HasPrefix(strings.TrimSpace(l), "<!--") || strings.TrimSpace(l) == "" {
			continue
		}
		if err := fn(strings.TrimRight(l, " \t\r"), n); err != nil {
			return err
		}
	}
	return sc.Err()
}

// stripComment removes a "#" comment from a dictionary line. A "#" inside
// brackets is part of a code ("[###]", TABARI's discard code), and TABARI
// actor entries so coded keep a "#" before their phrase ("#NASGUL [###]"),
// which PETRARCH reads as an actor coded "###" all the same; any other
// line starting with "#" is a comment.
func stripComment(l string) string {
	if rest, ok := strings.CutPrefix(l, "#"); ok && rest != "" && rest[0] != '#' && rest[0] != ' ' && rest[0] != '\t' {
		if i := strings.Index(rest, "[###]"); i > 0 {
			return rest[:i+len("[###]")]
		}
	}
	depth := 0
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '[':
			depth++
		case ']':
			depth = max(depth-1, 0)
		case '#':
			if depth == 0 {
				return l[:i]
			}
		}
	}
	return l
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

// phraseGaps returns Entry.Gaps for an actor phrase of n tokens: in TABARI
// "_" joins words that follow each other, a space words that other words
// may separate ("ITHILEN TELEVISION"). It is nil when no space joins words.
func phraseGaps(s string, n int) []bool {
	words := strings.Fields(strings.Trim(strings.TrimSpace(s), "_"))
	if len(words) < 2 {
		return nil
	}
	gaps := make([]bool, 0, n)
	for i, w := range words {
		for j := range phraseOf(strings.ToLower(strings.ReplaceAll(w, "_", " "))) {
			gaps = append(gaps, i > 0 && j == 0)
		}
	}
	if len(gaps) != n {
		return nil // tokenized differently as a whole: keep the phrase strict
	}
	return gaps
}

// ReadPetrarchActors reads a PETRARCH/TABARI actor dictionary into t. Lines
// it cannot read are skipped and returned as Warnings.
func ReadPetrarchActors(r io.Reader, name string, t *Trie) error {
	var cur []*Entry // the entry and its synonyms
	return lenientLines(r, func(l string, n int) error {
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
		gaps := phraseGaps(phraseText, len(p))
		if !synonym {
			cur = cur[:0]
		}
		if synonym && len(codings) == 0 && len(cur) > 0 {
			codings = append(codings, cur[0].Codings...)
		}
		for _, ph := range stemVariants(p, exact) {
			e := t.Add(&Entry{Phrase: ph, Codings: append([]Coding(nil), codings...), Origin: origin, Gaps: gaps})
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

// ReadPetrarchAgents reads a PETRARCH/TABARI agent dictionary into t. Lines
// it cannot read are skipped and returned as Warnings.
func ReadPetrarchAgents(r io.Reader, name string, t *Trie) error {
	subst := map[string][]string{}
	return lenientLines(r, func(l string, n int) error {
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
		f := strings.Fields(strings.Trim(strings.TrimSpace(l[i:]), "[]"))
		if len(f) == 0 {
			return &ParseError{name, n, "empty agent code []"}
		}
		code := f[0]
		// "~GOV" follows the actor's code; "NGO~" goes before it and keeps
		// its "~" so that the coder can tell.
		agent := strings.TrimPrefix(code, "~")
		if strings.HasSuffix(agent, "~") && len(agent) == 1 {
			agent = ""
		}
		phrase := strings.TrimSpace(l[:i])
		var plurals []string
		// "{…}" lists the plurals, "{}" says there is none: either way no
		// plural is made.
		braces := strings.IndexByte(phrase, '{') >= 0
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
			for _, v := range stemVariants(p, exact || braces) {
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

// readPetrarchSynsets reads every synset of a verb dictionary ("&NAME"
// then "+word" lines; "+&OTHER" includes another synset) into v.Sets.
func (v *Verbs) readPetrarchSynsets(r io.Reader, name string) error {
	type item struct {
		w    string
		line int
	}
	raw := map[string][]item{}
	set := ""
	err := petrarchLines(r, func(l string, n int) error {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "&"):
			set = strings.ToLower(strings.Trim(strings.Fields(t)[0][1:], "_"))
			if _, ok := raw[set]; !ok {
				raw[set] = nil
			}
		case set != "" && strings.HasPrefix(t, "+"):
			raw[set] = append(raw[set], item{strings.TrimSpace(strings.TrimPrefix(t, "+")), n})
		default:
			set = ""
		}
		return nil
	})
	if err != nil {
		return err
	}
	state := map[string]int{} // 1 expanding, 2 done
	var expand func(set string) error
	expand = func(set string) error {
		switch state[set] {
		case 1:
			return fmt.Errorf("synset &%s includes itself", strings.ToUpper(set))
		case 2:
			return nil
		}
		state[set] = 1
		var words [][]Forms
		for _, it := range raw[set] {
			if !strings.HasPrefix(it.w, "&") {
				if seq := exactSeq(strings.Trim(it.w, "_")); len(seq) > 0 {
					words = append(words, seq)
				}
				continue
			}
			other := strings.ToLower(strings.Trim(it.w[1:], "_ "))
			if _, ok := raw[other]; !ok {
				return &ParseError{name, it.line, fmt.Sprintf("synset &%s is not defined", strings.ToUpper(other))}
			}
			if err := expand(other); err != nil {
				if _, ok := err.(*ParseError); ok {
					return err
				}
				return &ParseError{name, it.line, err.Error()}
			}
			words = append(words, v.Sets[other]...)
			if len(words) > maxSynset {
				return &ParseError{name, it.line, fmt.Sprintf("synset &%s is too large", strings.ToUpper(set))}
			}
		}
		v.Sets[set] = append(v.Sets[set], words...)
		state[set] = 2
		return nil
	}
	names := make([]string, 0, len(raw))
	for s := range raw {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		if err := expand(s); err != nil {
			return err
		}
	}
	return nil
}

// maxSynset bounds the words of one synset, which nesting could otherwise
// blow up.
const maxSynset = 100000

var verbHeadRe = regexp.MustCompile(`^---\s*(.*?)\s*\[([^\]]*)\]`)

// ReadPetrarchVerbs reads a PETRARCH-1 verb dictionary into v: synsets
// (&NAME with +word lines), verb blocks ("--- VERB [code] ---", the verb and
// its "+" synonyms, "{…}" irregular forms) and pattern lines ("- … * … [code]").
// Lines it cannot read are skipped and returned as Warnings.
func ReadPetrarchVerbs(r io.Reader, name string, v *Verbs) error {
	var (
		set      string // synset being read
		lemmas   []petrVerb
		defCode  string
		inBlock  bool
		pendingP [][2]string // patterns seen before the verb words: none in practice
	)
	_ = pendingP
	addDefault := func() {}
	// Synsets may be used before the line that defines them: read them all
	// first.
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if err := v.readPetrarchSynsets(bytes.NewReader(data), name); err != nil {
		return err
	}
	return lenientLines(bytes.NewReader(data), func(l string, n int) error {
		origin := fmt.Sprintf("%s:%d", name, n)
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "&"):
			set = strings.ToLower(strings.Trim(strings.Fields(t)[0][1:], "_"))
			inBlock = false
			return nil
		case set != "" && strings.HasPrefix(t, "+"):
			return nil // read by readPetrarchSynsets
		case strings.HasPrefix(t, "---"):
			m := verbHeadRe.FindStringSubmatch(t)
			if m == nil {
				if f := strings.Fields(strings.Trim(t, "- ")); len(f) > 0 && (len(f) == 1 || f[1] == "###") {
					// "--- SEND ###": a block whose verb alone codes nothing.
					m = []string{t, f[0], "---"}
				} else {
					inBlock = false // its patterns are skipped with it
					return &ParseError{name, n, "want --- VERB [code] ---"}
				}
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
			if code == "+++" {
				// TABARI's "complex" code, which PETRARCH does not
				// implement: the verb's other patterns apply.
				return nil
			}
			for _, pv := range lemmas {
				p, err := v.petrarchPattern(pv.head, code, body)
				if err != nil {
					return &ParseError{name, n, err.Error()}
				}
				pv.apply(v, p)
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
			pv := parsePetrVerb(strings.ToLower(strings.TrimSpace(w)))
			if pv.head == "" {
				return nil
			}
			for _, f := range forms {
				// "{WIRE_+TAPPED +CORDONED_OFF}": the inflected head word.
				if h := parsePetrVerb(f).head; h != "" && h != pv.head {
					v.irregular[pv.head] = append(v.irregular[pv.head], h)
					clear(v.forms)
					clear(v.indexed)
				}
			}
			lemmas = append(lemmas, pv)
			p := &Pattern{Code: code, Lemma: pv.head, Origin: origin}
			pv.apply(v, p)
			v.AddPattern(p)
			return nil
		}
	})
}

// petrVerb is a PETRARCH verb entry of one or more words: "CORDON_OFF" is
// the verb "cordon" with the particle "off"; in "WIRE_+TAP" the "+" marks
// the verb, "tap", after the word "wire".
type petrVerb struct {
	head      string
	pre, post []string
}

func parsePetrVerb(w string) petrVerb {
	words := strings.FieldsFunc(strings.Trim(w, "_ "), func(r rune) bool { return r == '_' || r == ' ' })
	h := 0
	for i, x := range words {
		if strings.HasPrefix(x, "+") {
			h = i
			break
		}
	}
	var pv petrVerb
	for i, x := range words {
		x = strings.TrimPrefix(x, "+")
		switch {
		case x == "":
		case i < h:
			pv.pre = append(pv.pre, x)
		case i == h:
			pv.head = x
		default:
			pv.post = append(pv.post, x)
		}
	}
	return pv
}

// apply adds the verb's own words to a pattern on its head: words before
// it end the pattern's Before elements, particles follow it directly.
func (pv petrVerb) apply(v *Verbs, p *Pattern) {
	for _, w := range pv.pre {
		p.Before = append(p.Before, Elem{Kind: Words, Alts: [][]Forms{{Forms{w}}}, Adjacent: true})
	}
	p.Particles = append(append([]string(nil), pv.post...), p.Particles...)
}

// exactSeq turns "war_crimes" or "yum yennyen" into a sequence of words
// that match only as written: PETRARCH pattern words are not inflected
// ("* EFFORT" does not match "efforts").
func exactSeq(s string) []Forms {
	var seq []Forms
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == '_' || r == ' ' }) {
		seq = append(seq, Forms{w})
	}
	return seq
}

// petrarchElem reads a pattern word or "&SET" of a PETRARCH pattern.
func (v *Verbs) petrarchElem(w string) (Elem, error) {
	if strings.HasPrefix(w, "&") {
		if _, ok := v.Sets[strings.ToLower(strings.Trim(w[1:], "_"))]; !ok {
			return Elem{}, fmt.Errorf("synset %s is not defined", strings.ToUpper(strings.Trim(w, "_")))
		}
		return v.wordElem(w)
	}
	return Elem{Kind: Words, Alts: [][]Forms{exactSeq(w)}}, nil
}

// petrarchCode turns "[057]", "[---]" or "[013:012]" into a code.
// A paired code "[032:033]" is kept whole: the coder codes the second
// from the target back to the source.
func petrarchCode(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "-") {
		return ""
	}
	if a, b, ok := strings.Cut(s, ":"); ok && (strings.HasPrefix(b, "-") || b == "") {
		return a
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
		case strings.Trim(tok, "_") == "^":
			// TABARI's "skip a noun phrase": a word element of the one
			// form "^", which the coder's compatibility mode reads.
			e := Elem{Kind: Words, Alts: [][]Forms{{Forms{"^"}}}}
			if seenVerb {
				p.After = append(p.After, e)
			} else {
				p.Before = append(p.Before, e)
			}
			continue
		case strings.Contains(tok, "*"):
			// "IN_*": words joined to the verb.
			before, after, _ := strings.Cut(tok, "*")
			if b := strings.Trim(before, "_"); b != "" {
				// "RECENTLY_*": directly before the verb. "IN_AND_*"
				// is a word sequence.
				e, err := v.petrarchElem(b)
				if err != nil {
					return nil, err
				}
				e.Adjacent = true
				p.Before = append(p.Before, e)
			}
			seenVerb = true
			if a := strings.Trim(after, "_"); a != "" {
				e, err := v.petrarchElem(a)
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
			case "%":
				if !seenVerb {
					// A compound subject, which is the source.
					p.CompoundSource = true
					continue
				}
				elems = append(elems, Elem{Kind: TargetSlot})
			case "+":
				elems = append(elems, Elem{Kind: TargetSlot})
			case "$":
				elems = append(elems, Elem{Kind: SourceSlot})
			default:
				e, err := v.petrarchElem(strings.ToLower(part))
				if err != nil {
					return nil, err
				}
				elems = append(elems, e)
			}
		}
		for i := range elems {
			if i > 0 && elems[i].Kind == Words {
				if seenVerb {
					elems[i].Adjacent = true
				} else if elems[i-1].Kind == Words {
					// Before the verb, Adjacent marks a word that stands
					// directly before the next element.
					elems[i-1].Adjacent = true
				}
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

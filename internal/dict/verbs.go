package dict

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// ElemKind is what a pattern element matches.
type ElemKind uint8

// Pattern element kinds.
const (
	// Words matches one of several word sequences.
	Words ElemKind = iota
	// TargetSlot marks where the target stands.
	TargetSlot
	// SourceSlot marks where the source stands.
	SourceSlot
)

// Elem is one element of a verb pattern.
type Elem struct {
	Kind ElemKind
	// Alts are the word sequences any of which matches; each word is a set
	// of surface forms.
	Alts [][]Forms
	// Adjacent requires the element to follow the previous one directly.
	Adjacent bool
	// first filters the words the alternatives start with (FirstWords).
	first *WordFilter
}

// FirstWords returns a filter of the words e's alternatives start with, so
// that matching can pass over most positions with one probe. It is built
// when e's pattern is added (Verbs.AddPattern); it is nil for an element
// built otherwise, one without words, or one with an empty alternative,
// which matches anywhere.
func (e Elem) FirstWords() *WordFilter { return e.first }

// altsKey names a slice of alternatives: patterns that share a word set
// share its backing array.
type altsKey struct {
	first *[]Forms
	n     int
}

// indexElems builds the first-word filters of a pattern's elements,
// sharing one filter between elements with the same alternatives.
func (v *Verbs) indexElems(p *Pattern) {
	if v.firsts == nil {
		v.firsts = map[altsKey]*WordFilter{}
	}
	for _, list := range [][]Elem{p.Before, p.After} {
		for i := range list {
			e := &list[i]
			if len(e.Alts) == 0 {
				continue
			}
			key := altsKey{&e.Alts[0], len(e.Alts)}
			f, ok := v.firsts[key]
			if !ok {
				f = &WordFilter{}
				f.reserve(firstWordCount(e.Alts))
				for _, alt := range e.Alts {
					if len(alt) == 0 {
						f = nil
						break
					}
					for _, w := range alt[0] {
						f.Add(w)
					}
				}
				v.firsts[key] = f
			}
			e.first = f
			p.addNeed(e)
		}
	}
}

// firstWordCount is the number of forms alts start with.
func firstWordCount(alts [][]Forms) int {
	n := 0
	for _, alt := range alts {
		if len(alt) > 0 {
			n += len(alt[0])
		}
	}
	return n
}

// Forms is the set of surface forms (lower case) one pattern word matches.
type Forms []string

// Has reports whether w is one of the forms.
func (f Forms) Has(w string) bool {
	for _, x := range f {
		if x == w {
			return true
		}
	}
	return false
}

// Pattern is one verb pattern: words around the verb and the code it gives.
type Pattern struct {
	// Code is the CAMEO code, "" for a pattern that codes nothing ("---").
	Code string
	// Lemma is the verb (or event noun) the pattern hangs on.
	Lemma string
	// Particles are words that must directly follow the verb ("down" in "burn_down*").
	Particles []string
	// Noun is true for event nouns ("clash#").
	Noun bool
	// Before and After are the elements before and after the verb.
	Before, After []Elem
	// Origin is "file:line".
	Origin string
	// Weight orders patterns of one verb: the most specific wins.
	Weight int
	// CompoundSource is true for PETRARCH patterns with "%" before the
	// verb: the subject must be a compound actor ("X and Y have postponed").
	CompoundSource bool
	// need lists, for MayMatch, the words each word element needs.
	need []uint16
}

// Frame kinds: verbs whose complement carries the act.
const (
	FrameIntent   = "intent"
	FrameRefuse   = "refuse"
	FrameAppeal   = "appeal"
	FrameDemand   = "demand"
	FrameThreaten = "threaten"
	FrameNegate   = "negate"
	FrameDeny     = "deny"
)

// Verbs holds verb patterns indexed by every surface form of their verbs.
type Verbs struct {
	// Sets are named word sets (&NAME).
	Sets map[string][][]Forms
	// forms caches AllForms (pattern words repeat); it is cleared when
	// irregular changes.
	forms map[string]Forms
	// indexed holds the lemmas indexVerb has indexed since irregular last
	// changed: indexing one again adds nothing.
	indexed map[string]bool
	// byForm maps a surface form to the lemmas it may be.
	byForm map[string][]string
	// patterns maps a lemma to its patterns, most specific first.
	patterns map[string][]*Pattern
	// nouns maps a surface form of an event noun to its lemmas.
	nounForm map[string][]string
	// frames maps a lemma (or "lemma particle") to its frame kind.
	frames map[string]string
	// irregular maps a lemma to its extra forms.
	irregular map[string][]string
	n         int
	// verbFilter, nounFilter and nounFirst hold the keys of byForm and
	// nounForm, and the first words of nounForm's two-word keys, so that
	// most tokens skip the lookups (see WordFilter).
	verbFilter, nounFilter, nounFirst WordFilter
	// firsts are the first-word filters of pattern elements, by alternatives.
	firsts map[altsKey]*WordFilter
}

// NewVerbs returns an empty verb dictionary with the built-in irregular forms.
func NewVerbs() *Verbs {
	v := &Verbs{Sets: map[string][][]Forms{}, byForm: map[string][]string{}, patterns: map[string][]*Pattern{},
		nounForm: map[string][]string{}, frames: map[string]string{}, irregular: map[string][]string{}}
	for lemma, forms := range irregularVerbs {
		v.irregular[lemma] = forms
	}
	return v
}

// Len returns the number of patterns.
func (v *Verbs) Len() int { return v.n }

// LemmasOf returns the verb lemmas a surface form may belong to.
func (v *Verbs) LemmasOf(form string) []string { return v.byForm[form] }

// NounLemmasOf returns the event-noun lemmas a surface form may belong to.
func (v *Verbs) NounLemmasOf(form string) []string { return v.nounForm[form] }

// LemmasOfToken is LemmasOf(t.Lower), quicker for the many tokens that
// are no verb form.
func (v *Verbs) LemmasOfToken(t *nlp.Token) []string {
	if !v.verbFilter.MayHave(t.LowerHash()) {
		return nil
	}
	return v.byForm[t.Lower]
}

// NounLemmasOfToken is NounLemmasOf(t.Lower), quicker for the many tokens
// that are no event noun.
func (v *Verbs) NounLemmasOfToken(t *nlp.Token) []string {
	if !v.nounFilter.MayHave(t.LowerHash()) {
		return nil
	}
	return v.nounForm[t.Lower]
}

// NounLemmasOfPair is NounLemmasOf(a.Lower + " " + b.Lower): the lemmas of
// a two-word event noun ("border clashes"). It builds the phrase only when
// a is the first word of one.
func (v *Verbs) NounLemmasOfPair(a, b *nlp.Token) []string {
	if !v.nounFirst.MayHave(a.LowerHash()) {
		return nil
	}
	return v.nounForm[a.Lower+" "+b.Lower]
}

// Patterns returns the patterns of a lemma, most specific first.
func (v *Verbs) Patterns(lemma string) []*Pattern { return v.patterns[lemma] }

// Frame returns the frame kind of a verb lemma, "" when it is none.
func (v *Verbs) Frame(lemma string) string { return v.frames[lemma] }

// AddPattern adds a pattern and indexes its verb's forms.
func (v *Verbs) AddPattern(p *Pattern) {
	p.Weight = weigh(p)
	v.indexElems(p)
	v.patterns[p.Lemma] = insertByWeight(v.patterns[p.Lemma], p)
	if p.Noun {
		for _, f := range NounForms(p.Lemma) {
			if len(v.nounForm[f]) == 0 {
				v.nounFilter.Add(f)
				if first, _, ok := strings.Cut(f, " "); ok {
					v.nounFirst.Add(first)
				}
			}
			v.nounForm[f] = addUnique(v.nounForm[f], p.Lemma)
		}
	} else {
		v.indexVerb(p.Lemma)
	}
	v.n++
}

// AddFrame makes a verb lemma a frame of the given kind.
func (v *Verbs) AddFrame(lemma, kind string) {
	v.frames[lemma] = kind
	v.indexVerb(lemma)
}

func (v *Verbs) indexVerb(lemma string) {
	if v.indexed[lemma] {
		return
	}
	if v.indexed == nil {
		v.indexed = map[string]bool{}
	}
	v.indexed[lemma] = true
	for _, f := range v.VerbForms(lemma) {
		if len(v.byForm[f]) == 0 {
			v.verbFilter.Add(f)
		}
		v.byForm[f] = addUnique(v.byForm[f], lemma)
	}
}

// insertByWeight inserts p into list (heaviest first) after every pattern
// at least as heavy: the order a stable sort of list+p would give.
func insertByWeight(list []*Pattern, p *Pattern) []*Pattern {
	i := len(list)
	for i > 0 && list[i-1].Weight < p.Weight {
		i--
	}
	return slices.Insert(list, i, p)
}

func addUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func weigh(p *Pattern) int {
	w := 0
	for _, list := range [][]Elem{p.Before, p.After} {
		for _, e := range list {
			if e.Kind == Words {
				w += 10
				if e.Adjacent {
					w += 2
				}
			} else {
				w++
			}
		}
	}
	if p.CompoundSource {
		w++ // a slot, like "+" and "$"
	}
	return w + 5*len(p.Particles)
}

// ReadVerbs reads accord's verb format (data/dict/FORMAT.md) into v.
func ReadVerbs(r io.Reader, name string, v *Verbs) error {
	var fbuf []string // the fields of a line, reused: nothing keeps them
	return lines(r, func(l string, n int) error {
		from := origin(name, n)
		switch {
		case strings.HasPrefix(l, "&"):
			head, body, ok := strings.Cut(l, "=")
			if !ok {
				return &ParseError{name, n, "want &NAME = word | word"}
			}
			set := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(head, "&")))
			for _, alt := range strings.Split(body, "|") {
				seq, err := v.wordSeq(strings.TrimSpace(alt))
				if err != nil {
					return &ParseError{name, n, err.Error()}
				}
				if len(seq) > 0 {
					v.Sets[set] = append(v.Sets[set], seq)
				}
			}
			return nil
		case strings.HasPrefix(l, "~"):
			head, body, ok := strings.Cut(strings.TrimPrefix(l, "~"), ":")
			if !ok {
				return &ParseError{name, n, "want ~ LEMMA: form | form"}
			}
			lemma := strings.ToLower(strings.TrimSpace(head))
			clear(v.forms) // the forms of this lemma change
			clear(v.indexed)
			for _, f := range strings.Split(body, "|") {
				if f = strings.ToLower(strings.TrimSpace(f)); f != "" {
					v.irregular[lemma] = append(v.irregular[lemma], f)
				}
			}
			return nil
		case strings.HasPrefix(l, "@"):
			fbuf = appendFields(fbuf[:0], l)
			f := fbuf
			kind := strings.TrimPrefix(f[0], "@")
			switch kind {
			case FrameIntent, FrameRefuse, FrameAppeal, FrameDemand, FrameThreaten, FrameNegate, FrameDeny:
			default:
				return &ParseError{name, n, fmt.Sprintf("unknown frame %q", f[0])}
			}
			for _, w := range strings.Split(strings.Join(f[1:], " "), "|") {
				w = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(w), "*"))
				if w == "" {
					continue
				}
				v.AddFrame(strings.ToLower(strings.ReplaceAll(w, "_", " ")), kind)
			}
			return nil
		}
		fbuf = appendFields(fbuf[:0], l)
		f := fbuf
		if len(f) < 2 {
			return &ParseError{name, n, "want CODE PATTERN"}
		}
		code := f[0]
		if code == "---" {
			code = ""
		} else if !isDigits(code) || len(code) < 2 || len(code) > 4 {
			return &ParseError{name, n, fmt.Sprintf("bad CAMEO code %q", f[0])}
		}
		p, err := v.parsePattern(code, f[1:])
		if err != nil {
			return &ParseError{name, n, err.Error()}
		}
		p.Origin = from
		v.AddPattern(p)
		return nil
	})
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parsePattern reads the elements of a pattern line.
func (v *Verbs) parsePattern(code string, words []string) (*Pattern, error) {
	p := &Pattern{Code: code}
	seenVerb := false
	for _, w := range words {
		switch {
		case strings.HasSuffix(w, "*") || strings.HasSuffix(w, "#") && len(w) > 1:
			if seenVerb {
				return nil, fmt.Errorf("two verbs in one pattern")
			}
			seenVerb = true
			p.Noun = strings.HasSuffix(w, "#")
			parts := strings.Split(strings.ToLower(w[:len(w)-1]), "_")
			p.Lemma = parts[0]
			p.Particles = parts[1:]
			if p.Noun {
				// Event nouns of several words hang on their last word.
				p.Lemma = strings.Join(parts, " ")
				p.Particles = nil
			}
		case w == "+" || w == "$":
			e := Elem{Kind: TargetSlot}
			if w == "$" {
				e.Kind = SourceSlot
			}
			if seenVerb {
				p.After = append(p.After, e)
			} else {
				p.Before = append(p.Before, e)
			}
		default:
			e, err := v.wordElem(w)
			if err != nil {
				return nil, err
			}
			if seenVerb {
				p.After = append(p.After, e)
			} else {
				p.Before = append(p.Before, e)
			}
		}
	}
	if !seenVerb {
		return nil, fmt.Errorf("no verb: mark it with a trailing * (or # for an event noun)")
	}
	return p, nil
}

// wordElem parses "word", "a_b", "&SET", "(a|b)" and "+word" style elements.
func (v *Verbs) wordElem(w string) (Elem, error) {
	e := Elem{Kind: Words}
	if strings.HasPrefix(w, "_") {
		e.Adjacent = true
		w = strings.TrimPrefix(w, "_")
	}
	var alts []string
	switch {
	case strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")"):
		alts = strings.Split(w[1:len(w)-1], "|")
	default:
		alts = []string{w}
	}
	if len(alts) == 1 && strings.HasPrefix(alts[0], "&") {
		// One set: share its list (capped, so that nothing appends into
		// it), so that every use of the set shares one first-word filter.
		set, ok := v.Sets[strings.ToLower(strings.Trim(alts[0][1:], "_"))]
		if ok && len(set) > 0 {
			e.Alts = set[:len(set):len(set)]
			return e, nil
		}
	}
	for _, a := range alts {
		if strings.HasPrefix(a, "&") {
			set, ok := v.Sets[strings.ToLower(strings.Trim(a[1:], "_"))]
			if !ok {
				return e, fmt.Errorf("set %s is used before it is defined", a)
			}
			e.Alts = append(e.Alts, set...)
			continue
		}
		seq, err := v.wordSeq(a)
		if err != nil {
			return e, err
		}
		e.Alts = append(e.Alts, seq)
	}
	return e, nil
}

// wordSeq turns "war_crimes" or "war crimes" into a sequence of word forms.
// A word ending in "_" alone matches only as written.
func (v *Verbs) wordSeq(s string) ([]Forms, error) {
	s = strings.ToLower(s)
	if strings.HasPrefix(s, "&") {
		return nil, fmt.Errorf("a set inside a set: %q", s)
	}
	// The words are the runs between '_' and ' ' (bytes that are never
	// part of a longer UTF-8 character).
	n := 0
	for i := 0; i < len(s); i++ {
		if !isWordSep(s[i]) && (i == 0 || isWordSep(s[i-1])) {
			n++
		}
	}
	if n == 0 {
		return nil, nil
	}
	seq := make([]Forms, 0, n)
	for i := 0; i < len(s); {
		for i < len(s) && isWordSep(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isWordSep(s[j]) {
			j++
		}
		if j > i {
			seq = append(seq, v.AllForms(s[i:j]))
		}
		i = j
	}
	return seq, nil
}

func isWordSep(c byte) bool { return c == '_' || c == ' ' }

// AllForms returns every inflection of a word, as noun and as verb.
func (v *Verbs) AllForms(w string) Forms {
	if f, ok := v.forms[w]; ok {
		return f
	}
	if v.forms == nil {
		v.forms = map[string]Forms{}
	}
	f := v.allForms(w)
	v.forms[w] = f
	return f
}

func (v *Verbs) allForms(w string) Forms {
	out := make(Forms, 0, 12) // the word, its noun forms, its verb forms
	out = append(append(out, w), NounForms(w)...)
	if isLetters(w) && len(w) > 2 {
		out = append(out, v.VerbForms(w)...)
	}
	sort.Strings(out)
	// Drop repeats.
	k := 0
	for i, f := range out {
		if i == 0 || f != out[k-1] {
			out[k] = f
			k++
		}
	}
	return out[:k:k] // shared through the forms cache: appending copies
}

// NounForms returns a noun and its plural (and "-es"/"-ies" variants).
func NounForms(w string) []string {
	last := w
	prefix := ""
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		prefix, last = w[:i+1], w[i+1:]
	}
	return []string{w, prefix + Plural(last)}
}

// VerbForms returns the lemma and its inflections: -s, -ed, -ing, with
// spelling rules and the irregular table.
func (v *Verbs) VerbForms(lemma string) []string {
	// Multi-word lemmas ("open fire") inflect their first word.
	if i := strings.IndexByte(lemma, ' '); i >= 0 {
		var out []string
		for _, f := range v.VerbForms(lemma[:i]) {
			out = append(out, f+lemma[i:])
		}
		return out
	}
	forms := make([]string, 1, 8) // room for the usual inflections
	forms[0] = lemma
	if irr, ok := v.irregular[lemma]; ok {
		forms = append(forms, irr...)
	}
	if !isLetters(lemma) {
		return forms
	}
	n := len(lemma)
	last := lemma[n-1]
	// Third person.
	switch {
	case strings.HasSuffix(lemma, "y") && n > 1 && !isVowel(lemma[n-2]):
		forms = append(forms, lemma[:n-1]+"ies")
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "x") || strings.HasSuffix(lemma, "z") ||
		strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "sh") || strings.HasSuffix(lemma, "o"):
		forms = append(forms, lemma+"es")
	default:
		forms = append(forms, lemma+"s")
	}
	// Past and gerund.
	switch {
	case last == 'e' && !strings.HasSuffix(lemma, "ee") && !strings.HasSuffix(lemma, "ye") && !strings.HasSuffix(lemma, "oe"):
		forms = append(forms, lemma+"d", lemma[:n-1]+"ing")
	case last == 'e':
		forms = append(forms, lemma+"d", lemma+"ing")
	case last == 'y' && n > 1 && !isVowel(lemma[n-2]):
		forms = append(forms, lemma[:n-1]+"ied", lemma+"ing")
	case doublesFinal(lemma):
		forms = append(forms, lemma+string(last)+"ed", lemma+string(last)+"ing", lemma+"ed", lemma+"ing")
	case last == 'c':
		forms = append(forms, lemma+"ked", lemma+"king")
	default:
		forms = append(forms, lemma+"ed", lemma+"ing")
	}
	// British and American -ise/-ize both.
	if strings.HasSuffix(lemma, "ize") || strings.HasSuffix(lemma, "ise") {
		other := lemma[:n-3] + map[bool]string{true: "ise", false: "ize"}[strings.HasSuffix(lemma, "ize")]
		if other != lemma && n > 5 {
			base := lemma[:n-1]
			otherBase := other[:len(other)-1]
			forms = append(forms, other, other+"s", other+"d", otherBase+"ing")
			_ = base
		}
	}
	return forms
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// doublesFinal reports whether a verb doubles its last consonant before -ed
// and -ing: one syllable ending consonant-vowel-consonant ("stop", "ban",
// "plan"), and a few stressed-final verbs.
func doublesFinal(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	c1, v, c2 := w[n-3], w[n-2], w[n-1]
	if isVowel(c1) || !isVowel(v) || isVowel(c2) || strings.ContainsRune("wxy", rune(c2)) {
		return false
	}
	vowels := 0
	for i := 0; i < n; i++ {
		if isVowel(w[i]) && (i == 0 || !isVowel(w[i-1])) {
			vowels++
		}
	}
	if vowels == 1 {
		return true
	}
	switch w {
	case "commit", "admit", "submit", "permit", "omit", "transmit", "refer", "prefer", "confer", "deter",
		"occur", "incur", "compel", "expel", "propel", "repel", "patrol", "control", "extol", "regret",
		"forbid", "upset", "outwit", "embed", "equip", "acquit", "rebut", "allot", "abet", "begin", "unplug", "kidnap", "worship":
		return true
	}
	return false
}

// irregularVerbs lists the irregular past and participle forms of common
// English verbs that news uses.
var irregularVerbs = map[string][]string{
	"be": {"is", "are", "was", "were", "been", "being", "am"}, "have": {"has", "had", "having"},
	"do": {"does", "did", "done", "doing"}, "go": {"goes", "went", "gone"}, "make": {"made"},
	"take": {"took", "taken"}, "give": {"gave", "given"}, "get": {"got", "gotten", "getting"},
	"hold": {"held"}, "meet": {"met"}, "fight": {"fought"}, "seize": {}, "shoot": {"shot"},
	"strike": {"struck", "stricken"}, "beat": {"beaten"}, "break": {"broke", "broken"},
	"bring": {"brought"}, "buy": {"bought"}, "sell": {"sold"}, "send": {"sent"}, "spend": {"spent"},
	"lend": {"lent"}, "lead": {"led"}, "leave": {"left"}, "keep": {"kept"}, "sweep": {"swept"},
	"speak": {"spoke", "spoken"}, "say": {"said"}, "tell": {"told"}, "tear": {"tore", "torn"},
	"throw": {"threw", "thrown"}, "blow": {"blew", "blown"}, "draw": {"drew", "drawn"},
	"withdraw": {"withdrew", "withdrawn"}, "overthrow": {"overthrew", "overthrown"},
	"seek": {"sought"}, "teach": {"taught"}, "catch": {"caught"}, "think": {"thought"},
	"find": {"found"}, "bind": {"bound"}, "wind": {"wound"}, "stand": {"stood"},
	"understand": {"understood"}, "withstand": {"withstood"}, "come": {"came"}, "become": {"became"},
	"overcome": {"overcame"}, "run": {"ran", "running"}, "overrun": {"overran", "overrunning"},
	"win": {"won", "winning"}, "begin": {"began", "begun"}, "sing": {"sang", "sung"},
	"sink": {"sank", "sunk"}, "sign": {}, "steal": {"stole", "stolen"}, "freeze": {"froze", "frozen"},
	"choose": {"chose", "chosen"}, "rise": {"rose", "risen"}, "arise": {"arose", "arisen"},
	"drive": {"drove", "driven"}, "ride": {"rode", "ridden"}, "write": {"wrote", "written"},
	"forbid": {"forbade", "forbidden"}, "forgive": {"forgave", "forgiven"}, "hide": {"hid", "hidden"},
	"bite": {"bit", "bitten"}, "fall": {"fell", "fallen"}, "feel": {"felt"}, "fly": {"flew", "flown"},
	"flee": {"fled"}, "grow": {"grew", "grown"}, "know": {"knew", "known"}, "show": {"showed", "shown"},
	"see": {"saw", "seen"}, "oversee": {"oversaw", "overseen"}, "foresee": {"foresaw", "foreseen"},
	"lay": {"laid"}, "pay": {"paid"}, "slay": {"slew", "slain"}, "mislead": {"misled"},
	"put": {"putting"}, "set": {"setting"}, "let": {"letting"}, "cut": {"cutting"}, "hit": {"hitting"},
	"quit": {"quitting"}, "shut": {"shutting"}, "spread": {}, "cast": {}, "broadcast": {},
	"forecast": {}, "upset": {"upsetting"}, "hurt": {}, "cost": {}, "bet": {"betting"},
	"wage": {}, "undertake": {"undertook", "undertaken"}, "mistake": {"mistook", "mistaken"},
	"shake": {"shook", "shaken"}, "wake": {"woke", "woken"}, "swear": {"swore", "sworn"},
	"wear": {"wore", "worn"}, "bear": {"bore", "borne", "born"}, "forsake": {"forsook", "forsaken"},
	"dig": {"dug", "digging"}, "hang": {"hung"}, "shine": {"shone"}, "lose": {"lost"},
	"light": {"lit"}, "build": {"built"}, "rebuild": {"rebuilt"}, "deal": {"dealt"},
	"mean": {"meant"}, "hear": {"heard"}, "read": {}, "lie": {"lay", "lain", "lying", "lied"},
	"die": {"died", "dying"}, "tie": {"tied", "tying"}, "shed": {"shedding"}, "spit": {"spat"},
	"feed": {"fed"}, "bleed": {"bled"}, "breed": {"bred"}, "speed": {"sped"}, "sleep": {"slept"},
	"weep": {"wept"}, "swing": {"swung"}, "sting": {"stung"}, "cling": {"clung"}, "fling": {"flung"},
	"slide": {"slid"}, "stride": {"strode"}, "strive": {"strove", "striven"}, "thrive": {"throve"},
	"uphold": {"upheld"}, "withhold": {"withheld"}, "behold": {"beheld"}, "outlaw": {},
	"foretell": {"foretold"}, "retell": {"retold"}, "resell": {"resold"}, "rethink": {"rethought"},
	"override": {"overrode", "overridden"}, "undergo": {"underwent", "undergone"},
	"forgo": {"forwent", "forgone"}, "forego": {"forewent", "foregone"}, "outdo": {"outdid", "outdone"},
	"redo": {"redid", "redone"}, "undo": {"undid", "undone"}, "retake": {"retook", "retaken"},
	"partake": {"partook", "partaken"}, "shrink": {"shrank", "shrunk"}, "stink": {"stank", "stunk"},
	"spring": {"sprang", "sprung"}, "swim": {"swam", "swum"}, "drink": {"drank", "drunk"},
	"ring": {"rang", "rung"}, "wring": {"wrung"}, "string": {"strung"}, "stick": {"stuck"},
}

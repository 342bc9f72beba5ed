package dict

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// Kind says how an actor phrase behaves in a sentence.
type Kind uint8

// Actor kinds; see data/dict/FORMAT.md.
const (
	// Name is an actor wherever it stands ("Kyrgyzstan", "the UN").
	Name Kind = iota
	// Adj is a demonym or adjective ("Kyrgyz"): an actor with an agent word.
	Adj
	// Capital is a city that stands for a government ("Moscow").
	Capital
	// Person is a named person.
	Person
)

func (k Kind) String() string {
	return [...]string{"name", "adj", "capital", "person"}[k]
}

// Coding is one code an actor phrase has, with the dates it holds.
type Coding struct {
	Code string
	// From and To bound the dates, YYYY-MM-DD, inclusive; "" is open.
	From, To string
	Kind     Kind
}

// Holds reports whether the coding applies on date (YYYY-MM-DD; "" holds always).
func (c Coding) Holds(date string) bool {
	if date == "" {
		return true
	}
	if c.From != "" && date < c.From {
		return false
	}
	if c.To != "" && date > c.To {
		return false
	}
	return true
}

// Phrase is a sequence of lower-case tokens.
type Phrase []string

// Entry is a phrase with what it stands for.
type Entry struct {
	Phrase Phrase
	// Codings of an actor phrase, in file order.
	Codings []Coding
	// Agent is the agent code of an agent phrase ("GOV").
	Agent string
	// Origin is "file:line" for messages.
	Origin string
	// Caps is true for acronyms, which match only text in capitals.
	Caps bool
	// Gaps, when set, says for each word of the phrase whether other words
	// may stand before it in the text: TABARI's disconnected phrases
	// ("ITHILEN TELEVISION" matches "Ithilen state-run television").
	Gaps []bool
}

// CodeOn returns the actor code and kind that hold on date, and false when
// none does.
func (e *Entry) CodeOn(date string) (Coding, bool) {
	// Dated codings first: they are more specific than an undated default.
	for _, c := range e.Codings {
		if (c.From != "" || c.To != "") && c.Holds(date) {
			return c, true
		}
	}
	for _, c := range e.Codings {
		if c.From == "" && c.To == "" {
			return c, true
		}
	}
	return Coding{}, false
}

// Trie finds the longest phrase starting at a token.
type Trie struct {
	byFirst map[string][]*Entry // sorted longest phrase first
	// first holds the keys of byFirst, to skip the lookup for most words.
	first WordFilter
	n     int
	// index is byFirst keyed by the words' hashes, for Match.
	index firstIndex
}

// NewTrie returns an empty trie.
func NewTrie() *Trie { return &Trie{byFirst: map[string][]*Entry{}} }

// Len returns the number of phrases.
func (t *Trie) Len() int { return t.n }

// Add adds an entry, merging its codings into an existing entry with the same phrase.
func (t *Trie) Add(e *Entry) *Entry {
	if len(e.Phrase) == 0 {
		return e
	}
	key := e.Phrase[0]
	list := t.byFirst[key]
	for _, old := range list {
		if samePhrase(old.Phrase, e.Phrase) {
			old.Codings = append(old.Codings, e.Codings...)
			if old.Agent == "" {
				old.Agent = e.Agent
			}
			return old
		}
	}
	if len(list) == 0 {
		t.first.Add(key)
	}
	// Keep the list longest phrase first, in order of addition among equals.
	i := sort.Search(len(list), func(i int) bool { return len(list[i].Phrase) < len(e.Phrase) })
	list = slices.Insert(list, i, e)
	t.byFirst[key] = list
	t.index.inserted(key, list, i)
	t.n++
	return e
}

// Lookup returns the entry whose phrase equals p exactly, or nil.
func (t *Trie) Lookup(p Phrase) *Entry {
	if len(p) == 0 {
		return nil
	}
	for _, e := range t.byFirst[p[0]] {
		if samePhrase(e.Phrase, p) {
			return e
		}
	}
	return nil
}

// Match returns the longest entry whose phrase matches toks from index i, and
// how many tokens it covers; n is 0 when nothing matches.
func (t *Trie) Match(toks []nlp.Token, i int) (e *Entry, n int) {
	if !t.first.MayHave(toks[i].LowerHash()) {
		return nil, 0
	}
	for _, cand := range t.index.get(toks, i) {
		p := cand.Phrase
		if i+len(p) > len(toks) {
			continue
		}
		if cand.Gaps != nil {
			if n := matchGaps(cand, toks, i); n > 0 {
				return cand, n
			}
			continue
		}
		ok := true
		for k := 1; k < len(p); k++ {
			if toks[i+k].Lower != p[k] {
				ok = false
				break
			}
		}
		if ok {
			return cand, len(p)
		}
	}
	return nil, 0
}

// maxPhraseGap is how many words may stand inside a disconnected phrase
// where its words are apart.
const maxPhraseGap = 2

// matchGaps matches a phrase with Gaps at token i and returns the number
// of tokens it covers, or 0. The words between are modifiers: adjectives,
// nouns, numbers, participles (or any word, before tagging).
func matchGaps(e *Entry, toks []nlp.Token, i int) int {
	j := i + 1
	for k := 1; k < len(e.Phrase); k++ {
		if j < len(toks) && toks[j].Lower == e.Phrase[k] {
			j++
			continue
		}
		if !e.Gaps[k] {
			return 0
		}
		found := false
		for g := j; g < len(toks) && g < j+maxPhraseGap; g++ {
			if !gapWord(toks[g]) {
				break
			}
			if g+1 < len(toks) && toks[g+1].Lower == e.Phrase[k] {
				j, found = g+2, true
				break
			}
		}
		if !found {
			return 0
		}
	}
	return j - i
}

func gapWord(t nlp.Token) bool {
	switch {
	case t.Tag == "":
		return strings.IndexFunc(t.Lower, func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0
	case strings.HasPrefix(t.Tag, "JJ"), strings.HasPrefix(t.Tag, "NN"), t.Tag == "CD", t.Tag == "VBN", t.Tag == "VBG":
		return true
	}
	return false
}

func samePhrase(a, b Phrase) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// phraseOf tokenizes a dictionary phrase the way the coder tokenizes text:
// underscores and spaces separate words.
func phraseOf(s string) Phrase {
	s = strings.ReplaceAll(s, "_", " ")
	if p, ok := plainPhrase(s); ok {
		return p
	}
	toks := nlp.Tokenize(s)
	p := make(Phrase, 0, len(toks))
	for _, t := range toks {
		p = append(p, t.Lower)
	}
	return p
}

// plainPhrase is phraseOf's quick path for the phrases most dictionary lines
// hold: ASCII letters and digits between spaces, which the tokenizer cuts
// at the spaces and lower-cases. It returns false for any other phrase.
func plainPhrase(s string) (Phrase, bool) {
	words, seen := 1, uint8(0)
	for i := 0; i < len(s); i++ {
		k := phraseByte[s[i]]
		seen |= k
		words += int(k & phraseSpace)
	}
	if seen&phraseOther != 0 {
		return nil, false
	}
	if seen&phraseUpper != 0 {
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		s = string(b)
	}
	// Only letters, digits and spaces: the words are the runs between
	// spaces, as strings.Fields would cut them.
	p := make(Phrase, 0, words)
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			p = append(p, s[i:j])
		}
		i = j
	}
	return p, true
}

// Classes of bytes for plainPhrase: a space, a capital, a byte of no
// plain phrase; 0 for a lower-case letter or digit.
const (
	phraseSpace = 1 << iota
	phraseUpper
	phraseOther
)

var phraseByte = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			t[c] = phraseUpper
		case c == ' ':
			t[c] = phraseSpace
		default:
			t[c] = phraseOther
		}
	}
	return t
}()

// Set is every dictionary the coder needs.
type Set struct {
	// Actors are names, demonyms, capitals and people.
	Actors *Trie
	// Agents are role words ("president", "servicemen").
	Agents *Trie
	// Verbs are the verb patterns and frames.
	Verbs *Verbs
	// Discards drop sentences (Sentence) or whole stories (Story).
	Discards *Discards
	// Warnings are problems found while loading that did not stop it.
	Warnings []string
	// Compat makes the coder follow PETRARCH-1/TABARI semantics (both
	// source and target required, no modality framing, negation only
	// through patterns). Set it when the dictionaries are PETRARCH-format ones.
	Compat bool
}

// Discards are phrases that mark non-political text.
type Discards struct {
	Sentence *Trie
	Story    *Trie
}

// MatchAny reports the first phrase of t found anywhere in toks.
func (t *Trie) MatchAny(toks []nlp.Token) (Phrase, bool) {
	if t == nil {
		return nil, false
	}
	for i := range toks {
		if !t.first.MayHave(toks[i].LowerHash()) {
			continue // Match's first test, without the call
		}
		if e, n := t.Match(toks, i); n > 0 {
			return e.Phrase, true
		}
	}
	return nil, false
}

// ParseError is a line of a dictionary that could not be read.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

package dict

import (
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/nlp"
)

// TestTrieMatchSecondWord checks that Match, which passes over phrases
// whose second word is not the next token's, still returns the longest
// phrase, single words and phrases with gaps included.
func TestTrieMatchSecondWord(t *testing.T) {
	tr := NewTrie()
	for _, p := range [][]string{
		{"united", "states", "army"},
		{"united", "states"},
		{"united", "nations"},
		{"united", "arab", "emirates"},
		{"united"},
		{"state", "television"},
	} {
		tr.Add(&Entry{Phrase: Phrase(p), Origin: strings.Join(p, " ")})
	}
	tr.Add(&Entry{Phrase: Phrase{"state", "radio"}, Gaps: []bool{false, true}, Origin: "state … radio"})
	tr.Add(&Entry{Phrase: Phrase{"state"}, Origin: "state"})
	tests := []struct {
		text string
		want string // Origin of the match, "" for none
		n    int
	}{
		{"united states army", "united states army", 3},
		{"united states", "united states", 2},
		{"united nations", "united nations", 2},
		{"united arab emirates", "united arab emirates", 3},
		{"united front", "united", 1},
		{"united", "united", 1},
		{"state television", "state television", 2},
		{"state-run television", "", 0},
		{"state run television", "state", 1},
		{"state run radio", "state … radio", 3},
		{"other words", "", 0},
	}
	for _, tc := range tests {
		toks := nlp.Tokenize(tc.text)
		e, n := tr.Match(toks, 0)
		got := ""
		if e != nil {
			got = e.Origin
		}
		if got != tc.want || n != tc.n {
			t.Errorf("Match(%q) = %q, %d; want %q, %d", tc.text, got, n, tc.want, tc.n)
		}
	}
}

// TestPatternMayMatch checks that MayMatch rejects a pattern only when a
// word element has none of its first words in the sentence.
func TestPatternMayMatch(t *testing.T) {
	v := NewVerbs()
	src := "057 sign* treaty\n112 accuse* + of\n"
	if err := ReadVerbs(strings.NewReader(src), "v.txt", v); err != nil {
		t.Fatal(err)
	}
	set := func(text string) *WordSet {
		var s WordSet
		for _, tok := range nlp.Tokenize(text) {
			s.Add(tok.LowerHash())
		}
		return &s
	}
	tests := []struct {
		lemma, text string
		want        bool
	}{
		{"sign", "They signed the treaty.", true},
		{"sign", "They signed a letter.", false},
		{"accuse", "He accused them of theft.", true},
		{"accuse", "He accused them.", false},
	}
	for _, tc := range tests {
		ps := v.Patterns(tc.lemma)
		if len(ps) != 1 {
			t.Fatalf("%s: %d patterns", tc.lemma, len(ps))
		}
		if got := ps[0].MayMatch(set(tc.text)); got != tc.want {
			t.Errorf("%s in %q: MayMatch = %v, want %v", tc.lemma, tc.text, got, tc.want)
		}
	}
}

// TestFirstIndexIncremental checks that the second-word tables kept up to
// date phrase by phrase as the built-in dictionaries load are the ones
// made from each finished list, and on a small trie whose phrases come in
// every order of length and gaps.
func TestFirstIndexIncremental(t *testing.T) {
	check := func(name string, tr *Trie) {
		t.Helper()
		n := 0
		for i := range tr.index.slots {
			s := &tr.index.slots[i]
			if s.list == nil {
				continue
			}
			n++
			fresh := firstSlot{list: s.list}
			fresh.index()
			if s.second != fresh.second || s.tail != fresh.tail {
				t.Errorf("%s %q: second %x tail %d, from the list %x %d", name, s.key, s.second, s.tail, fresh.second, fresh.tail)
			}
		}
		if n == 0 {
			t.Errorf("%s: no words indexed", name)
		}
	}
	small := NewTrie()
	for _, e := range []*Entry{
		{Phrase: Phrase{"state"}},
		{Phrase: Phrase{"state", "radio"}, Gaps: []bool{false, true}},
		{Phrase: Phrase{"state", "television"}},
		{Phrase: Phrase{"state", "news", "agency"}},
		{Phrase: Phrase{"state", "security", "service", "chief"}, Gaps: []bool{false, false, true, false}},
		{Phrase: Phrase{"state", "duma"}},
		{Phrase: Phrase{"state", "council"}},
	} {
		small.Add(e)
	}
	check("small", small)
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	check("actors", set.Actors)
	check("agents", set.Agents)
}

package dict

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/nlp"
)

func TestWordFilter(t *testing.T) {
	var f WordFilter
	if !f.MayHave(nlp.HashWord("anything")) {
		t.Fatal("an empty filter must say maybe")
	}
	var in []string
	for i := 0; i < 5000; i++ {
		w := fmt.Sprintf("word%d", i)
		in = append(in, w)
		f.Add(w)
	}
	for _, w := range in {
		if !f.MayHave(nlp.HashWord(w)) {
			t.Fatalf("%q was added but the filter says no", w)
		}
	}
	passed := 0
	for i := 0; i < 10000; i++ {
		if f.MayHave(nlp.HashWord(fmt.Sprintf("other%d", i))) {
			passed++
		}
	}
	if passed > 500 {
		t.Errorf("%d of 10000 words not added pass the filter; want under 5%%", passed)
	}
}

// TestTokenLookupsAgree checks that the filtered lookups by token give what
// the plain lookups by string give, for every form the dictionaries know
// and for the words of some text.
func TestTokenLookupsAgree(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	v := s.Verbs
	var words []string
	for f := range v.byForm {
		words = append(words, f)
	}
	for f := range v.nounForm {
		words = append(words, strings.Fields(f)...)
	}
	words = append(words, strings.Fields("the troops clashed near the border and peace talks failed after border clashes ceasefire")...)
	toks := nlp.Tokenize(strings.Join(words, " "))
	for i := range toks {
		tk := &toks[i]
		if got, want := v.LemmasOfToken(tk), v.LemmasOf(tk.Lower); !reflect.DeepEqual(got, want) {
			t.Fatalf("LemmasOfToken(%q) = %v, LemmasOf %v", tk.Lower, got, want)
		}
		if got, want := v.NounLemmasOfToken(tk), v.NounLemmasOf(tk.Lower); !reflect.DeepEqual(got, want) {
			t.Fatalf("NounLemmasOfToken(%q) = %v, NounLemmasOf %v", tk.Lower, got, want)
		}
		if i+1 < len(toks) {
			if got, want := v.NounLemmasOfPair(tk, &toks[i+1]), v.NounLemmasOf(tk.Lower+" "+toks[i+1].Lower); !reflect.DeepEqual(got, want) {
				t.Fatalf("NounLemmasOfPair(%q, %q) = %v, want %v", tk.Lower, toks[i+1].Lower, got, want)
			}
		}
		for _, tr := range []*Trie{s.Actors, s.Agents} {
			e, n := tr.Match(toks, i)
			if n > 0 && tr.byFirst[tk.Lower] == nil || n == 0 && e != nil {
				t.Fatalf("Match(%q) = %v, %d", tk.Lower, e, n)
			}
		}
	}
	// Two-word event nouns are found by pair.
	n := 0
	for f := range v.nounForm {
		a, b, ok := strings.Cut(f, " ")
		if !ok || strings.Contains(b, " ") {
			continue
		}
		pt := nlp.Tokenize(a + " " + b)
		if len(pt) == 2 && pt[0].Lower == a && pt[1].Lower == b {
			n++
			if v.NounLemmasOfPair(&pt[0], &pt[1]) == nil {
				t.Fatalf("two-word noun %q not found by pair", f)
			}
		}
	}
	if n == 0 {
		t.Error("no two-word event nouns checked")
	}
}

// TestWordFilterReserve checks that a filter sized in advance is the one
// adding the words one by one builds.
func TestWordFilterReserve(t *testing.T) {
	for _, n := range []int{1, 63, 64, 65, 500, 3000} {
		var grown, reserved WordFilter
		reserved.reserve(n)
		for i := 0; i < n; i++ {
			w := fmt.Sprintf("w%d", i)
			grown.Add(w)
			reserved.Add(w)
		}
		if !reflect.DeepEqual(grown.bits, reserved.bits) || grown.shift != reserved.shift || !reflect.DeepEqual(grown.words, reserved.words) {
			t.Errorf("n=%d: a reserved filter differs from a grown one", n)
		}
	}
}

// TestWordSeq checks that pattern words split at '_' and ' ' only.
func TestWordSeq(t *testing.T) {
	v := NewVerbs()
	for in, want := range map[string]int{"war_crimes": 2, "cease fire": 2, "__a__ b_": 2, "": 0, "_ _": 0, "naïve_café": 2, "one": 1} {
		seq, err := v.wordSeq(in)
		if err != nil || len(seq) != want {
			t.Errorf("wordSeq(%q) = %d words, %v; want %d", in, len(seq), err, want)
		}
	}
}

package nlp

import (
	"math"
	"testing"
)

// TestPredictFastIsExact checks that the fast scoring (fastpredict.go)
// gives the tags of prose's exact order on every token of the agreement
// sample: a tagger whose margin is infinite always falls back to predict.
func TestPredictFastIsExact(t *testing.T) {
	fast, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	exact, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	exact.m.margin = math.Inf(1)
	if fast.m.margin <= 0 || fast.m.margin > 0.1 {
		t.Errorf("margin %g: want a small positive bound", fast.m.margin)
	}
	n := 0
	for _, text := range agreementTexts(t) {
		a, b := Split(text), Split(text)
		for i := range a {
			fast.Tag(a[i].Tokens)
			exact.Tag(b[i].Tokens)
			for k := range a[i].Tokens {
				n++
				if got, want := a[i].Tokens[k].Tag, b[i].Tokens[k].Tag; got != want {
					t.Errorf("%q in %q: fast %s, exact %s", a[i].Tokens[k].Text, a[i].Text, got, want)
				}
			}
		}
	}
	if n < 10000 {
		t.Errorf("only %d tokens compared", n)
	}
}

// TestPrefSums checks the bias-and-first-byte sums against startScores'
// first steps for every byte.
func TestPrefSums(t *testing.T) {
	tg, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	m := tg.m
	nc := len(m.classes)
	for _, text := range []string{"", "a", "Z", "9", "-", "é"} {
		var want scores
		copy(want[:nc], m.biasScores[:nc])
		if text == "" {
			m.add(m.emptyPref, &want)
		} else {
			m.add(m.pref1[text[0]], &want)
		}
		got := m.biasPref(text)
		for c := 0; c < nc; c++ {
			if got[c] != want[c] {
				t.Errorf("%q class %d: %g, want %g", text, c, got[c], want[c])
			}
		}
	}
}

// TestStartsAreStartScores checks that the starting scores prepareStarts
// shares between strings of one suffix and first byte are, for every
// vocabulary string, the ones startScores makes for it, bit for bit, and
// that every string finds its entry in the table.
func TestStartsAreStartScores(t *testing.T) {
	tg, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	m := tg.m
	nc := len(m.classes)
	shared := 0
	seen := map[int32]bool{}
	for _, e := range m.entries {
		if m.find(e.key) != e {
			t.Errorf("%q: not found in the table", e.key)
		}
		if seen[e.start] {
			shared++
		}
		seen[e.start] = true
		var want scores
		m.startScores(&want, e.key, e.suffix)
		got := m.starts[e.start : int(e.start)+nc]
		for c := 0; c < nc; c++ {
			if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
				t.Fatalf("%q class %d: %g, want %g", e.key, c, got[c], want[c])
			}
		}
	}
	if shared == 0 || len(m.entries) < 10000 {
		t.Errorf("%d entries, %d sharing their scores: want many of both", len(m.entries), shared)
	}
}

// TestMergedFeatures checks that each entry's merged features add, class
// by class, what its word and suffix features add one after the other.
func TestMergedFeatures(t *testing.T) {
	tg, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	m := tg.m
	nc := len(m.classes)
	n := 0
	for _, e := range m.entries {
		if e.suffix == nil {
			continue
		}
		for _, k := range []struct {
			merged     feat
			word, suff feat
		}{
			{e.prevFeat, e.feats[slotPrevWord], e.suffix.feats[slotPrevSuf]},
			{e.nextFeat, e.feats[slotNextWord], e.suffix.feats[slotNextSuf]},
		} {
			var got, want scores
			m.add(k.merged, &got)
			m.add(k.word, &want)
			m.add(k.suff, &want)
			n++
			for c := 0; c < nc; c++ {
				if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
					t.Fatalf("%q class %d: merged %g, apart %g", e.key, c, got[c], want[c])
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d merged features checked", n)
	}
}

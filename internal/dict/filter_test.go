package dict

import (
	"fmt"
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

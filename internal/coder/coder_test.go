package coder

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/accord-hub/accord/internal/dict"
)

var builtin = sync.OnceValues(func() (*Coder, error) {
	d, err := dict.Builtin()
	if err != nil {
		return nil, err
	}
	return New(d)
})

// runCases codes every case of a gold file and returns the score.
func runCases(t *testing.T, file string) Score {
	t.Helper()
	c, err := builtin()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ParseCases(f, file)
	if err != nil {
		t.Fatal(err)
	}
	var total Score
	for _, cs := range cases {
		got := c.CodeSentence(cs.Text, cs.Date)
		s, notes := Check(cs, got)
		total.Add(s)
		if len(notes) > 0 && testing.Verbose() {
			t.Logf("%s: %s\n    %s", cs.Origin, cs.Text, strings.Join(notes, "\n    "))
		}
	}
	t.Logf("%s: %d cases, precision %.2f recall %.2f F1 %.2f, %d forbidden events coded",
		filepath.Base(file), len(cases), total.Precision(), total.Recall(), total.F1(), total.Violations)
	return total
}

func TestConstructions(t *testing.T) {
	s := runCases(t, "testdata/constructions.txt")
	if s.FN > 0 || s.Violations > 0 {
		t.Errorf("constructions: %d events missing, %d forbidden events coded (run with -v to see them)", s.FN, s.Violations)
	}
}

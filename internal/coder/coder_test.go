package coder

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/geo"
)

var builtin = sync.OnceValues(func() (*Coder, error) {
	d, err := dict.Builtin()
	if err != nil {
		return nil, err
	}
	c, err := New(d)
	if err != nil {
		return nil, err
	}
	// As the command line codes: with the gazetteer's places.
	pc, err := geo.LoadPlaceCountries()
	if err != nil {
		return nil, err
	}
	return c.WithPlaces(pc.CountryOf), nil
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

// TestGoldSets scores the coder on the gold sentence files in
// testdata/coder (country-level source and target, CAMEO root, as held-out
// evaluations score event coders) and fails when it falls below the floors,
// so that a change that loses accuracy is noticed. The held-out files are
// for measuring only: nobody tunes against them, and heldout_ca2.txt to
// heldout_ca5.txt, the freshest, have no floor here at all.
func TestGoldSets(t *testing.T) {
	floors := map[string]float64{
		"central_asia.txt": 0.90, "central_asia2.txt": 0.84, "central_asia3.txt": 0.78,
		"central_asia4.txt": 0.84, "central_asia5.txt": 0.75, "central_asia6.txt": 0.85,
		"central_asia7.txt": 0.86, "central_asia8.txt": 0.78, "central_asia9.txt": 0.83,
		"central_asia10.txt": 0.83, "central_asia11.txt": 0.82, "central_asia12.txt": 0.83,
		"central_asia13.txt": 0.71, "central_asia14.txt": 0.74, "central_asia15.txt": 0.76,
		"central_asia16.txt": 0.79, "central_asia17.txt": 0.65, "central_asia18.txt": 0.66,
		"central_asia19.txt": 0.77, "central_asia20.txt": 0.70, "central_asia21.txt": 0.77,
		"central_asia22.txt": 0.63, "central_asia23.txt": 0.72, "world.txt": 0.90, "world2.txt": 0.87,
		"manual.txt": 0.86, "actors.txt": 0.89, "historic.txt": 0.76, "heldout.txt": 0.84,
		"heldout_ca.txt": 0.78, "heldout_world.txt": 0.73,
	}
	c, err := builtin()
	if err != nil {
		t.Fatal(err)
	}
	for file, floor := range floors {
		f, err := os.Open(filepath.Join("..", "..", "testdata", "coder", file))
		if err != nil {
			t.Fatal(err)
		}
		cases, err := ParseCases(f, file)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var s Score
		for _, cs := range cases {
			cs.Countries = true
			got, _ := Check(cs, c.CodeSentence(cs.Text, cs.Date))
			s.Add(got)
		}
		t.Logf("%s: %d cases, precision %.2f recall %.2f F1 %.2f", file, len(cases), s.Precision(), s.Recall(), s.F1())
		if s.F1() < floor {
			t.Errorf("%s: F1 %.3f is below its floor %.2f", file, s.F1(), floor)
		}
	}
	// Sport, weather, markets and negations must stay quiet: at most this
	// many events coded where none (or another) should be.
	for file, maxExtra := range map[string]int{"negative.txt": 3, "negative2.txt": 5} {
		f, err := os.Open(filepath.Join("..", "..", "testdata", "coder", file))
		if err != nil {
			t.Fatal(err)
		}
		cases, err := ParseCases(f, file)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		extra, bad := 0, 0
		for _, cs := range cases {
			s, notes := Check(cs, c.CodeSentence(cs.Text, cs.Date))
			extra += s.FP
			bad += s.Violations
			if s.FP+s.Violations > 0 {
				t.Logf("%s: %s\n    %s", cs.Origin, cs.Text, strings.Join(notes, "\n    "))
			}
		}
		if extra > maxExtra || bad > 0 {
			t.Errorf("%s: %d events coded where none should be, %d forbidden events", file, extra, bad)
		}
	}
}

// TestNoFailures codes every sentence of every gold file and fails if any
// sentence made the coder panic (a panic loses the sentence's events).
func TestNoFailures(t *testing.T) {
	c, err := builtin()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "coder", "*.txt"))
	files = append(files, "testdata/constructions.txt")
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		cases, err := ParseCases(f, file)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, cs := range cases {
			if res := c.Code(articleOf(cs.Text)); len(res.Failed) > 0 {
				t.Errorf("%s: %s: %v", cs.Origin, cs.Text, res.Failed)
			}
		}
	}
}

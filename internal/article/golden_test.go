package article

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenResult is what reading one input gives, as stored in its golden
// file.
type goldenResult struct {
	Articles []goldenArticle `json:"articles"`
	Problems []goldenProblem `json:"problems"`
}

type goldenArticle struct {
	Article
	Origin string `json:"origin"`
}

type goldenProblem struct {
	Message string `json:"message"`
	Line    int    `json:"line,omitempty"`
	Skipped bool   `json:"skipped"`
}

// TestGolden reads every input in testdata/golden/ with Walk and compares
// the articles and problems with the JSON in the file beside it, INPUT.golden.
// Run with -update to rewrite the golden files after a deliberate change.
func TestGolden(t *testing.T) {
	entries, err := os.ReadDir("testdata/golden")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if e.IsDir() || strings.HasSuffix(e.Name(), ".golden") {
			continue
		}
		n++
		in := filepath.ToSlash(filepath.Join("testdata/golden", e.Name()))
		t.Run(e.Name(), func(t *testing.T) {
			res := goldenResult{Articles: []goldenArticle{}, Problems: []goldenProblem{}}
			err := Walk(context.Background(), []string{in}, testOptions(), nil, func(a Article) error {
				res.Articles = append(res.Articles, goldenArticle{a, a.Origin})
				return nil
			}, func(p Problem) {
				res.Problems = append(res.Problems, goldenProblem{p.Error(), p.Line, p.Skipped})
			})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := in + ".golden"
			if *updateGolden {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("reading %s gave\n%s\nwant (%s)\n%s", in, got, golden, want)
			}
		})
	}
	if n < 8 {
		t.Errorf("only %d golden inputs found", n)
	}
}

package coder

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/accord-hub/accord/data"
	"github.com/accord-hub/accord/internal/article"
)

// BenchmarkCode codes the embedded example articles, tokenising and tagging
// included, and reports sentences per second. Run on one core with
//
//	GOMAXPROCS=1 go test -run '^$' -bench Code -benchtime 5s ./internal/coder/
func BenchmarkCode(b *testing.B) {
	c, err := builtin()
	if err != nil {
		b.Fatal(err)
	}
	names, _ := fs.Glob(data.FS, "examples/*.txt")
	var arts []article.Article
	for _, n := range names {
		raw, _ := data.FS.ReadFile(n)
		text := string(raw)
		if i := strings.Index(text, "\n\n"); i > 0 {
			text = text[i+2:]
		}
		arts = append(arts, article.Article{ID: n, Text: text, Date: "2022-07-21"})
	}
	if len(arts) == 0 {
		b.Skip("no example articles")
	}
	b.ResetTimer()
	sentences := 0
	for i := 0; i < b.N; i++ {
		res := c.Code(arts[i%len(arts)])
		sentences += len(res.Sentences)
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}

package geo

import (
	"io/fs"
	"runtime"
	"strings"
	"testing"

	"github.com/accord-hub/accord/data"
	"github.com/accord-hub/accord/internal/article"
)

// exampleArticles returns the news articles that ship with accord.
func exampleArticles(tb testing.TB) []article.Article {
	tb.Helper()
	var out []article.Article
	err := fs.WalkDir(data.FS, "examples", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := fs.ReadFile(data.FS, path)
		if err != nil {
			return err
		}
		out = append(out, article.Article{ID: path, Text: string(b)})
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(out) == 0 {
		tb.Fatal("no example articles in data/examples")
	}
	return out
}

// BenchmarkMentions geocodes the example articles; articles/s is the
// figure the issue asks for (at least 500 on one core: run with
// GOMAXPROCS=1).
func BenchmarkMentions(b *testing.B) {
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	gc := New(g)
	arts := exampleArticles(b)
	bytes := 0
	for _, a := range arts {
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes / len(arts)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		gc.Mentions(arts[i%len(arts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkLoad reads the embedded gazetteer from scratch (Load itself
// does it once per process).
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := LoadFS(data.FS, "geo"); err != nil {
			b.Fatal(err)
		}
	}
}

// readAll returns the files of a data directory, by name.
func readAll(dir string) (map[string][]byte, error) {
	out := map[string][]byte{}
	entries, err := fs.ReadDir(data.FS, dir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		b, err := fs.ReadFile(data.FS, dir+"/"+e.Name())
		if err != nil {
			return nil, err
		}
		out[e.Name()] = b
	}
	return out, nil
}

// TestMemory holds the loaded gazetteer and a geocoding run to the issue's
// budget: the whole process under 400 MB.
func TestMemory(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	gc := New(g)
	for _, a := range exampleArticles(t) {
		gc.Mentions(a)
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	t.Logf("heap in use %d MB, obtained from the OS %d MB", m.HeapInuse>>20, m.Sys>>20)
	if m.Sys > 400<<20 {
		t.Errorf("the process holds %d MB from the OS, want under 400", m.Sys>>20)
	}
	runtime.KeepAlive(g)
}

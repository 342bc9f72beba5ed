package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// writeCorpus writes n JSONL articles made from the embedded examples, each
// with its own id, and returns the file.
func writeCorpus(tb testing.TB, n int) string {
	tb.Helper()
	arts, err := exampleArticles()
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(tb.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for i := 0; i < n; i++ {
		a := arts[i%len(arts)]
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("bench-%d", i), "date": a.Date, "title": a.Title, "source": fmt.Sprintf("outlet-%d", i%7), "text": a.Text})
		w.Write(line)
		w.WriteByte('\n')
	}
	w.Flush()
	f.Close()
	return path
}

// BenchmarkIngest measures `accord ingest` end to end (read, code, geocode,
// merge, store) on 2,000 example-sized articles per iteration:
//
//	go test -run '^$' -bench Ingest -benchtime 3x ./internal/cli/
func BenchmarkIngest(b *testing.B) {
	const n = 2000
	corpus := writeCorpus(b, n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		db := filepath.Join(b.TempDir(), "bench.db")
		err := Run(context.Background(), []string{"ingest", "--db", db, corpus}, nil, io.Discard, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkCodeCommand measures `accord code` on the same corpus; run it with
// GOMAXPROCS=1 for the one-core figure.
func BenchmarkCodeCommand(b *testing.B) {
	const n = 1000
	corpus := writeCorpus(b, n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := Run(context.Background(), []string{"code", corpus}, nil, io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

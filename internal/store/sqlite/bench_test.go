package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/storetest"
)

// BenchmarkSave saves articles of ten events each, a hundred articles a
// Save, into a growing store.
func BenchmarkSave(b *testing.B) {
	db := openTemp(b)
	ctx := context.Background()
	const batch = 100
	b.ResetTimer()
	start := time.Now()
	n := 0
	for n < b.N {
		k := min(batch, b.N-n)
		docs := storetest.Synthetic(9, n, k, 10)
		if _, err := db.Save(ctx, docs); err != nil {
			b.Fatal(err)
		}
		n += k
	}
	secs := time.Since(start).Seconds()
	b.ReportMetric(float64(b.N)/secs, "articles/s")
	b.ReportMetric(float64(10*b.N)/secs, "events/s")
}

// BenchmarkSaveConcurrent saves one article a Save from eight goroutines, as
// an ingest worker pool does; the writer commits them in groups.
func BenchmarkSaveConcurrent(b *testing.B) {
	db := openTemp(b)
	ctx := context.Background()
	docs := storetest.Synthetic(10, 0, b.N, 10)
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	next := make(chan int)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if _, err := db.Save(ctx, docs[i:i+1]); err != nil {
					b.Error(err)
				}
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	secs := time.Since(start).Seconds()
	b.ReportMetric(float64(b.N)/secs, "articles/s")
}

// benchStore returns a store with about n merged events, filled once per
// process. ACCORD_BENCH_DB names a file to keep and reuse between runs.
func benchStore(b *testing.B, n int) *DB {
	b.Helper()
	ctx := context.Background()
	path := os.Getenv("ACCORD_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	db, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	var have int
	db.readers.QueryRow(`SELECT count(*) FROM events`).Scan(&have)
	if have >= n {
		return db
	}
	var articles int
	db.readers.QueryRow(`SELECT count(*) FROM articles`).Scan(&articles)
	start := time.Now()
	for have < n {
		if _, err := db.Save(ctx, storetest.Synthetic(1, articles, 1000, 10)); err != nil {
			b.Fatal(err)
		}
		articles += 1000
		db.readers.QueryRow(`SELECT count(*) FROM events`).Scan(&have)
	}
	// Planner statistics, as PRAGMA optimize keeps them on a real store.
	if _, err := db.writer.Exec(`ANALYZE`); err != nil {
		b.Fatal(err)
	}
	b.Logf("filled %s with %d events from %d articles in %s", path, have, articles, time.Since(start).Round(time.Second))
	return db
}

// BenchmarkEventsQuery reads two pages of 100 events (the first, and the
// next from its cursor) from a store of a million events
// (ACCORD_BENCH_EVENTS sets another size) under a range of filters.
func BenchmarkEventsQuery(b *testing.B) {
	n := 1_000_000
	if s := os.Getenv("ACCORD_BENCH_EVENTS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	db := benchStore(b, n)
	ctx := context.Background()
	cases := []store.Filter{
		{},
		{Newest: true},
		{Country: "KGZ"},
		{Country: "TJK", From: "2022-01-01", To: "2022-12-31"},
		{Pair: "KGZ-TJK"},
		{Root: "19"},
		{Code: "0411"},
		{Quad: 4, From: "2020-01-01"},
		{Country: "KGZ", Root: "19"},
		{Country: "UZB", Code: "1124"},
		{Country: "IRQ", Quad: 2, Newest: true},
		{Query: "ceasefire"},
		{Query: "term0400"},
		{Query: "border talks", Country: "KGZ"},
		{Query: "the"},
	}
	for _, f := range cases {
		f.Limit = 100
		name := benchName(f)
		b.Run(name, func(b *testing.B) {
			var got int
			for i := 0; i < b.N; i++ {
				p, err := db.Events(ctx, f)
				if err != nil {
					b.Fatal(err)
				}
				got = len(p.Events)
				if p.NextCursor != "" {
					g := f
					g.Cursor = p.NextCursor
					if _, err := db.Events(ctx, g); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(got), "events/page")
		})
	}
}

// benchName names a filter case by its set fields ("KGZ_root19").
func benchName(f store.Filter) string {
	var parts []string
	add := func(label, v string) {
		if v != "" && v != "0" && v != "false" {
			parts = append(parts, label+v)
		}
	}
	add("", f.Country)
	add("", f.Pair)
	add("from", f.From)
	add("to", f.To)
	add("code", f.Code)
	add("root", f.Root)
	add("quad", strconv.Itoa(f.Quad))
	add("q=", strings.ReplaceAll(f.Query, " ", "+"))
	if f.Newest {
		parts = append(parts, "newest")
	}
	if len(parts) == 0 {
		return "all"
	}
	return strings.Join(parts, "_")
}

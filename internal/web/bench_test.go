package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/sqlite"
	"github.com/accord-hub/accord/internal/store/storetest"
)

// benchDB returns a SQLite store with at least n merged events of
// storetest.Synthetic news (seed 1, ten events an article, as the store's own
// benchmarks use). ACCORD_BENCH_DB names a file to keep and reuse: filling a
// million events takes several minutes.
func benchDB(b *testing.B, n int) *sqlite.DB {
	b.Helper()
	ctx := context.Background()
	path := os.Getenv("ACCORD_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	have := countEvents(b, db)
	b.Logf("%s holds %d merged events", path, have)
	if have >= n {
		b.Cleanup(func() { db.Close() })
		return db
	}
	start := time.Now()
	// Articles are numbered from 0; continue after the ones stored.
	articles := 0
	for {
		ok, err := db.HasArticle(ctx, fmt.Sprintf("syn-1-%07d", articles+999))
		if err != nil || !ok {
			break
		}
		articles += 1000
	}
	for have < n {
		if _, err := db.Save(ctx, storetest.Synthetic(1, articles, 1000, 10)); err != nil {
			b.Fatal(err)
		}
		articles += 1000
		have += 9000 // about one report in ten merges; counted exactly below
		if articles%50000 == 0 {
			have = countEvents(b, db)
			b.Logf("%d events from %d articles after %s", have, articles, time.Since(start).Round(time.Second))
		}
	}
	b.Logf("filled %s with %d events in %s", path, countEvents(b, db), time.Since(start).Round(time.Second))
	// Closing runs PRAGMA optimize, which gathers the planner statistics a
	// store in use has; reopen for the measurements.
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	reopened, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { reopened.Close() })
	return reopened
}

// countEvents counts the merged events by paging through the store, ids only
// being what matters; it is used only while filling.
func countEvents(b *testing.B, db *sqlite.DB) int {
	n := 0
	f := store.Filter{Limit: 100000}
	for {
		p, err := db.Events(context.Background(), f)
		if err != nil {
			b.Fatal(err)
		}
		n += len(p.Events)
		if p.NextCursor == "" {
			return n
		}
		f.Cursor = p.NextCursor
	}
}

// BenchmarkAPIEvents measures GET /api/events over real HTTP on loopback
// against a store of a million events (ACCORD_BENCH_EVENTS sets another
// size), with the filters an analyst uses, and reports the median, 95th and
// 99th percentile latency of each. Every other request follows the cursor of
// the one before, as a client paging on does.
//
//	ACCORD_BENCH_DB=/tmp/accord-bench.db go test ./internal/web -run '^$' -bench APIEvents -benchtime 200x
func BenchmarkAPIEvents(b *testing.B) {
	n := 1_000_000
	if s := os.Getenv("ACCORD_BENCH_EVENTS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	db := benchDB(b, n)
	srv := httptest.NewServer(newServer(b, Options{Store: db}))
	defer srv.Close()
	client := srv.Client()
	cases := []string{
		"limit=100",
		"newest=true&limit=100",
		"country=KGZ&limit=100",
		"country=TJK&from=2022-01-01&to=2022-12-31",
		"pair=KGZ-TJK&newest=true",
		"root=19&limit=100",
		"code=0411",
		"quad=4&from=2020-01-01",
		"country=KGZ&root=19&newest=true",
		"country=UZB&code=1124",
		"q=ceasefire",
		"q=border+talks&country=KGZ",
		"q=term0400",
		"from=2024-06-01&to=2024-06-30&quad=1",
	}
	var all []time.Duration
	for _, c := range cases {
		b.Run(c, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			next := "/api/events?" + c
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				resp, err := client.Get(srv.URL + next)
				if err != nil {
					b.Fatal(err)
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				lat = append(lat, time.Since(t0))
				if resp.StatusCode != http.StatusOK {
					b.Fatalf("%s: %d %s", next, resp.StatusCode, body)
				}
				// Alternate between the first page and the page after it.
				next = "/api/events?" + c
				if i%2 == 0 {
					if cur := cursorOf(body); cur != "" {
						next += "&cursor=" + url.QueryEscape(cur)
					}
				}
			}
			reportPercentiles(b, lat)
			all = append(all, lat...)
		})
	}
	if len(all) > 0 {
		sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
		b.Logf("all %d requests: p50 %s, p95 %s, p99 %s, max %s", len(all), pct(all, 50), pct(all, 95), pct(all, 99), all[len(all)-1])
	}
}

func cursorOf(body []byte) string {
	const key = `"next_cursor":"`
	s := string(body)
	i := len(s) - 1
	for ; i >= 0 && i+len(key) <= len(s); i-- {
		if s[i:i+len(key)] == key {
			rest := s[i+len(key):]
			for j := 0; j < len(rest); j++ {
				if rest[j] == '"' {
					return rest[:j]
				}
			}
		}
	}
	return ""
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(pct(lat, 50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(pct(lat, 95).Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(pct(lat, 99).Microseconds())/1000, "p99-ms")
}

func pct(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*p + 99) / 100
	if i > 0 {
		i--
	}
	return sorted[i]
}

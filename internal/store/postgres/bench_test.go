package postgres

import (
	"context"
	"testing"

	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/postgres/pgtest"
	"github.com/accord-hub/accord/internal/store/storetest"
)

// BenchmarkSave saves synthetic documents of ten reports each, 64 to a
// Save, as one worker's batches do.
func BenchmarkSave(b *testing.B) {
	db := openTemp(b, pgtest.Server(b))
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.Save(ctx, storetest.Synthetic(1, i*64, 64, 10)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*64)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkEventsPage reads pages of 100 events from a store of 20,000
// synthetic events spread over ten years (120 month partitions).
func BenchmarkEventsPage(b *testing.B) {
	db := openTemp(b, pgtest.Server(b))
	ctx := context.Background()
	for i := 0; i < 2000; i += 200 {
		if _, err := db.Save(ctx, storetest.Synthetic(2, i, 200, 10)); err != nil {
			b.Fatal(err)
		}
	}
	for _, c := range []struct {
		name string
		f    store.Filter
	}{
		{"all", store.Filter{Limit: 100}},
		{"country", store.Filter{Country: "KGZ", Limit: 100}},
		{"query", store.Filter{Query: "border", Limit: 100, Newest: true}},
		{"range", store.Filter{From: "2019-01-01", To: "2019-06-30", Limit: 100}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := db.Events(ctx, c.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

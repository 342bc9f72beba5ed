package sqlite

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/storetest"
)

func openTemp(t testing.TB, opts ...Option) *DB {
	t.Helper()
	opts = append([]Option{WithClock(func() time.Time { return time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC) })}, opts...)
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "accord.db"), opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func syntheticDocs(start, n int) []store.Document { return storetest.Synthetic(42, start, n, 10) }

package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/postgres/pgtest"
	"github.com/accord-hub/accord/internal/store/storetest"
)

func openTemp(t testing.TB, server string) *DB {
	t.Helper()
	db, err := Open(context.Background(), pgtest.Database(t, server),
		WithClock(func() time.Time { return time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC) }))
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
	server := pgtest.Server(t)
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t, server) })
}

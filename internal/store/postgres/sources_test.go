package postgres

import (
	"context"
	"testing"

	"github.com/accord-hub/accord/internal/store/postgres/pgtest"
	"github.com/accord-hub/accord/internal/watch"
	"github.com/accord-hub/accord/internal/watch/watchtest"
)

func TestSourceRegistry(t *testing.T) {
	server := pgtest.Server(t)
	watchtest.Run(t, func(t *testing.T) watch.Registry {
		db, err := Open(context.Background(), pgtest.Database(t, server))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}

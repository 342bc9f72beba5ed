package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/accord-hub/accord/internal/watch"
	"github.com/accord-hub/accord/internal/watch/watchtest"
)

func TestSourceRegistry(t *testing.T) {
	watchtest.Run(t, func(t *testing.T) watch.Registry {
		db, err := Open(context.Background(), filepath.Join(t.TempDir(), "sources.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}

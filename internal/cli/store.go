package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/postgres"
	"github.com/accord-hub/accord/internal/store/sqlite"
)

// isPostgresDSN reports whether dsn names a PostgreSQL database rather than
// a SQLite file.
func isPostgresDSN(dsn string) bool {
	l := strings.ToLower(dsn)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// openStore opens the store that dsn names: a postgres:// URL, or else the
// path of a SQLite file, created when it does not exist. Every command opens
// its store here, so that a new kind of store is added in this one place.
func openStore(ctx context.Context, dsn string) (store.Store, error) {
	if isPostgresDSN(dsn) {
		return postgres.Open(ctx, dsn)
	}
	return sqlite.Open(ctx, dsn)
}

// openExistingStore is openStore for commands that only read: a SQLite file
// that does not exist is an error, not a new empty store.
func openExistingStore(ctx context.Context, dsn string) (store.Store, error) {
	if !isPostgresDSN(dsn) {
		if _, err := os.Stat(dsn); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: ingest something first ('accord ingest FILE'), or name the store with --db or $ACCORD_DB", dsn)
		}
	}
	return openStore(ctx, dsn)
}

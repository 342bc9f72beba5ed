package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"github.com/accord-hub/accord/internal/store"
	"io/fs"
	"time"
)

// migrationFiles holds the schema, one file per step, named NNNN_name.sql.
// A new step only adds a file: the runner applies, in order, every step whose
// number is not yet recorded in schema_migrations.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one schema step.
type migration = store.Migration

// loadMigrations reads the steps from fsys, sorted by number.
func loadMigrations(fsys fs.FS, dir string) ([]migration, error) {
	ms, err := store.LoadMigrations(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return ms, nil
}

// migrate brings db's schema up to date with steps. Each step runs in its own
// transaction together with its schema_migrations row, so a crash leaves a
// step either applied and recorded or not applied at all. A database that
// records a step this program does not know is refused: it was made by a
// newer accord.
func migrate(ctx context.Context, db *sql.DB, steps []migration, now time.Time) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("sqlite: create schema_migrations: %w", err)
	}
	known := map[int]bool{}
	for _, m := range steps {
		known[m.Version] = true
	}
	applied, err := appliedVersions(ctx, db)
	if err != nil {
		return err
	}
	for v := range applied {
		if !known[v] {
			return fmt.Errorf("sqlite: database has schema step %04d, which this accord does not know: it was written by a newer version", v)
		}
	}
	for _, m := range steps {
		if applied[m.Version] {
			continue
		}
		if err := applyMigration(ctx, db, m, now); err != nil {
			return err
		}
	}
	return nil
}

func appliedVersions(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}) (map[int]bool, error) {
	rows, err := q.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: read schema_migrations: %w", err)
	}
	defer rows.Close()
	out := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("sqlite: read schema_migrations: %w", err)
		}
		out[v] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: read schema_migrations: %w", err)
	}
	return out, nil
}

func applyMigration(ctx context.Context, db *sql.DB, m migration, now time.Time) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: migration %04d_%s: %w", m.Version, m.Name, err)
	}
	defer tx.Rollback()
	// Another process may have applied the step while we waited for the lock.
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&n); err != nil {
		return fmt.Errorf("sqlite: migration %04d_%s: %w", m.Version, m.Name, err)
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return fmt.Errorf("sqlite: migration %04d_%s: %w", m.Version, m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.Version, m.Name, now.UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("sqlite: migration %04d_%s: record: %w", m.Version, m.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: migration %04d_%s: commit: %w", m.Version, m.Name, err)
	}
	return nil
}

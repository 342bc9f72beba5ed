package postgres

import (
	"context"
	"embed"
	"fmt"
	"github.com/accord-hub/accord/internal/store"
	"io/fs"
	"time"

	"github.com/jackc/pgx/v5"
)

// migrationFiles holds the schema, one file per step, named NNNN_name.sql,
// applied in order, each once.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one schema step.
type migration = store.Migration

// loadMigrations reads the steps from fsys, sorted by number.
func loadMigrations(fsys fs.FS, dir string) ([]migration, error) {
	ms, err := store.LoadMigrations(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return ms, nil
}

// migrateLock is the advisory lock key that serializes migrations: several
// workers starting at once must not apply a step twice.
const migrateLock = 0x616363_6f7264 // "accord"

// migrate brings the schema up to date in one transaction, under an
// advisory lock: PostgreSQL's DDL is transactional, so a crash leaves every
// step applied and recorded or none. A database that records a step this
// program does not know is refused: a newer accord wrote it.
func migrate(ctx context.Context, conn *pgx.Conn, steps []migration, now time.Time) error {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("postgres: migrate: %w", err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrateLock)); err != nil {
		return fmt.Errorf("postgres: migrate: lock: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("postgres: create schema_migrations: %w", err)
	}
	rows, err := tx.Query(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return fmt.Errorf("postgres: read schema_migrations: %w", err)
	}
	applied, err := pgx.CollectRows(rows, pgx.RowTo[int])
	if err != nil {
		return fmt.Errorf("postgres: read schema_migrations: %w", err)
	}
	known := map[int]bool{}
	for _, m := range steps {
		known[m.Version] = true
	}
	done := map[int]bool{}
	for _, v := range applied {
		if !known[v] {
			return fmt.Errorf("postgres: database has schema step %04d, which this accord does not know: it was written by a newer version", v)
		}
		done[v] = true
	}
	for _, m := range steps {
		if done[m.Version] {
			continue
		}
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			return fmt.Errorf("postgres: migration %04d_%s: %w", m.Version, m.Name, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`,
			m.Version, m.Name, now.UTC().Format(time.RFC3339)); err != nil {
			return fmt.Errorf("postgres: migration %04d_%s: record: %w", m.Version, m.Name, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("postgres: migrate: commit: %w", err)
	}
	return nil
}

package postgres

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/accord-hub/accord/internal/store"
)

// DB is a Store kept in a PostgreSQL database. It is safe for concurrent
// use, and any number of processes may share the database.
type DB struct {
	pool *pgxpool.Pool
	name string // the DSN without its password, for messages
	now  func() time.Time

	// parts are the month partitions known to exist.
	partsMu sync.Mutex
	parts   map[string]bool

	closeOnce sync.Once
}

var _ store.Store = (*DB)(nil)

// Option changes how Open sets up a DB.
type Option func(*options)

type options struct {
	now      func() time.Time
	maxConns int32
}

// WithClock sets the clock that stamps ingestion times; tests use it for
// reproducible rows.
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// WithMaxConns caps the connection pool (default: pgxpool's, the larger of
// 4 and the number of CPUs).
func WithMaxConns(n int) Option { return func(o *options) { o.maxConns = int32(n) } }

// Open connects to the PostgreSQL database that dsn names (a postgres://
// URL or key=value string) and brings its schema up to date.
func Open(ctx context.Context, dsn string, opts ...Option) (*DB, error) {
	o := options{now: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	name := redact(dsn)
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: open %s: %w", name, err)
	}
	// Plan each statement once per connection: a custom plan weighs every
	// month partition and its indexes at every execution, which costs more
	// than the query. Generic plans still skip partitions at run time.
	if _, ok := cfg.ConnConfig.RuntimeParams["plan_cache_mode"]; !ok {
		cfg.ConnConfig.RuntimeParams["plan_cache_mode"] = "force_generic_plan"
	}
	if o.maxConns > 0 {
		cfg.MaxConns = o.maxConns
	}
	steps, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	conn, err := pgx.ConnectConfig(ctx, cfg.ConnConfig)
	if err != nil {
		return nil, fmt.Errorf("postgres: open %s: %w", name, err)
	}
	err = migrate(ctx, conn, steps, o.now())
	conn.Close(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w (database %s)", err, name)
	}
	// Every connection gets its own temporary tables for COPY, emptied at
	// each commit.
	cfg.AfterConnect = func(ctx context.Context, c *pgx.Conn) error {
		_, err := c.Exec(ctx, tempTables)
		return err
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open %s: %w", name, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open %s: %w", name, err)
	}
	return &DB{pool: pool, name: name, now: o.now, parts: map[string]bool{}}, nil
}

// redact returns dsn without its password, for messages.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.Scheme == "" {
		return "(PostgreSQL key=value DSN)"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Close closes the connection pool, waiting for queries in progress. It is
// safe to call more than once.
func (db *DB) Close() error {
	db.closeOnce.Do(db.pool.Close)
	return nil
}

// Pool returns the connection pool, for the tests and tools of this
// package's users that need plain SQL.
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

// ctxErr returns ctx's error when it is done, so that a query cut short by
// a cancelled context reports context.Canceled whatever pgx wrapped it in.
func ctxErr(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("%w (%v)", cerr, err)
	}
	return err
}

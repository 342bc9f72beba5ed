package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	// The pure-Go SQLite driver, registered as "sqlite".
	_ "modernc.org/sqlite"

	"github.com/accord-hub/accord/internal/store"
)

// ErrClosed is returned by a DB that has been closed.
var ErrClosed = errors.New("sqlite: store is closed")

// DB is a Store kept in one SQLite file. It is safe for concurrent use.
//
// All writes go through one goroutine holding the only write connection;
// it commits the Saves waiting at one moment in one transaction, each in its
// own savepoint, so that concurrent callers share the cost of a commit and a
// failing Save rolls back alone. Reads use a separate pool and, thanks to
// WAL, never wait for writes.
type DB struct {
	path    string
	writer  *sql.DB
	readers *sql.DB
	now     func() time.Time

	reqs chan *writeReq
	quit chan struct{}
	done chan struct{}

	// stmts are the write statements, prepared once on the write
	// connection at Open; the map is not changed after.
	stmts map[string]*sql.Stmt

	closeOnce sync.Once
	closeErr  error
}

var _ store.Store = (*DB)(nil)

// Option changes how Open sets up a DB.
type Option func(*options)

type options struct {
	now      func() time.Time
	readers  int
	maxBatch int
}

// WithClock sets the clock that stamps ingestion times; tests use it for
// reproducible rows.
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// WithReaders sets the size of the read connection pool (default: the
// number of CPUs, at least 4).
func WithReaders(n int) Option { return func(o *options) { o.readers = n } }

// Open opens the SQLite store at path, creating the file if it does not
// exist, and brings its schema up to date.
func Open(ctx context.Context, path string, opts ...Option) (*DB, error) {
	o := options{now: time.Now, readers: max(4, runtime.NumCPU()), maxBatch: 256}
	for _, opt := range opts {
		opt(&o)
	}
	if path == "" {
		return nil, errors.New("sqlite: open: no file name given")
	}
	if strings.ContainsAny(path, "?#") || strings.HasPrefix(path, "file:") || path == ":memory:" {
		return nil, fmt.Errorf("sqlite: open %s: want a plain file path (no '?', '#', file: or :memory:)", path)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("sqlite: open %s: is a directory", path)
	}

	// busy_timeout first: the other pragmas may need a lock another process holds.
	common := "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)"
	writer, err := sql.Open("sqlite", path+"?"+common+
		"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-65536)&_pragma=journal_size_limit(67108864)&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	writer.SetMaxOpenConns(1)
	writer.SetMaxIdleConns(1)
	writer.SetConnMaxLifetime(0)
	writer.SetConnMaxIdleTime(0)
	if err := writer.PingContext(ctx); err != nil {
		writer.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	steps, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		writer.Close()
		return nil, err
	}
	if err := migrate(ctx, writer, steps, o.now()); err != nil {
		writer.Close()
		return nil, fmt.Errorf("%w (database %s)", err, path)
	}

	readers, err := sql.Open("sqlite", path+"?"+common+
		"&_pragma=query_only(1)&_pragma=cache_size(-32000)&_pragma=mmap_size(268435456)")
	if err != nil {
		writer.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	readers.SetMaxOpenConns(o.readers)
	readers.SetMaxIdleConns(o.readers)
	if err := readers.PingContext(ctx); err != nil {
		writer.Close()
		readers.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}

	db := &DB{
		path: path, writer: writer, readers: readers, now: o.now,
		reqs:  make(chan *writeReq),
		quit:  make(chan struct{}),
		done:  make(chan struct{}),
		stmts: map[string]*sql.Stmt{},
	}
	for _, q := range writeStatements {
		s, err := writer.PrepareContext(ctx, q)
		if err != nil {
			db.closeStatements()
			writer.Close()
			readers.Close()
			return nil, fmt.Errorf("sqlite: open %s: prepare: %w", path, err)
		}
		db.stmts[q] = s
	}
	go db.run(o.maxBatch)
	return db, nil
}

func (db *DB) closeStatements() {
	for _, s := range db.stmts {
		s.Close()
	}
}

// Path returns the file the store is kept in.
func (db *DB) Path() string { return db.path }

// Close waits for the Save being committed, if any, refuses new ones and
// closes the database. It is safe to call more than once.
func (db *DB) Close() error {
	db.closeOnce.Do(func() {
		close(db.quit)
		<-db.done
		db.closeStatements()
		// Let SQLite refresh its planner statistics for the next reader.
		db.writer.Exec(`PRAGMA optimize`)
		errW := db.writer.Close()
		errR := db.readers.Close()
		if err := errors.Join(errW, errR); err != nil {
			db.closeErr = fmt.Errorf("sqlite: close %s: %w", db.path, err)
		}
	})
	return db.closeErr
}

// writeReq is one caller's share of a write transaction.
type writeReq struct {
	ctx  context.Context
	fn   func(w *wtx) error
	done chan error
}

// wtx is the write transaction as one request sees it. Statements run under
// a context no caller can cancel: cancelling a statement inside a shared
// transaction would make SQLite roll back every caller's work. A request
// checks Canceled between units of work instead.
type wtx struct {
	db     *DB
	tx     *sql.Tx
	caller context.Context
	// txStmts are the statements bound to tx, shared by the batch.
	txStmts map[string]*sql.Stmt
	// texts are the sentences of the events this request created, for the
	// full-text index.
	texts []ftsRow
}

// ftsRow is one event sentence waiting for the full-text index.
type ftsRow struct {
	seq  int64
	text string
}

// indexText queues an event's sentence for the full-text index. The batch
// indexes all its sentences just before it commits: FTS5 buffers new terms
// in memory but writes them out at every statement sub-transaction, and
// nearly every insert here opens one (upserts, foreign keys), so indexing
// event by event would write the index thousands of times per commit.
func (w *wtx) indexText(seq int64, text string) {
	w.texts = append(w.texts, ftsRow{seq, text})
}

const indexEventText = `INSERT INTO events_fts (rowid, text) VALUES (?, ?)`

// indexTexts adds texts to the full-text index in tx.
func (db *DB) indexTexts(tx *sql.Tx, texts []ftsRow) error {
	if len(texts) == 0 {
		return nil
	}
	s := tx.StmtContext(background, db.stmts[indexEventText])
	defer s.Close()
	for _, r := range texts {
		if _, err := s.ExecContext(background, r.seq, r.text); err != nil {
			return fmt.Errorf("sqlite: index event text: %w", err)
		}
	}
	return nil
}

// background is the context of statements on the write connection.
var background = context.Background()

// stmt returns query prepared in the transaction: a statement prepared at
// Open when it is one of writeStatements, else a fresh one that lives as
// long as the transaction. (Preparing on the DB here would wait forever for
// the one write connection, which the transaction holds.)
func (w *wtx) stmt(query string) (*sql.Stmt, error) {
	if s, ok := w.txStmts[query]; ok {
		return s, nil
	}
	var s *sql.Stmt
	if prepared, ok := w.db.stmts[query]; ok {
		s = w.tx.StmtContext(background, prepared)
	} else {
		var err error
		if s, err = w.tx.PrepareContext(background, query); err != nil {
			return nil, err
		}
	}
	w.txStmts[query] = s
	return s, nil
}

// exec runs a cached statement in the transaction.
func (w *wtx) exec(query string, args ...any) (sql.Result, error) {
	s, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(background, args...)
}

// scanRow runs a single-row query in the transaction and scans its row.
func (w *wtx) scanRow(query string, args []any, dest ...any) error {
	s, err := w.stmt(query)
	if err != nil {
		return err
	}
	return s.QueryRowContext(background, args...).Scan(dest...)
}

// canceled returns the caller's context error, if it has given up.
func (w *wtx) canceled() error { return w.caller.Err() }

// write runs fn in the write transaction and returns once it has been
// committed (nil) or rolled back (fn's error, or the commit's).
func (db *DB) write(ctx context.Context, fn func(w *wtx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r := &writeReq{ctx: ctx, fn: fn, done: make(chan error, 1)}
	select {
	case db.reqs <- r:
	case <-ctx.Done():
		return ctx.Err()
	case <-db.quit:
		return ErrClosed
	}
	// Once taken, a request is always answered, promptly when ctx is done.
	return <-r.done
}

// run is the writer goroutine: it takes the requests waiting at one moment,
// up to maxBatch, and commits them together.
func (db *DB) run(maxBatch int) {
	defer close(db.done)
	for {
		var batch []*writeReq
		select {
		case r := <-db.reqs:
			batch = append(batch, r)
		case <-db.quit:
			return
		}
	drain:
		for len(batch) < maxBatch {
			select {
			case r := <-db.reqs:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		errs := db.commit(batch)
		for i, r := range batch {
			r.done <- errs[i]
		}
	}
}

// commit runs batch in one transaction and returns each request's outcome.
func (db *DB) commit(batch []*writeReq) []error {
	errs := make([]error, len(batch))
	failAll := func(err error) []error {
		for i := range errs {
			if errs[i] == nil {
				errs[i] = err
			}
		}
		return errs
	}
	tx, err := db.writer.BeginTx(background, nil)
	if err != nil {
		return failAll(fmt.Errorf("sqlite: begin: %w", err))
	}
	single := len(batch) == 1
	ran := 0
	txStmts := map[string]*sql.Stmt{}
	var texts []ftsRow
	for i, r := range batch {
		if err := r.ctx.Err(); err != nil {
			errs[i] = err
			continue
		}
		w := &wtx{db: db, tx: tx, caller: r.ctx, txStmts: txStmts}
		if single {
			if err := r.fn(w); err != nil {
				tx.Rollback()
				errs[i] = err
				return errs
			}
			texts = w.texts
			ran++
			continue
		}
		if _, err := tx.ExecContext(background, `SAVEPOINT request`); err != nil {
			tx.Rollback()
			return failAll(fmt.Errorf("sqlite: savepoint: %w", err))
		}
		if err := r.fn(w); err != nil {
			errs[i] = err
			if _, rerr := tx.ExecContext(background, `ROLLBACK TO request`); rerr != nil {
				// SQLite rolled the whole transaction back (disk full, I/O error).
				tx.Rollback()
				return failAll(fmt.Errorf("sqlite: batch rolled back: %w", err))
			}
		} else {
			texts = append(texts, w.texts...)
			ran++
		}
		if _, err := tx.ExecContext(background, `RELEASE request`); err != nil {
			tx.Rollback()
			return failAll(fmt.Errorf("sqlite: release savepoint: %w", err))
		}
	}
	if ran == 0 {
		tx.Rollback()
		return errs
	}
	if err := db.indexTexts(tx, texts); err != nil {
		tx.Rollback()
		return failAll(err)
	}
	if err := tx.Commit(); err != nil {
		return failAll(fmt.Errorf("sqlite: commit: %w", err))
	}
	return errs
}

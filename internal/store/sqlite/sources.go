package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/accord-hub/accord/internal/watch"
)

// The DB is the watcher's source registry.
var _ watch.Registry = (*DB)(nil)

// sourceTime is how source times are stored: UTC, fixed width, so that they
// compare as strings.
const sourceTime = "2006-01-02T15:04:05.000Z"

func formatSourceTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(sourceTime)
}

func parseSourceTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(sourceTime, s)
}

const sourceColumns = `url, name, every_seconds, outlet, country, language, state_owned, added_at,
	kind, status, http_status, last_error, last_fetch, last_success, failures, next_due,
	etag, last_modified, content_hash, fetches, articles`

// AddSource registers s, or updates its description when its URL is
// registered already, keeping its polling state. It reports whether the
// source is new.
func (db *DB) AddSource(ctx context.Context, s watch.Source) (bool, error) {
	s, err := s.Check()
	if err != nil {
		return false, err // says "watch: source …" already
	}
	added := s.AddedAt
	if added.IsZero() {
		added = db.now()
	}
	var owned any
	if s.StateOwned != nil {
		owned = boolInt(*s.StateOwned)
	}
	var created bool
	err = db.write(ctx, func(w *wtx) error {
		var n int
		if err := w.scanRow(`SELECT count(*) FROM sources WHERE url = ?`, []any{s.URL}, &n); err != nil {
			return err
		}
		created = n == 0
		if created {
			_, err := w.exec(`INSERT INTO sources (url, name, every_seconds, outlet, country, language, state_owned, added_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				s.URL, s.Name, int64(s.Every/time.Second), s.Outlet, s.Country, s.Language, owned, formatSourceTime(added))
			return err
		}
		// A shorter interval takes effect now rather than after the wait
		// the old one had scheduled.
		_, err := w.exec(`UPDATE sources SET name = ?, every_seconds = ?, outlet = ?, country = ?, language = ?, state_owned = ?,
				next_due = CASE WHEN last_fetch <> '' AND failures = 0 THEN min(next_due, ?) ELSE next_due END
			WHERE url = ?`,
			s.Name, int64(s.Every/time.Second), s.Outlet, s.Country, s.Language, owned,
			formatSourceTime(db.now().Add(s.Every)), s.URL)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("sqlite: add source %s: %w", s.URL, err)
	}
	return created, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// RemoveSource forgets a source and the items seen from it; the articles
// stored from them stay. It returns watch.ErrNoSource when there is none.
func (db *DB) RemoveSource(ctx context.Context, url string) error {
	err := db.write(ctx, func(w *wtx) error {
		if _, err := w.exec(`DELETE FROM source_items WHERE source_url = ?`, url); err != nil {
			return err
		}
		res, err := w.exec(`DELETE FROM sources WHERE url = ?`, url)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return watch.ErrNoSource
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sqlite: remove source %s: %w", url, err)
	}
	return nil
}

// Source returns the source registered at url; watch.ErrNoSource if none is.
func (db *DB) Source(ctx context.Context, url string) (watch.Source, error) {
	out, err := db.querySources(ctx, `SELECT `+sourceColumns+` FROM sources WHERE url = ?`, url)
	if err != nil {
		return watch.Source{}, fmt.Errorf("sqlite: source %s: %w", url, err)
	}
	if len(out) == 0 {
		return watch.Source{}, fmt.Errorf("sqlite: source %s: %w", url, watch.ErrNoSource)
	}
	return out[0], nil
}

// Sources returns every source, ordered by URL.
func (db *DB) Sources(ctx context.Context) ([]watch.Source, error) {
	out, err := db.querySources(ctx, `SELECT `+sourceColumns+` FROM sources ORDER BY url`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: sources: %w", err)
	}
	return out, nil
}

// DueSources returns the sources due at now, the longest overdue first.
func (db *DB) DueSources(ctx context.Context, now time.Time) ([]watch.Source, error) {
	out, err := db.querySources(ctx, `SELECT `+sourceColumns+` FROM sources WHERE next_due <= ? ORDER BY next_due, url`,
		formatSourceTime(now))
	if err != nil {
		return nil, fmt.Errorf("sqlite: due sources: %w", err)
	}
	return out, nil
}

func (db *DB) querySources(ctx context.Context, q string, args ...any) ([]watch.Source, error) {
	rows, err := db.readers.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []watch.Source
	for rows.Next() {
		var (
			s                                      watch.Source
			every                                  int64
			owned                                  sql.NullInt64
			status                                 string
			added, lastFetch, lastSuccess, nextDue string
		)
		if err := rows.Scan(&s.URL, &s.Name, &every, &s.Outlet, &s.Country, &s.Language, &owned, &added,
			&s.Kind, &status, &s.HTTPStatus, &s.LastError, &lastFetch, &lastSuccess, &s.Failures, &nextDue,
			&s.ETag, &s.LastModified, &s.ContentHash, &s.Fetches, &s.Articles); err != nil {
			return nil, err
		}
		s.Every = time.Duration(every) * time.Second
		s.Status = watch.Status(status)
		if owned.Valid {
			b := owned.Int64 != 0
			s.StateOwned = &b
		}
		for _, f := range []struct {
			dst *time.Time
			src string
		}{{&s.AddedAt, added}, {&s.LastFetch, lastFetch}, {&s.LastSuccess, lastSuccess}, {&s.NextDue, nextDue}} {
			t, err := parseSourceTime(f.src)
			if err != nil {
				return nil, fmt.Errorf("source %s: bad time %q", s.URL, f.src)
			}
			*f.dst = t
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// SeenItems returns which of keys have been ingested from the source.
func (db *DB) SeenItems(ctx context.Context, sourceURL string, keys []string) (map[string]bool, error) {
	seen := make(map[string]bool, len(keys))
	// SQLite allows 32766 parameters; stay far below.
	const chunk = 500
	for len(keys) > 0 {
		part := keys[:min(chunk, len(keys))]
		keys = keys[len(part):]
		args := make([]any, 0, len(part)+1)
		args = append(args, sourceURL)
		for _, k := range part {
			args = append(args, k)
		}
		rows, err := db.readers.QueryContext(ctx, `SELECT item_key FROM source_items WHERE source_url = ? AND item_key IN (`+
			strings.TrimSuffix(strings.Repeat("?, ", len(part)), ", ")+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: seen items of %s: %w", sourceURL, err)
		}
		for rows.Next() {
			var k string
			if err := rows.Scan(&k); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: seen items of %s: %w", sourceURL, err)
			}
			seen[k] = true
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("sqlite: seen items of %s: %w", sourceURL, err)
		}
	}
	return seen, nil
}

// RecordFetch stores a source's new state and marks items as ingested, in
// one transaction. A source removed meanwhile stays removed.
func (db *DB) RecordFetch(ctx context.Context, sourceURL string, st watch.State, items []watch.Item) error {
	now := formatSourceTime(db.now())
	err := db.write(ctx, func(w *wtx) error {
		res, err := w.exec(`UPDATE sources SET kind = ?, status = ?, http_status = ?, last_error = ?, last_fetch = ?,
				last_success = ?, failures = ?, next_due = ?, etag = ?, last_modified = ?, content_hash = ?,
				fetches = ?, articles = ?
			WHERE url = ?`,
			st.Kind, string(st.Status), st.HTTPStatus, st.LastError, formatSourceTime(st.LastFetch),
			formatSourceTime(st.LastSuccess), st.Failures, formatSourceTime(st.NextDue), st.ETag, st.LastModified,
			st.ContentHash, st.Fetches, st.Articles, sourceURL)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return err
		}
		for _, it := range items {
			if err := w.canceled(); err != nil {
				return err
			}
			if _, err := w.exec(`INSERT INTO source_items (source_url, item_key, article_id, seen_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (source_url, item_key) DO NOTHING`, sourceURL, it.Key, it.ArticleID, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sqlite: record fetch of %s: %w", sourceURL, err)
	}
	return nil
}

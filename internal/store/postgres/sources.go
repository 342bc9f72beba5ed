package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/accord-hub/accord/internal/watch"
)

// The DB is the watcher's source registry, as the embedded store is.
var _ watch.Registry = (*DB)(nil)

// sourceTime is how source times are stored: UTC, fixed width, so that they
// compare as strings (the embedded store's format).
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
	var owned *int32
	if s.StateOwned != nil {
		v := int32(0)
		if *s.StateOwned {
			v = 1
		}
		owned = &v
	}
	var created bool
	err = pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `INSERT INTO sources (url, name, every_seconds, outlet, country, language, state_owned, added_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (url) DO NOTHING`,
			s.URL, s.Name, int64(s.Every/time.Second), s.Outlet, s.Country, s.Language, owned, formatSourceTime(added))
		if err != nil {
			return err
		}
		created = tag.RowsAffected() == 1
		if created {
			return nil
		}
		// A shorter interval takes effect now rather than after the wait
		// the old one had scheduled.
		_, err = tx.Exec(ctx, `UPDATE sources SET name = $1, every_seconds = $2, outlet = $3, country = $4, language = $5,
				state_owned = $6,
				next_due = CASE WHEN last_fetch <> '' AND failures = 0 THEN LEAST(next_due, $7) ELSE next_due END
			WHERE url = $8`,
			s.Name, int64(s.Every/time.Second), s.Outlet, s.Country, s.Language, owned,
			formatSourceTime(db.now().Add(s.Every)), s.URL)
		return err
	})
	if err != nil {
		return false, ctxErr(ctx, fmt.Errorf("postgres: add source %s: %w", s.URL, err))
	}
	return created, nil
}

// RemoveSource forgets a source and the items seen from it; the articles
// stored from them stay. It returns watch.ErrNoSource when there is none.
func (db *DB) RemoveSource(ctx context.Context, url string) error {
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM source_items WHERE source_url = $1`, url); err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `DELETE FROM sources WHERE url = $1`, url)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return watch.ErrNoSource
		}
		return nil
	})
	if err != nil {
		return ctxErr(ctx, fmt.Errorf("postgres: remove source %s: %w", url, err))
	}
	return nil
}

// Source returns the source registered at url; watch.ErrNoSource if none is.
func (db *DB) Source(ctx context.Context, url string) (watch.Source, error) {
	out, err := db.querySources(ctx, `SELECT `+sourceColumns+` FROM sources WHERE url = $1`, url)
	if err != nil {
		return watch.Source{}, fmt.Errorf("postgres: source %s: %w", url, err)
	}
	if len(out) == 0 {
		return watch.Source{}, fmt.Errorf("postgres: source %s: %w", url, watch.ErrNoSource)
	}
	return out[0], nil
}

// Sources returns every source, ordered by URL.
func (db *DB) Sources(ctx context.Context) ([]watch.Source, error) {
	out, err := db.querySources(ctx, `SELECT `+sourceColumns+` FROM sources ORDER BY url`)
	if err != nil {
		return nil, fmt.Errorf("postgres: sources: %w", err)
	}
	return out, nil
}

// DueSources returns the sources due at now, the longest overdue first.
func (db *DB) DueSources(ctx context.Context, now time.Time) ([]watch.Source, error) {
	out, err := db.querySources(ctx, `SELECT `+sourceColumns+` FROM sources WHERE next_due <= $1 ORDER BY next_due, url`,
		formatSourceTime(now))
	if err != nil {
		return nil, fmt.Errorf("postgres: due sources: %w", err)
	}
	return out, nil
}

func (db *DB) querySources(ctx context.Context, q string, args ...any) ([]watch.Source, error) {
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, ctxErr(ctx, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (watch.Source, error) {
		var (
			s                                      watch.Source
			every                                  int64
			owned                                  *int32
			status                                 string
			added, lastFetch, lastSuccess, nextDue string
		)
		if err := r.Scan(&s.URL, &s.Name, &every, &s.Outlet, &s.Country, &s.Language, &owned, &added,
			&s.Kind, &status, &s.HTTPStatus, &s.LastError, &lastFetch, &lastSuccess, &s.Failures, &nextDue,
			&s.ETag, &s.LastModified, &s.ContentHash, &s.Fetches, &s.Articles); err != nil {
			return s, err
		}
		s.Every = time.Duration(every) * time.Second
		s.Status = watch.Status(status)
		if owned != nil {
			b := *owned != 0
			s.StateOwned = &b
		}
		for _, f := range []struct {
			dst *time.Time
			src string
		}{{&s.AddedAt, added}, {&s.LastFetch, lastFetch}, {&s.LastSuccess, lastSuccess}, {&s.NextDue, nextDue}} {
			t, err := parseSourceTime(f.src)
			if err != nil {
				return s, fmt.Errorf("source %s: bad time %q", s.URL, f.src)
			}
			*f.dst = t
		}
		return s, nil
	})
	return out, ctxErr(ctx, err)
}

// SeenItems returns which of keys have been ingested from the source.
func (db *DB) SeenItems(ctx context.Context, sourceURL string, keys []string) (map[string]bool, error) {
	seen := make(map[string]bool, len(keys))
	if len(keys) == 0 {
		return seen, nil
	}
	rows, err := db.pool.Query(ctx, `SELECT item_key FROM source_items WHERE source_url = $1 AND item_key = ANY($2)`, sourceURL, keys)
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: seen items of %s: %w", sourceURL, err))
	}
	found, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: seen items of %s: %w", sourceURL, err))
	}
	for _, k := range found {
		seen[k] = true
	}
	return seen, nil
}

// RecordFetch stores a source's new state and marks items as ingested, in
// one transaction. A source removed meanwhile stays removed.
func (db *DB) RecordFetch(ctx context.Context, sourceURL string, st watch.State, items []watch.Item) error {
	now := formatSourceTime(db.now())
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE sources SET kind = $1, status = $2, http_status = $3, last_error = $4, last_fetch = $5,
				last_success = $6, failures = $7, next_due = $8, etag = $9, last_modified = $10, content_hash = $11,
				fetches = $12, articles = $13
			WHERE url = $14`,
			st.Kind, string(st.Status), st.HTTPStatus, st.LastError, formatSourceTime(st.LastFetch),
			formatSourceTime(st.LastSuccess), st.Failures, formatSourceTime(st.NextDue), st.ETag, st.LastModified,
			st.ContentHash, st.Fetches, st.Articles, sourceURL)
		if err != nil || tag.RowsAffected() == 0 {
			return err
		}
		keys := make([]string, len(items))
		ids := make([]string, len(items))
		for i, it := range items {
			keys[i], ids[i] = it.Key, it.ArticleID
		}
		_, err = tx.Exec(ctx, `INSERT INTO source_items (source_url, item_key, article_id, seen_at)
			SELECT $1, k, a, $2 FROM unnest($3::text[], $4::text[]) AS i (k, a)
			ON CONFLICT (source_url, item_key) DO NOTHING`, sourceURL, now, keys, ids)
		return err
	})
	if err != nil {
		return ctxErr(ctx, fmt.Errorf("postgres: record fetch of %s: %w", sourceURL, err))
	}
	return nil
}

package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/accord-hub/accord/internal/signal"
)

var (
	_ signal.Store       = (*DB)(nil)
	_ signal.CopyCounter = (*DB)(nil)
)

// Daily returns the daily rollups dated from..to inclusive, of subject, or
// of every subject when subject is "", in date and subject order.
func (db *DB) Daily(ctx context.Context, subject, from, to string) ([]signal.Day, error) {
	q := `SELECT date, subject, events, mentions, q1, q2, q3, q4, goldstein FROM rollups_daily
		WHERE date >= ? AND date <= ? ORDER BY date, subject`
	args := []any{from, to}
	if subject != "" {
		q = `SELECT date, subject, events, mentions, q1, q2, q3, q4, goldstein FROM rollups_daily
			WHERE subject = ? AND date >= ? AND date <= ? ORDER BY date`
		args = []any{subject, from, to}
	}
	rows, err := db.readers.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: daily rollups: %w", err)
	}
	defer rows.Close()
	var out []signal.Day
	for rows.Next() {
		var d signal.Day
		if err := rows.Scan(&d.Date, &d.Subject, &d.Events, &d.Mentions,
			&d.Quad[1], &d.Quad[2], &d.Quad[3], &d.Quad[4], &d.Goldstein); err != nil {
			return nil, fmt.Errorf("sqlite: daily rollups: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: daily rollups: %w", err)
	}
	return out, nil
}

// News returns the news volume dated from..to inclusive, of country, or of
// every country when country is "".
func (db *DB) News(ctx context.Context, country, from, to string) ([]signal.Volume, error) {
	q := `SELECT date, country, articles FROM news_daily WHERE date >= ? AND date <= ? ORDER BY date, country`
	args := []any{from, to}
	if country != "" {
		q = `SELECT date, country, articles FROM news_daily WHERE country = ? AND date >= ? AND date <= ? ORDER BY date`
		args = []any{country, from, to}
	}
	rows, err := db.readers.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: news volume: %w", err)
	}
	defer rows.Close()
	var out []signal.Volume
	for rows.Next() {
		var v signal.Volume
		if err := rows.Scan(&v.Date, &v.Country, &v.Articles); err != nil {
			return nil, fmt.Errorf("sqlite: news volume: %w", err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: news volume: %w", err)
	}
	return out, nil
}

// Roots returns subject's events per CAMEO root dated from..to inclusive,
// in date and root order.
func (db *DB) Roots(ctx context.Context, subject, from, to string) ([]signal.RootCount, error) {
	rows, err := db.readers.QueryContext(ctx, `SELECT subject, date, root, events, goldstein FROM rollups_roots
		WHERE subject = ? AND date >= ? AND date <= ? ORDER BY date, root`, subject, from, to)
	if err != nil {
		return nil, fmt.Errorf("sqlite: root rollups: %w", err)
	}
	defer rows.Close()
	var out []signal.RootCount
	for rows.Next() {
		var r signal.RootCount
		if err := rows.Scan(&r.Subject, &r.Date, &r.Root, &r.Events, &r.Goldstein); err != nil {
			return nil, fmt.Errorf("sqlite: root rollups: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: root rollups: %w", err)
	}
	return out, nil
}

// Copies returns, for each of the event ids that has any, how many of its
// reports came from syndicated copies of a story already reporting it.
func (db *DB) Copies(ctx context.Context, ids []string) (map[string]int, error) {
	out := map[string]int{}
	for _, id := range ids {
		var n int
		err := db.readers.QueryRowContext(ctx, `SELECT copies FROM event_copies WHERE event_id = ?`, id).Scan(&n)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("sqlite: syndicated copies: %w", err)
		}
		out[id] = n
	}
	return out, nil
}

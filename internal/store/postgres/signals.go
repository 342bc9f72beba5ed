package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/accord-hub/accord/internal/signal"
)

var (
	_ signal.Store       = (*DB)(nil)
	_ signal.RatingStore = (*DB)(nil)
)

// Daily returns the daily rollups dated from..to inclusive, of subject, or
// of every subject when subject is "", in date and subject order.
func (db *DB) Daily(ctx context.Context, subject, from, to string) ([]signal.Day, error) {
	rows, err := db.pool.Query(ctx, `SELECT date, subject, events, mentions, q1, q2, q3, q4, goldstein FROM rollups_daily
		WHERE ($1 = '' OR subject = $1) AND date >= $2 AND date <= $3 ORDER BY date, subject`, subject, from, to)
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: daily rollups: %w", err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (signal.Day, error) {
		var d signal.Day
		err := r.Scan(&d.Date, &d.Subject, &d.Events, &d.Mentions, &d.Quad[1], &d.Quad[2], &d.Quad[3], &d.Quad[4], &d.Goldstein)
		return d, err
	})
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: daily rollups: %w", err))
	}
	return out, nil
}

// News returns the news volume dated from..to inclusive, of country, or of
// every country when country is "".
func (db *DB) News(ctx context.Context, country, from, to string) ([]signal.Volume, error) {
	rows, err := db.pool.Query(ctx, `SELECT date, country, articles FROM news_daily
		WHERE ($1 = '' OR country = $1) AND date >= $2 AND date <= $3 ORDER BY date, country`, country, from, to)
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: news volume: %w", err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (signal.Volume, error) {
		var v signal.Volume
		err := r.Scan(&v.Date, &v.Country, &v.Articles)
		return v, err
	})
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: news volume: %w", err))
	}
	return out, nil
}

// Roots returns subject's events per CAMEO root dated from..to inclusive,
// in date and root order.
func (db *DB) Roots(ctx context.Context, subject, from, to string) ([]signal.RootCount, error) {
	rows, err := db.pool.Query(ctx, `SELECT subject, date, root, events, goldstein FROM rollups_roots
		WHERE subject = $1 AND date >= $2 AND date <= $3 ORDER BY date, root`, subject, from, to)
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: root rollups: %w", err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (signal.RootCount, error) {
		var c signal.RootCount
		err := r.Scan(&c.Subject, &c.Date, &c.Root, &c.Events, &c.Goldstein)
		return c, err
	})
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: root rollups: %w", err))
	}
	return out, nil
}

// SaveRatings stores governance ratings in one transaction, replacing any
// with the same country, year, source and indicator.
func (db *DB) SaveRatings(ctx context.Context, rs []signal.Rating) (int, error) {
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		for _, r := range rs {
			var v *float64
			if r.HasValue {
				v = &r.Value
			}
			if _, err := tx.Exec(ctx, `INSERT INTO ratings (country, year, source, indicator, value, category)
				VALUES ($1, $2, $3, $4, $5, $6)
				ON CONFLICT (country, year, source, indicator) DO UPDATE SET value = excluded.value, category = excluded.category`,
				r.Country, r.Year, r.Source, r.Indicator, v, r.Category); err != nil {
				return fmt.Errorf("postgres: save rating %s %d %s: %w", r.Country, r.Year, r.Indicator, err)
			}
		}
		return nil
	})
	if err != nil {
		return 0, ctxErr(ctx, err)
	}
	return len(rs), nil
}

// Ratings returns the ratings of country, or all of them when country is
// "", ordered by country, source, indicator and year.
func (db *DB) Ratings(ctx context.Context, country string) ([]signal.Rating, error) {
	rows, err := db.pool.Query(ctx, `SELECT country, year, source, indicator, value, category FROM ratings
		WHERE $1 = '' OR country = $1 ORDER BY country, source, indicator, year`, country)
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: ratings: %w", err))
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (signal.Rating, error) {
		var r signal.Rating
		var v *float64
		err := row.Scan(&r.Country, &r.Year, &r.Source, &r.Indicator, &v, &r.Category)
		if v != nil {
			r.Value, r.HasValue = *v, true
		}
		return r, err
	})
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: ratings: %w", err))
	}
	return out, nil
}

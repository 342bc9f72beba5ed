package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/accord-hub/accord/internal/signal"
)

var _ signal.RatingStore = (*DB)(nil)

const upsertRating = `INSERT INTO ratings (country, year, source, indicator, value, category) VALUES (?, ?, ?, ?, ?, ?)
	ON CONFLICT (country, year, source, indicator) DO UPDATE SET value = excluded.value, category = excluded.category`

// SaveRatings stores governance ratings in one transaction, replacing any
// with the same country, year, source and indicator.
func (db *DB) SaveRatings(ctx context.Context, rs []signal.Rating) (int, error) {
	n := 0
	err := db.write(ctx, func(w *wtx) error {
		n = 0
		for _, r := range rs {
			var v any
			if r.HasValue {
				v = r.Value
			}
			if _, err := w.exec(upsertRating, r.Country, r.Year, r.Source, r.Indicator, v, r.Category); err != nil {
				return fmt.Errorf("sqlite: save rating %s %d %s: %w", r.Country, r.Year, r.Indicator, err)
			}
			n++
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// Ratings returns the ratings of country, or all of them when country is
// "", ordered by country, source, indicator and year.
func (db *DB) Ratings(ctx context.Context, country string) ([]signal.Rating, error) {
	q := `SELECT country, year, source, indicator, value, category FROM ratings`
	var args []any
	if country != "" {
		q += ` WHERE country = ?`
		args = append(args, country)
	}
	rows, err := db.readers.QueryContext(ctx, q+` ORDER BY country, source, indicator, year`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: ratings: %w", err)
	}
	defer rows.Close()
	var out []signal.Rating
	for rows.Next() {
		var r signal.Rating
		var v sql.NullFloat64
		if err := rows.Scan(&r.Country, &r.Year, &r.Source, &r.Indicator, &v, &r.Category); err != nil {
			return nil, fmt.Errorf("sqlite: ratings: %w", err)
		}
		r.Value, r.HasValue = v.Float64, v.Valid
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: ratings: %w", err)
	}
	return out, nil
}

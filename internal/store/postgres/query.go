package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// Events returns the merged events matching f, oldest first (newest first
// when f.Newest), one page of at most f.Limit events.
func (db *DB) Events(ctx context.Context, f store.Filter) (store.Page, error) {
	if err := f.Validate(); err != nil {
		return store.Page{}, fmt.Errorf("postgres: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return store.Page{}, err
	}
	q, args, err := eventsQuery(f)
	if err != nil {
		return store.Page{}, err
	}
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return store.Page{}, ctxErr(ctx, fmt.Errorf("postgres: events: %w", err))
	}
	evs, err := scanEvents(rows, true)
	if err != nil {
		return store.Page{}, ctxErr(ctx, fmt.Errorf("postgres: events: %w", err))
	}
	page := store.Page{Events: evs}
	if f.Limit > 0 && len(evs) > f.Limit {
		page.Events = evs[:f.Limit]
		last := page.Events[f.Limit-1]
		page.NextCursor = store.EncodeCursor(store.Cursor{Date: last.Date, ID: last.ID}, f.Newest)
	}
	return page, nil
}

// eventsQuery builds the SQL for f. Every condition is one the (…, date,
// id) indexes of the partitions can serve, and the order is (date, id), so
// that PostgreSQL merges ordered index scans of the partitions and stops
// after Limit+1 rows.
func eventsQuery(f store.Filter) (string, []any, error) {
	var (
		where []string
		args  []any
	)
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	root := f.Root
	if len(f.Code) >= 2 {
		if root != "" && root != f.Code[:2] {
			// Root and code disagree: nothing matches.
			where = append(where, "false")
		}
		root = f.Code[:2]
		if len(f.Code) > 2 {
			where = append(where, "e.code LIKE "+arg(f.Code+"%"))
		}
	}
	if f.Country != "" {
		p := arg(f.Country)
		where = append(where, fmt.Sprintf("(e.source_country = %[1]s OR e.target_country = %[1]s)", p))
	}
	if f.Pair != "" {
		a, b, err := f.PairCountries()
		if err != nil {
			return "", nil, fmt.Errorf("postgres: %w", err)
		}
		where = append(where, "e.pair = "+arg(pairOf(a, b)))
	}
	if root != "" {
		where = append(where, "e.root = "+arg(root))
	}
	if f.Quad != 0 {
		where = append(where, "e.quad = "+arg(int32(f.Quad)))
	}
	if f.From != "" {
		where = append(where, "e.date >= "+arg(f.From))
	}
	if f.To != "" {
		where = append(where, "e.date <= "+arg(f.To))
	}
	if f.Query != "" {
		q := tsQuery(f.Query)
		if q == "" {
			where = append(where, "false")
		} else {
			where = append(where, "e.search @@ "+arg(q)+"::tsquery")
		}
	}
	order := "ASC"
	if f.Newest {
		order = "DESC"
	}
	if f.Cursor != "" {
		c, err := store.DecodeCursor(f.Cursor, f.Newest)
		if err != nil {
			return "", nil, fmt.Errorf("postgres: %w", err)
		}
		op := ">"
		if f.Newest {
			op = "<"
		}
		// The first term lets PostgreSQL skip the partitions before the
		// cursor; the second is the exact position.
		d := arg(c.Date)
		where = append(where, fmt.Sprintf("e.date %s= %s AND (e.date, e.id) %s (%s, %s)", op, d, op, d, arg(c.ID)))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "SELECT e.id, %s, e.mentions, e.sources FROM events e", columnList("e"))
	if len(where) > 0 {
		b.WriteString(" WHERE " + strings.Join(where, " AND "))
	}
	fmt.Fprintf(&b, " ORDER BY e.date %s, e.id %s", order, order)
	if f.Limit > 0 {
		b.WriteString(" LIMIT " + arg(int64(f.Limit)+1))
	}
	return b.String(), args, nil
}

// Event returns merged event id and the reports merged into it, in the
// order they were coded (date, document, sentence).
func (db *DB) Event(ctx context.Context, id string) (event.Event, []event.Event, error) {
	rows, err := db.pool.Query(ctx, `SELECT id, `+columnList("")+`, mentions, sources FROM events WHERE id = $1`, id)
	if err != nil {
		return event.Event{}, nil, ctxErr(ctx, fmt.Errorf("postgres: event %s: %w", id, err))
	}
	evs, err := scanEvents(rows, true)
	if err != nil {
		return event.Event{}, nil, ctxErr(ctx, fmt.Errorf("postgres: event %s: %w", id, err))
	}
	if len(evs) == 0 {
		return event.Event{}, nil, fmt.Errorf("postgres: event %s: %w", id, store.ErrNotFound)
	}
	rows, err = db.pool.Query(ctx, `SELECT id, `+columnList("")+` FROM reports WHERE event_id = $1
		ORDER BY date, doc, sentence, id`, id)
	if err != nil {
		return event.Event{}, nil, ctxErr(ctx, fmt.Errorf("postgres: event %s: reports: %w", id, err))
	}
	reports, err := scanEvents(rows, false)
	if err != nil {
		return event.Event{}, nil, ctxErr(ctx, fmt.Errorf("postgres: event %s: reports: %w", id, err))
	}
	return evs[0], reports, nil
}

// Article returns the stored article id.
func (db *DB) Article(ctx context.Context, id string) (article.Article, error) {
	var a article.Article
	err := db.pool.QueryRow(ctx, `SELECT id, url, title, outlet, language, date, text
		FROM articles WHERE id = $1`, id).Scan(&a.ID, &a.URL, &a.Title, &a.Source, &a.Language, &a.Date, &a.Text)
	if errors.Is(err, pgx.ErrNoRows) {
		return article.Article{}, fmt.Errorf("postgres: article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return article.Article{}, ctxErr(ctx, fmt.Errorf("postgres: article %s: %w", id, err))
	}
	return a, nil
}

// HasArticle reports whether article id is stored.
func (db *DB) HasArticle(ctx context.Context, id string) (bool, error) {
	var ok bool
	if err := db.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = $1)`, id).Scan(&ok); err != nil {
		return false, ctxErr(ctx, fmt.Errorf("postgres: has article %s: %w", id, err))
	}
	return ok, nil
}

package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// ftsDriveLimit decides how a full-text query runs. A query matching fewer
// events than this is answered from the full-text index, matches sorted by
// date; one matching more walks the date order and checks each event against
// the index, which finds a page quickly because matches are common. Either
// way a page costs at most about this many index probes.
const ftsDriveLimit = 10000

// Events returns the merged events matching f, oldest first (newest first
// when f.Newest), one page of at most f.Limit events.
func (db *DB) Events(ctx context.Context, f store.Filter) (store.Page, error) {
	if err := f.Validate(); err != nil {
		return store.Page{}, fmt.Errorf("sqlite: %w", err)
	}
	match := ""
	ftsDrives := false
	if f.Query != "" {
		match = ftsQuery(f.Query)
		ftsDrives = f.Limit == 0
		if !ftsDrives {
			var n int
			err := db.readers.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT rowid FROM events_fts
				WHERE events_fts MATCH ? LIMIT ?)`, match, db.ftsDriveLimit).Scan(&n)
			if err != nil {
				return store.Page{}, fmt.Errorf("sqlite: events: full-text search: %w", err)
			}
			ftsDrives = n < db.ftsDriveLimit
		}
	}
	q, args, err := eventsQuery(f, match, ftsDrives)
	if err != nil {
		return store.Page{}, err
	}
	rows, err := db.readers.QueryContext(ctx, q, args...)
	if err != nil {
		return store.Page{}, fmt.Errorf("sqlite: events: %w", err)
	}
	defer rows.Close()
	evs, err := scanEvents(rows, true)
	if err != nil {
		return store.Page{}, fmt.Errorf("sqlite: events: %w", err)
	}
	page := store.Page{Events: evs}
	if f.Limit > 0 && len(evs) > f.Limit {
		page.Events = evs[:f.Limit]
		last := page.Events[f.Limit-1]
		page.NextCursor = store.EncodeCursor(store.Cursor{Date: last.Date, ID: last.ID}, f.Newest)
	}
	return page, nil
}

// eventsQuery builds the SQL for f. Three shapes, chosen so that a page is a
// walk along an index in (date, id) order that stops after Limit+1 rows:
//
//   - a rare full-text query drives from the full-text index (then sorts);
//   - a country (without a pair) drives from event_countries;
//   - anything else drives from events, SQLite picking among its
//     (pair|root|quad, date, id) indexes.
func eventsQuery(f store.Filter, match string, ftsDrives bool) (string, []any, error) {
	var (
		from, dateCol, idCol string
		where                []string
		args                 []any
	)
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	root := f.Root
	codePrefix := ""
	if len(f.Code) >= 2 {
		if root != "" && root != f.Code[:2] {
			// Root and code disagree: nothing matches.
			add("0 = 1")
		}
		root = f.Code[:2]
		if len(f.Code) > 2 {
			codePrefix = f.Code
		}
	}
	countryDrives := f.Country != "" && f.Pair == "" && !ftsDrives
	switch {
	case ftsDrives:
		from = `(SELECT rowid AS seq FROM events_fts WHERE events_fts MATCH ?) m CROSS JOIN events e ON e.seq = m.seq`
		args = append(args, match)
		dateCol, idCol = "e.date", "e.id"
	case countryDrives:
		from = `event_countries c CROSS JOIN events e ON e.id = c.event_id`
		dateCol, idCol = "c.date", "c.event_id"
		add("c.country = ?", f.Country)
	default:
		from = `events e`
		dateCol, idCol = "e.date", "e.id"
	}
	if f.Country != "" && !countryDrives {
		add("(e.source_country = ? OR e.target_country = ?)", f.Country, f.Country)
	}
	if f.Pair != "" {
		a, b, err := f.PairCountries()
		if err != nil {
			return "", nil, fmt.Errorf("sqlite: %w", err)
		}
		add("e.pair = ?", pairOf(a, b))
	}
	if root != "" {
		if countryDrives {
			add("c.root = ?", root)
		} else {
			add("e.root = ?", root)
		}
	}
	if codePrefix != "" {
		add("e.code LIKE ?", codePrefix+"%")
	}
	if f.Quad != 0 {
		if countryDrives {
			add("c.quad = ?", f.Quad)
		} else {
			add("e.quad = ?", f.Quad)
		}
	}
	if f.From != "" {
		add(dateCol+" >= ?", f.From)
	}
	if f.To != "" {
		add(dateCol+" <= ?", f.To)
	}
	if match != "" && !ftsDrives {
		add("EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ? AND rowid = e.seq)", match)
	}
	order := "ASC"
	if f.Cursor != "" {
		c, err := store.DecodeCursor(f.Cursor, f.Newest)
		if err != nil {
			return "", nil, fmt.Errorf("sqlite: %w", err)
		}
		// The first term lets the index range start at the cursor; the
		// second breaks ties of the same date by id.
		if f.Newest {
			add(fmt.Sprintf("%[1]s <= ? AND (%[1]s < ? OR %[2]s < ?)", dateCol, idCol), c.Date, c.Date, c.ID)
		} else {
			add(fmt.Sprintf("%[1]s >= ? AND (%[1]s > ? OR %[2]s > ?)", dateCol, idCol), c.Date, c.Date, c.ID)
		}
	}
	if f.Newest {
		order = "DESC"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "SELECT e.id, %s, e.mentions, e.sources FROM %s", columnList("e"), from)
	if len(where) > 0 {
		b.WriteString(" WHERE " + strings.Join(where, " AND "))
	}
	fmt.Fprintf(&b, " ORDER BY %s %s, %s %s", dateCol, order, idCol, order)
	if f.Limit > 0 {
		b.WriteString(" LIMIT ?")
		args = append(args, f.Limit+1)
	}
	return b.String(), args, nil
}

// ftsQuery turns the words of a search into an FTS5 query that matches
// sentences containing all of them, "" when it has no words (which
// Filter.Validate refuses). Each word is quoted, so that nothing a
// user types is read as FTS5 syntax; a trailing * keeps its prefix meaning.
func ftsQuery(q string) string {
	// NUL ends a string inside SQLite's FTS5 parser; other control
	// characters and broken UTF-8 mean nothing in a search either.
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(q, " "))
	var terms []string
	for _, w := range strings.Fields(q) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.TrimRight(w, "*")
		if !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		t := `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	return strings.Join(terms, " ")
}

// Event returns merged event id and the reports merged into it, in the
// order they were coded (date, document, sentence).
func (db *DB) Event(ctx context.Context, id string) (event.Event, []event.Event, error) {
	rows, err := db.readers.QueryContext(ctx, `SELECT id, `+columnList("")+`, mentions, sources FROM events WHERE id = ?`, id)
	if err != nil {
		return event.Event{}, nil, fmt.Errorf("sqlite: event %s: %w", id, err)
	}
	evs, err := scanEvents(rows, true)
	rows.Close()
	if err != nil {
		return event.Event{}, nil, fmt.Errorf("sqlite: event %s: %w", id, err)
	}
	if len(evs) == 0 {
		return event.Event{}, nil, fmt.Errorf("sqlite: event %s: %w", id, store.ErrNotFound)
	}
	rows, err = db.readers.QueryContext(ctx, `SELECT id, `+columnList("")+` FROM reports WHERE event_id = ?
		ORDER BY date, doc, sentence, id`, id)
	if err != nil {
		return event.Event{}, nil, fmt.Errorf("sqlite: event %s: reports: %w", id, err)
	}
	defer rows.Close()
	reports, err := scanEvents(rows, false)
	if err != nil {
		return event.Event{}, nil, fmt.Errorf("sqlite: event %s: reports: %w", id, err)
	}
	return evs[0], reports, nil
}

// Article returns the stored article id.
func (db *DB) Article(ctx context.Context, id string) (article.Article, error) {
	var a article.Article
	err := db.readers.QueryRowContext(ctx, `SELECT id, url, title, outlet, language, date, text
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.URL, &a.Title, &a.Source, &a.Language, &a.Date, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return article.Article{}, fmt.Errorf("sqlite: article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return article.Article{}, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	return a, nil
}

// HasArticle reports whether article id is stored.
func (db *DB) HasArticle(ctx context.Context, id string) (bool, error) {
	var n int
	if err := db.readers.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, id).Scan(&n); err != nil {
		return false, fmt.Errorf("sqlite: has article %s: %w", id, err)
	}
	return n > 0, nil
}

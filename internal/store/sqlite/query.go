package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// Events returns the merged events matching f, oldest first (newest first
// when f.Newest), one page of at most f.Limit events.
func (db *DB) Events(ctx context.Context, f store.Filter) (store.Page, error) {
	if err := f.Validate(); err != nil {
		return store.Page{}, fmt.Errorf("sqlite: %w", err)
	}
	var evs []event.Event
	var err error
	if f.Query != "" {
		evs, err = db.search(ctx, f)
	} else {
		evs, err = db.list(ctx, f)
	}
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

// where collects the conditions of a query and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// codeRange returns the bounds [lo, hi) of the codes starting with prefix.
func codeRange(prefix string) (lo, hi string) {
	return prefix, prefix[:len(prefix)-1] + string(prefix[len(prefix)-1]+1)
}

// keyset returns the condition that continues after cursor c on columns
// (date, id): a row-value comparison, which SQLite and PostgreSQL both turn
// into an index range.
func keyset(f store.Filter, dateCol, idCol string) (string, []any, error) {
	c, err := store.DecodeCursor(f.Cursor, f.Newest)
	if err != nil {
		return "", nil, err
	}
	op := ">"
	if f.Newest {
		op = "<"
	}
	return fmt.Sprintf("(%s, %s) %s (?, ?)", dateCol, idCol, op), []any{c.Date, c.ID}, nil
}

// list answers a filter without full-text search. It walks an index in
// (date, id) order and stops after Limit+1 rows:
//
//   - a country (without a pair) walks event_countries by (country[, root
//     or quad], date, id);
//   - anything else walks events, SQLite picking among its (pair | root |
//     quad, date, id) indexes.
//
// A code prefix finer than a root ("0411") ranges over a (…, code, date,
// id) index instead and sorts what it finds: a code's events are few.
func (db *DB) list(ctx context.Context, f store.Filter) ([]event.Event, error) {
	q, args, err := listQuery(f)
	if err != nil {
		return nil, err
	}
	rows, err := db.readers.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanEvents(rows, true)
}

// listQuery is the SQL of list.
func listQuery(f store.Filter) (string, []any, error) {
	var w where
	from, dateCol, idCol, on := "events e", "e.date", "e.id", "e"
	if f.Country != "" && f.Pair == "" {
		from, dateCol, idCol, on = "event_countries c CROSS JOIN events e ON e.id = c.event_id", "c.date", "c.event_id", "c"
		w.add("c.country = ?", f.Country)
	}
	addCommon(&w, f, on)
	if f.From != "" {
		w.add(dateCol+" >= ?", f.From)
	}
	if f.To != "" {
		w.add(dateCol+" <= ?", f.To)
	}
	if f.Cursor != "" {
		cond, args, err := keyset(f, dateCol, idCol)
		if err != nil {
			return "", nil, err
		}
		w.add(cond, args...)
	}
	order := "ASC"
	if f.Newest {
		order = "DESC"
	}
	q := fmt.Sprintf("SELECT e.id, %s, e.mentions, e.sources FROM %s%s ORDER BY %s %s, %s %s",
		columnList("e"), from, w.String(), dateCol, order, idCol, order)
	if f.Limit > 0 {
		q += " LIMIT ?"
		w.args = append(w.args, f.Limit+1)
	}
	return q, w.args, nil
}

// addCommon adds the conditions on country, pair, code, root and quad. on
// is the alias whose root and quad columns the query walks: "c" when
// event_countries drives, which also holds the country condition.
func addCommon(w *where, f store.Filter, on string) {
	if f.Country != "" && on != "c" {
		w.add("(e.source_country = ? OR e.target_country = ?)", f.Country, f.Country)
	}
	if f.Pair != "" {
		a, b, _ := f.PairCountries()
		w.add("e.pair = ?", pairOf(a, b))
	}
	root := f.Root
	if len(f.Code) >= 2 {
		if root != "" && root != f.Code[:2] {
			w.add("0 = 1") // root and code disagree: nothing matches
		}
		root = f.Code[:2]
	}
	if len(f.Code) > 2 {
		// The range implies the root.
		lo, hi := codeRange(f.Code)
		w.add(on+".code >= ? AND "+on+".code < ?", lo, hi)
	} else if root != "" {
		w.add(on+".root = ?", root)
	}
	if f.Quad != 0 {
		w.add(on+".quad = ?", f.Quad)
	}
}

// search answers a filter with a full-text query. Event rowids carry their
// day in the high bits, so the full-text index returns matches day by day.
// search reads them in that order, with the other conditions applied, until
// it has Limit+1 events and has read the rest of the last one's day, then
// sorts what it read by (date, id). A common word thus costs about a page of
// rows, and a rare one at most its matches.
func (db *DB) search(ctx context.Context, f store.Filter) ([]event.Event, error) {
	q, args, err := searchQuery(f)
	if err != nil {
		return nil, err
	}
	rows, err := db.readers.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []event.Event
	lastDay := int64(-1)
	for rows.Next() {
		var s store.EventRow
		var seq int64
		dest := append(append([]any{&s.E.ID}, s.Dest()...), &s.E.Mentions, &s.E.Sources, &seq)
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		day := seq / daySpan
		if lastDay >= 0 && day != lastDay {
			break
		}
		e, err := s.Event()
		if err != nil {
			return nil, err
		}
		out = append(out, e)
		if f.Limit > 0 && lastDay < 0 && len(out) > f.Limit {
			lastDay = day
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b event.Event) int {
		c := cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
		if f.Newest {
			return -c
		}
		return c
	})
	if f.Limit > 0 && len(out) > f.Limit+1 {
		out = out[:f.Limit+1]
	}
	return out, nil
}

// searchQuery is the SQL of search. Its rows end with each event's seq.
func searchQuery(f store.Filter) (string, []any, error) {
	var w where
	w.add("events_fts MATCH ?", ftsQuery(f.Query))
	lo, hi := int64(0), int64(math.MaxInt64)
	if f.From != "" {
		lo = daySeq(f.From)
		w.add("e.date >= ?", f.From)
	}
	if f.To != "" {
		hi = daySeq(f.To) + daySpan
		w.add("e.date <= ?", f.To)
	}
	addCommon(&w, f, "e")
	if f.Cursor != "" {
		cond, args, err := keyset(f, "e.date", "e.id")
		if err != nil {
			return "", nil, err
		}
		w.add(cond, args...)
		if day := daySeq(args[0].(string)); f.Newest {
			hi = min(hi, day+daySpan)
		} else {
			lo = max(lo, day)
		}
	}
	w.add("events_fts.rowid >= ? AND events_fts.rowid < ?", lo, hi)
	order := "ASC"
	if f.Newest {
		order = "DESC"
	}
	q := fmt.Sprintf("SELECT e.id, %s, e.mentions, e.sources, e.seq FROM events_fts CROSS JOIN events e ON e.seq = events_fts.rowid%s ORDER BY events_fts.rowid %s",
		columnList("e"), w.String(), order)
	return q, w.args, nil
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

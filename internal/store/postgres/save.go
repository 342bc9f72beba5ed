package postgres

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// tempTables are created on every connection; a Save copies its rows into
// them and upserts from there. ON COMMIT DELETE ROWS empties them at the end
// of each transaction (a rollback discards the rows as well).
const tempTables = `
CREATE TEMP TABLE tmp_articles (
    id TEXT COLLATE "C", url TEXT, title TEXT, outlet TEXT, language TEXT, date TEXT, text TEXT, ingested_at TEXT
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE tmp_events (LIKE events INCLUDING DEFAULTS) ON COMMIT DELETE ROWS;
ALTER TABLE tmp_events DROP COLUMN search, ADD COLUMN words TEXT[] NOT NULL;
`

// Column lists of the COPYs.
var (
	articleCols = []string{"id", "url", "title", "outlet", "language", "date", "text", "ingested_at"}
	mergedCols  = []string{"id", "source_country", "target_country", "pair", "place"}
	eventCols   = append(append(append([]string{}, mergedCols...), eventFields...), "words", "mentions", "sources", "first_seen", "last_seen")
	reportCols  = append(append([]string{"id", "event_id", "article_id"}, eventFields...), "ingested_at")
)

// Statements that move rows from the temporary tables into the store. Rows
// go in key order, so that two Saves touching the same rows lock them in the
// same order and never deadlock.
var (
	insertArticles = `INSERT INTO articles (` + strings.Join(articleCols, ", ") + `)
		SELECT ` + strings.Join(articleCols, ", ") + ` FROM tmp_articles ORDER BY id
		ON CONFLICT (id) DO NOTHING RETURNING id`
	upsertEvents = `INSERT INTO events (` + strings.Join(mergedCols, ", ") + `, ` + columnList("") + `,
			search, mentions, sources, first_seen, last_seen)
		SELECT ` + strings.Join(mergedCols, ", ") + `, ` + columnList("") + `,
			array_to_tsvector(words), mentions, sources, first_seen, last_seen FROM tmp_events ORDER BY id
		ON CONFLICT (id, date) DO UPDATE SET mentions = events.mentions + excluded.mentions,
			sources = events.sources + excluded.sources, last_seen = excluded.last_seen
		RETURNING id, mentions`
	insertSources = `INSERT INTO event_sources (event_id, outlet)
		SELECT * FROM unnest($1::text[], $2::text[]) AS s (event_id, outlet) ORDER BY 1, 2
		ON CONFLICT DO NOTHING RETURNING event_id`
)

// maxAttempts is how many times Save runs a transaction that PostgreSQL
// aborted for a reason that a retry cures (a deadlock, a serialization
// failure).
const maxAttempts = 5

// Save stores docs and their reports, merging each report into its event, in
// one transaction. A document whose article id is already stored (or comes
// earlier in docs) is counted as a duplicate and changes nothing.
func (db *DB) Save(ctx context.Context, docs []store.Document) (store.SaveStats, error) {
	for i, d := range docs {
		if d.Article.ID == "" {
			where := d.Article.Origin
			if where == "" {
				where = fmt.Sprintf("document %d", i+1)
			}
			return store.SaveStats{}, fmt.Errorf("postgres: save %s: article has no id", where)
		}
	}
	for _, d := range docs {
		for _, e := range d.Events {
			e = withArticle(e, d.Article)
			if _, err := time.Parse(time.DateOnly, e.Date); e.Date != "" && err != nil {
				return store.SaveStats{}, fmt.Errorf("postgres: save article %s: event %s (sentence %d): date %q is not YYYY-MM-DD",
					d.Article.ID, e.ID, e.Sentence, e.Date)
			}
		}
	}
	if err := ctx.Err(); err != nil || len(docs) == 0 {
		return store.SaveStats{}, err
	}
	// Later copies of an article in the same batch are duplicates.
	var uniq []store.Document
	dups := 0
	seen := map[string]bool{}
	for _, d := range docs {
		if seen[d.Article.ID] {
			dups++
			continue
		}
		seen[d.Article.ID] = true
		uniq = append(uniq, d)
	}
	months := map[string]bool{}
	for _, d := range uniq {
		for _, e := range d.Events {
			months[monthOf(withArticle(e, d.Article).Date)] = true
		}
	}
	if err := db.ensurePartitions(ctx, months); err != nil {
		return store.SaveStats{}, ctxErr(ctx, err)
	}
	for attempt := 1; ; attempt++ {
		st, err := db.saveTx(ctx, uniq)
		if err == nil {
			st.Duplicates += dups
			return st, nil
		}
		var pe *pgconn.PgError
		if attempt < maxAttempts && ctx.Err() == nil && errors.As(err, &pe) &&
			(pe.Code == "40P01" || pe.Code == "40001") {
			// Deadlock or serialization failure: back off and run again.
			time.Sleep(time.Duration(attempt*attempt) * time.Duration(5+rand.IntN(20)) * time.Millisecond)
			continue
		}
		return store.SaveStats{}, ctxErr(ctx, err)
	}
}

// group is a merged event as one Save sees it: the reports of the batch
// that belong to it, in order.
type group struct {
	id, date string
	first    event.Event
	reports  int
	outlets  []string
}

// report is one new report of the batch and its article.
type report struct {
	e       event.Event
	article string
	outlet  string // of the article: the one event_sources counts
	eventID string
}

// saveTx runs one Save's transaction.
func (db *DB) saveTx(ctx context.Context, docs []store.Document) (store.SaveStats, error) {
	now := db.now().UTC().Format(time.RFC3339)
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: begin: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))

	// 1. Articles: the new ones are those the insert returns.
	rows := make([][]any, len(docs))
	for i, d := range docs {
		a := d.Article
		rows[i] = []any{a.ID, a.URL, a.Title, a.Source, a.Language, a.Date, a.Text, now}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"tmp_articles"}, articleCols, pgx.CopyFromRows(rows)); err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: copy articles: %w", err)
	}
	r, err := tx.Query(ctx, insertArticles)
	if err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: insert articles: %w", err)
	}
	added, err := pgx.CollectRows(r, pgx.RowTo[string])
	if err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: insert articles: %w", err)
	}
	isNew := map[string]bool{}
	for _, id := range added {
		isNew[id] = true
	}
	st := store.SaveStats{Articles: len(added), Duplicates: len(docs) - len(added)}

	// 2. The reports of the new articles, less those already stored.
	var reps []report
	var repIDs []string
	seenRep := map[string]bool{}
	for _, d := range docs {
		if !isNew[d.Article.ID] {
			continue
		}
		for _, e := range d.Events {
			e = withArticle(e, d.Article)
			if seenRep[e.ID] {
				continue
			}
			seenRep[e.ID] = true
			reps = append(reps, report{e: e, article: d.Article.ID, outlet: outletOf(d.Article)})
			repIDs = append(repIDs, e.ID)
		}
	}
	if len(reps) == 0 {
		if err := tx.Commit(ctx); err != nil {
			return store.SaveStats{}, fmt.Errorf("postgres: save: commit: %w", err)
		}
		return st, nil
	}
	r, err = tx.Query(ctx, `SELECT id FROM reports WHERE id = ANY($1)`, repIDs)
	if err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: find reports: %w", err)
	}
	existing, err := pgx.CollectRows(r, pgx.RowTo[string])
	if err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: find reports: %w", err)
	}
	if len(existing) > 0 {
		old := map[string]bool{}
		for _, id := range existing {
			old[id] = true
		}
		reps = slices.DeleteFunc(reps, func(r report) bool { return old[r.e.ID] })
	}

	// 3. Group the reports by merged event, in order, by the rule of the
	// SQLite store (mergeTarget): a report joins the event of its merge key
	// on its own day, the day before or the day after, the first that
	// exists (stored, or started earlier in this batch), else starts one.
	// The lock on each merge key keeps concurrent Saves from both starting
	// an event that one of them should have joined.
	if err := lockMergeKeys(ctx, tx, reps); err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: %w", err)
	}
	stored, err := storedEvents(ctx, tx, reps)
	if err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: %w", err)
	}
	groups := map[string]*group{}
	var order []*group
	for i := range reps {
		rp := &reps[i]
		var g *group
		for _, day := range mergeDays(rp.e.Date) {
			cand := rp.e
			cand.Date = day
			id := mergeKey(cand)
			if g = groups[id]; g != nil {
				break
			}
			if date, ok := stored[id]; ok {
				first := rp.e
				first.Date = date
				g = &group{id: id, date: date, first: first}
				break
			}
		}
		if g == nil {
			id := mergeKey(rp.e)
			g = &group{id: id, date: rp.e.Date, first: rp.e}
		}
		if groups[g.id] == nil {
			groups[g.id] = g
			order = append(order, g)
		}
		rp.eventID = g.id
		g.reports++
		if o := rp.outlet; !slices.Contains(g.outlets, o) {
			g.outlets = append(g.outlets, o)
		}
	}
	// 4. Sources first: the outlets new to each event, counted into the
	// event by the upsert. (Both steps go in key order: no deadlocks.)
	var srcIDs, srcOutlets []string
	for _, g := range order {
		for _, o := range g.outlets {
			srcIDs = append(srcIDs, g.id)
			srcOutlets = append(srcOutlets, o)
		}
	}
	r, err = tx.Query(ctx, insertSources, srcIDs, srcOutlets)
	if err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: event sources: %w", err)
	}
	newSources, err := pgx.CollectRows(r, pgx.RowTo[string])
	if err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: event sources: %w", err)
	}
	sourceCount := map[string]int32{}
	for _, id := range newSources {
		sourceCount[id]++
	}

	evRows := make([][]any, 0, len(order))
	for _, g := range order {
		e := g.first
		vals, err := eventValues(e)
		if err != nil {
			return store.SaveStats{}, fmt.Errorf("postgres: save: report %s: %w", e.ID, err)
		}
		sc, tc := countryOf(e.Source), countryOf(e.Target)
		row := append([]any{g.id, sc, tc, pairOf(sc, tc), placeKey(e.Location)}, vals...)
		evRows = append(evRows, append(row, words(e.Text), int32(g.reports), sourceCount[g.id], now, now))
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"tmp_events"}, eventCols, pgx.CopyFromRows(evRows)); err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: copy events: %w", err)
	}
	r, err = tx.Query(ctx, upsertEvents)
	if err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: upsert events: %w", err)
	}
	type upserted struct {
		ID       string
		Mentions int
	}
	ups, err := pgx.CollectRows(r, pgx.RowToStructByPos[upserted])
	if err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: upsert events: %w", err)
	}
	created := map[string]bool{}
	for _, u := range ups {
		// An event is new when its mentions are this batch's alone.
		n := groups[u.ID].reports
		if u.Mentions == n {
			created[u.ID] = true
			st.Events++
			st.Merged += n - 1
		} else {
			st.Merged += n
		}
	}
	st.Reports = len(reps)
	articleDate := map[string]string{}
	for _, d := range docs {
		articleDate[d.Article.ID] = d.Article.Date
	}
	if err := rollup(ctx, tx, order, created, reps, articleDate); err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: %w", err)
	}

	// 5. The reports themselves.
	repRows := make([][]any, len(reps))
	for i, rp := range reps {
		vals, err := eventValues(rp.e)
		if err != nil {
			return store.SaveStats{}, fmt.Errorf("postgres: save: report %s: %w", rp.e.ID, err)
		}
		row := append([]any{rp.e.ID, rp.eventID, rp.article}, vals...)
		repRows[i] = append(row, now)
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"reports"}, reportCols, pgx.CopyFromRows(repRows)); err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: copy reports: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return store.SaveStats{}, fmt.Errorf("postgres: save: commit: %w", err)
	}
	return st, nil
}

// monthOf is the partition of an event of date, which Save has checked is
// YYYY-MM-DD or "": its YYYY-MM, or "" for no date.
func monthOf(date string) string {
	if len(date) < 7 {
		return ""
	}
	return date[:7]
}

// monthBounds returns the range of dates, as SQL literals, of the partition
// of month ("" for undated events, which sort before every date).
func monthBounds(month string) (lo, hi string, err error) {
	if month == "" {
		return "MINVALUE", "'0000-01'", nil
	}
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return "", "", err
	}
	lo = "'" + month + "'"
	next := t.AddDate(0, 1, 0)
	if next.Year() > 9999 {
		return lo, "MAXVALUE", nil
	}
	return lo, "'" + next.Format("2006-01") + "'", nil
}

// partitionName is the table that holds the events of month.
func partitionName(month string) string {
	if month == "" {
		return "events_undated"
	}
	return "events_" + strings.ReplaceAll(month, "-", "_")
}

// partitionLock is the advisory lock key that serializes creating
// partitions.
const partitionLock = 0x616363_6f7265

// ensurePartitions creates the partitions of months that do not exist yet,
// each in its own short transaction before the Save's: creating a partition
// locks the whole events table, which must not happen while holding rows.
func (db *DB) ensurePartitions(ctx context.Context, months map[string]bool) error {
	db.partsMu.Lock()
	defer db.partsMu.Unlock()
	for m := range months {
		if db.parts[m] {
			continue
		}
		lo, hi, err := monthBounds(m)
		if err != nil {
			return fmt.Errorf("postgres: save: partition for %q: %w", m, err)
		}
		err = pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(partitionLock)); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, fmt.Sprintf(`CREATE TABLE IF NOT EXISTS %s PARTITION OF events FOR VALUES FROM (%s) TO (%s)`,
				pgx.Identifier{partitionName(m)}.Sanitize(), lo, hi))
			return err
		})
		if err != nil {
			return fmt.Errorf("postgres: save: create partition for %q: %w", m, err)
		}
		db.parts[m] = true
	}
	return nil
}

// withArticle fills what a report leaves blank from its article: document
// id, date, URL, title and outlet, and the report id itself.
func withArticle(e event.Event, a article.Article) event.Event {
	if e.Doc == "" {
		e.Doc = a.ID
	}
	if e.Date == "" {
		e.Date = a.Date
	}
	if e.URL == "" {
		e.URL = a.URL
	}
	if e.Title == "" {
		e.Title = a.Title
	}
	if e.Outlet == "" {
		e.Outlet = outletOf(a)
	}
	if e.Root == "" && len(e.Code) >= 2 {
		e.Root = e.Code[:2]
	}
	if e.ID == "" {
		e.ID = event.ReportID(e.Doc, e.Sentence, e.Source, e.Target, e.Code)
	}
	e.Mentions, e.Sources = 0, 0
	return e
}

// mergeKey returns the id that a merged event created by report e takes:
// one per date, source, target, code family and place. It must stay the
// SQLite store's mergeKey.
func mergeKey(e event.Event) string {
	return event.MergedID(e.Date, e.Source, e.Target, codeFamily(e.Code), placeKey(e.Location))
}

// codeFamily is the part of a CAMEO code that merging compares: its first
// three digits (the whole code when shorter).
func codeFamily(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// mergeDays are the days whose events a report of date may join, in order
// of preference: date itself, the day before, the day after. An undated
// report joins only undated events.
func mergeDays(date string) []string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return []string{date}
	}
	return []string{date, t.AddDate(0, 0, -1).Format(time.DateOnly), t.AddDate(0, 0, 1).Format(time.DateOnly)}
}

// mergeLockClass is the first key of the advisory locks on merge keys; the
// second is a hash of the key (two-key advisory locks never clash with the
// one-key locks of migrations and partitions).
const mergeLockClass = 0x61636d

// lockMergeKeys takes, for the rest of tx, the advisory lock of each merge
// key (source, target, code family, place) of reps, in key order: two
// Saves with reports of one key then merge them one after the other, as a
// single process would. (A hash collision only serializes more.)
func lockMergeKeys(ctx context.Context, tx pgx.Tx, reps []report) error {
	seen := map[int32]bool{}
	var keys []int32
	for _, rp := range reps {
		h := fnv.New32a()
		for _, p := range []string{rp.e.Source, rp.e.Target, codeFamily(rp.e.Code), placeKey(rp.e.Location)} {
			h.Write([]byte(p))
			h.Write([]byte{0})
		}
		k := int32(h.Sum32())
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	_, err := tx.Exec(ctx, `SELECT count(pg_advisory_xact_lock($1::int4, k))
		FROM (SELECT k FROM unnest($2::int4[]) AS k ORDER BY k) AS keys`, int32(mergeLockClass), keys)
	if err != nil {
		return fmt.Errorf("lock merge keys: %w", err)
	}
	return nil
}

// storedEvents returns the date of each stored event that a report of reps
// may join, by id.
func storedEvents(ctx context.Context, tx pgx.Tx, reps []report) (map[string]string, error) {
	var ids, dates []string
	seen := map[string]bool{}
	for _, rp := range reps {
		for _, day := range mergeDays(rp.e.Date) {
			cand := rp.e
			cand.Date = day
			id := mergeKey(cand)
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
				dates = append(dates, day)
			}
		}
	}
	rows, err := tx.Query(ctx, `SELECT id, date FROM events WHERE id = ANY($1) AND date = ANY($2)`, ids, dates)
	if err != nil {
		return nil, fmt.Errorf("find events: %w", err)
	}
	found, err := pgx.CollectRows(rows, pgx.RowToStructByPos[struct{ ID, Date string }])
	if err != nil {
		return nil, fmt.Errorf("find events: %w", err)
	}
	out := make(map[string]string, len(found))
	for _, f := range found {
		out[f.ID] = f.Date
	}
	return out, nil
}

// placeKey is the place part of the merge key: the GeoNames id where there
// is one, else the place name, else "".
func placeKey(l *event.Location) string {
	switch {
	case l == nil:
		return ""
	case l.GeonameID != 0:
		return strconv.FormatInt(l.GeonameID, 10)
	default:
		return l.Name
	}
}

// outletOf names the outlet that published a: its Source, else the host of
// its URL, else "" (all unnamed outlets count as one).
func outletOf(a article.Article) string {
	if s := strings.TrimSpace(a.Source); s != "" {
		return s
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return ""
}

// countryOf is the country part of an actor code, "" when it has none.
func countryOf(actor string) string {
	if len(actor) < 3 {
		return ""
	}
	return actor[:3]
}

// pairOf is the dyad key "AAA-BBB" with the two countries sorted, "" unless
// both are known.
func pairOf(a, b string) string {
	if a == "" || b == "" {
		return ""
	}
	if b < a {
		a, b = b, a
	}
	return a + "-" + b
}

package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"

	"github.com/accord-hub/accord/internal/signal"
)

// rollupRecompute recomputes from events what rollups_daily must hold, and
// rollupStored reads it in the same form.
const (
	rollupStored    = `SELECT date, subject, events, mentions, q1, q2, q3, q4, round(goldstein, 6) FROM rollups_daily`
	rollupRecompute = `SELECT date, subject, count(*), sum(mentions), sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4), round(sum(goldstein), 6)
FROM (
    SELECT date, source_country AS subject, mentions, quad, goldstein FROM events WHERE source_country <> ''
    UNION ALL
    SELECT date, target_country, mentions, quad, goldstein FROM events WHERE target_country <> '' AND target_country <> source_country
    UNION ALL
    SELECT date, pair, mentions, quad, goldstein FROM events
        WHERE source_country <> '' AND target_country <> '' AND target_country <> source_country
)
GROUP BY date, subject`
)

// TestRollupsMatchEvents saves documents in several batches, some of them
// twice, and checks that the rollups kept in the save transaction equal a
// recomputation from the stored events, and that the news volume counts
// each article once per country.
func TestRollupsMatchEvents(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	docs := syntheticDocs(0, 400)
	for _, batch := range [][2]int{{0, 150}, {100, 300}, {250, 400}, {0, 400}} {
		if _, err := db.Save(ctx, docs[batch[0]:batch[1]]); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{rollupRecompute + " EXCEPT " + rollupStored, rollupStored + " EXCEPT " + rollupRecompute} {
		rows, err := db.readers.QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var date, subject string
			var n int
			rows.Scan(&date, &subject, &n)
			t.Errorf("rollup of %s on %s differs from the events (%d events)", subject, date, n)
		}
		rows.Close()
	}
	var events, mentions, rolled, rolledMentions int
	db.readers.QueryRowContext(ctx, `SELECT count(*), sum(mentions) FROM events WHERE source_country <> '' AND source_country <> target_country AND target_country <> ''`).Scan(&events, &mentions)
	db.readers.QueryRowContext(ctx, `SELECT sum(events), sum(mentions) FROM rollups_daily WHERE subject LIKE '%-%'`).Scan(&rolled, &rolledMentions)
	if events == 0 || rolled != events || rolledMentions != mentions {
		t.Errorf("pair rollups: %d events and %d mentions, want %d and %d", rolled, rolledMentions, events, mentions)
	}
	var bad int
	db.readers.QueryRowContext(ctx, `SELECT count(*) FROM (
		SELECT a.date, ac.country, count(*) AS n FROM article_countries ac JOIN articles a ON a.id = ac.article_id
		GROUP BY a.date, ac.country) x
		LEFT JOIN news_daily nd ON nd.date = x.date AND nd.country = x.country
		WHERE nd.articles IS NOT x.n`).Scan(&bad)
	if bad != 0 {
		t.Errorf("%d news_daily rows disagree with article_countries", bad)
	}
	// The reads that signal uses see the same numbers.
	days, err := db.Daily(ctx, "", "0000-01-01", "9999-12-31")
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, d := range days {
		if len(d.Subject) > 3 {
			total += d.Events
		}
	}
	if total != events {
		t.Errorf("Daily: %d pair events, want %d", total, events)
	}
	vols, err := db.News(ctx, "", "0000-01-01", "9999-12-31")
	if err != nil || len(vols) == 0 {
		t.Errorf("News: %d rows, %v", len(vols), err)
	}
}

func TestRatingsRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	rs := []signal.Rating{
		{Country: "KGZ", Year: 2024, Source: "Freedom House", Indicator: "status", Category: "Not Free"},
		{Country: "KGZ", Year: 2024, Source: "Freedom House", Indicator: "total", Value: 0, HasValue: true},
		{Country: "TKM", Year: 2024, Source: "Freedom House", Indicator: "total", Value: 2, HasValue: true, Category: "Not Free"},
	}
	if n, err := db.SaveRatings(ctx, rs); err != nil || n != 3 {
		t.Fatalf("SaveRatings: %d, %v", n, err)
	}
	rs[2].Value = 3
	if _, err := db.SaveRatings(ctx, rs[2:]); err != nil {
		t.Fatal(err)
	}
	got, err := db.Ratings(ctx, "KGZ")
	if err != nil || len(got) != 2 {
		t.Fatalf("Ratings(KGZ): %+v, %v", got, err)
	}
	if got[0].Indicator != "status" || got[0].HasValue || got[1].Indicator != "total" || !got[1].HasValue || got[1].Value != 0 {
		t.Errorf("KGZ ratings %+v: a category keeps no value, a 0 value stays a value", got)
	}
	all, _ := db.Ratings(ctx, "")
	if len(all) != 3 || all[2].Value != 3 {
		t.Errorf("all ratings %+v: want 3, TKM replaced by 3", all)
	}
}

// TestRollupsBackfill: migration 0002 fills the rollups of a store written
// before it existed with what the save path would have kept.
func TestRollupsBackfill(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	full := filepath.Join(dir, "full.db")
	a, err := Open(ctx, full)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Save(ctx, syntheticDocs(0, 300)); err != nil {
		t.Fatal(err)
	}
	a.Close()

	old := filepath.Join(dir, "old.db")
	raw, err := sql.Open("sqlite", old)
	if err != nil {
		t.Fatal(err)
	}
	raw.SetMaxOpenConns(1)
	steps, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, raw, steps[:1], time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.ExecContext(ctx, `ATTACH DATABASE '`+full+`' AS f`); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"articles", "events", "reports", "event_countries", "event_sources"} {
		if _, err := raw.ExecContext(ctx, `INSERT INTO main.`+table+` SELECT * FROM f.`+table); err != nil {
			t.Fatalf("copy %s: %v", table, err)
		}
	}
	raw.ExecContext(ctx, `DETACH DATABASE f`)
	raw.Close()

	b, err := Open(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.readers.ExecContext(ctx, `ATTACH DATABASE '`+full+`' AS f`); err != nil {
		t.Fatal(err)
	}
	// Sums of Goldstein weights differ in the last bits with the order of
	// addition.
	cols := map[string]string{
		"rollups_daily":     "date, subject, events, mentions, q1, q2, q3, q4, round(goldstein, 6)",
		"rollups_roots":     "subject, date, root, events, round(goldstein, 6)",
		"article_countries": "*",
		"news_daily":        "*",
	}
	for table, c := range cols {
		var n, diff int
		sel := func(db string) string { return `SELECT ` + c + ` FROM ` + db + `.` + table }
		q := `SELECT count(*) FROM (` + sel("main") + ` EXCEPT ` + sel("f") +
			` UNION ALL SELECT * FROM (` + sel("f") + ` EXCEPT ` + sel("main") + `))`
		if err := b.readers.QueryRowContext(ctx, `SELECT count(*) FROM main.`+table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if err := b.readers.QueryRowContext(ctx, q).Scan(&diff); err != nil {
			t.Fatal(err)
		}
		if n == 0 || diff != 0 {
			t.Errorf("%s: %d rows backfilled, %d differ from the save path's", table, n, diff)
		}
	}
}

// TestSyndicatedCopies: five outlets carrying one wire story are one event
// with five mentions, four of them recognised as copies; an article written
// apart about the same event is a mention but no copy.
func TestSyndicatedCopies(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	story := "BISHKEK, April 2 (Wire) - Kyrgyz border guards attacked Tajik troops near the village of Vorukh on Tuesday, officials said, and both sides reported casualties after hours of fighting."
	ev := event.Event{Date: "2025-04-02", Source: "KGZMIL", Target: "TJKMIL", Code: "190", Root: "19", Quad: 4, Goldstein: -10,
		Text: "Kyrgyz border guards attacked Tajik troops near the village of Vorukh on Tuesday, officials said."}
	var docs []store.Document
	for i := 1; i <= 5; i++ {
		text := story
		if i == 3 {
			text = strings.ToUpper(text[:25]) + strings.Replace(text[25:], " - ", " — ", 1) // case and punctuation differ
		}
		docs = append(docs, store.Document{
			Article: article.Article{ID: fmt.Sprintf("copy%d", i), Date: "2025-04-02", Source: fmt.Sprintf("Outlet %d", i), Text: text},
			Events:  []event.Event{ev}})
	}
	own := ev
	own.Text = "Fighting broke out again on the border, with Kyrgyz guards attacking Tajik positions."
	docs = append(docs, store.Document{
		Article: article.Article{ID: "own", Date: "2025-04-02", Source: "Local Daily",
			Text: "Residents of Vorukh told our correspondent that fighting broke out again on the border on Tuesday; " + own.Text},
		Events: []event.Event{own}})
	for i := range docs {
		// One at a time, as they would arrive.
		if _, err := db.Save(ctx, docs[i:i+1]); err != nil {
			t.Fatal(err)
		}
	}
	page, err := db.Events(ctx, store.Filter{})
	if err != nil || len(page.Events) != 1 {
		t.Fatalf("events %+v, %v: want one", page.Events, err)
	}
	e := page.Events[0]
	if e.Mentions != 6 || e.Sources != 6 {
		t.Errorf("mentions %d, sources %d: want 6 and 6", e.Mentions, e.Sources)
	}
	copies, err := db.Copies(ctx, []string{e.ID, "nonesuch"})
	if err != nil || copies[e.ID] != 4 || len(copies) != 1 {
		t.Errorf("copies %v, %v: want 4 for the event", copies, err)
	}
}

// TestMergeTarget: mergeTarget sends a report dated the day before or after
// an event of the same dyad, code family and place to that event, and a
// report two days away, or of another family, to a new one.
func TestMergeTarget(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	first := event.Event{Date: "2025-04-01", Source: "KGZMIL", Target: "TJKMIL", Code: "190", Root: "19", Quad: 4, Goldstein: -10,
		Text: "Kyrgyz troops attacked Tajik troops."}
	if _, err := db.Save(ctx, []store.Document{{Article: article.Article{ID: "a1", Date: first.Date, Text: first.Text},
		Events: []event.Event{first}}}); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ date, want string }{
		{"2025-04-01", mergeKey(first)},
		{"2025-04-02", mergeKey(first)},
		{"2025-04-03", event.MergedID("2025-04-03", "KGZMIL", "TJKMIL", "190", "")},
		{"2025-03-31", mergeKey(first)},
		{"2025-03-30", event.MergedID("2025-03-30", "KGZMIL", "TJKMIL", "190", "")},
	}
	err := db.write(ctx, func(w *wtx) error {
		for _, tt := range tests {
			e := first
			e.Date = tt.date
			got, err := mergeTarget(w, e)
			if err != nil {
				return err
			}
			if got != tt.want {
				t.Errorf("report of %s: event %s, want %s", tt.date, got, tt.want)
			}
		}
		other := first
		other.Date, other.Code = "2025-04-02", "193"
		if got, _ := mergeTarget(w, other); got != mergeKey(other) {
			t.Errorf("another code the next day joined event %s", got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

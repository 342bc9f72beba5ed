package sqlite

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/signal"
)

// The 10-million-event benchmark of accord alerts. Generating the store
// takes minutes, so it runs only when $ACCORD_BENCH_ALERTS names the store
// file; an existing file is reused:
//
//	ACCORD_BENCH_ALERTS=/tmp/accord-10m.db go test ./internal/store/sqlite -run '^$' -bench Alerts10M -benchtime 5x
//
// The same file then serves `accord alerts --db /tmp/accord-10m.db`.

// benchEvents is the size of the generated store; $ACCORD_BENCH_EVENTS
// overrides it for a smaller trial.
const benchEvents = 10_000_000

// benchDays is how many days the generated events span, ending on benchEnd.
const benchDays = 3 * 365

var benchEnd = time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)

var benchCountries = []string{
	"USA", "RUS", "CHN", "KGZ", "TJK", "UZB", "KAZ", "AFG", "TUR", "IRN", "IND", "PAK", "GBR", "FRA",
	"DEU", "UKR", "TKM", "MNG", "AZE", "ARM", "GEO", "JPN", "KOR", "BRA", "NGA", "EGY", "ISR", "SAU",
	"SYR", "IRQ", "ZAF", "MEX", "CAN", "AUS", "IDN", "PHL", "VNM", "THA", "MMR", "BGD", "ETH", "KEN",
	"SDN", "SOM", "LBY", "DZA", "MAR", "TUN", "YEM", "JOR", "LBN", "QAT", "ARE", "KWT", "OMN", "BLR",
	"POL", "ROU", "HUN", "SRB",
}

// benchCodes are (code, quad, goldstein) drawn for the generated events.
var benchCodes = []struct {
	code, root string
	quad       int
	g          float64
}{
	{"010", "01", 1, 0}, {"036", "03", 1, 4}, {"042", "04", 1, 1.9}, {"043", "04", 1, 2.8}, {"051", "05", 1, 3.4},
	{"057", "05", 1, 8}, {"061", "06", 2, 6.4}, {"071", "07", 2, 7.4}, {"081", "08", 2, 5}, {"111", "11", 3, -2},
	{"112", "11", 3, -2}, {"130", "13", 3, -4.4}, {"141", "14", 3, -6.5}, {"173", "17", 4, -5}, {"190", "19", 4, -10},
	{"193", "19", 4, -10}, {"195", "19", 4, -10}, {"183", "18", 4, -10},
}

func BenchmarkAlerts10M(b *testing.B) {
	path := os.Getenv("ACCORD_BENCH_ALERTS")
	if path == "" {
		b.Skip("set ACCORD_BENCH_ALERTS to the store file to generate (or reuse) for the 10M-event benchmark")
	}
	n := benchEvents
	if v := os.Getenv("ACCORD_BENCH_EVENTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatalf("ACCORD_BENCH_EVENTS=%q: %v", v, err)
		}
	}
	ctx := context.Background()
	_, statErr := os.Stat(path)
	db, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if errors.Is(statErr, fs.ErrNotExist) {
		t0 := time.Now()
		if err := bulkGenerate(ctx, db, n); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated %d events in %s", n, time.Since(t0).Round(time.Second))
	}
	var count int
	if err := db.readers.QueryRowContext(ctx, `SELECT count(*) FROM events`).Scan(&count); err != nil {
		b.Fatal(err)
	}
	b.Logf("store %s: %d events", path, count)
	cfg := signal.DefaultConfig()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		as, err := signal.Alerts(ctx, db, benchEnd, cfg)
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			kinds := map[string]int{}
			for _, a := range as {
				kinds[a.Kind]++
			}
			b.Logf("%d alerts %v", len(as), kinds)
		}
	}
}

// bulkGenerate writes n synthetic events and their rollups straight into the
// tables, in date order, weeks of events a transaction: the fast path for a
// benchmark store, not the ingest path. The last week holds a burst of
// Kyrgyz–Tajik fighting, so that alerts have evidence to fetch.
func bulkGenerate(ctx context.Context, db *DB, n int) error {
	// A throwaway benchmark store need not survive a power cut.
	if _, err := db.writer.ExecContext(ctx, `PRAGMA synchronous = OFF`); err != nil {
		return err
	}
	// Secondary indexes are built once at the end, by sorting, rather than
	// kept up to date row by row: the same indexes, far less work.
	var indexes []string
	rows, err := db.writer.QueryContext(ctx, `SELECT sql FROM sqlite_master
		WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('events', 'event_countries')`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var q string
		if err := rows.Scan(&q); err != nil {
			rows.Close()
			return err
		}
		indexes = append(indexes, q)
	}
	rows.Close()
	for _, q := range indexes {
		name := strings.Fields(q)[2]
		if _, err := db.writer.ExecContext(ctx, `DROP INDEX `+name); err != nil {
			return err
		}
	}
	defer func() {
		for _, q := range indexes {
			db.writer.ExecContext(ctx, q)
		}
	}()
	g := &generator{start: benchEnd.AddDate(0, 0, -(benchDays - 1)), perDay: n / benchDays, n: n}
	if err := db.write(ctx, g.setup); err != nil {
		return err
	}
	const chunk = 15 // days a transaction
	for d0 := 0; d0 < benchDays; d0 += chunk {
		err := db.write(ctx, func(w *wtx) error {
			for d := d0; d < min(d0+chunk, benchDays); d++ {
				if err := g.day(w, d); err != nil {
					return fmt.Errorf("generate day %d: %w", d, err)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// generator makes the benchmark store's events day by day, inside SQLite:
// random actors (skewed towards the first countries) and codes.
type generator struct {
	start     time.Time
	perDay, n int
	written   int
}

const genSetup = `
CREATE TEMP TABLE IF NOT EXISTS bench_countries (i INTEGER PRIMARY KEY, code TEXT);
CREATE TEMP TABLE IF NOT EXISTS bench_codes (i INTEGER PRIMARY KEY, code TEXT, root TEXT, quad INTEGER, g REAL);`

// genEvents inserts ?4 events dated ?1 numbered from seq ?2 (day number ?3);
// ?5 = 1 makes them Kyrgyz–Tajik fighting. The random draws are
// materialised before the joins so that each is drawn once.
const genEvents = `INSERT INTO events (seq, id, date, source, target, source_country, target_country, pair, code, root, quad,
	goldstein, plover, place, doc, sentence, text, evidence, located, loc_name, loc_country, loc_admin1, loc_lat, loc_lon,
	loc_geonameid, loc_precision, loc_fips, loc_feature, source_name, target_name, verb, attribution, modality, url, title,
	outlet, mentions, sources, first_seen, last_seen)
WITH RECURSIVE k(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM k WHERE x + 1 < ?4),
r AS MATERIALIZED (SELECT x,
	CAST((abs(random()) % 1000) / 1000.0 * ((abs(random()) % 1000) / 1000.0) * 60 AS INTEGER) AS si,
	CAST((abs(random()) % 1000) / 1000.0 * ((abs(random()) % 1000) / 1000.0) * 60 AS INTEGER) AS ti,
	abs(random()) % 18 AS ci, 1 + abs(random()) % 3 AS m FROM k)
SELECT ?2 + x, printf('b%05d%08d', ?3, x), ?1, s.code || 'GOV', t.code || 'MIL', s.code, t.code,
	CASE WHEN s.code = t.code THEN '' WHEN s.code < t.code THEN s.code || '-' || t.code ELSE t.code || '-' || s.code END,
	c.code, c.root, c.quad, c.g, '', '', printf('b%05d%08d', ?3, x), 0,
	s.code || ' forces and ' || t.code || ' officials: synthetic event ' || x || ' of ' || ?1 || '.', '{}',
	0, '', '', '', 0, 0, 0, '', '', '', s.code, t.code, '', '', '', '', '', 'bench', m, 1, ?1 || 'T00:00:00Z', ?1 || 'T00:00:00Z'
FROM r
JOIN bench_countries s ON s.i = CASE WHEN ?5 = 1 THEN 3 ELSE r.si END
JOIN bench_countries t ON t.i = CASE WHEN ?5 = 1 THEN 4 ELSE r.ti END
JOIN bench_codes c ON c.i = CASE WHEN ?5 = 1 THEN 14 + r.ci % 4 ELSE r.ci END`

// genDerived fills event_countries, the rollups and the news volume of the
// events with seq in [?1, ?2).
var genDerived = []string{
	`INSERT INTO event_countries (country, date, event_id, root, quad, code)
		SELECT source_country, date, id, root, quad, code FROM events WHERE seq >= ?1 AND seq < ?2
		UNION ALL
		SELECT target_country, date, id, root, quad, code FROM events WHERE seq >= ?1 AND seq < ?2 AND target_country <> source_country`,
	`INSERT INTO rollups_daily (date, subject, events, mentions, q1, q2, q3, q4, goldstein)
		SELECT date, subject, count(*), sum(mentions), sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4), sum(goldstein)
		FROM (SELECT date, source_country AS subject, mentions, quad, goldstein FROM events WHERE seq >= ?1 AND seq < ?2
			UNION ALL SELECT date, target_country, mentions, quad, goldstein FROM events
				WHERE seq >= ?1 AND seq < ?2 AND target_country <> source_country
			UNION ALL SELECT date, pair, mentions, quad, goldstein FROM events WHERE seq >= ?1 AND seq < ?2 AND pair <> '')
		GROUP BY date, subject`,
	`INSERT INTO rollups_roots (subject, date, root, events, goldstein)
		SELECT subject, date, root, count(*), sum(goldstein)
		FROM (SELECT date, source_country AS subject, root, goldstein FROM events WHERE seq >= ?1 AND seq < ?2
			UNION ALL SELECT date, target_country, root, goldstein FROM events
				WHERE seq >= ?1 AND seq < ?2 AND target_country <> source_country
			UNION ALL SELECT date, pair, root, goldstein FROM events WHERE seq >= ?1 AND seq < ?2 AND pair <> '')
		GROUP BY subject, date, root`,
	// About two events an article.
	`INSERT INTO news_daily (date, country, articles)
		SELECT date, country, max(1, count(*) / 2) FROM (
			SELECT date, source_country AS country FROM events WHERE seq >= ?1 AND seq < ?2
			UNION ALL SELECT date, target_country FROM events WHERE seq >= ?1 AND seq < ?2 AND target_country <> source_country)
		GROUP BY date, country`,
}

func (g *generator) setup(w *wtx) error {
	if _, err := w.tx.Exec(genSetup); err != nil {
		return err
	}
	for i, c := range benchCountries {
		if _, err := w.tx.Exec(`INSERT OR REPLACE INTO bench_countries (i, code) VALUES (?, ?)`, i, c); err != nil {
			return err
		}
	}
	for i, c := range benchCodes {
		if _, err := w.tx.Exec(`INSERT OR REPLACE INTO bench_codes (i, code, root, quad, g) VALUES (?, ?, ?, ?, ?)`,
			i, c.code, c.root, c.quad, c.g); err != nil {
			return err
		}
	}
	return nil
}

func (g *generator) day(w *wtx, d int) error {
	date := g.start.AddDate(0, 0, d).Format(time.DateOnly)
	count := g.perDay
	if d == benchDays-1 {
		count = g.n - g.written
	}
	base := daySeq(date)
	if _, err := w.tx.Exec(genEvents, date, base, d, count, 0); err != nil {
		return err
	}
	if d >= benchDays-7 {
		// The last week: 40 events of Kyrgyz–Tajik fighting a day.
		if _, err := w.tx.Exec(genEvents, date, base+int64(count), d+100000, 40, 1); err != nil {
			return err
		}
	}
	for _, q := range genDerived {
		if _, err := w.tx.Exec(q, base, base+daySpan); err != nil {
			return err
		}
	}
	g.written += count
	return nil
}

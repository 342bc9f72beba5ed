package sqlite

import (
	"fmt"

	"github.com/accord-hub/accord/internal/event"
)

// This file keeps the rollup tables of migration 0002 up to date inside the
// transaction that saves the reports: one call per stored report, from
// saveDoc, after the report has been merged into its event.

var (
	upsertDaily = `INSERT INTO rollups_daily (date, subject, events, mentions, q1, q2, q3, q4, goldstein)
		VALUES (?, ?, 1, 1, ?, ?, ?, ?, ?)
		ON CONFLICT (date, subject) DO UPDATE SET
			events = events + 1, mentions = mentions + 1,
			q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4,
			goldstein = goldstein + excluded.goldstein`
	upsertRoot = `INSERT INTO rollups_roots (subject, date, root, events, goldstein) VALUES (?, ?, ?, 1, ?)
		ON CONFLICT (subject, date, root) DO UPDATE SET events = events + 1, goldstein = goldstein + excluded.goldstein`
	countDailyMention    = `UPDATE rollups_daily SET mentions = mentions + 1 WHERE date = ? AND subject = ?`
	mergedEventKey       = `SELECT date, source_country, target_country FROM events WHERE id = ?`
	insertArticleCountry = `INSERT INTO article_countries (article_id, country) VALUES (?, ?) ON CONFLICT DO NOTHING`
	upsertNews           = `INSERT INTO news_daily (date, country, articles) VALUES (?, ?, 1)
		ON CONFLICT (date, country) DO UPDATE SET articles = articles + 1`
)

// subjectsOf returns the rollup subjects of an event between countries sc
// and tc: each known country once, and their pair when both are known and
// differ.
func subjectsOf(sc, tc string) []string {
	var out []string
	if sc != "" {
		out = append(out, sc)
	}
	if tc != "" && tc != sc {
		out = append(out, tc)
		if sc != "" {
			out = append(out, pairOf(sc, tc))
		}
	}
	return out
}

// rollupReport counts report e of article articleID (dated articleDate) in
// the rollups: a new merged event (created) adds one event to each of its
// subjects' days; a report merged into an existing event adds one mention
// to that event's days. The article counts once in the news volume of each
// country it has an event about.
func rollupReport(w *wtx, articleID, articleDate string, e event.Event, eventID string, created bool) error {
	sc, tc := countryOf(e.Source), countryOf(e.Target)
	date := e.Date
	if created {
		var q [5]int
		if e.Quad >= 1 && e.Quad <= 4 {
			q[e.Quad] = 1
		}
		for _, s := range subjectsOf(sc, tc) {
			if _, err := w.exec(upsertDaily, date, s, q[1], q[2], q[3], q[4], e.Goldstein); err != nil {
				return fmt.Errorf("rollup %s: %w", s, err)
			}
			if _, err := w.exec(upsertRoot, s, date, e.Root, e.Goldstein); err != nil {
				return fmt.Errorf("rollup %s: %w", s, err)
			}
		}
		// The first report's article gets its fingerprint stored, for the
		// copies that may follow.
		if _, err := fingerprintOf(w, articleID); err != nil {
			return fmt.Errorf("fingerprint: %w", err)
		}
	} else {
		if err := countSyndicated(w, articleID, eventID); err != nil {
			return err
		}
		// The merged event may lie on another day than the report, and
		// its actors decide its subjects.
		var esc, etc string
		if err := w.scanRow(mergedEventKey, []any{eventID}, &date, &esc, &etc); err != nil {
			return fmt.Errorf("rollup: read event %s: %w", eventID, err)
		}
		for _, s := range subjectsOf(esc, etc) {
			if _, err := w.exec(countDailyMention, date, s); err != nil {
				return fmt.Errorf("rollup %s: %w", s, err)
			}
		}
	}
	day := articleDate
	if day == "" {
		day = e.Date
	}
	if day == "" {
		return nil
	}
	countries := []string{sc, tc}
	if e.Location != nil {
		countries = append(countries, e.Location.Country)
	}
	for i, c := range countries {
		if c == "" || (i > 0 && c == countries[0]) || (i > 1 && c == countries[1]) {
			continue
		}
		res, err := w.exec(insertArticleCountry, articleID, c)
		if err != nil {
			return fmt.Errorf("news volume: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("news volume: %w", err)
		} else if n > 0 {
			if _, err := w.exec(upsertNews, day, c); err != nil {
				return fmt.Errorf("news volume: %w", err)
			}
		}
	}
	return nil
}

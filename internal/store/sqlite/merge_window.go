package sqlite

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
)

// This file holds the merge rule. A report joins the merged event of the
// same source, target, code family (codeFamily) and place dated the same
// day as the report, else the day before, else the day after (news of
// yesterday's clash is the same clash); failing all three it starts a new
// event, dated the report's day. An event keeps the date and id it was
// created with: with reports saved in date order that is its earliest day.
// Reports two days apart never join directly, but a report of the day in
// between joins the earlier event. Reports from syndicated copies of one
// story are recognised and counted as such.
//
// The rule looks at the events stored before the report, so the result
// depends on the order of reports of neighbouring days (a next-day report
// saved first starts the event that the earlier one then joins); the
// PostgreSQL store applies the same rule in the same order, and serializes
// Saves that touch one merge key, so that both stores agree.

const eventExists = `SELECT count(*) FROM events WHERE id = ?`

// mergeTarget returns the id of the merged event that report e joins: the
// event of e's key on e's day, the day before or the day after, the first
// that exists, else the id a new event of e's day takes.
func mergeTarget(w *wtx, e event.Event) (string, error) {
	for _, date := range mergeDays(e.Date) {
		cand := e
		cand.Date = date
		id := mergeKey(cand)
		var n int
		if err := w.scanRow(eventExists, []any{id}, &n); err != nil {
			return "", fmt.Errorf("find event: %w", err)
		}
		if n > 0 {
			return id, nil
		}
	}
	return mergeKey(e), nil
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

var (
	readFingerprint   = `SELECT fingerprint FROM article_fingerprints WHERE article_id = ?`
	readArticleText   = `SELECT text FROM articles WHERE id = ?`
	insertFingerprint = `INSERT INTO article_fingerprints (article_id, fingerprint) VALUES (?, ?) ON CONFLICT DO NOTHING`
	// The event's other articles, their fingerprints and outlets; a few
	// hundred are plenty to recognise a copy.
	eventFingerprints = `SELECT f.fingerprint FROM reports r JOIN article_fingerprints f ON f.article_id = r.article_id
		WHERE r.event_id = ? AND r.article_id <> ? LIMIT 500`
	countCopy = `INSERT INTO event_copies (event_id, copies) VALUES (?, 1)
		ON CONFLICT (event_id) DO UPDATE SET copies = copies + 1`
)

// fingerprintOf returns the stored fingerprint of an article, computing
// and storing it on the article's first report.
func fingerprintOf(w *wtx, articleID string) (uint64, error) {
	var fp int64
	switch err := w.scanRow(readFingerprint, []any{articleID}, &fp); {
	case err == nil:
		return uint64(fp), nil
	case !errors.Is(err, sql.ErrNoRows):
		return 0, err
	}
	var text string
	if err := w.scanRow(readArticleText, []any{articleID}, &text); err != nil {
		return 0, err
	}
	u := article.Fingerprint(text)
	if _, err := w.exec(insertFingerprint, articleID, int64(u)); err != nil {
		return 0, err
	}
	return u, nil
}

// countSyndicated records whether the report of articleID just merged into
// eventID comes from a near-copy of an article that already reported it.
func countSyndicated(w *wtx, articleID, eventID string) error {
	fp, err := fingerprintOf(w, articleID)
	if err != nil {
		return fmt.Errorf("fingerprint: %w", err)
	}
	if fp == 0 {
		return nil
	}
	s, err := w.stmt(eventFingerprints)
	if err != nil {
		return fmt.Errorf("syndicated copies: %w", err)
	}
	rows, err := s.QueryContext(background, eventID, articleID)
	if err != nil {
		return fmt.Errorf("syndicated copies: %w", err)
	}
	copyOf := false
	for rows.Next() {
		var other int64
		if err := rows.Scan(&other); err != nil {
			rows.Close()
			return fmt.Errorf("syndicated copies: %w", err)
		}
		if article.Near(fp, uint64(other)) {
			copyOf = true
			break
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("syndicated copies: %w", err)
	}
	if copyOf {
		if _, err := w.exec(countCopy, eventID); err != nil {
			return fmt.Errorf("syndicated copies: %w", err)
		}
	}
	return nil
}

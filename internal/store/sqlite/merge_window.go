package sqlite

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
)

// This file refines merging: reports dated the day after an event merge
// into it (news of yesterday's clash is the same clash), and reports from
// syndicated copies of one story are recognised and counted as such.

const eventExists = `SELECT count(*) FROM events WHERE id = ?`

// mergeTarget returns the id of the merged event that report e joins: the
// event of e's own day when it exists, else the event of the same dyad,
// code and place the day before, else the id a new event of e's day takes.
func mergeTarget(w *wtx, e event.Event) (string, error) {
	id := mergeKey(e)
	for i, date := range []string{e.Date, dayBefore(e.Date)} {
		if date == "" {
			break
		}
		cand := id
		if i > 0 {
			prev := e
			prev.Date = date
			cand = mergeKey(prev)
		}
		var n int
		if err := w.scanRow(eventExists, []any{cand}, &n); err != nil {
			return "", fmt.Errorf("find event: %w", err)
		}
		if n > 0 {
			return cand, nil
		}
	}
	return id, nil
}

// dayBefore is the date before YYYY-MM-DD date, "" when date is not one.
func dayBefore(date string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -1).Format(time.DateOnly)
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

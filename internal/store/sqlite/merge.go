package sqlite

import (
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
)

// This file is the merge step: which merged event a new report belongs to,
// and how folding it in changes that event. The rule itself (same day or
// the next) is mergeTarget, in merge_window.go.

// mergeKey returns the id that a merged event created by report e takes:
// one per date, source, target, code family and place.
func mergeKey(e event.Event) string {
	return event.MergedID(e.Date, e.Source, e.Target, codeFamily(e.Code), placeKey(e.Location))
}

// codeFamily is the part of a CAMEO code that merging compares: its first
// three digits (the whole code when shorter), so that 0211 and 021 are
// one family and 190 and 193 are two.
func codeFamily(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
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

var (
	countMention = `UPDATE events SET mentions = mentions + 1, last_seen = ? WHERE id = ? RETURNING seq`
	nextSeq      = `SELECT coalesce(max(seq) + 1, ?) FROM events WHERE seq >= ? AND seq < ?`
	insertEvent  = `INSERT INTO events (seq, id, source_country, target_country, pair, place, ` + columnList("") + `,
		mentions, sources, first_seen, last_seen)
		VALUES (?, ?, ?, ?, ?, ?, ` + placeholders(len(eventFields)) + `, 1, 0, ?, ?)`
	insertEventCountry = `INSERT INTO event_countries (country, date, event_id, root, quad, code) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING`
	insertEventSource = `INSERT INTO event_sources (event_id, outlet) VALUES (?, ?) ON CONFLICT DO NOTHING`
	countEventSource  = `UPDATE events SET sources = sources + 1 WHERE id = ?`
)

// daySpan is the number of seq values each day has.
const daySpan = int64(1) << 32

// daySeq is the first events.seq of date's day. Days count from year 0, so
// that every date YYYY-MM-DD has a positive key in date order; "" is day 0.
func daySeq(date string) int64 {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return 0
	}
	return (t.Unix()/86400 + 719528) * daySpan
}

// merge folds report e, from an article of outlet, into its merged event:
// it creates the event from e when e is its first report, else counts one
// more mention, and one more source when the outlet is new to the event.
// It returns the merged event's id and whether it was created.
func merge(w *wtx, e event.Event, outlet, now string) (id string, created bool, err error) {
	if id, err = mergeTarget(w, e); err != nil {
		return "", false, err
	}
	var seq int64
	switch err := w.scanRow(countMention, []any{now, id}, &seq); {
	case errors.Is(err, sql.ErrNoRows):
		created = true
	case err != nil:
		return "", false, fmt.Errorf("count mention: %w", err)
	}
	if created {
		base := daySeq(e.Date)
		if err := w.scanRow(nextSeq, []any{base, base, base + daySpan}, &seq); err != nil {
			return "", false, fmt.Errorf("number event: %w", err)
		}
		if seq >= base+daySpan {
			return "", false, fmt.Errorf("more than %d events on %s", daySpan, e.Date)
		}
		vals, err := eventValues(e)
		if err != nil {
			return "", false, err
		}
		sc, tc := countryOf(e.Source), countryOf(e.Target)
		args := append([]any{seq, id, sc, tc, pairOf(sc, tc), placeKey(e.Location)}, vals...)
		if _, err := w.exec(insertEvent, append(args, now, now)...); err != nil {
			return "", false, fmt.Errorf("insert event: %w", err)
		}
		w.indexText(seq, e.Text)
		for _, c := range []string{sc, tc} {
			if c == "" {
				continue
			}
			if _, err := w.exec(insertEventCountry, c, e.Date, id, e.Root, e.Quad, e.Code); err != nil {
				return "", false, fmt.Errorf("index event country: %w", err)
			}
		}
	}
	res, err := w.exec(insertEventSource, id, outlet)
	if err != nil {
		return "", false, fmt.Errorf("event source: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return "", false, fmt.Errorf("event source: %w", err)
	} else if n > 0 {
		if _, err := w.exec(countEventSource, id); err != nil {
			return "", false, fmt.Errorf("count event source: %w", err)
		}
	}
	return id, created, nil
}

package sqlite

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
)

// This file is the merge step: which merged event a new report belongs to,
// and how folding it in changes that event. A finer rule (same day or the
// next, syndicated copies) replaces mergeKey and merge and nothing else.

// mergeKey returns the id of the merged event that report e belongs to: one
// event per date, source, target, code and place.
func mergeKey(e event.Event) string {
	return event.MergedID(e.Date, e.Source, e.Target, e.Code, placeKey(e.Location))
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
	upsertEvent = `INSERT INTO events (id, source_country, target_country, pair, place, ` + columnList("") + `,
		mentions, sources, first_seen, last_seen)
		VALUES (?, ?, ?, ?, ?, ` + placeholders(len(eventFields)) + `, 1, 0, ?, ?)
		ON CONFLICT (id) DO UPDATE SET mentions = events.mentions + 1, last_seen = excluded.last_seen
		RETURNING seq, mentions`
	insertEventCountry = `INSERT INTO event_countries (country, date, event_id, root, quad) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING`
	insertEventSource = `INSERT INTO event_sources (event_id, outlet) VALUES (?, ?) ON CONFLICT DO NOTHING`
	countEventSource  = `UPDATE events SET sources = sources + 1 WHERE id = ?`
)

// merge folds report e, from an article of outlet, into its merged event:
// it creates the event from e when e is its first report, else counts one
// more mention, and one more source when the outlet is new to the event.
// It returns the merged event's id and whether it was created.
func merge(w *wtx, e event.Event, outlet, now string) (id string, created bool, err error) {
	id = mergeKey(e)
	vals, err := eventValues(e)
	if err != nil {
		return "", false, err
	}
	sc, tc := countryOf(e.Source), countryOf(e.Target)
	args := append([]any{id, sc, tc, pairOf(sc, tc), placeKey(e.Location)}, vals...)
	args = append(args, now, now)
	var seq int64
	var mentions int
	if err := w.scanRow(upsertEvent, args, &seq, &mentions); err != nil {
		return "", false, fmt.Errorf("upsert event: %w", err)
	}
	created = mentions == 1
	if created {
		w.indexText(seq, e.Text)
		for _, c := range []string{sc, tc} {
			if c == "" {
				continue
			}
			if _, err := w.exec(insertEventCountry, c, e.Date, id, e.Root, e.Quad); err != nil {
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

package sqlite

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// eventFields are the columns that reports and merged events share, in the
// order of eventValues and store.EventRow.
var eventFields = store.EventColumns

// columnList renders eventFields prefixed with alias ("e.doc, e.sentence …").
func columnList(alias string) string { return store.EventColumnList(alias) }

// placeholders returns n comma-separated "?".
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// eventValues returns e's values for eventFields.
func eventValues(e event.Event) ([]any, error) {
	ev, err := json.Marshal(e.Evidence)
	if err != nil {
		return nil, fmt.Errorf("evidence: %w", err)
	}
	var l event.Location
	located := 0
	if e.Location != nil {
		l, located = *e.Location, 1
	}
	return []any{
		e.Doc, e.Sentence, e.Date, e.Source, e.Target, e.Code, e.Root, e.Quad, e.Goldstein, e.Plover,
		e.Text, string(ev),
		located, l.Name, l.Country, l.Admin1, l.Lat, l.Lon, l.GeonameID,
		l.Precision, l.FIPS, l.Feature,
		e.SourceName, e.TargetName, e.Verb, e.Attribution, e.Modality, e.URL, e.Title, e.Outlet,
	}, nil
}

// scanEvents reads rows of (id, eventFields…[, mentions, sources]).
func scanEvents(rows *sql.Rows, counts bool) ([]event.Event, error) {
	var out []event.Event
	for rows.Next() {
		var s store.EventRow
		dest := append([]any{&s.E.ID}, s.Dest()...)
		if counts {
			dest = append(dest, &s.E.Mentions, &s.E.Sources)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		e, err := s.Event()
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

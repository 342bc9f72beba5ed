package postgres

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/accord-hub/accord/internal/event"
)

// eventFields are the columns that reports and merged events share, in the
// order of eventValues and eventScan.dest: those of the embedded store.
var eventFields = []string{
	"doc", "sentence", "date", "source", "target", "code", "root", "quad", "goldstein", "plover",
	"text", "evidence",
	"located", "loc_name", "loc_country", "loc_admin1", "loc_lat", "loc_lon", "loc_geonameid",
	"loc_precision", "loc_fips", "loc_feature",
	"source_name", "target_name", "verb", "attribution", "modality", "url", "title", "outlet",
}

// columnList renders eventFields prefixed with alias ("e.doc, e.sentence …").
func columnList(alias string) string {
	var b strings.Builder
	for i, c := range eventFields {
		if i > 0 {
			b.WriteString(", ")
		}
		if alias != "" {
			b.WriteString(alias + ".")
		}
		b.WriteString(c)
	}
	return b.String()
}

// eventValues returns e's values for eventFields.
func eventValues(e event.Event) ([]any, error) {
	ev, err := json.Marshal(e.Evidence)
	if err != nil {
		return nil, fmt.Errorf("evidence: %w", err)
	}
	var l event.Location
	located := int32(0)
	if e.Location != nil {
		l, located = *e.Location, 1
	}
	return []any{
		e.Doc, int32(e.Sentence), e.Date, e.Source, e.Target, e.Code, e.Root, int32(e.Quad), e.Goldstein, e.Plover,
		e.Text, string(ev),
		located, l.Name, l.Country, l.Admin1, l.Lat, l.Lon, l.GeonameID,
		l.Precision, l.FIPS, l.Feature,
		e.SourceName, e.TargetName, e.Verb, e.Attribution, e.Modality, e.URL, e.Title, e.Outlet,
	}, nil
}

// eventScan receives one row's eventFields.
type eventScan struct {
	e        event.Event
	evidence string
	located  int
	l        event.Location
}

// dest returns the scan destinations for eventFields.
func (s *eventScan) dest() []any {
	e, l := &s.e, &s.l
	return []any{
		&e.Doc, &e.Sentence, &e.Date, &e.Source, &e.Target, &e.Code, &e.Root, &e.Quad, &e.Goldstein, &e.Plover,
		&e.Text, &s.evidence,
		&s.located, &l.Name, &l.Country, &l.Admin1, &l.Lat, &l.Lon, &l.GeonameID,
		&l.Precision, &l.FIPS, &l.Feature,
		&e.SourceName, &e.TargetName, &e.Verb, &e.Attribution, &e.Modality, &e.URL, &e.Title, &e.Outlet,
	}
}

// event finishes the scanned event.
func (s *eventScan) event() (event.Event, error) {
	e := s.e
	if s.evidence != "" {
		if err := json.Unmarshal([]byte(s.evidence), &e.Evidence); err != nil {
			return event.Event{}, fmt.Errorf("event %s: evidence: %w", e.ID, err)
		}
	}
	if s.located != 0 {
		l := s.l
		e.Location = &l
	}
	return e, nil
}

// scanEvents reads rows of (id, eventFields…[, mentions, sources]).
func scanEvents(rows pgx.Rows, counts bool) ([]event.Event, error) {
	defer rows.Close()
	var out []event.Event
	for rows.Next() {
		var s eventScan
		dest := append([]any{&s.e.ID}, s.dest()...)
		if counts {
			dest = append(dest, &s.e.Mentions, &s.e.Sources)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		e, err := s.event()
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

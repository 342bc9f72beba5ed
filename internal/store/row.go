package store

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/accord-hub/accord/internal/event"
)

// EventRow receives one stored event's columns, in the order both stores
// keep them: doc, sentence, date, source, target, code, root, quad,
// goldstein, plover, text, evidence (JSON), located, the location's fields,
// then the words and the document's URL, title and outlet.
type EventRow struct {
	// E is the event being read; callers scan its ID and counts themselves.
	E        event.Event
	evidence string
	located  int
	l        event.Location
}

// Dest returns the scan destinations of the event's columns.
func (s *EventRow) Dest() []any {
	e, l := &s.E, &s.l
	return []any{
		&e.Doc, &e.Sentence, &e.Date, &e.Source, &e.Target, &e.Code, &e.Root, &e.Quad, &e.Goldstein, &e.Plover,
		&e.Text, &s.evidence,
		&s.located, &l.Name, &l.Country, &l.Admin1, &l.Lat, &l.Lon, &l.GeonameID,
		&l.Precision, &l.FIPS, &l.Feature,
		&e.SourceName, &e.TargetName, &e.Verb, &e.Attribution, &e.Modality, &e.URL, &e.Title, &e.Outlet,
	}
}

// Event returns the scanned event with its evidence and location.
func (s *EventRow) Event() (event.Event, error) {
	e := s.E
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

// EventColumns are the columns of EventRow, in its order: the columns that
// both stores' reports and merged events share.
var EventColumns = []string{
	"doc", "sentence", "date", "source", "target", "code", "root", "quad", "goldstein", "plover",
	"text", "evidence",
	"located", "loc_name", "loc_country", "loc_admin1", "loc_lat", "loc_lon", "loc_geonameid",
	"loc_precision", "loc_fips", "loc_feature",
	"source_name", "target_name", "verb", "attribution", "modality", "url", "title", "outlet",
}

// EventColumnList renders EventColumns prefixed with alias ("e.doc, e.sentence …").
func EventColumnList(alias string) string {
	var b strings.Builder
	for i, c := range EventColumns {
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

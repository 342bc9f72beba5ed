package dispute

import (
	"context"
	"fmt"

	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// EventSource gives stored events.
type EventSource interface {
	Events(ctx context.Context, f store.Filter) (store.Page, error)
}

// relevant are the filters that select every event a timeline can use:
// intentions to meet, consultations, agreements, de-escalation and every
// root from disapproval to mass violence.
var relevant = []store.Filter{
	{Code: "036"}, {Root: "04"}, {Code: "057"}, {Root: "08"},
	{Root: "11"}, {Root: "12"}, {Root: "13"}, {Root: "14"}, {Root: "15"},
	{Root: "16"}, {Root: "17"}, {Root: "18"}, {Root: "19"}, {Root: "20"},
}

// Load reads the stored events that disputes are made of, up to asOf when
// it is not "".
func Load(ctx context.Context, src EventSource, asOf string) ([]event.Event, error) {
	var out []event.Event
	for _, f := range relevant {
		f.To = asOf
		f.Limit = 5000
		for {
			page, err := src.Events(ctx, f)
			if err != nil {
				return nil, fmt.Errorf("dispute: load events: %w", err)
			}
			out = append(out, page.Events...)
			if page.NextCursor == "" {
				break
			}
			f.Cursor = page.NextCursor
		}
	}
	return out, nil
}

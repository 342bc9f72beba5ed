package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/accord-hub/accord/internal/signal"
	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/web"
)

// webSignals adapts the signal package to the dashboard's AlertSource,
// IndicatorSource and RatingSource. Wire it in with signalOptions.
type webSignals struct {
	st      signal.Store
	ratings signal.RatingStore
	cfg     signal.Config
}

// signalOptions sets the dashboard's alert, indicator and rating sources
// from st, when st keeps rollups and ratings; it leaves o alone otherwise.
func signalOptions(o *web.Options, st store.Store) {
	ss, ok := st.(signal.Store)
	if !ok {
		return
	}
	w := webSignals{st: ss, cfg: signal.DefaultConfig()}
	o.Alerts, o.Indicators = w, w
	if rs, ok := st.(signal.RatingStore); ok {
		w.ratings = rs
		o.Ratings = w
	}
}

// Alerts implements web.AlertSource.
func (w webSignals) Alerts(ctx context.Context, asOf time.Time) ([]web.Alert, error) {
	as, err := signal.Alerts(ctx, w.st, asOf, w.cfg)
	if err != nil {
		return nil, err
	}
	out := make([]web.Alert, 0, len(as))
	for _, a := range as {
		wa := web.Alert{ID: a.ID, Subject: a.Subject, Kind: a.Kind, AsOf: a.AsOf, Window: a.Window,
			Observed: a.Observed, Baseline: a.Baseline, Score: a.Score, Explanation: a.Explanation,
			Evidence: []web.Evidence{}}
		if a.Status != "" {
			wa.Kind = a.Kind + ": " + a.Status
		}
		for _, e := range a.Evidence {
			for _, s := range e.Sentences {
				wa.Evidence = append(wa.Evidence, web.Evidence{Event: e.Event, Doc: s.Doc, Date: e.Date,
					Text: s.Text, Source: s.Outlet, URL: s.URL})
			}
		}
		out = append(out, wa)
	}
	return out, nil
}

// Indicators implements web.IndicatorSource: the 90 days up to the newest
// event.
func (w webSignals) Indicators(ctx context.Context, subject string) ([]web.Indicator, error) {
	st, ok := w.st.(store.Store)
	if !ok {
		return nil, fmt.Errorf("signal store is not an event store")
	}
	to, err := newestEventDay(ctx, st)
	if err != nil {
		return nil, err
	}
	ss, err := signal.Indicators(ctx, w.st, subject, to.AddDate(0, 0, -89), to)
	if err != nil {
		return nil, err
	}
	out := make([]web.Indicator, 0, len(ss))
	for _, s := range ss {
		wi := web.Indicator{Subject: s.Subject, Name: s.Name, Description: s.Description, Points: make([]web.Point, len(s.Points))}
		for i, p := range s.Points {
			wi.Points[i] = web.Point{Date: p.Date, Value: p.Value}
		}
		out = append(out, wi)
	}
	return out, nil
}

// Ratings implements web.RatingSource. Ratings that are only a category
// (Freedom House's status) have no number to chart and are left out.
func (w webSignals) Ratings(ctx context.Context, country string) ([]web.Rating, error) {
	rs, err := w.ratings.Ratings(ctx, country)
	if err != nil {
		return nil, err
	}
	out := []web.Rating{}
	for _, r := range rs {
		if !r.HasValue {
			continue
		}
		scale := r.Category
		out = append(out, web.Rating{Country: r.Country, Name: r.Indicator, Year: r.Year, Value: r.Value, Scale: scale, Source: r.Source})
	}
	return out, nil
}

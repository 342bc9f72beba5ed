package cli

import (
	"context"

	"github.com/accord-hub/accord/internal/agreement"
	"github.com/accord-hub/accord/internal/dispute"
	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/web"
)

// webAgreements adapts the agreement and dispute packages to the
// dashboard's AgreementSource and DisputeSource.
type webAgreements struct {
	st  store.Store
	dsn string
}

// agreementOptions sets the dashboard's agreement and dispute sources.
func agreementOptions(o *web.Options, st store.Store, dsn string) {
	w := webAgreements{st: st, dsn: dsn}
	if _, ok := st.(agreement.Store); ok {
		o.Agreements = w
	}
	o.Disputes = w
}

func (w webAgreements) agreements(ctx context.Context) ([]agreement.Agreement, error) {
	if _, ok := w.st.(agreement.Store); !ok {
		return nil, nil
	}
	reg, err := agreement.LoadRegistry()
	if err != nil {
		return nil, err
	}
	return storedAgreements(ctx, w.st, w.dsn, reg)
}

// Agreements implements web.AgreementSource.
func (w webAgreements) Agreements(ctx context.Context) ([]web.Agreement, error) {
	as, err := w.agreements(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]web.Agreement, 0, len(as))
	for _, a := range as {
		wa := web.Agreement{ID: a.ID, Name: a.Name, Aliases: a.Aliases, Kind: a.Kind, Binding: a.Binding, Date: a.Date}
		for _, p := range a.Parties {
			wp := web.Party{Country: p.Country, Status: string(p.Status), Since: p.Since}
			for _, e := range p.Evidence {
				wp.Evidence = append(wp.Evidence, web.Evidence{Event: e.Event, Doc: e.Doc, Date: e.Date, Text: e.Text, Source: e.Outlet, URL: e.URL})
			}
			wa.Parties = append(wa.Parties, wp)
		}
		out = append(out, wa)
	}
	return out, nil
}

// Disputes implements web.DisputeSource.
func (w webAgreements) Disputes(ctx context.Context) ([]web.Dispute, error) {
	events, err := dispute.Load(ctx, w.st, "")
	if err != nil {
		return nil, err
	}
	as, err := w.agreements(ctx)
	if err != nil {
		return nil, err
	}
	ds := dispute.Build(events, as, dispute.Options{})
	out := make([]web.Dispute, 0, len(ds))
	for _, d := range ds {
		wd := web.Dispute{ID: d.ID, Parties: d.Parties, Topic: d.Topic, Status: string(d.Status), First: d.First, Last: d.Last}
		for _, en := range d.Timeline {
			we := web.TimelineEntry{Date: en.Date, Kind: string(en.Type)}
			for _, e := range en.Evidence {
				we.Evidence = append(we.Evidence, web.Evidence{Event: e.Event, Doc: e.Doc, Date: e.Date, Text: e.Text, Source: e.Outlet, URL: e.URL})
			}
			if len(en.Evidence) > 0 {
				we.Summary = en.Evidence[0].Text
			}
			wd.Timeline = append(wd.Timeline, we)
		}
		out = append(out, wd)
	}
	return out, nil
}

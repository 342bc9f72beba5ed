package web

import (
	"context"
	"net/http"
	"strings"

	"github.com/accord-hub/accord/internal/store"
)

// subjectData is a country page or a country-pair page.
type subjectData struct {
	base
	// Subject is "KGZ" or "KGZ-TJK"; Countries its one or two codes.
	Subject   string
	Countries []string
	Chart     chartData
	HasChart  bool
	// Indicators are series from the IndicatorSource, when there is one.
	Indicators    []Indicator
	HasIndicators bool
	Ratings       map[string][]Rating
	HasRatings    bool
	Agreements    []Agreement
	HasAgreements bool
	Disputes      []Dispute
	HasDisputes   bool
	Alerts        []Alert
	HasAlerts     bool
	Partners      []partner
	Events        eventList
	Downloads     map[string]string
	MapEvents     string
}

// subjectEvents is how many of the newest events a country or pair page lists.
const subjectEvents = 25

// handleCountry serves GET /country/{iso}.
func (s *Server) handleCountry(w http.ResponseWriter, r *http.Request) {
	iso := strings.ToUpper(r.PathValue("iso"))
	f := store.Filter{Country: iso}
	if err := f.Validate(); err != nil {
		s.pageFail(w, r, badf("country %q: want a three-letter code such as KGZ", r.PathValue("iso")))
		return
	}
	d, err := s.subject(r.Context(), r, iso, []string{iso}, f)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	d.base = base{Title: s.countries.Name(iso), Active: "country"}
	s.render(w, r, "country", http.StatusOK, d)
}

// subject gathers what a country or pair page shows.
func (s *Server) subject(ctx context.Context, r *http.Request, subject string, countries []string, f store.Filter) (subjectData, error) {
	d := subjectData{Subject: subject, Countries: countries,
		HasIndicators: s.opt.Indicators != nil, HasRatings: s.opt.Ratings != nil,
		HasAgreements: s.opt.Agreements != nil, HasDisputes: s.opt.Disputes != nil, HasAlerts: s.opt.Alerts != nil}
	chart, evs, err := quadTimeline(ctx, s.opt.Store, f)
	if err != nil {
		return d, err
	}
	d.Chart, d.HasChart = chart, len(chart.Times) > 0
	if len(countries) == 1 {
		d.Partners = partners(evs, countries[0], 12)
	}
	if len(evs) > subjectEvents {
		evs = evs[:subjectEvents]
	}
	all := f
	all.Newest = true
	d.Events = eventList{Events: evs, More: searchURL(all)}
	d.Downloads = downloads(f)
	mq := filterQuery(all)
	mq.Set("limit", "500")
	d.MapEvents = "/api/events?" + mq.Encode()
	if d.Indicators, err = s.indicators(ctx, subject); err != nil {
		return d, err
	}
	if s.opt.Ratings != nil {
		d.Ratings = map[string][]Rating{}
		for _, c := range countries {
			rs, err := s.opt.Ratings.Ratings(ctx, c)
			if err != nil {
				return d, err
			}
			d.Ratings[c] = rs
		}
	}
	ags, err := s.agreements(ctx)
	if err != nil {
		return d, err
	}
	for _, a := range ags {
		if agreementInvolves(a, countries) {
			d.Agreements = append(d.Agreements, a)
		}
	}
	ds, err := s.disputes(ctx)
	if err != nil {
		return d, err
	}
	for _, x := range ds {
		if involvesAll(x.Parties, countries) {
			d.Disputes = append(d.Disputes, x)
		}
	}
	as, _, err := s.alerts(ctx, r.URL.Query())
	if err != nil {
		return d, err
	}
	for _, a := range as {
		if involvesAll(strings.Split(a.Subject, "-"), countries) {
			d.Alerts = append(d.Alerts, a)
		}
	}
	return d, nil
}

func agreementInvolves(a Agreement, countries []string) bool {
	var ps []string
	for _, p := range a.Parties {
		ps = append(ps, p.Country)
	}
	return involvesAll(ps, countries)
}

// involvesAll reports whether every one of want is in have.
func involvesAll(have, want []string) bool {
	for _, w := range want {
		if !contains(have, w) {
			return false
		}
	}
	return true
}

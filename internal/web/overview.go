package web

import (
	"net/http"
	"strings"
	"time"

	"github.com/accord-hub/accord/internal/store"
)

// overviewData is the overview page.
type overviewData struct {
	base
	Alerts        []Alert
	HasAlerts     bool
	AsOf          string
	AlertSubjects string
	Latest        eventList
	MapEvents     string
}

// mapEvents is how many of the newest events the overview map shows.
const mapEvents = 500

// handleOverview serves GET /: the map of events and alerts, the current
// alerts and the latest events.
func (s *Server) handleOverview(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	as, at, err := s.alerts(ctx, r.URL.Query())
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	p, err := s.opt.Store.Events(ctx, store.Filter{Newest: true, Limit: 25})
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	var subjects []string
	for _, a := range as {
		subjects = append(subjects, strings.Split(a.Subject, "-")...)
	}
	s.render(w, r, "overview", http.StatusOK, overviewData{
		base:          base{Title: "Overview", Active: "overview"},
		Alerts:        as,
		HasAlerts:     s.opt.Alerts != nil,
		AsOf:          at.Format(time.DateOnly),
		AlertSubjects: strings.Join(subjects, " "),
		Latest:        eventList{Events: p.Events, More: "/search?newest=true"},
		MapEvents:     "/api/events?newest=true&limit=500",
	})
}

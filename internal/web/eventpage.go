package web

import (
	"errors"
	"net/http"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// eventData is the event page and the evidence card.
type eventData struct {
	base
	Event   event.Event
	Reports []event.Event
	// Article is the document of the first report; nil when it is not stored.
	Article *article.Article
}

// handleEventPage serves GET /events/{id}: the evidence card, the sentence
// with source, target and verb highlighted, the article, the place and the
// merged reports.
func (s *Server) handleEventPage(w http.ResponseWriter, r *http.Request) {
	ev, reports, err := s.opt.Store.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	d := eventData{base: base{Title: "Event " + ev.ID, Active: "event"}, Event: ev, Reports: reports}
	a, err := s.opt.Store.Article(r.Context(), ev.Doc)
	switch {
	case err == nil:
		d.Article = &a
	case !errors.Is(err, store.ErrNotFound):
		s.pageFail(w, r, err)
		return
	}
	s.render(w, r, "event", http.StatusOK, d)
}

// handleEventCard serves GET /events/{id}/card: the evidence card alone,
// for htmx to put beside a list or the map.
func (s *Server) handleEventCard(w http.ResponseWriter, r *http.Request) {
	ev, reports, err := s.opt.Store.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		status, msg := s.classify(r, err)
		http.Error(w, msg, status)
		return
	}
	s.execute(w, r, "event", "card", http.StatusOK, eventData{Event: ev, Reports: reports})
}

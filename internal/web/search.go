package web

import (
	"net/http"
	"strconv"

	"github.com/accord-hub/accord/internal/store"
)

// searchData is the search page; Results is also rendered alone for htmx.
type searchData struct {
	base
	Form      searchForm
	Error     string
	Searched  bool
	Results   eventList
	Downloads map[string]string
}

// searchForm echoes the filters back into the form.
type searchForm struct {
	Q, From, To, Country, Code, Quad string
	Newest                           bool
}

// searchPage is how many events a search page shows.
const searchPage = 50

// handleSearch serves GET /search: full-text search over event sentences
// with date, country, code and QuadClass filters. An htmx request gets the
// results alone.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d := searchData{base: base{Title: "Search", Active: "search"}, Form: searchForm{
		Q: q.Get("q"), From: q.Get("from"), To: q.Get("to"), Country: q.Get("country"),
		Code: q.Get("code"), Quad: q.Get("quad"), Newest: q.Get("newest") == "true"}}
	status := http.StatusOK
	f, err := parseFilter(q, false)
	if err == nil {
		if q.Get("limit") == "" {
			f.Limit = searchPage
		}
		var p store.Page
		p, err = s.opt.Store.Events(r.Context(), f)
		if err == nil {
			d.Searched = true
			d.Results = eventList{Events: p.Events}
			if p.NextCursor != "" {
				nq := filterQuery(f)
				nq.Set("limit", strconv.Itoa(f.Limit))
				nq.Set("cursor", p.NextCursor)
				d.Results.Next = "/search?" + nq.Encode()
			}
			d.Downloads = downloads(f)
		}
	}
	if err != nil {
		status, d.Error = s.classify(r, err)
		if status >= 500 {
			s.pageFail(w, r, err)
			return
		}
	}
	if r.Header.Get("HX-Request") == "true" {
		s.execute(w, r, "search", "results", status, d)
		return
	}
	s.render(w, r, "search", status, d)
}

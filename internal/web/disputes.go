package web

import "net/http"

// disputesData is the disputes page.
type disputesData struct {
	base
	Computed bool
	Disputes []Dispute
}

// handleDisputes serves GET /disputes: each dispute and its timeline.
func (s *Server) handleDisputes(w http.ResponseWriter, r *http.Request) {
	ds, err := s.disputes(r.Context())
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	s.render(w, r, "disputes", http.StatusOK, disputesData{
		base: base{Title: "Disputes", Active: "disputes"}, Computed: s.opt.Disputes != nil, Disputes: ds})
}

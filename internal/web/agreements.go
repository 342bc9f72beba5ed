package web

import (
	"net/http"
	"sort"
)

// agreementsData is the agreements page: a parties × stance matrix.
type agreementsData struct {
	base
	Computed bool
	// Countries are the matrix columns; Rows one per agreement.
	Countries []string
	Rows      []agreementRow
}

// agreementRow is an agreement and its cells, one per column; a nil cell is
// a country that is not a party.
type agreementRow struct {
	Agreement Agreement
	Cells     []*Party
}

// handleAgreements serves GET /agreements.
func (s *Server) handleAgreements(w http.ResponseWriter, r *http.Request) {
	ags, err := s.agreements(r.Context())
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	d := agreementsData{base: base{Title: "Agreements", Active: "agreements"}, Computed: s.opt.Agreements != nil}
	seen := map[string]bool{}
	for _, a := range ags {
		for _, p := range a.Parties {
			if !seen[p.Country] {
				seen[p.Country] = true
				d.Countries = append(d.Countries, p.Country)
			}
		}
	}
	sort.Strings(d.Countries)
	for _, a := range ags {
		row := agreementRow{Agreement: a, Cells: make([]*Party, len(d.Countries))}
		for i := range a.Parties {
			p := &a.Parties[i]
			j := sort.SearchStrings(d.Countries, p.Country)
			row.Cells[j] = p
		}
		d.Rows = append(d.Rows, row)
	}
	s.render(w, r, "agreements", http.StatusOK, d)
}

package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/accord-hub/accord/internal/store"
)

// handlePair serves GET /pair/{pair}: two countries ("KGZ-TJK") and what
// passes between them.
func (s *Server) handlePair(w http.ResponseWriter, r *http.Request) {
	pair := strings.ToUpper(r.PathValue("pair"))
	f := store.Filter{Pair: pair}
	a, b, err := f.PairCountries()
	if err != nil {
		s.pageFail(w, r, badf("pair %q: want two three-letter codes such as KGZ-TJK", r.PathValue("pair")))
		return
	}
	d, err := s.subject(r.Context(), r, pair, []string{a, b}, f)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	d.base = base{Title: s.countries.Name(a) + " – " + s.countries.Name(b), Active: "pair"}
	s.render(w, r, "pair", http.StatusOK, d)
}

// handleJump serves the country and pair pickers: GET /country?iso=TJK and
// GET /pair?a=KGZ&b=TJK redirect to the page; without a choice they go to
// the default subject.
func (s *Server) handleJump(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	code := func(k string) string { return url.PathEscape(strings.ToUpper(strings.TrimSpace(q.Get(k)))) }
	target := "/country/" + code("iso")
	if r.URL.Path == "/pair" {
		target = "/pair/" + code("a") + "-" + code("b")
	}
	switch target {
	case "/country/":
		target = "/country/KGZ"
	case "/pair/-":
		target = "/pair/KGZ-TJK"
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

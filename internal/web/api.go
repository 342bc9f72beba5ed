package web

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// eventsResponse is one page of GET /api/events.
type eventsResponse struct {
	Events []event.Event `json:"events"`
	// NextCursor continues the listing; "" at the end. Next is the URL of
	// the next page.
	NextCursor string `json:"next_cursor"`
	Next       string `json:"next,omitempty"`
}

// apiEvents answers GET /api/events: stored events matching the filters, a
// page at a time.
func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query(), true)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	p, err := s.opt.Store.Events(r.Context(), f)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	resp := eventsResponse{Events: p.Events, NextCursor: p.NextCursor}
	if resp.Events == nil {
		resp.Events = []event.Event{}
	}
	if p.NextCursor != "" {
		q := filterQuery(f)
		q.Set("limit", fmt.Sprint(f.Limit))
		q.Set("cursor", p.NextCursor)
		resp.Next = "/api/events?" + q.Encode()
	}
	writeJSON(w, http.StatusOK, resp)
}

// apiEvent answers GET /api/events/{id}: a merged event and its reports.
func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) {
	ev, reports, err := s.opt.Store.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	if reports == nil {
		reports = []event.Event{}
	}
	writeJSON(w, http.StatusOK, struct {
		Event   event.Event   `json:"event"`
		Reports []event.Event `json:"reports"`
	}{ev, reports})
}

// noParams refuses any query parameter not in allowed.
func noParams(q url.Values, allowed ...string) error {
	for k := range q {
		if !contains(allowed, k) {
			if len(allowed) == 0 {
				return badf("unknown parameter %q: this endpoint takes none", k)
			}
			return badf("unknown parameter %q: this endpoint takes %s", k, strings.Join(allowed, ", "))
		}
	}
	return nil
}

// asOf reads the as_of parameter; without one it is the date of the newest
// stored event (so that an archive shows its own alerts), or today.
func (s *Server) asOf(ctx context.Context, q url.Values) (time.Time, error) {
	if v := q.Get("as_of"); v != "" {
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return t, badf("as_of %q: want a date as YYYY-MM-DD", v)
		}
		return t, nil
	}
	p, err := s.opt.Store.Events(ctx, store.Filter{Newest: true, Limit: 1})
	if err != nil {
		return time.Time{}, err
	}
	if len(p.Events) > 0 {
		if t, err := time.Parse(time.DateOnly, p.Events[0].Date); err == nil {
			return t, nil
		}
	}
	now := s.opt.Now().UTC()
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC), nil
}

func (s *Server) alerts(ctx context.Context, q url.Values) ([]Alert, time.Time, error) {
	at, err := s.asOf(ctx, q)
	if err != nil || s.opt.Alerts == nil {
		return nil, at, err
	}
	as, err := s.opt.Alerts.Alerts(ctx, at)
	return as, at, err
}

func (s *Server) apiAlerts(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := noParams(q, "as_of"); err != nil {
		s.apiFail(w, r, err)
		return
	}
	as, _, err := s.alerts(r.Context(), q)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, orEmpty(as))
}

func (s *Server) agreements(ctx context.Context) ([]Agreement, error) {
	if s.opt.Agreements == nil {
		return nil, nil
	}
	return s.opt.Agreements.Agreements(ctx)
}

func (s *Server) apiAgreements(w http.ResponseWriter, r *http.Request) {
	if err := noParams(r.URL.Query()); err != nil {
		s.apiFail(w, r, err)
		return
	}
	as, err := s.agreements(r.Context())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, orEmpty(as))
}

func (s *Server) disputes(ctx context.Context) ([]Dispute, error) {
	if s.opt.Disputes == nil {
		return nil, nil
	}
	return s.opt.Disputes.Disputes(ctx)
}

func (s *Server) apiDisputes(w http.ResponseWriter, r *http.Request) {
	if err := noParams(r.URL.Query()); err != nil {
		s.apiFail(w, r, err)
		return
	}
	ds, err := s.disputes(r.Context())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, orEmpty(ds))
}

// subjectParam reads a country ("KGZ") or pair ("KGZ-TJK") subject.
func subjectParam(v string) (string, error) {
	v = strings.ToUpper(strings.TrimSpace(v))
	if v == "" {
		return "", badf("country is required: give a three-letter code such as KGZ, or a pair such as KGZ-TJK")
	}
	if strings.Contains(v, "-") {
		if _, _, err := (store.Filter{Pair: v}).PairCountries(); err != nil {
			return "", badf("country %q: want a three-letter code such as KGZ, or a pair such as KGZ-TJK", v)
		}
		return v, nil
	}
	if err := (store.Filter{Country: v}).Validate(); err != nil {
		return "", badf("country %q: want a three-letter code such as KGZ, or a pair such as KGZ-TJK", v)
	}
	return v, nil
}

func (s *Server) indicators(ctx context.Context, subject string) ([]Indicator, error) {
	if s.opt.Indicators == nil {
		return nil, nil
	}
	return s.opt.Indicators.Indicators(ctx, subject)
}

func (s *Server) apiIndicators(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := noParams(q, "country"); err != nil {
		s.apiFail(w, r, err)
		return
	}
	subject, err := subjectParam(q.Get("country"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	in, err := s.indicators(r.Context(), subject)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, orEmpty(in))
}

func orEmpty[T any](list []T) []T {
	if list == nil {
		return []T{}
	}
	return list
}

// authorized checks the bearer token in constant time. No configured token
// refuses every request.
func (s *Server) authorized(r *http.Request) bool {
	if s.opt.Token == "" {
		return false
	}
	scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.opt.Token)) == 1
}

// storedArticle is one article of the POST /api/articles answer.
type storedArticle struct {
	ID     string        `json:"id"`
	Events []event.Event `json:"events"`
}

// saveStats is store.SaveStats as JSON.
type saveStats struct {
	Articles   int `json:"articles"`
	Duplicates int `json:"duplicates"`
	Reports    int `json:"reports"`
	Events     int `json:"events"`
	Merged     int `json:"merged"`
}

// apiArticles answers POST /api/articles: the body is one article as a JSON
// object, or JSONL; every article is coded and stored, or, if any line is
// bad, none is and the answer lists the problems.
func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="accord"`)
		msg := "writes need Authorization: Bearer <token>, the token set by $ACCORD_TOKEN"
		if s.opt.Token == "" {
			msg = "writes are disabled: no token is configured (set $ACCORD_TOKEN when starting the server)"
		}
		writeError(w, http.StatusUnauthorized, msg)
		return
	}
	if s.opt.Ingester == nil {
		writeError(w, http.StatusServiceUnavailable, "this server does not ingest articles")
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	arts, err := parseArticles(r.Context(), body)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	docs, st, err := s.opt.Ingester.Ingest(r.Context(), arts)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := struct {
		Articles []storedArticle `json:"articles"`
		Stats    saveStats       `json:"stats"`
	}{Articles: []storedArticle{}, Stats: saveStats(st)}
	for _, d := range docs {
		out.Articles = append(out.Articles, storedArticle{ID: d.Article.ID, Events: orEmpty(d.Events)})
	}
	writeJSON(w, http.StatusOK, out)
}

// parseArticles reads a request body: one JSON object (possibly spread over
// lines) or JSONL. Any bad line fails the whole request with its line number.
func parseArticles(ctx context.Context, body []byte) ([]article.Article, error) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, badf("empty body: send one article as a JSON object, or JSONL")
	}
	if trimmed[0] == '{' && json.Valid(trimmed) {
		var c bytes.Buffer
		if err := json.Compact(&c, trimmed); err == nil {
			body = c.Bytes()
		}
	}
	var arts []article.Article
	var problems []string
	err := article.ReadJSONL(ctx, bytes.NewReader(body), "body", article.Options{MaxBytes: int64(len(body)) + 1},
		func(a article.Article) error { arts = append(arts, a); return nil },
		func(p article.Problem) {
			if p.Skipped {
				problems = append(problems, p.Error())
			}
		})
	if err != nil {
		return nil, err
	}
	if len(problems) > 0 {
		if len(problems) > 5 {
			problems = append(problems[:5], fmt.Sprintf("and %d more", len(problems)-5))
		}
		return nil, badf("nothing stored: %s", strings.Join(problems, "; "))
	}
	if len(arts) == 0 {
		return nil, errors.New("web: no article in body")
	}
	return arts, nil
}

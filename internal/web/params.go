package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/accord-hub/accord/internal/store"
)

// Limits on the events one request returns.
const (
	defaultLimit = 100
	maxLimit     = 1000
)

// badRequest is a mistake in a request's parameters; it answers 400.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

func badf(format string, args ...any) error { return badRequest{fmt.Sprintf(format, args...)} }

// filterParams are the query parameters that select events.
var filterParams = map[string]bool{
	"country": true, "pair": true, "from": true, "to": true, "code": true, "root": true,
	"quad": true, "q": true, "limit": true, "cursor": true, "newest": true,
}

// parseFilter reads a store.Filter from query parameters. Empty parameters
// are ignored (as an HTML form sends them); country and pair codes may be
// lower case. When strict, an unknown parameter is an error, so that a typo
// does not silently select everything.
func parseFilter(q url.Values, strict bool, extra ...string) (store.Filter, error) {
	if strict {
		var unknown []string
		for k := range q {
			if !filterParams[k] && !contains(extra, k) {
				unknown = append(unknown, k)
			}
		}
		if len(unknown) > 0 {
			sort.Strings(unknown)
			return store.Filter{}, badf("unknown parameter %q: known ones are country, pair, from, to, code, root, quad, q, limit, cursor, newest", unknown[0])
		}
	}
	for k, vs := range q {
		if len(vs) > 1 && filterParams[k] {
			return store.Filter{}, badf("parameter %q given %d times: give it once", k, len(vs))
		}
	}
	f := store.Filter{
		Country: strings.ToUpper(strings.TrimSpace(q.Get("country"))),
		Pair:    strings.ToUpper(strings.TrimSpace(q.Get("pair"))),
		From:    strings.TrimSpace(q.Get("from")),
		To:      strings.TrimSpace(q.Get("to")),
		Code:    strings.TrimSpace(q.Get("code")),
		Root:    strings.TrimSpace(q.Get("root")),
		Query:   strings.TrimSpace(q.Get("q")),
		Cursor:  q.Get("cursor"),
		Limit:   defaultLimit,
	}
	if s := q.Get("quad"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 4 {
			return f, badf("quad %q: want a QuadClass from 1 to 4", s)
		}
		f.Quad = n
	}
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > maxLimit {
			return f, badf("limit %q: want a number from 1 to %d", s, maxLimit)
		}
		f.Limit = n
	}
	if s := q.Get("newest"); s != "" {
		b, err := strconv.ParseBool(s)
		if err != nil {
			return f, badf("newest %q: want true or false", s)
		}
		f.Newest = b
	}
	if err := f.Validate(); err != nil {
		return f, badRequest{strings.TrimPrefix(err.Error(), store.ErrBadFilter.Error()+": ")}
	}
	return f, nil
}

// filterQuery renders f back into query parameters (without limit and
// cursor), for links to the next page and to downloads.
func filterQuery(f store.Filter) url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("country", f.Country)
	set("pair", f.Pair)
	set("from", f.From)
	set("to", f.To)
	set("code", f.Code)
	set("root", f.Root)
	set("q", f.Query)
	if f.Quad != 0 {
		v.Set("quad", strconv.Itoa(f.Quad))
	}
	if f.Newest {
		v.Set("newest", "true")
	}
	return v
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// writeJSON writes v as JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

// writeError writes {"error": msg} with status.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// apiFail answers err: 400 for bad parameters and filters, 404 for missing
// records, 413 for bodies over the limit, 500 (logged, not shown) otherwise.
func (s *Server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.classify(r, err)
	writeError(w, status, msg)
}

func (s *Server) classify(r *http.Request, err error) (int, string) {
	var br badRequest
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &br):
		return http.StatusBadRequest, br.msg
	case errors.Is(err, store.ErrBadFilter):
		return http.StatusBadRequest, strings.TrimPrefix(err.Error(), store.ErrBadFilter.Error()+": ")
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, "not found"
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", mbe.Limit)
	case errors.Is(err, r.Context().Err()) && r.Context().Err() != nil:
		return 499, "request cancelled"
	}
	s.log.Error("web: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	return http.StatusInternalServerError, "internal error (logged on the server)"
}

package web

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"sort"
	"time"

	"github.com/accord-hub/accord/internal/cameo"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// base is what every page's layout needs.
type base struct {
	Title string
	// Active is the navigation entry to mark.
	Active string
}

// eventList is a list of events with a card panel; Next is the URL of the
// next page, if any; More links to the full listing.
type eventList struct {
	Events []event.Event
	Next   string
	More   string
}

// render executes a page's layout. Templates render into a buffer first, so
// that a failing template answers 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, page string, status int, data any) {
	s.execute(w, r, page, "layout", status, data)
}

func (s *Server) execute(w http.ResponseWriter, r *http.Request, page, name string, status int, data any) {
	var buf bytes.Buffer
	if err := s.pages[page].ExecuteTemplate(&buf, name, data); err != nil {
		s.log.Error("web: template", "page", page, "template", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// errorData is the error page.
type errorData struct {
	base
	Status  int
	Message string
}

// pageFail answers a page request that failed, with a page saying why.
func (s *Server) pageFail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.classify(r, err)
	if status == http.StatusNotFound {
		msg = "Nothing here: " + r.URL.Path
	}
	s.render(w, r, "error", status, errorData{base: base{Title: http.StatusText(status)}, Status: status, Message: msg})
}

// chartData is a series per QuadClass for uPlot: Times are Unix seconds
// (the start of each bucket), Series[q-1] the counts of QuadClass q, Unit the
// bucket ("day", "week" or "month").
type chartData struct {
	Times  []int64     `json:"times"`
	Labels []string    `json:"labels"`
	Series [][]float64 `json:"series"`
	Unit   string      `json:"unit"`
}

// chartEvents is how many of a subject's newest events its timeline counts.
const chartEvents = 5000

// quadTimeline counts the newest events matching f by QuadClass, weighting
// each merged event by its reports, in buckets of a day, a week or a month
// depending on the span, with empty buckets as zeros so that quiet times
// show as quiet.
func quadTimeline(ctx context.Context, st Events, f store.Filter) (chartData, []event.Event, error) {
	f.Newest = true
	f.Limit = chartEvents
	p, err := st.Events(ctx, f)
	if err != nil {
		return chartData{}, nil, err
	}
	var first, last time.Time
	for _, e := range p.Events {
		t, err := time.Parse(time.DateOnly, e.Date)
		if err != nil {
			continue
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	cd := chartData{Labels: quadNames[1:], Series: make([][]float64, 4)}
	if first.IsZero() {
		return cd, p.Events, nil
	}
	span := last.Sub(first)
	cd.Unit = "day"
	bucket := func(t time.Time) time.Time { return t }
	step := func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
	switch {
	case span > 3*365*24*time.Hour:
		cd.Unit = "month"
		bucket = func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
		step = func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
	case span > 120*24*time.Hour:
		cd.Unit = "week"
		bucket = func(t time.Time) time.Time { return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) }
		step = func(t time.Time) time.Time { return t.AddDate(0, 0, 7) }
	}
	index := map[time.Time]int{}
	for t := bucket(first); !t.After(last); t = step(t) {
		index[t] = len(cd.Times)
		cd.Times = append(cd.Times, t.Unix())
	}
	for q := range cd.Series {
		cd.Series[q] = make([]float64, len(cd.Times))
	}
	for _, e := range p.Events {
		t, err := time.Parse(time.DateOnly, e.Date)
		if err != nil || e.Quad < 1 || e.Quad > 4 {
			continue
		}
		cd.Series[e.Quad-1][index[bucket(t)]] += float64(max(e.Mentions, 1))
	}
	return cd, p.Events, nil
}

// partner is a country a subject has events with, and how many.
type partner struct {
	ISO string
	N   int
}

// partners counts the countries other than iso that the events involve.
func partners(evs []event.Event, iso string, n int) []partner {
	c := map[string]int{}
	for _, e := range evs {
		for _, a := range []string{e.Source, e.Target} {
			if k := cameo.CountryOf(a); len(k) == 3 && k != iso && k != "IGO" && k != "NGO" && k != "MNC" && k != "IMG" {
				c[k] += max(e.Mentions, 1)
			}
		}
	}
	var out []partner
	for k, v := range c {
		out = append(out, partner{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].N > out[j].N || out[i].N == out[j].N && out[i].ISO < out[j].ISO })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// searchURL links to the search page for f.
func searchURL(f store.Filter) string {
	q := filterQuery(f)
	return "/search?" + q.Encode()
}

// downloads are the download links of a filter.
func downloads(f store.Filter) map[string]string {
	q := filterQuery(f)
	out := map[string]string{}
	for _, format := range []string{event.FormatCSV, event.FormatJSONL, event.FormatGDELT} {
		v := url.Values{}
		for k, vs := range q {
			v[k] = vs
		}
		v.Set("format", format)
		out[format] = "/download?" + v.Encode()
	}
	return out
}

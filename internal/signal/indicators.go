package signal

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/accord-hub/accord/internal/cameo"
)

// Point is one day's value of a series.
type Point struct {
	Date  string  `json:"date"`
	Value float64 `json:"value"`
}

// Series is a named daily indicator of a subject.
type Series struct {
	// Subject is a country ("KGZ") or a pair ("KGZ-TJK").
	Subject     string  `json:"subject"`
	Name        string  `json:"name"`
	Description string  `json:"description"`
	Points      []Point `json:"points"`
}

// Indicators returns subject's daily indicator series from from to to
// inclusive, one point a day (0 where nothing was reported): events,
// events by QuadClass, Goldstein sum and mean, news volume, material
// conflict per 100 articles, and events per CAMEO root that occurred.
func Indicators(ctx context.Context, st Rollups, subject string, from, to time.Time) ([]Series, error) {
	a, b, ok := splitSubject(subject)
	if !ok {
		return nil, fmt.Errorf("signal: indicators: subject %q: want a country such as KGZ or a pair such as KGZ-TJK", subject)
	}
	from, to = dayOf(from), dayOf(to)
	if to.Before(from) {
		return nil, fmt.Errorf("signal: indicators: %s is before %s", to.Format(time.DateOnly), from.Format(time.DateOnly))
	}
	if b != "" && b < a {
		a, b = b, a
		subject = a + "-" + b
	}
	f, t := from.Format(time.DateOnly), to.Format(time.DateOnly)
	days, err := st.Daily(ctx, subject, f, t)
	if err != nil {
		return nil, fmt.Errorf("signal: indicators: %w", err)
	}
	n := int(to.Sub(from).Hours()/24) + 1
	idx := func(date string) int {
		d, err := time.Parse(time.DateOnly, date)
		if err != nil {
			return -1
		}
		i := int(d.Sub(from).Hours() / 24)
		if i < 0 || i >= n {
			return -1
		}
		return i
	}
	s := newSeries(subject, n)
	q1, q2, q3 := make([]float64, n), make([]float64, n), make([]float64, n)
	for _, d := range days {
		if i := idx(d.Date); i >= 0 {
			s.events[i] += float64(d.Events)
			s.conflict[i] += float64(d.Quad[4])
			q1[i] += float64(d.Quad[1])
			q2[i] += float64(d.Quad[2])
			q3[i] += float64(d.Quad[3])
			s.goldstein[i] += d.Goldstein
		}
	}
	for _, c := range []string{a, b} {
		if c == "" {
			continue
		}
		vols, err := st.News(ctx, c, f, t)
		if err != nil {
			return nil, fmt.Errorf("signal: indicators: %w", err)
		}
		for _, v := range vols {
			if i := idx(v.Date); i >= 0 {
				s.articles[i] += float64(v.Articles)
			}
		}
	}
	mk := func(name, desc string, val func(i int) float64) Series {
		out := Series{Subject: subject, Name: name, Description: desc, Points: make([]Point, n)}
		for i := range out.Points {
			out.Points[i] = Point{Date: from.AddDate(0, 0, i).Format(time.DateOnly), Value: round(val(i), 3)}
		}
		return out
	}
	out := []Series{
		mk("events", "merged events a day", func(i int) float64 { return s.events[i] }),
		mk("verbal_cooperation", "events of QuadClass 1 a day", func(i int) float64 { return q1[i] }),
		mk("material_cooperation", "events of QuadClass 2 a day", func(i int) float64 { return q2[i] }),
		mk("verbal_conflict", "events of QuadClass 3 a day", func(i int) float64 { return q3[i] }),
		mk("material_conflict", "events of QuadClass 4 a day", func(i int) float64 { return s.conflict[i] }),
		mk("goldstein_sum", "sum of the events' Goldstein weights a day", func(i int) float64 { return s.goldstein[i] }),
		mk("goldstein_mean", "mean Goldstein weight of the day's events (0 without events)", func(i int) float64 {
			if s.events[i] == 0 {
				return 0
			}
			return s.goldstein[i] / s.events[i]
		}),
		mk("articles", "news volume: articles with an event about the country (for a pair, the sum of both)", func(i int) float64 { return s.articles[i] }),
		mk("conflict_per_100_articles", "material-conflict events per 100 articles of news volume (0 without news)", func(i int) float64 {
			if s.articles[i] == 0 {
				return 0
			}
			return 100 * s.conflict[i] / s.articles[i]
		}),
	}
	roots, err := st.Roots(ctx, subject, f, t)
	if err != nil {
		return nil, fmt.Errorf("signal: indicators: %w", err)
	}
	byRoot := map[string][]float64{}
	var order []string
	for _, r := range roots {
		i := idx(r.Date)
		if i < 0 {
			continue
		}
		if byRoot[r.Root] == nil {
			byRoot[r.Root] = make([]float64, n)
			order = append(order, r.Root)
		}
		byRoot[r.Root][i] += float64(r.Events)
	}
	slices.Sort(order)
	for _, root := range order {
		vals := byRoot[root]
		name := root
		if c, ok := cameo.Lookup(root); ok {
			name = c.Name
		}
		out = append(out, mk("root_"+root, "events of CAMEO root "+root+" ("+name+") a day", func(i int) float64 { return vals[i] }))
	}
	return out, nil
}

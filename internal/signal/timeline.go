package signal

import (
	"context"
	"fmt"
	"sort"
	"time"
)

// Timeline holds every subject's daily series over a span of days, loaded
// once from the rollups so that many as-of dates (a backtest) cost one read.
type Timeline struct {
	// Start is the first day; series index 0 is Start.
	Start time.Time
	// Days is the length of every series.
	Days     int
	subjects map[string]*series
}

// series is one subject's days.
type series struct {
	subject string
	// events, conflict (QuadClass 4), q34 (QuadClass 3 and 4) and
	// goldstein (sum) per day.
	events, conflict, q34 []float64
	goldstein             []float64
	// articles is the news volume: for a pair, the sum of its two
	// countries' volumes.
	articles []float64
}

func newSeries(subject string, n int) *series {
	return &series{subject: subject,
		events: make([]float64, n), conflict: make([]float64, n), q34: make([]float64, n),
		goldstein: make([]float64, n), articles: make([]float64, n)}
}

// day returns t's index in tl, which may lie outside [0, Days).
func (tl *Timeline) day(t time.Time) int {
	return int(t.Sub(tl.Start).Hours() / 24)
}

// date is the YYYY-MM-DD of index i.
func (tl *Timeline) date(i int) string {
	return tl.Start.AddDate(0, 0, i).Format(time.DateOnly)
}

// Subjects returns the subjects of the timeline, sorted.
func (tl *Timeline) Subjects() []string {
	out := make([]string, 0, len(tl.subjects))
	for s := range tl.subjects {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Load reads the rollups and news volume from from to to inclusive.
// Subjects that are not countries or pairs of countries are left out.
func Load(ctx context.Context, st Rollups, from, to time.Time) (*Timeline, error) {
	from, to = dayOf(from), dayOf(to)
	if to.Before(from) {
		return nil, fmt.Errorf("signal: load %s..%s: the end is before the start", from.Format(time.DateOnly), to.Format(time.DateOnly))
	}
	tl := &Timeline{Start: from, subjects: map[string]*series{}}
	tl.Days = tl.day(to) + 1
	f, t := from.Format(time.DateOnly), to.Format(time.DateOnly)
	days, err := st.Daily(ctx, "", f, t)
	if err != nil {
		return nil, fmt.Errorf("signal: %w", err)
	}
	vols, err := st.News(ctx, "", f, t)
	if err != nil {
		return nil, fmt.Errorf("signal: %w", err)
	}
	get := func(subject string) *series {
		s := tl.subjects[subject]
		if s == nil {
			s = newSeries(subject, tl.Days)
			tl.subjects[subject] = s
		}
		return s
	}
	// Dates come back in order; parse each distinct one once.
	var lastDate string
	lastIdx := -1
	index := func(date string) int {
		if date == lastDate {
			return lastIdx
		}
		d, err := time.Parse(time.DateOnly, date)
		lastDate, lastIdx = date, -1
		if err == nil {
			if i := tl.day(d); i >= 0 && i < tl.Days {
				lastIdx = i
			}
		}
		return lastIdx
	}
	news := map[string][]float64{}
	for _, v := range vols {
		i := index(v.Date)
		if i < 0 || !isCountry(v.Country) {
			continue
		}
		s := get(v.Country)
		s.articles[i] += float64(v.Articles)
		news[v.Country] = s.articles
	}
	for _, d := range days {
		i := index(d.Date)
		if i < 0 {
			continue
		}
		if _, _, ok := splitSubject(d.Subject); !ok {
			continue
		}
		s := get(d.Subject)
		s.events[i] += float64(d.Events)
		s.conflict[i] += float64(d.Quad[4])
		s.q34[i] += float64(d.Quad[3] + d.Quad[4])
		s.goldstein[i] += d.Goldstein
	}
	for name, s := range tl.subjects {
		a, b, _ := splitSubject(name)
		if b == "" {
			continue
		}
		for _, c := range []string{a, b} {
			for i, n := range news[c] {
				s.articles[i] += n
			}
		}
	}
	return tl, nil
}

// dayOf is t's date at midnight UTC.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// sum adds xs[from:to], clipped to the slice.
func sum(xs []float64, from, to int) float64 {
	from, to = max(from, 0), min(to, len(xs))
	t := 0.0
	for i := from; i < to; i++ {
		t += xs[i]
	}
	return t
}

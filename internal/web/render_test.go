package web

import (
	"context"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// sliceEvents is an Events over a fixed list, for tests of what pages
// compute from events.
type sliceEvents []event.Event

func (s sliceEvents) Events(ctx context.Context, f store.Filter) (store.Page, error) {
	return store.Page{Events: s}, nil
}

func (s sliceEvents) Event(ctx context.Context, id string) (event.Event, []event.Event, error) {
	return event.Event{}, nil, store.ErrNotFound
}

func (s sliceEvents) Article(ctx context.Context, id string) (article.Article, error) {
	return article.Article{}, store.ErrNotFound
}

func TestQuadTimeline(t *testing.T) {
	ev := func(date string, quad, mentions int) event.Event {
		return event.Event{Date: date, Quad: quad, Mentions: mentions}
	}
	day := func(s string) int64 { d, _ := time.Parse(time.DateOnly, s); return d.Unix() }
	cases := []struct {
		name   string
		events []event.Event
		unit   string
		times  []int64
		quad4  []float64
		quad1  []float64
	}{
		{"empty", nil, "", nil, nil, nil},
		{"days with a gap", []event.Event{ev("2022-09-14", 4, 3), ev("2022-09-16", 4, 1), ev("2022-09-16", 1, 0)}, "day",
			[]int64{day("2022-09-14"), day("2022-09-15"), day("2022-09-16")}, []float64{3, 0, 1}, []float64{0, 0, 1}},
		{"weeks from Monday", []event.Event{ev("2022-01-05", 4, 1), ev("2022-06-01", 4, 2), ev("2022-06-05", 4, 1)}, "week",
			nil, nil, nil},
		{"months", []event.Event{ev("2015-01-31", 1, 1), ev("2020-03-02", 1, 1), ev("2020-03-30", 1, 1)}, "month", nil, nil, nil},
		{"bad quad and date ignored", []event.Event{ev("2022-09-14", 0, 1), ev("garbage", 4, 1), ev("2022-09-14", 2, 1)}, "day",
			[]int64{day("2022-09-14")}, []float64{0}, []float64{0}},
	}
	for _, c := range cases {
		cd, _, err := quadTimeline(context.Background(), sliceEvents(c.events), store.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if cd.Unit != c.unit {
			t.Errorf("%s: unit %q, want %q", c.name, cd.Unit, c.unit)
		}
		if len(cd.Series) != 4 {
			t.Fatalf("%s: %d series", c.name, len(cd.Series))
		}
		total := 0.0
		for _, s := range cd.Series {
			if len(s) != len(cd.Times) {
				t.Errorf("%s: series of %d values for %d times", c.name, len(s), len(cd.Times))
			}
			for _, v := range s {
				total += v
			}
		}
		want := 0.0
		for _, e := range c.events {
			if _, err := time.Parse(time.DateOnly, e.Date); err == nil && e.Quad >= 1 && e.Quad <= 4 {
				want += float64(max(e.Mentions, 1))
			}
		}
		if total != want {
			t.Errorf("%s: counted %v reports, want %v", c.name, total, want)
		}
		for i := 1; i < len(cd.Times); i++ {
			if cd.Times[i] <= cd.Times[i-1] {
				t.Errorf("%s: times not increasing at %d", c.name, i)
			}
		}
		if c.times != nil && !equalInts(cd.Times, c.times) {
			t.Errorf("%s: times %v, want %v", c.name, cd.Times, c.times)
		}
		if c.quad4 != nil && (!equalFloats(cd.Series[3], c.quad4) || !equalFloats(cd.Series[0], c.quad1)) {
			t.Errorf("%s: quad 4 %v quad 1 %v, want %v and %v", c.name, cd.Series[3], cd.Series[0], c.quad4, c.quad1)
		}
		switch cd.Unit {
		case "week":
			for _, ts := range cd.Times {
				if wd := time.Unix(ts, 0).UTC().Weekday(); wd != time.Monday {
					t.Errorf("%s: week starts on %s", c.name, wd)
				}
			}
		case "month":
			for _, ts := range cd.Times {
				if d := time.Unix(ts, 0).UTC().Day(); d != 1 {
					t.Errorf("%s: month starts on day %d", c.name, d)
				}
			}
		}
	}
}

func equalInts(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func equalFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestPartners(t *testing.T) {
	evs := []event.Event{
		{Source: "KGZGOV", Target: "TJKMIL", Mentions: 3},
		{Source: "UZB", Target: "KGZ"},
		{Source: "IGOUNO", Target: "KGZ"},
		{Source: "KGZ", Target: ""},
		{Source: "TJK", Target: "UZB"},
	}
	got := partners(evs, "KGZ", 5)
	if len(got) != 2 || got[0] != (partner{"TJK", 4}) || got[1] != (partner{"UZB", 2}) {
		t.Errorf("partners = %v", got)
	}
}

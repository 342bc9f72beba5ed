package postgres

import (
	"context"
	"math"
	"path/filepath"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/signal"
	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/postgres/pgtest"
	"github.com/accord-hub/accord/internal/store/sqlite"
	"github.com/accord-hub/accord/internal/store/storetest"
)

// TestRollupsMatchEmbedded saves the same batches (with repeats, so that
// reports merge across batches) into this store and into the embedded one
// and checks that their rollups and news volumes agree.
func TestRollupsMatchEmbedded(t *testing.T) {
	pg := openTemp(t, pgtest.Server(t))
	lite, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	docs := storetest.Synthetic(9, 0, 300, 6)
	// Undated articles take their events' dates for the news volume.
	for i := 0; i < len(docs); i += 7 {
		docs[i].Article.Date = ""
	}
	// Reports of the day after and the day before some articles' events,
	// so that events merge across days (and, the day before coming in a
	// later batch, in an order that matters).
	var next, before []store.Document
	for i := 0; i < len(docs); i += 5 {
		next = append(next, shifted(docs[i], 1, "next"))
		before = append(before, shifted(docs[i], -1, "before"))
	}
	batches := [][]store.Document{docs[:100], next[:30], docs[50:180], docs[180:181], before, docs[170:300], next[20:]}
	for i, b := range batches {
		a, err := pg.Save(context.Background(), b)
		if err != nil {
			t.Fatal(err)
		}
		w, err := lite.Save(context.Background(), b)
		if err != nil {
			t.Fatal(err)
		}
		if a != w {
			t.Errorf("batch %d: stats %+v, embedded store %+v", i, a, w)
		}
	}
	ctx := context.Background()
	// The merged events themselves agree, reports of neighbouring days
	// merged alike.
	pe, le := allEvents(t, pg), allEvents(t, lite)
	if len(pe) == 0 || len(pe) != len(le) {
		t.Fatalf("Events: %d, embedded store %d", len(pe), len(le))
	}
	for i := range pe {
		a, b := pe[i], le[i]
		if a.ID != b.ID || a.Date != b.Date || a.Mentions != b.Mentions || a.Sources != b.Sources {
			t.Fatalf("event %d = %s %s (%d mentions, %d sources), embedded store %s %s (%d, %d)",
				i, a.ID, a.Date, a.Mentions, a.Sources, b.ID, b.Date, b.Mentions, b.Sources)
		}
	}
	spanning := 0
	for _, e := range pe {
		_, reps, err := pg.Event(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range reps {
			if r.Date != e.Date {
				spanning++
				break
			}
		}
	}
	if spanning == 0 {
		t.Error("no event merged reports of different days: the corpus proves less than it should")
	}
	pd, err := pg.Daily(ctx, "", "0000-01-01", "9999-12-31")
	if err != nil {
		t.Fatal(err)
	}
	ld, err := lite.Daily(ctx, "", "0000-01-01", "9999-12-31")
	if err != nil {
		t.Fatal(err)
	}
	if len(pd) == 0 || len(pd) != len(ld) {
		t.Fatalf("Daily: %d rows, embedded store %d", len(pd), len(ld))
	}
	for i := range pd {
		a, b := pd[i], ld[i]
		if math.Abs(a.Goldstein-b.Goldstein) > 1e-9 {
			t.Errorf("Daily row %d goldstein %v, embedded %v", i, a.Goldstein, b.Goldstein)
		}
		a.Goldstein, b.Goldstein = 0, 0
		if a != b {
			t.Errorf("Daily row %d = %+v, embedded store %+v", i, a, b)
		}
	}
	pn, err := pg.News(ctx, "", "0000-01-01", "9999-12-31")
	if err != nil {
		t.Fatal(err)
	}
	ln, err := lite.News(ctx, "", "0000-01-01", "9999-12-31")
	if err != nil {
		t.Fatal(err)
	}
	if len(pn) == 0 || len(pn) != len(ln) {
		t.Fatalf("News: %d rows, embedded store %d", len(pn), len(ln))
	}
	for i := range pn {
		if pn[i] != ln[i] {
			t.Errorf("News row %d = %+v, embedded store %+v", i, pn[i], ln[i])
		}
	}
	for _, subject := range []string{"KGZ", "TJK", "KGZ-TJK", "RUS"} {
		pr, err := pg.Roots(ctx, subject, "0000-01-01", "9999-12-31")
		if err != nil {
			t.Fatal(err)
		}
		lr, err := lite.Roots(ctx, subject, "0000-01-01", "9999-12-31")
		if err != nil {
			t.Fatal(err)
		}
		if len(pr) != len(lr) {
			t.Fatalf("Roots(%s): %d rows, embedded store %d", subject, len(pr), len(lr))
		}
		for i := range pr {
			a, b := pr[i], lr[i]
			if math.Abs(a.Goldstein-b.Goldstein) > 1e-9 {
				t.Errorf("Roots(%s) row %d goldstein %v, embedded %v", subject, i, a.Goldstein, b.Goldstein)
			}
			a.Goldstein, b.Goldstein = 0, 0
			if a != b {
				t.Errorf("Roots(%s) row %d = %+v, embedded store %+v", subject, i, a, b)
			}
		}
	}
}

func TestRatings(t *testing.T) {
	db := openTemp(t, pgtest.Server(t))
	ctx := context.Background()
	rs := []signal.Rating{
		{Country: "KGZ", Year: 2023, Source: "FH", Indicator: "total", Value: 27, HasValue: true},
		{Country: "KGZ", Year: 2023, Source: "FH", Indicator: "status", Category: "Not Free"},
		{Country: "TJK", Year: 2023, Source: "FH", Indicator: "total", Value: 5, HasValue: true},
	}
	if n, err := db.SaveRatings(ctx, rs); err != nil || n != 3 {
		t.Fatalf("SaveRatings = %d, %v", n, err)
	}
	rs[0].Value = 28
	if _, err := db.SaveRatings(ctx, rs[:1]); err != nil {
		t.Fatal(err)
	}
	got, err := db.Ratings(ctx, "KGZ")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != rs[1] || got[1] != rs[0] {
		t.Errorf("Ratings(KGZ) = %+v", got)
	}
}

// allEvents reads every event of st, page by page.
func allEvents(t *testing.T, st store.Store) []event.Event {
	t.Helper()
	var out []event.Event
	f := store.Filter{}
	for {
		p, err := st.Events(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p.Events...)
		if p.NextCursor == "" {
			return out
		}
		f.Cursor = p.NextCursor
	}
}

// shifted is a copy of d under another id, it and its reports dated days
// later.
func shifted(d store.Document, days int, suffix string) store.Document {
	move := func(date string) string {
		t, err := time.Parse(time.DateOnly, date)
		if err != nil {
			return date
		}
		return t.AddDate(0, 0, days).Format(time.DateOnly)
	}
	out := d
	out.Article.ID = d.Article.ID + "-" + suffix
	out.Article.Date = move(d.Article.Date)
	out.Events = nil
	for _, e := range d.Events {
		e.Doc, e.Date = out.Article.ID, move(e.Date)
		e.ID = event.ReportID(e.Doc, e.Sentence, e.Source, e.Target, e.Code)
		out.Events = append(out.Events, e)
	}
	return out
}

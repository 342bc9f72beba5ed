package web

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"net/http/httptest"

	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/sqlite"
	"github.com/chromedp/chromedp"
)

// shootPages takes a PNG of each page into dir, over the SQLite store at
// dbPath (a fresh test store when dbPath is "").
func shootPages(t *testing.T, dir, dbPath string) {
	var st Events
	if dbPath != "" {
		db, err := sqlite.Open(context.Background(), dbPath)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		st = db
	} else {
		st = testStore(t, 150)
	}
	p, err := st.Events(context.Background(), store.Filter{Newest: true, Limit: 200})
	if err != nil || len(p.Events) == 0 {
		t.Fatalf("no events to show: %v", err)
	}
	// The event page of the newest located event with most reports.
	ev := p.Events[0]
	for _, e := range p.Events {
		if e.Location != nil && (ev.Location == nil || e.Mentions > ev.Mentions) {
			ev = e
		}
	}
	srv := httptest.NewServer(newServer(t, Options{Store: st}))
	defer srv.Close()
	ctx, _ := newBrowser(t)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	shots := []struct{ name, path, wait string }{
		{"overview", "/", `#map[data-state="ready"]`},
		{"country", "/country/KGZ", `.chart[data-state="ready"]`},
		{"pair", "/pair/KGZ-TJK", `#map[data-state="ready"]`},
		{"event", "/events/" + ev.ID, `#evidence-card`},
		{"agreements", "/agreements", `main`},
		{"disputes", "/disputes", `main`},
		{"search", "/search?newest=true&q=border", `#results`},
	}
	for _, s := range shots {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+s.path), chromedp.WaitVisible(chromedp.CSS(s.wait)), chromedp.Sleep(500*time.Millisecond)); err != nil {
			t.Errorf("%s: %v", s.name, err)
			continue
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Errorf("%s: %v", s.name, err)
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, s.name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

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
func shootPages(t *testing.T, dir, dbPath string, extra ...Options) {
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
	opt := Options{}
	if len(extra) > 0 {
		opt = extra[0]
	}
	opt.Store = st
	srv := httptest.NewServer(newServer(t, opt))
	defer srv.Close()
	ctx, _ := newBrowser(t)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// click names an event row to open, so that the shot shows its card.
	shots := []struct {
		name, path, wait string
		click            bool
	}{
		{"overview", "/", `#map[data-state="ready"]`, true},
		{"country", "/country/KGZ", `.chart[data-state="ready"]`, false},
		{"pair", "/pair/KGZ-TJK", `#map[data-state="ready"]`, false},
		{"event", "/events/" + ev.ID, `#evidence-card`, false},
		{"agreements", "/agreements", `main`, false},
		{"disputes", "/disputes", `main`, false},
		{"search", "/search?newest=true&q=border", `#results`, true},
	}
	for _, s := range shots {
		steps := []chromedp.Action[chromedp.Void]{chromedp.Navigate(srv.URL + s.path), chromedp.WaitVisible(chromedp.CSS(s.wait))}
		if s.click {
			steps = append(steps, chromedp.Click(chromedp.CSS(`tr.event-row td.text`)), chromedp.WaitVisible(chromedp.CSS(`#evidence-card`)))
		}
		steps = append(steps, chromedp.Sleep(500*time.Millisecond))
		if err := chromedp.Do(ctx, steps...); err != nil {
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

package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findChromium returns the path of a Chromium or Chrome binary, or "".
func findChromium() string {
	if p := os.Getenv("ACCORD_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browserProblems collects what the page's console and scripts complain
// about: script exceptions and console errors (a CSP violation is one).
type browserProblems struct {
	mu   sync.Mutex
	list []string
}

func (b *browserProblems) add(s string) {
	b.mu.Lock()
	b.list = append(b.list, s)
	b.mu.Unlock()
}

func (b *browserProblems) check(t *testing.T) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.list {
		t.Errorf("browser: %s", p)
	}
}

// newBrowser starts a headless Chromium with an empty profile and no
// network beyond the test server. Without a Chromium the test is skipped,
// except in CI (ACCORD_CI=1), where that is a failure.
func newBrowser(t *testing.T) (context.Context, *browserProblems) {
	t.Helper()
	path := findChromium()
	if path == "" {
		if os.Getenv("ACCORD_CI") == "1" {
			t.Fatal("no chromium found (ACCORD_CI=1: CI must install Debian's chromium)")
		}
		t.Skip("no chromium binary found: install Debian's chromium (apt-get install chromium) to run the browser tests")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1400, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	// Start the browser and its tab before listening, so that Console
	// subscribes to the tab the pages load in.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium %s: %v", path, err)
	}
	probs := &browserProblems{}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if (m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException) && !strings.Contains(m.Text, "favicon") {
				probs.add(m.String())
			}
		}
	}()
	return ctx, probs
}

func browserServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(newServer(t, Options{Store: testStore(t, 150)}))
	t.Cleanup(srv.Close)
	return srv
}

func count(ctx context.Context, t *testing.T, selector string) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", selector)))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestBrowserMap checks that the overview map draws the country shapes
// from the embedded TopoJSON and a marker for each located event.
func TestBrowserMap(t *testing.T) {
	srv := browserServer(t)
	ctx, probs := newBrowser(t)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#map[data-state="ready"]`)),
	); err != nil {
		t.Fatal(err)
	}
	if n := count(ctx, t, "#map path.country-shape"); n < 200 {
		t.Errorf("%d country shapes drawn, want the world's (over 200)", n)
	}
	markers := count(ctx, t, "#map path.ev-marker")
	if markers < 10 {
		t.Errorf("%d event markers drawn", markers)
	}
	said, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS("#map"), "data-markers"))
	if err != nil || said.Value != fmt.Sprint(markers) {
		t.Errorf("map says %q markers, %d drawn (%v)", said.Value, markers, err)
	}
	// The shapes are on screen: Kyrgyzstan, at the centre, has a real size.
	w, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`Math.max.apply(null, Array.from(document.querySelectorAll('#map path.country-shape')).map(function (p) { return p.getBBox().width; }))`))
	if err != nil || w < 50 {
		t.Errorf("widest country shape %.0f px (%v)", w, err)
	}
	probs.check(t)
}

// TestBrowserEvidenceCard checks that a click on an event, in the list or
// on the map, opens its evidence card with the sentence highlighted.
func TestBrowserEvidenceCard(t *testing.T) {
	srv := browserServer(t)
	ctx, probs := newBrowser(t)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`tr.event-row`)),
	); err != nil {
		t.Fatal(err)
	}
	row, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`tr.event-row`), "data-id"))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`tr.event-row td.text`)),
		chromedp.WaitVisible(chromedp.CSS(`#card #evidence-card`)),
	); err != nil {
		t.Fatalf("row click: %v", err)
	}
	card, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`#evidence-card`), "data-id"))
	if err != nil || card.Value != row.Value {
		t.Errorf("clicked event %s, card shows %q (%v)", row.Value, card.Value, err)
	}
	verb, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#evidence-card mark.verb`)))
	if err != nil || verb == "" {
		t.Errorf("card has no highlighted verb: %q %v", verb, err)
	}
	// A marker on the map opens its event's card too.
	if err := chromedp.Do(ctx,
		chromedp.WaitVisible(chromedp.CSS(`#map[data-state="ready"]`)),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('card').innerHTML = ''`),
		chromedp.Click(chromedp.CSS(`#map path.ev-marker`)),
		chromedp.WaitVisible(chromedp.CSS(`#card #evidence-card`)),
	); err != nil {
		t.Fatalf("marker click: %v", err)
	}
	probs.check(t)
}

// TestBrowserFilter checks that the search filters narrow the list in place.
func TestBrowserFilter(t *testing.T) {
	srv := browserServer(t)
	ctx, probs := newBrowser(t)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/search?newest=true"),
		chromedp.WaitVisible(chromedp.CSS(`tr.event-row`)),
	); err != nil {
		t.Fatal(err)
	}
	if n := count(ctx, t, "tr.event-row"); n != searchPage {
		t.Fatalf("unfiltered search shows %d events, want a full page of %d", n, searchPage)
	}
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS(`#search input[name="q"]`), "zqxborder"),
		chromedp.Click(chromedp.CSS(`#search button[type="submit"]`)),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll('tr.event-row').length === 3`, chromedp.WithPollingTimeout(10*time.Second)),
	); err != nil {
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		html, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('results').innerHTML.slice(0, 600)`))
		t.Fatalf("word filter: %v (%d rows at %s) %s", err, count(ctx, t, "tr.event-row"), loc, html)
	}
	// Changing a select narrows again, without a submit.
	if err := chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`(function(){var s=document.querySelector('#search select[name="quad"]'); s.value='4'; s.dispatchEvent(new Event('change', {bubbles: true}));})()`),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll('tr.event-row').length === 1`, chromedp.WithPollingTimeout(10*time.Second)),
	); err != nil {
		t.Fatalf("quad filter: %v (%d rows)", err, count(ctx, t, "tr.event-row"))
	}
	text, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`tr.event-row td.text`)))
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.Contains(text, "zqxborder post 190") || !strings.Contains(loc, "quad=4") {
		t.Errorf("filtered row %q at %s", text, loc)
	}
	probs.check(t)
}

// TestScreenshots writes a PNG of each page into $ACCORD_SCREENSHOTS over
// the store $ACCORD_SCREENSHOT_DB (for the README: see docs/screenshots).
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("ACCORD_SCREENSHOTS")
	if dir == "" {
		t.Skip("set ACCORD_SCREENSHOTS=DIR (and ACCORD_SCREENSHOT_DB=FILE) to take screenshots")
	}
	shootPages(t, dir, os.Getenv("ACCORD_SCREENSHOT_DB"))
}

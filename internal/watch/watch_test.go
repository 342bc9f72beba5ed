package watch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/coder"
	"github.com/accord-hub/accord/internal/pipeline"
	"github.com/accord-hub/accord/internal/store/sqlite"
	"github.com/accord-hub/accord/internal/watch"
)

// nullCoder codes nothing: these tests are about what gets stored, not how
// it is coded.
type nullCoder struct{}

func (nullCoder) Code(article.Article) coder.Result { return coder.Result{} }

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func newClock() *clock { return &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)} }

// site is a news site for tests: a feed at /feed.xml whose items link to
// pages at /news/N, each page with enough text to be worth fetching.
type site struct {
	mu    sync.Mutex
	items []int
	// etags makes the feed answer conditional requests.
	etags bool
	// hits counts requests by path.
	hits map[string]int
	// conditional counts feed requests that carried If-None-Match.
	conditional int
	srv         *httptest.Server
}

func newSite(t *testing.T, etags bool, items ...int) *site {
	s := &site{items: items, etags: etags, hits: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", s.feed)
	mux.HandleFunc("/news/", s.page)
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) url() string { return s.srv.URL + "/feed.xml" }

func (s *site) add(n int) {
	s.mu.Lock()
	s.items = append(s.items, n)
	s.mu.Unlock()
}

func (s *site) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) pageHits() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for p, c := range s.hits {
		if strings.HasPrefix(p, "/news/") {
			n += c
		}
	}
	return n
}

func (s *site) feed(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	items := append([]int(nil), s.items...)
	if r.Header.Get("If-None-Match") != "" {
		s.conditional++
	}
	s.mu.Unlock()
	etag := fmt.Sprintf(`"v%d"`, len(items))
	if s.etags {
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test News</title><language>en</language>`)
	for _, n := range items {
		fmt.Fprintf(&b, `<item><title>Story %d</title><link>%s/news/%d</link><pubDate>Sun, 01 Mar 2026 10:00:00 GMT</pubDate><description>Teaser of story %d.</description></item>`,
			n, s.srv.URL, n, n)
	}
	b.WriteString(`</channel></rss>`)
	fmt.Fprint(w, b.String())
}

func (s *site) page(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.mu.Unlock()
	n := strings.TrimPrefix(r.URL.Path, "/news/")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, storyPage("Story "+n, "story "+n))
}

func storyPage(title, tag string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html><head><title>%s</title></head><body><nav>Home | World | Sport</nav><article><h1>%s</h1>`, title, title)
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&b, `<p>Paragraph %d of %s. Officials of both countries met in the border town on Tuesday and agreed to withdraw troops from the disputed section, according to a statement published after the talks ended late in the evening.</p>`, i+1, tag)
	}
	b.WriteString(`</article><footer>Copyright Test News</footer></body></html>`)
	return b.String()
}

// env is a store, a pipeline into it and a watcher over it.
type env struct {
	path  string
	db    *sqlite.DB
	w     *watch.Watcher
	clock *clock
}

func openEnv(t *testing.T, path string, clk *clock, opt watch.Options) *env {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	opt.Now = clk.Now
	if opt.HostGap == 0 {
		opt.HostGap = -1
	}
	if opt.Timeout == 0 {
		opt.Timeout = 5 * time.Second
	}
	p := &pipeline.Pipeline{Coder: nullCoder{}, Store: db, Now: clk.Now}
	return &env{path: path, db: db, w: watch.New(db, p, opt), clock: clk}
}

func newEnv(t *testing.T, opt watch.Options) *env {
	return openEnv(t, filepath.Join(t.TempDir(), "accord.db"), newClock(), opt)
}

func (e *env) add(t *testing.T, s watch.Source) {
	t.Helper()
	if _, err := e.db.AddSource(context.Background(), s); err != nil {
		t.Fatal(err)
	}
}

func (e *env) poll(t *testing.T) map[string]watch.Result {
	t.Helper()
	res, err := e.w.PollOnce(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]watch.Result{}
	for _, r := range res {
		out[r.URL] = r
	}
	return out
}

func (e *env) source(t *testing.T, url string) watch.Source {
	t.Helper()
	srcs, err := e.db.Sources(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range srcs {
		if s.URL == url {
			return s
		}
	}
	t.Fatalf("source %s not registered", url)
	return watch.Source{}
}

func (e *env) hasArticle(t *testing.T, url string) bool {
	t.Helper()
	ok, err := e.db.HasArticle(context.Background(), article.NewID(url, ""))
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func TestNewItemsThenNotModified(t *testing.T) {
	s := newSite(t, true, 1, 2)
	e := newEnv(t, watch.Options{})
	e.add(t, watch.Source{URL: s.url(), Outlet: "Test Outlet", Language: "en"})

	r := e.poll(t)[s.url()]
	if r.Err != nil || r.Status != watch.StatusOK || r.New != 2 || r.Items != 2 {
		t.Fatalf("first poll: %+v, want ok with 2 new", r)
	}
	for _, n := range []int{1, 2} {
		u := fmt.Sprintf("%s/news/%d", s.srv.URL, n)
		if !e.hasArticle(t, u) {
			t.Errorf("article %s not stored", u)
		}
	}
	// The teaser was short: the stored text is the page's.
	a, err := e.db.Article(context.Background(), article.NewID(s.srv.URL+"/news/1", ""))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "withdraw troops") || a.Source != "Test Outlet" {
		t.Errorf("stored article = %q from %q, want the page's text from the registered outlet", a.Text, a.Source)
	}
	if s.pageHits() != 2 {
		t.Errorf("page requests = %d, want 2", s.pageHits())
	}

	// Unchanged: the server answers 304 and nothing is fetched or stored.
	e.clock.Add(20 * time.Minute)
	r = e.poll(t)[s.url()]
	if r.Err != nil || r.Status != watch.StatusUnchanged || r.New != 0 || r.Items != 0 {
		t.Fatalf("second poll: %+v, want unchanged, nothing new", r)
	}
	if s.conditional != 1 {
		t.Errorf("conditional requests = %d, want 1", s.conditional)
	}
	if s.pageHits() != 2 {
		t.Errorf("page requests after 304 = %d, want still 2", s.pageHits())
	}

	// A new item appears after the next poll, and only it is fetched.
	s.add(3)
	e.clock.Add(20 * time.Minute)
	r = e.poll(t)[s.url()]
	if r.Err != nil || r.Status != watch.StatusOK || r.New != 1 {
		t.Fatalf("third poll: %+v, want ok with 1 new", r)
	}
	if !e.hasArticle(t, s.srv.URL+"/news/3") {
		t.Error("new item not stored")
	}
	if s.pageHits() != 3 || s.hit("/news/3") != 1 {
		t.Errorf("page requests = %d, want 3 (one for the new item)", s.pageHits())
	}
	src := e.source(t, s.url())
	if src.Status != watch.StatusOK || src.Articles != 3 || src.Fetches != 3 || src.Kind != watch.KindFeed ||
		src.ETag != `"v3"` || !src.NextDue.Equal(e.clock.Now().Add(watch.DefaultEvery)) {
		t.Errorf("source state = %+v", src.State)
	}
}

func TestUnchangedFeedWithoutValidators(t *testing.T) {
	// A server that ignores conditional requests: the items are known, so
	// nothing is fetched again and nothing stored.
	s := newSite(t, false, 1, 2)
	e := newEnv(t, watch.Options{})
	e.add(t, watch.Source{URL: s.url()})
	if r := e.poll(t)[s.url()]; r.New != 2 {
		t.Fatalf("first poll: %+v", r)
	}
	r := e.poll(t)[s.url()]
	if r.Err != nil || r.Status != watch.StatusOK || r.New != 0 || r.Items != 0 {
		t.Fatalf("second poll: %+v, want nothing new", r)
	}
	if s.pageHits() != 2 {
		t.Errorf("page requests = %d, want 2", s.pageHits())
	}
}

func TestFailingSourceBacksOff(t *testing.T) {
	var fail atomic.Bool
	fail.Store(true)
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if fail.Load() {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>T</title></channel></rss>`)
	}))
	defer bad.Close()
	good := newSite(t, true, 1)
	e := newEnv(t, watch.Options{})
	every := 10 * time.Minute
	e.add(t, watch.Source{URL: bad.URL + "/rss", Every: every})
	e.add(t, watch.Source{URL: good.url()})

	for i, want := range []time.Duration{2 * every, 4 * every, 8 * every} {
		res := e.poll(t)
		r := res[bad.URL+"/rss"]
		if r.Status != watch.StatusFailed || r.Err == nil || !strings.Contains(r.Err.Error(), "500") {
			t.Fatalf("poll %d of failing source: %+v", i+1, r)
		}
		src := e.source(t, bad.URL+"/rss")
		if src.Failures != i+1 || src.HTTPStatus != 500 || !strings.Contains(src.LastError, "500") {
			t.Errorf("poll %d: state %+v", i+1, src.State)
		}
		if got := src.NextDue.Sub(e.clock.Now()); got != want {
			t.Errorf("poll %d: next due in %s, want %s", i+1, got, want)
		}
		if i == 0 && res[good.url()].New != 1 {
			t.Errorf("the good source beside it: %+v", res[good.url()])
		}
		e.clock.Add(time.Minute)
	}
	// Not due while backing off.
	due, err := e.db.DueSources(context.Background(), e.clock.Now())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range due {
		if d.URL == bad.URL+"/rss" {
			t.Error("failing source is due during its back-off")
		}
	}
	// Recovery resets the count.
	fail.Store(false)
	if r := e.poll(t)[bad.URL+"/rss"]; r.Status != watch.StatusOK || r.Err != nil {
		t.Fatalf("after recovery: %+v", r)
	}
	src := e.source(t, bad.URL+"/rss")
	if src.Failures != 0 || src.LastError != "" || !src.NextDue.Equal(e.clock.Now().Add(every)) {
		t.Errorf("after recovery: %+v", src.State)
	}
}

func TestBackoffCapped(t *testing.T) {
	for _, c := range []struct {
		failures int
		limit    time.Duration
		want     time.Duration
	}{
		{0, 0, 15 * time.Minute},
		{1, 0, 30 * time.Minute},
		{3, 0, 120 * time.Minute},
		{watch.MaxBackoffExponent, 0, 15 * time.Minute << watch.MaxBackoffExponent},
		{100, 0, 15 * time.Minute << watch.MaxBackoffExponent},
		{100, 6 * time.Hour, 6 * time.Hour},
	} {
		if got := watch.Backoff(15*time.Minute, c.failures, c.limit); got != c.want {
			t.Errorf("Backoff(15m, %d, %s) = %s, want %s", c.failures, c.limit, got, c.want)
		}
	}
}

func TestSlowSourceDoesNotBlockOthers(t *testing.T) {
	release := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()
	defer close(release)
	good := newSite(t, false, 1, 2)
	e := newEnv(t, watch.Options{Timeout: 300 * time.Millisecond, Workers: 2})
	e.add(t, watch.Source{URL: slow.URL + "/feed"})
	e.add(t, watch.Source{URL: good.url()})

	start := time.Now()
	res := e.poll(t)
	took := time.Since(start)
	if r := res[good.url()]; r.New != 2 || r.Err != nil {
		t.Errorf("good source: %+v", r)
	}
	r := res[slow.URL+"/feed"]
	if r.Status != watch.StatusFailed || r.Err == nil || !strings.Contains(r.Err.Error(), "within") {
		t.Errorf("slow source: %+v, want a timeout", r)
	}
	if took > 3*time.Second {
		t.Errorf("poll took %s: the slow source held it up", took)
	}
	if src := e.source(t, slow.URL+"/feed"); src.Failures != 1 || src.HTTPStatus != 0 {
		t.Errorf("slow source state: %+v", src.State)
	}
}

func TestHugeBodyCut(t *testing.T) {
	var sent atomic.Int64
	huge := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		// A gigabyte, without announcing its length.
		chunk := []byte(strings.Repeat("<item><title>x</title></item>", 1000))
		for sent.Load() < 1<<30 {
			n, err := w.Write(chunk)
			sent.Add(int64(n))
			if err != nil {
				return
			}
		}
	}))
	defer huge.Close()
	announced := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(1<<30))
		w.Write([]byte("<rss>"))
	}))
	defer announced.Close()
	good := newSite(t, false, 1)
	e := newEnv(t, watch.Options{MaxBytes: 256 << 10})
	e.add(t, watch.Source{URL: huge.URL + "/feed"})
	e.add(t, watch.Source{URL: announced.URL + "/feed"})
	e.add(t, watch.Source{URL: good.url()})

	start := time.Now()
	res := e.poll(t)
	for _, u := range []string{huge.URL + "/feed", announced.URL + "/feed"} {
		r := res[u]
		if r.Status != watch.StatusFailed || !errors.Is(r.Err, watch.ErrTooLarge) {
			t.Errorf("%s: %+v, want too large", u, r)
		}
		if src := e.source(t, u); !strings.Contains(src.LastError, "too large") {
			t.Errorf("%s: last error %q", u, src.LastError)
		}
	}
	if res[good.url()].New != 1 {
		t.Errorf("good source: %+v", res[good.url()])
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("took %s", took)
	}
	if n := sent.Load(); n > 64<<20 {
		t.Errorf("server sent %d bytes: the body was not cut", n)
	}
}

func TestGarbageSource(t *testing.T) {
	garbage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "<rss><channel><item><title>broken</ti")
		w.Write([]byte{0, 1, 2, 0xff, 0xfe})
	}))
	defer garbage.Close()
	binary := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write(make([]byte, 4096))
	}))
	defer binary.Close()
	e := newEnv(t, watch.Options{})
	e.add(t, watch.Source{URL: garbage.URL + "/"})
	e.add(t, watch.Source{URL: binary.URL + "/"})
	res := e.poll(t)
	for _, u := range []string{garbage.URL + "/", binary.URL + "/"} {
		if r := res[u]; r.Status != watch.StatusFailed || r.Err == nil {
			t.Errorf("%s: %+v, want failed", u, r)
		}
		if src := e.source(t, u); src.LastError == "" || src.Failures != 1 {
			t.Errorf("%s: state %+v", u, src.State)
		}
	}
}

func TestRestartDoesNotReingest(t *testing.T) {
	s := newSite(t, false, 1, 2)
	path := filepath.Join(t.TempDir(), "accord.db")
	clk := newClock()
	e := openEnv(t, path, clk, watch.Options{})
	e.add(t, watch.Source{URL: s.url()})
	if r := e.poll(t)[s.url()]; r.New != 2 {
		t.Fatalf("first run: %+v", r)
	}
	if err := e.db.Close(); err != nil {
		t.Fatal(err)
	}

	s.add(3)
	clk.Add(time.Hour)
	e2 := openEnv(t, path, clk, watch.Options{})
	due, err := e2.db.DueSources(context.Background(), clk.Now())
	if err != nil || len(due) != 1 {
		t.Fatalf("due after restart: %v, %v", due, err)
	}
	r := e2.poll(t)[s.url()]
	if r.Err != nil || r.New != 1 || r.Items != 1 {
		t.Fatalf("after restart: %+v, want only the new item", r)
	}
	if s.hit("/news/1") != 1 || s.hit("/news/2") != 1 || s.hit("/news/3") != 1 {
		t.Errorf("pages fetched: %v, want each once", s.hits)
	}
	if src := e2.source(t, s.url()); src.Articles != 3 || src.Fetches != 2 {
		t.Errorf("state after restart: %+v", src.State)
	}
}

func TestPageSource(t *testing.T) {
	var mu sync.Mutex
	version := "first"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		v := version
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, storyPage("Statement", v+" version"))
	}))
	defer srv.Close()
	e := newEnv(t, watch.Options{})
	u := srv.URL + "/statement"
	e.add(t, watch.Source{URL: u, Name: "Ministry statements"})

	if r := e.poll(t)[u]; r.Status != watch.StatusOK || r.New != 1 {
		t.Fatalf("first poll: %+v", r)
	}
	if r := e.poll(t)[u]; r.Status != watch.StatusUnchanged || r.New != 0 || r.Items != 0 {
		t.Fatalf("unchanged page: %+v", r)
	}
	mu.Lock()
	version = "second"
	mu.Unlock()
	if r := e.poll(t)[u]; r.Status != watch.StatusOK || r.New != 1 {
		t.Fatalf("changed page: %+v", r)
	}
	src := e.source(t, u)
	if src.Kind != watch.KindPage || src.Articles != 2 || src.ContentHash == "" {
		t.Errorf("state: %+v", src.State)
	}
}

func TestPoliteness(t *testing.T) {
	// Several sources on one host: their requests never overlap and are
	// at least the gap apart.
	var (
		mu       sync.Mutex
		inFlight int
		overlap  bool
		starts   []time.Time
		ends     []time.Time
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		if inFlight > 1 {
			overlap = true
		}
		starts = append(starts, time.Now())
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>T</title></channel></rss>`)
		mu.Lock()
		inFlight--
		ends = append(ends, time.Now())
		mu.Unlock()
	}))
	defer srv.Close()
	gap := 100 * time.Millisecond
	e := newEnv(t, watch.Options{Workers: 4, HostGap: gap})
	for i := 0; i < 4; i++ {
		e.add(t, watch.Source{URL: fmt.Sprintf("%s/feed%d", srv.URL, i)})
	}
	for u, r := range e.poll(t) {
		if r.Err != nil {
			t.Errorf("%s: %v", u, r.Err)
		}
	}
	if overlap {
		t.Error("two requests to one host at once")
	}
	if len(starts) != 4 {
		t.Fatalf("%d requests, want 4", len(starts))
	}
	for i := 1; i < len(starts); i++ {
		// Compare each start with the previous end (requests are serial).
		if d := starts[i].Sub(ends[i-1]); d < gap-5*time.Millisecond {
			t.Errorf("request %d started %s after the previous ended, want >= %s", i+1, d, gap)
		}
	}
}

func TestRunPollsDueSourcesUntilCancelled(t *testing.T) {
	s := newSite(t, true, 1)
	path := filepath.Join(t.TempDir(), "accord.db")
	clk := newClock()
	e := openEnv(t, path, clk, watch.Options{Tick: 10 * time.Millisecond})
	e.add(t, watch.Source{URL: s.url()})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.w.Run(ctx) }()

	waitFor(t, func() bool { return e.hasArticle(t, s.srv.URL+"/news/1") })
	// Not due again until the interval has passed, whatever the ticks.
	time.Sleep(100 * time.Millisecond)
	if n := s.hit("/feed.xml"); n != 1 {
		t.Errorf("feed fetched %d times before due, want 1", n)
	}
	s.add(2)
	clk.Add(watch.DefaultEvery)
	waitFor(t, func() bool { return e.hasArticle(t, s.srv.URL+"/news/2") })

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop on cancel")
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestRunStopsDuringSlowFetch(t *testing.T) {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer slow.Close()
	e := newEnv(t, watch.Options{Tick: 10 * time.Millisecond, Timeout: time.Minute})
	e.add(t, watch.Source{URL: slow.URL + "/feed"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.w.Run(ctx) }()
	time.Sleep(100 * time.Millisecond)
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop on cancel")
	}
	// An abandoned poll is not a failure of the source.
	if src := e.source(t, slow.URL+"/feed"); src.Failures != 0 || src.Status != watch.StatusNew {
		t.Errorf("state after cancel: %+v", src.State)
	}
}

// BenchmarkPollUnchanged measures the steady state of a watcher: 50 feeds of
// 50 items each, all seen already, polled again (no 304: the server ignores
// validators, so every feed is parsed and its items checked).
func BenchmarkPollUnchanged(b *testing.B) {
	items := make([]int, 50)
	for i := range items {
		items[i] = i + 1
	}
	s := &site{items: items, hits: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", s.feed)
	mux.HandleFunc("/news/", s.page)
	s.srv = httptest.NewServer(mux)
	defer s.srv.Close()
	db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "accord.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	clk := newClock()
	p := &pipeline.Pipeline{Coder: nullCoder{}, Store: db, Now: clk.Now}
	w := watch.New(db, p, watch.Options{Now: clk.Now, HostGap: -1, Workers: 8})
	for i := 0; i < 50; i++ {
		if _, err := db.AddSource(context.Background(), watch.Source{URL: fmt.Sprintf("%s/feed.xml?n=%d", s.srv.URL, i)}); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := w.PollOnce(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := w.PollOnce(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil || r.New != 0 {
				b.Fatalf("%+v", r)
			}
		}
	}
	b.ReportMetric(float64(50*b.N)/b.Elapsed().Seconds(), "feeds/s")
}

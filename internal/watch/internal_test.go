package watch

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/pipeline"
)

func TestSniffKind(t *testing.T) {
	for _, c := range []struct {
		name, contentType, body, want string
	}{
		{"rss by type", "application/rss+xml; charset=utf-8", "whatever", KindFeed},
		{"atom by type", "application/atom+xml", "", KindFeed},
		{"json feed by type", "application/feed+json", "{}", KindFeed},
		{"rss as text/xml", "text/xml", `<?xml version="1.0"?><rss version="2.0">`, KindFeed},
		{"atom without type", "", "\xef\xbb\xbf  <?xml version='1.0'?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", KindFeed},
		{"rdf", "application/xml", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, KindFeed},
		{"json feed", "application/json", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, KindFeed},
		{"other json", "application/json", `{"a": 1}`, KindPage},
		{"html", "text/html", "<!DOCTYPE html><html><body>news about the <feed> of cattle</body></html>", KindPage},
		{"bare html", "", "<html><p>x</p></html>", KindPage},
		{"text", "text/plain", "Just words.", KindPage},
		{"empty", "", "", KindPage},
	} {
		if got := sniffKind(c.contentType, []byte(c.body)); got != c.want {
			t.Errorf("%s: sniffKind = %q, want %q", c.name, got, c.want)
		}
	}
}

// memRegistry is a Registry in memory, for tests that need no database.
type memRegistry struct {
	mu    sync.Mutex
	srcs  map[string]Source
	items map[string]map[string]bool
}

func newMemRegistry(srcs ...Source) *memRegistry {
	r := &memRegistry{srcs: map[string]Source{}, items: map[string]map[string]bool{}}
	for _, s := range srcs {
		r.srcs[s.URL] = s
	}
	return r
}

func (r *memRegistry) AddSource(_ context.Context, s Source) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	old, ok := r.srcs[s.URL]
	s.State = old.State
	r.srcs[s.URL] = s
	return !ok, nil
}

func (r *memRegistry) RemoveSource(_ context.Context, url string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.srcs[url]; !ok {
		return ErrNoSource
	}
	delete(r.srcs, url)
	delete(r.items, url)
	return nil
}

func (r *memRegistry) Source(_ context.Context, url string) (Source, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.srcs[url]
	if !ok {
		return Source{}, ErrNoSource
	}
	return s, nil
}

func (r *memRegistry) Sources(context.Context) ([]Source, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []Source
	for _, s := range r.srcs {
		out = append(out, s)
	}
	return out, nil
}

func (r *memRegistry) DueSources(_ context.Context, now time.Time) ([]Source, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []Source
	for _, s := range r.srcs {
		if !s.NextDue.After(now) {
			out = append(out, s)
		}
	}
	return out, nil
}

func (r *memRegistry) SeenItems(_ context.Context, url string, keys []string) (map[string]bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]bool{}
	for _, k := range keys {
		if r.items[url][k] {
			out[k] = true
		}
	}
	return out, nil
}

func (r *memRegistry) RecordFetch(_ context.Context, url string, st State, items []Item) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.srcs[url]
	if !ok {
		return nil
	}
	s.State = st
	r.srcs[url] = s
	if r.items[url] == nil {
		r.items[url] = map[string]bool{}
	}
	for _, it := range items {
		r.items[url][it.Key] = true
	}
	return nil
}

// countingIngester counts the articles handed to it.
type countingIngester struct {
	mu   sync.Mutex
	arts []article.Article
}

func (c *countingIngester) Run(ctx context.Context, in <-chan article.Article) (pipeline.Stats, error) {
	var st pipeline.Stats
	for a := range in {
		c.mu.Lock()
		c.arts = append(c.arts, a)
		c.mu.Unlock()
		st.Read++
		st.Store.Articles++
	}
	return st, ctx.Err()
}

// FuzzPoll serves arbitrary bodies as a source: whatever comes back, a poll
// ends in a recorded outcome, never a panic, and every article handed on
// has an id and text.
func FuzzPoll(f *testing.F) {
	f.Add("application/rss+xml", []byte(`<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/news/1</link><description>Troops withdrew.</description></item></channel></rss>`))
	f.Add("application/atom+xml", []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title></entry></feed>`))
	f.Add("application/feed+json", []byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_text":"Talks ended."}]}`))
	f.Add("text/html", []byte(`<html><body><article><p>The ministers met in Dushanbe on Monday.</p></article></body></html>`))
	f.Add("", []byte("\x00\x01\x02\xff"))
	f.Add("application/rss+xml", []byte(`<rss><channel><item><title>broken</ti`))
	f.Fuzz(func(t *testing.T, contentType string, body []byte) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if len(contentType) < 100 {
				w.Header().Set("Content-Type", contentType)
			}
			w.Write(body)
		}))
		defer srv.Close()
		reg := newMemRegistry(Source{URL: srv.URL + "/src", Every: time.Hour})
		ing := &countingIngester{}
		w := New(reg, ing, Options{HostGap: -1, Timeout: 5 * time.Second, MaxBytes: 1 << 20})
		res, err := w.PollOnce(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 1 || (res[0].Status != StatusOK && res[0].Status != StatusFailed) {
			t.Fatalf("result %+v", res)
		}
		s, _ := reg.Source(context.Background(), srv.URL+"/src")
		if s.Status != res[0].Status || s.Fetches != 1 || (s.Status == StatusFailed) != (s.LastError != "") {
			t.Fatalf("state %+v after %+v", s.State, res[0])
		}
		for _, a := range ing.arts {
			if a.ID == "" || a.Text == "" {
				t.Fatalf("article without id or text: %+v", a)
			}
		}
	})
}

func TestItemPageRetriedAfterTransientFailure(t *testing.T) {
	// The feed gives only a headline; the page fails with 503 at first:
	// the item waits for the next poll rather than being stored headline
	// only, and the feed is then fetched in full (no 304).
	var mu sync.Mutex
	pageUp := false
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			if r.Header.Get("If-None-Match") == `"1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"1"`)
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(`<rss version="2.0"><channel><title>T</title><item><title>Headline only</title><link>` + srv.URL + `/story</link></item></channel></rss>`))
		case "/story":
			mu.Lock()
			up := pageUp
			mu.Unlock()
			if !up {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(`<html><body><article><p>The full story: delegations of the two governments met at the border crossing and signed a protocol on the exchange of detainees, the foreign ministry said.</p><p>A second paragraph with more detail about the protocol and the next meeting of the commission.</p></article></body></html>`))
		}
	}))
	defer srv.Close()
	reg := newMemRegistry(Source{URL: srv.URL + "/feed", Every: time.Hour})
	ing := &countingIngester{}
	w := New(reg, ing, Options{HostGap: -1})
	ctx := context.Background()
	if res, _ := w.PollOnce(ctx); res[0].Status != StatusOK || len(ing.arts) != 0 {
		t.Fatalf("first poll: %+v, %d articles", res, len(ing.arts))
	}
	if s, _ := reg.Source(ctx, srv.URL+"/feed"); s.ETag != "" {
		t.Errorf("ETag %q kept while an item waits", s.ETag)
	}
	mu.Lock()
	pageUp = true
	mu.Unlock()
	if res, _ := w.PollOnce(ctx); res[0].Status != StatusOK || len(ing.arts) != 1 {
		t.Fatalf("second poll: %+v, %d articles", res, len(ing.arts))
	}
	if a := ing.arts[0]; a.Title != "Headline only" || len(a.Text) < 100 {
		t.Errorf("stored %+v, want the page's text", a)
	}
	if s, _ := reg.Source(ctx, srv.URL+"/feed"); s.ETag != `"1"` {
		t.Errorf("ETag %q, want it kept now that nothing waits", s.ETag)
	}
}

func TestRetryAfter(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "7200")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	}))
	defer srv.Close()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	reg := newMemRegistry(Source{URL: srv.URL + "/feed", Every: 10 * time.Minute})
	w := New(reg, &countingIngester{}, Options{HostGap: -1, Now: func() time.Time { return now }})
	if _, err := w.PollOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	s, _ := reg.Source(context.Background(), srv.URL+"/feed")
	if s.HTTPStatus != 429 || s.Failures != 1 || !s.NextDue.Equal(now.Add(2*time.Hour)) {
		t.Errorf("state %+v, want next due in the 2h the server asked for", s.State)
	}
	for _, c := range []struct {
		h    string
		want time.Duration
	}{
		{"120", 2 * time.Minute},
		{"", 0},
		{"soon", 0},
		{"-5", 0},
		{now.Add(time.Hour).Format(http.TimeFormat), time.Hour},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0},
	} {
		if got := retryAfter(c.h, now); got != c.want {
			t.Errorf("retryAfter(%q) = %s, want %s", c.h, got, c.want)
		}
	}
}

func TestRunDispatchesEveryDueSource(t *testing.T) {
	// More due sources than workers: all are polled in the first round,
	// not a worker's worth per tick.
	var mu sync.Mutex
	hits := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		time.Sleep(10 * time.Millisecond)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<rss version="2.0"><channel><title>T</title></channel></rss>`))
	}))
	defer srv.Close()
	var srcs []Source
	for i := 0; i < 10; i++ {
		srcs = append(srcs, Source{URL: srv.URL + "/feed" + string(rune('a'+i)), Every: time.Hour})
	}
	reg := newMemRegistry(srcs...)
	w := New(reg, &countingIngester{}, Options{HostGap: -1, Workers: 2, Tick: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		mu.Lock()
		n := len(hits)
		mu.Unlock()
		if n == len(srcs) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d sources polled in the first round", n, len(srcs))
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for p, n := range hits {
		if n != 1 {
			t.Errorf("%s polled %d times", p, n)
		}
	}
}

func TestReaderPanicFailsOnlyTheSource(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<rss version="2.0"><channel><title>T</title></channel></rss>`))
	}))
	defer srv.Close()
	reg := newMemRegistry(Source{URL: srv.URL + "/feed", Every: time.Hour})
	w := New(reg, &countingIngester{}, Options{HostGap: -1,
		ReadFeed: func(context.Context, io.Reader, string, article.Options, func(article.Article) error, func(article.Problem)) error {
			panic("parser bug")
		}})
	res, err := w.PollOnce(context.Background())
	if err != nil || res[0].Status != StatusFailed || !strings.Contains(res[0].Err.Error(), "parser bug") {
		t.Fatalf("PollOnce = %+v, %v", res, err)
	}
	if s, _ := reg.Source(context.Background(), srv.URL+"/feed"); s.Failures != 1 {
		t.Errorf("state %+v", s.State)
	}
}

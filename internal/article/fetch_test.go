package article

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

const fetchTestPage = `<!DOCTYPE html>
<html lang="en"><head>
<title>Border talks resume | Steppe Wire</title>
<meta property="og:site_name" content="Steppe Wire">
<meta property="article:published_time" content="2022-12-14T09:30:00+06:00">
<link rel="canonical" href="/2022/12/14/border-talks">
</head><body>
<nav><a href="/">Home</a> » <a href="/news">News</a></nav>
<article>
<h1>Border talks resume</h1>
<p>BISHKEK, 14 December 2022 - Kyrgyz and Tajik delegations resumed talks on the delimitation of their common border on Wednesday, the Kyrgyz foreign ministry said in a statement.</p>
<p>The working groups agreed to meet again in January and to keep the ceasefire along the disputed sections of the border, according to officials in Bishkek and Dushanbe.</p>
<p>More than a hundred people were killed in fighting between the two countries in September, the worst clashes since independence.</p>
<p>Share this:</p>
</article>
<footer>© 2022 Steppe Wire. All rights reserved.</footer>
</body></html>`

const fetchTestFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Steppe Wire</title>
<item><title>Border talks resume</title><link>%s/page</link>
<pubDate>Wed, 14 Dec 2022 09:30:00 +0600</pubDate>
<description>Delegations met.</description></item>
</channel></rss>`

// fetchTestServer serves the cases of the fetch tests; it counts requests
// and records the last User-Agent.
func fetchTestServer(t *testing.T) (*httptest.Server, *atomic.Value) {
	t.Helper()
	var ua atomic.Value
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.UserAgent())
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, fetchTestPage)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		// Labelled as plain XML, as many servers do: the body tells.
		w.Header().Set("Content-Type", "text/xml")
		fmt.Fprintf(w, fetchTestFeed, srv.URL)
	})
	mux.HandleFunc("/cyrillic", func(w http.ResponseWriter, r *http.Request) {
		body := strings.Replace(fetchTestPage, "Kyrgyz and Tajik delegations", "Делегации Кыргызстана и Таджикистана", 1)
		enc, err := charmap.Windows1251.NewEncoder().String(body)
		if err != nil {
			t.Error(err)
		}
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		fmt.Fprint(w, enc)
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "DUSHANBE, 2022-05-18: Tajik authorities launched a security operation in Rushan.\n")
	})
	mux.HandleFunc("/lines", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		fmt.Fprint(w, `{"id":"n1","text":"Kazakh troops returned home.","date":"2022-01-19T08:00:00Z"}`+"\n")
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		// A gigabyte without a Content-Length, written until the client
		// hangs up.
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>news</p>", 1000))
		for sent := 0; sent < 1<<30; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/huge-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", fmt.Sprint(1<<30))
		w.Write([]byte("<p>news</p>"))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &ua
}

func fetchRun(ctx context.Context, url string, opt Options) ([]Article, []Problem, error) {
	var arts []Article
	var probs []Problem
	err := Fetch(ctx, url, opt, func(a Article) error { arts = append(arts, a); return nil },
		func(p Problem) { probs = append(probs, p) })
	return arts, probs, err
}

func TestFetch(t *testing.T) {
	srv, ua := fetchTestServer(t)
	tests := []struct {
		path       string
		opt        Options
		articles   int
		title      string
		date       string
		url        string
		textPrefix string
		problem    string // a substring of the one expected problem
	}{
		{path: "/page", articles: 1, title: "Border talks resume", date: "2022-12-14",
			url: srv.URL + "/2022/12/14/border-talks", textPrefix: "BISHKEK, 14 December 2022 - Kyrgyz and Tajik delegations resumed talks"},
		{path: "/feed", articles: 1, title: "Border talks resume", date: "2022-12-14",
			url: srv.URL + "/page", textPrefix: "Delegations met."},
		{path: "/feed", opt: Options{FetchLinks: true}, articles: 1, title: "Border talks resume", date: "2022-12-14",
			url: srv.URL + "/page", textPrefix: "BISHKEK, 14 December 2022 - Kyrgyz and Tajik delegations"},
		{path: "/cyrillic", articles: 1, title: "Border talks resume", date: "2022-12-14",
			textPrefix: "BISHKEK, 14 December 2022 - Делегации Кыргызстана и Таджикистана resumed talks"},
		{path: "/text", articles: 1, date: "2022-05-18", textPrefix: "DUSHANBE, 2022-05-18: Tajik authorities", url: srv.URL + "/text"},
		{path: "/lines", articles: 1, date: "2022-01-19", textPrefix: "Kazakh troops returned home."},
		{path: "/missing", problem: "HTTP 404"},
		{path: "/broken", problem: "HTTP 500"},
		{path: "/image", problem: "unsupported content type"},
		{path: "/huge", opt: Options{MaxBytes: 1 << 20}, problem: "too large"},
		{path: "/huge-declared", problem: "too large"},
		{path: "/slow", opt: Options{Client: &http.Client{Timeout: 100 * time.Millisecond}}, problem: "GET:"},
	}
	for _, tt := range tests {
		t.Run(strings.TrimPrefix(tt.path, "/")+fmt.Sprint(tt.opt.FetchLinks), func(t *testing.T) {
			arts, probs, err := fetchRun(context.Background(), srv.URL+tt.path, tt.opt)
			if err != nil {
				t.Fatalf("Fetch returned %v; failures must be problems", err)
			}
			if len(arts) != tt.articles {
				t.Fatalf("got %d articles (%+v), want %d; problems %v", len(arts), arts, tt.articles, probs)
			}
			if tt.problem != "" {
				if len(probs) != 1 || !strings.Contains(probs[0].Error(), tt.problem) || !probs[0].Skipped || probs[0].File != srv.URL+tt.path {
					t.Fatalf("problems = %v, want one skipped problem about %q", probs, tt.problem)
				}
				return
			}
			if len(probs) != 0 {
				t.Errorf("unexpected problems %v", probs)
			}
			a := arts[0]
			if !strings.HasPrefix(a.Title, tt.title) {
				t.Errorf("title %q, want %q", a.Title, tt.title)
			}
			if a.Date != tt.date {
				t.Errorf("date %q, want %q", a.Date, tt.date)
			}
			if tt.url != "" && a.URL != tt.url {
				t.Errorf("url %q, want %q", a.URL, tt.url)
			}
			if !strings.HasPrefix(a.Text, tt.textPrefix) {
				t.Errorf("text %q does not start with %q", a.Text, tt.textPrefix)
			}
			for _, junk := range []string{"Share this", "All rights reserved", "Home"} {
				if strings.Contains(a.Text, junk) {
					t.Errorf("text keeps boilerplate %q: %q", junk, a.Text)
				}
			}
			if tt.path == "/lines" {
				if a.ID != "n1" || a.Origin != srv.URL+"/lines:1" {
					t.Errorf("JSONL line: id %q origin %q", a.ID, a.Origin)
				}
			} else if a.ID == "" || a.ID != NewID(a.URL, "") {
				t.Errorf("id %q is not NewID of the url %q", a.ID, a.URL)
			}
		})
	}
	if got, _ := ua.Load().(string); got != DefaultUserAgent {
		t.Errorf("User-Agent %q, want %q", got, DefaultUserAgent)
	}
	if _, _, err := fetchRun(context.Background(), srv.URL+"/page", Options{UserAgent: "tester/1"}); err != nil {
		t.Fatal(err)
	}
	if got, _ := ua.Load().(string); got != "tester/1" {
		t.Errorf("User-Agent %q, want tester/1", got)
	}
}

func TestFetchContextTimeout(t *testing.T) {
	srv, _ := fetchTestServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, probs, err := fetchRun(ctx, srv.URL+"/slow", Options{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v (problems %v), want the context's deadline", err, probs)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Fetch took %v after the context expired", d)
	}
}

func TestFetchFnError(t *testing.T) {
	srv, _ := fetchTestServer(t)
	stop := errors.New("stop")
	err := Fetch(context.Background(), srv.URL+"/page", Options{}, func(Article) error { return stop }, func(Problem) {})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want fn's error", err)
	}
}

func TestFetchBadURL(t *testing.T) {
	for _, u := range []string{"ftp://example.org/x", "http://", "not a url", "file:///etc/passwd"} {
		arts, probs, err := fetchRun(context.Background(), u, Options{})
		if err != nil || len(arts) != 0 || len(probs) != 1 || probs[0].File != u {
			t.Errorf("%q: err %v, %d articles, problems %v; want one problem", u, err, len(arts), probs)
		}
	}
}

func TestFetchHugeBodyMemory(t *testing.T) {
	srv, _ := fetchTestServer(t)
	before := fetchHeapAllocs()
	_, probs, err := fetchRun(context.Background(), srv.URL+"/huge", Options{MaxBytes: 4 << 20})
	if err != nil || len(probs) != 1 {
		t.Fatalf("err %v, problems %v", err, probs)
	}
	if grew := fetchHeapAllocs() - before; grew > 64<<20 {
		t.Errorf("reading a gigabyte body allocated %d MiB; the limit is 4 MiB", grew>>20)
	}
}

// fetchHeapAllocs is the total of bytes allocated on the heap so far.
func fetchHeapAllocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

func TestReadFeedFetchLinksConcurrently(t *testing.T) {
	var cur, peak atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/story/", func(w http.ResponseWriter, r *http.Request) {
		n := cur.Add(1)
		defer cur.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(50 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html")
		page := strings.Replace(fetchTestPage, "Kyrgyz and Tajik delegations", "Story "+strings.TrimPrefix(r.URL.Path, "/story/")+" delegations", 1)
		fmt.Fprint(w, page)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	var items strings.Builder
	const n = 9
	for i := range n {
		link := fmt.Sprintf("%s/story/%d", srv.URL, i)
		if i == 4 {
			link = srv.URL + "/gone" // 404: the item keeps its own text
		}
		fmt.Fprintf(&items, "<item><title>Item %d</title><link>%s</link><description>Teaser %d.</description></item>", i, link, i)
	}
	feed := `<rss version="2.0"><channel><title>T</title>` + items.String() + `</channel></rss>`
	var arts []Article
	var probs []Problem
	err := ReadFeed(context.Background(), strings.NewReader(feed), "t.xml", Options{FetchLinks: true},
		func(a Article) error { arts = append(arts, a); return nil }, func(p Problem) { probs = append(probs, p) })
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != n {
		t.Fatalf("got %d articles, want %d", len(arts), n)
	}
	for i, a := range arts {
		want := fmt.Sprintf("BISHKEK, 14 December 2022 - Story %d delegations", i)
		if i == 4 {
			want = "Teaser 4."
		}
		if !strings.HasPrefix(a.Text, want) || a.Title != fmt.Sprintf("Item %d", i) {
			t.Errorf("article %d out of order or without its page: %q %q", i, a.Title, a.Text)
		}
	}
	if len(probs) != 1 || probs[0].Skipped || !strings.Contains(probs[0].Error(), "404") {
		t.Errorf("problems %v, want one warning (not skipped) about the 404", probs)
	}
	if p := peak.Load(); p < 2 || p > feedFetchers {
		t.Errorf("at most %d pages fetched at once, want 2..%d", p, feedFetchers)
	}
}

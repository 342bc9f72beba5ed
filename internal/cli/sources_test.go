package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/store/sqlite"
)

// sourcesCLI runs accord with args and returns its output and exit status.
func sourcesCLI(t *testing.T, ctx context.Context, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(ctx, args, strings.NewReader(""), &out, &errb)
	if strings.Contains(errb.String(), "goroutine ") {
		t.Fatalf("stack trace on stderr:\n%s", errb.String())
	}
	return out.String(), errb.String(), code
}

// newsSite serves a feed at /feed.xml whose items link to full pages, and a
// failing feed at /broken.xml.
func newsSite(t *testing.T) (srv *httptest.Server, addItem func(n int)) {
	var mu sync.Mutex
	items := []int{1, 2}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		its := append([]int(nil), items...)
		mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Border News</title>`)
		for _, n := range its {
			fmt.Fprintf(w, `<item><title>Report %d</title><link>%s/news/%d</link><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate><description>Short teaser.</description></item>`, n, srv.URL, n)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><title>Report</title></head><body><article>`)
		for i := 0; i < 5; i++ {
			fmt.Fprintf(w, `<p>BISHKEK, March 2 (%s) - Kyrgyzstan and Tajikistan agreed on Monday to withdraw troops from the disputed border section near Batken, officials said after talks that lasted most of the day in the town.</p>`, r.URL.Path)
		}
		fmt.Fprint(w, `</article></body></html>`)
	})
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "maintenance", http.StatusServiceUnavailable)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, func(n int) { mu.Lock(); items = append(items, n); mu.Unlock() }
}

func storedArticle(t *testing.T, db, url string) bool {
	t.Helper()
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ok, err := st.HasArticle(context.Background(), article.NewID(url, ""))
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func TestSourcesUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "accord.db")
	ctx := context.Background()
	for _, args := range [][]string{
		{"sources"},
		{"sources", "frobnicate"},
		{"sources", "add"},
		{"sources", "add", "--db", db, "ftp://example.org/feed"},
		{"sources", "add", "--db", db, "https://example.org/feed", "--every", "soon"},
		{"sources", "add", "--db", db, "https://example.org/feed", "--every", "10s"},
		{"sources", "add", "--db", db, "https://example.org/feed", "--country", "Kyrgyzstan"},
		{"sources", "add", "--db", db, "https://example.org/a", "https://example.org/b"},
		{"sources", "list", "--db", db, "--format", "xml"},
		{"sources", "remove", "--db", db},
		{"watch", "--db", db, "extra"},
		{"watch", "--db", db, "--workers", "0"},
	} {
		_, stderr, code := sourcesCLI(t, ctx, args...)
		if code != 2 || !strings.HasPrefix(stderr, "accord: ") {
			t.Errorf("accord %s: exit %d, stderr %q; want 2 and a message", strings.Join(args, " "), code, stderr)
		}
	}
	if _, stderr, code := sourcesCLI(t, ctx, "sources", "list", "--db", db); code != 1 || !strings.Contains(stderr, db) {
		t.Errorf("list without a store: exit %d, %q", code, stderr)
	}
	if out, _, code := sourcesCLI(t, ctx, "sources", "--help"); code != 0 || !strings.Contains(out, "sources list") {
		t.Errorf("sources --help: exit %d, %q", code, out)
	}
}

func TestSourcesAndWatchOnce(t *testing.T) {
	srv, addItem := newsSite(t)
	db := filepath.Join(t.TempDir(), "accord.db")
	ctx := context.Background()
	feed := srv.URL + "/feed.xml"
	broken := srv.URL + "/broken.xml"

	out, stderr, code := sourcesCLI(t, ctx, "sources", "add", feed, "--db", db, "--name", "Border News",
		"--every", "30m", "--outlet", "Border Agency", "--country", "kgz", "--language", "en", "--state-owned")
	if code != 0 || !strings.Contains(out, "added "+feed) || !strings.Contains(out, "every 30m") {
		t.Fatalf("sources add: exit %d\n%s%s", code, out, stderr)
	}
	if out, _, code = sourcesCLI(t, ctx, "sources", "add", feed, "--db", db, "--name", "Border News", "--every", "20m",
		"--outlet", "Border Agency", "--country", "KGZ", "--state-owned=true"); code != 0 || !strings.HasPrefix(out, "updated") {
		t.Fatalf("sources add again: exit %d, %q", code, out)
	}
	if _, _, code = sourcesCLI(t, ctx, "sources", "add", "--db", db, broken); code != 0 {
		t.Fatalf("sources add broken: exit %d", code)
	}

	list := func() map[string]sourceJSON {
		t.Helper()
		out, stderr, code := sourcesCLI(t, ctx, "sources", "list", "--db", db, "--format", "json")
		if code != 0 {
			t.Fatalf("sources list: exit %d: %s", code, stderr)
		}
		var srcs []sourceJSON
		if err := json.Unmarshal([]byte(out), &srcs); err != nil {
			t.Fatalf("sources list --format json: %v\n%s", err, out)
		}
		m := map[string]sourceJSON{}
		for _, s := range srcs {
			m[s.URL] = s
		}
		return m
	}
	srcs := list()
	s := srcs[feed]
	if len(srcs) != 2 || s.Name != "Border News" || s.Every != "20m" || s.Country != "KGZ" || s.Outlet != "Border Agency" ||
		s.StateOwned == nil || !*s.StateOwned || s.Status != "new" || s.Language != "en" {
		t.Fatalf("listed: %+v", srcs)
	}
	if b := srcs[broken]; b.StateOwned != nil || b.Every != "15m" {
		t.Errorf("broken source listed as %+v", b)
	}

	// One poll: the feed's two items are stored, the broken source fails.
	out, stderr, code = sourcesCLI(t, ctx, "watch", "--once", "--db", db, "--gap", "0")
	if code != 1 || !strings.Contains(out, "2 new articles stored") || !strings.Contains(out, broken+": failed") ||
		!strings.Contains(stderr, "1 of 2 sources failed") {
		t.Fatalf("watch --once: exit %d\n%s%s", code, out, stderr)
	}
	for _, n := range []int{1, 2} {
		if !storedArticle(t, db, fmt.Sprintf("%s/news/%d", srv.URL, n)) {
			t.Errorf("item %d not stored", n)
		}
	}
	srcs = list()
	if s := srcs[feed]; s.Status != "ok" || s.Articles != 2 || s.LastFetch == "" || s.NextDue == "" || s.Kind != "feed" {
		t.Errorf("after poll: %+v", s)
	}
	if b := srcs[broken]; b.Status != "failed" || b.HTTPStatus != 503 || !strings.Contains(b.LastError, "503") || b.Failures != 1 {
		t.Errorf("broken after poll: %+v", b)
	}
	out, _, _ = sourcesCLI(t, ctx, "sources", "list", "--db", db)
	if !strings.Contains(out, "Border News") || !strings.Contains(out, "HTTP 503") || !strings.Contains(out, "LAST ERROR") {
		t.Errorf("table:\n%s", out)
	}

	// Again: nothing new; then a new item.
	if _, _, code = sourcesCLI(t, ctx, "sources", "remove", broken, "--db", db); code != 0 {
		t.Fatalf("remove: exit %d", code)
	}
	out, stderr, code = sourcesCLI(t, ctx, "watch", "--once", "--db", db, "--gap", "0")
	if code != 0 || !strings.Contains(out, "0 new articles stored") {
		t.Fatalf("second watch --once: exit %d\n%s%s", code, out, stderr)
	}
	addItem(3)
	out, _, code = sourcesCLI(t, ctx, "watch", "--once", "--db", db, "--gap", "0")
	if code != 0 || !strings.Contains(out, "1 new articles stored") || !storedArticle(t, db, srv.URL+"/news/3") {
		t.Fatalf("third watch --once: exit %d\n%s", code, out)
	}

	// Removing a source keeps its articles.
	if out, _, code = sourcesCLI(t, ctx, "sources", "remove", feed, "--db", db); code != 0 || !strings.Contains(out, "removed") {
		t.Fatalf("remove: exit %d %q", code, out)
	}
	if _, stderr, code = sourcesCLI(t, ctx, "sources", "remove", feed, "--db", db); code != 1 || !strings.Contains(stderr, "no source") {
		t.Errorf("remove twice: exit %d %q", code, stderr)
	}
	if len(list()) != 0 {
		t.Error("source still listed after remove")
	}
	if !storedArticle(t, db, srv.URL+"/news/1") {
		t.Error("articles gone with their source")
	}
	if out, _, code = sourcesCLI(t, ctx, "watch", "--once", "--db", db); code != 0 || !strings.Contains(out, "no sources") {
		t.Errorf("watch with no sources: exit %d %q", code, out)
	}
}

func TestWatchRunsUntilCancelled(t *testing.T) {
	srv, _ := newsSite(t)
	db := filepath.Join(t.TempDir(), "accord.db")
	if _, _, code := sourcesCLI(t, context.Background(), "sources", "add", srv.URL+"/feed.xml", "--db", db); code != 0 {
		t.Fatal("sources add failed")
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		_, _, code := sourcesCLI(t, ctx, "watch", "--db", db, "--gap", "0")
		done <- code
	}()
	deadline := time.Now().Add(20 * time.Second)
	for !storedArticle(t, db, srv.URL+"/news/2") {
		if time.Now().After(deadline) {
			cancel()
			t.Fatal("watch stored nothing")
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("watch exited %d after cancel, want 0", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("watch did not stop on cancel")
	}
}

func TestStartWatcherForServe(t *testing.T) {
	srv, _ := newsSite(t)
	db := filepath.Join(t.TempDir(), "accord.db")
	ctx := context.Background()
	if _, _, code := sourcesCLI(t, ctx, "sources", "add", srv.URL+"/feed.xml", "--db", db); code != 0 {
		t.Fatal("sources add failed")
	}
	st, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := newPipeline(&dictFlags{}, st)
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	env := &Env{Stdout: &logs, Stderr: &logs, Log: slog.New(slog.NewTextHandler(&logs, nil))}
	stop := startWatcher(ctx, env, st, p)
	deadline := time.Now().Add(20 * time.Second)
	id := article.NewID(srv.URL+"/news/2", "")
	for {
		ok, err := st.HasArticle(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			break
		}
		if time.Now().After(deadline) {
			stop()
			t.Fatalf("the watcher stored nothing; log:\n%s", logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	stopped := make(chan struct{})
	go func() { stop(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(10 * time.Second):
		t.Fatal("stop did not return")
	}
}

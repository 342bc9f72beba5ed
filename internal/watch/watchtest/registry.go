package watchtest

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/watch"
)

// Run runs the registry suite; open returns a new, empty registry for each
// subtest.
func Run(t *testing.T, open func(t *testing.T) watch.Registry) {
	t.Run("AddUpdateList", func(t *testing.T) { testAddUpdateList(t, open(t)) })
	t.Run("Refuses", func(t *testing.T) { testRefuses(t, open(t)) })
	t.Run("StateRoundTrip", func(t *testing.T) { testStateRoundTrip(t, open(t)) })
	t.Run("Due", func(t *testing.T) { testDue(t, open(t)) })
	t.Run("Items", func(t *testing.T) { testItems(t, open(t)) })
	t.Run("Remove", func(t *testing.T) { testRemove(t, open(t)) })
}

var ctx = context.Background()

func mustAdd(t *testing.T, r watch.Registry, s watch.Source) {
	t.Helper()
	if _, err := r.AddSource(ctx, s); err != nil {
		t.Fatalf("AddSource(%s): %v", s.URL, err)
	}
}

func mustGet(t *testing.T, r watch.Registry, url string) watch.Source {
	t.Helper()
	s, err := r.Source(ctx, url)
	if err != nil {
		t.Fatalf("Source(%s): %v", url, err)
	}
	return s
}

func testAddUpdateList(t *testing.T, r watch.Registry) {
	yes, no := true, false
	created, err := r.AddSource(ctx, watch.Source{URL: "https://b.example/rss", Name: "B", Every: time.Hour,
		Outlet: "B News", Country: "kgz", Language: "ru", StateOwned: &yes})
	if err != nil || !created {
		t.Fatalf("add: created %v, %v", created, err)
	}
	mustAdd(t, r, watch.Source{URL: "https://a.example/page"})
	s := mustGet(t, r, "https://b.example/rss")
	if s.Name != "B" || s.Every != time.Hour || s.Outlet != "B News" || s.Country != "KGZ" || s.Language != "ru" ||
		s.StateOwned == nil || !*s.StateOwned || s.AddedAt.IsZero() || s.Status != watch.StatusNew {
		t.Errorf("stored %+v", s)
	}
	if a := mustGet(t, r, "https://a.example/page"); a.Every != watch.DefaultEvery || a.StateOwned != nil {
		t.Errorf("defaults: %+v", a)
	}
	all, err := r.Sources(ctx)
	if err != nil || len(all) != 2 || all[0].URL != "https://a.example/page" || all[1].URL != "https://b.example/rss" {
		t.Fatalf("Sources = %v, %v; want both, by URL", all, err)
	}

	// An update changes the description and keeps the state.
	st := watch.State{Status: watch.StatusOK, Fetches: 3, Articles: 7, ETag: `"x"`}
	if err := r.RecordFetch(ctx, "https://b.example/rss", st, nil); err != nil {
		t.Fatal(err)
	}
	created, err = r.AddSource(ctx, watch.Source{URL: "https://b.example/rss", Name: "B2", Every: 2 * time.Hour, StateOwned: &no})
	if err != nil || created {
		t.Fatalf("update: created %v, %v", created, err)
	}
	s = mustGet(t, r, "https://b.example/rss")
	if s.Name != "B2" || s.Every != 2*time.Hour || s.StateOwned == nil || *s.StateOwned || s.Outlet != "" {
		t.Errorf("after update: %+v", s)
	}
	if s.Fetches != 3 || s.Articles != 7 || s.ETag != `"x"` || s.Status != watch.StatusOK {
		t.Errorf("update lost the state: %+v", s.State)
	}
}

func testRefuses(t *testing.T, r watch.Registry) {
	for _, bad := range []watch.Source{
		{URL: "ftp://example.org/"},
		{URL: "example.org/rss"},
		{URL: ""},
		{URL: "https://example.org/a", Every: time.Second},
		{URL: "https://example.org/a", Country: "Kyrgyzstan"},
	} {
		if _, err := r.AddSource(ctx, bad); err == nil {
			t.Errorf("AddSource(%+v) accepted", bad)
		}
	}
	if _, err := r.Source(ctx, "https://nowhere.example/"); !errors.Is(err, watch.ErrNoSource) {
		t.Errorf("Source of an unknown URL: %v, want ErrNoSource", err)
	}
}

func testStateRoundTrip(t *testing.T, r watch.Registry) {
	mustAdd(t, r, watch.Source{URL: "https://example.org/rss"})
	at := time.Date(2026, 3, 1, 12, 30, 15, 250e6, time.UTC)
	want := watch.State{
		Kind: watch.KindFeed, Status: watch.StatusFailed, HTTPStatus: 503, LastError: "HTTP 503 Service Unavailable",
		LastFetch: at, LastSuccess: at.Add(-time.Hour), Failures: 2, NextDue: at.Add(time.Hour),
		ETag: `W/"abc"`, LastModified: "Sun, 01 Mar 2026 12:00:00 GMT", ContentHash: "0123456789abcdef",
		Fetches: 10, Articles: 42,
	}
	if err := r.RecordFetch(ctx, "https://example.org/rss", want, nil); err != nil {
		t.Fatal(err)
	}
	got := mustGet(t, r, "https://example.org/rss").State
	if !reflect.DeepEqual(normal(got), normal(want)) {
		t.Errorf("state round trip:\n got %+v\nwant %+v", got, want)
	}
}

// normal makes times comparable with reflect.DeepEqual.
func normal(s watch.State) watch.State {
	for _, t := range []*time.Time{&s.LastFetch, &s.LastSuccess, &s.NextDue} {
		*t = t.UTC()
	}
	return s
}

func testDue(t *testing.T, r watch.Registry) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		url  string
		next time.Time
	}{
		{"https://example.org/never", time.Time{}},
		{"https://example.org/past", now.Add(-time.Minute)},
		{"https://example.org/exact", now},
		{"https://example.org/future", now.Add(time.Millisecond)},
		{"https://example.org/later", now.Add(time.Hour)},
	} {
		mustAdd(t, r, watch.Source{URL: c.url})
		if !c.next.IsZero() {
			if err := r.RecordFetch(ctx, c.url, watch.State{Status: watch.StatusOK, NextDue: c.next, LastFetch: now}, nil); err != nil {
				t.Fatal(err)
			}
		}
	}
	due, err := r.DueSources(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, s := range due {
		got[s.URL] = true
	}
	want := map[string]bool{"https://example.org/never": true, "https://example.org/past": true, "https://example.org/exact": true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("due = %v, want %v", got, want)
	}
}

func testItems(t *testing.T, r watch.Registry) {
	mustAdd(t, r, watch.Source{URL: "https://example.org/a"})
	mustAdd(t, r, watch.Source{URL: "https://example.org/b"})
	if err := r.RecordFetch(ctx, "https://example.org/a", watch.State{Status: watch.StatusOK},
		[]watch.Item{{Key: "url:1", ArticleID: "x1"}, {Key: "url:2", ArticleID: "x2"}}); err != nil {
		t.Fatal(err)
	}
	// Marking an item again is harmless.
	if err := r.RecordFetch(ctx, "https://example.org/a", watch.State{Status: watch.StatusOK},
		[]watch.Item{{Key: "url:2", ArticleID: "x2"}}); err != nil {
		t.Fatal(err)
	}
	seen, err := r.SeenItems(ctx, "https://example.org/a", []string{"url:1", "url:2", "url:3"})
	if err != nil || !reflect.DeepEqual(seen, map[string]bool{"url:1": true, "url:2": true}) {
		t.Errorf("seen in a = %v, %v", seen, err)
	}
	// Items belong to their source.
	if seen, err := r.SeenItems(ctx, "https://example.org/b", []string{"url:1"}); err != nil || len(seen) != 0 {
		t.Errorf("seen in b = %v, %v", seen, err)
	}
	// Many keys at once.
	keys := make([]string, 2000)
	for i := range keys {
		keys[i] = "k" + string(rune('a'+i%26)) + time.Duration(i).String()
	}
	keys[1999] = "url:1"
	if seen, err := r.SeenItems(ctx, "https://example.org/a", keys); err != nil || len(seen) != 1 || !seen["url:1"] {
		t.Errorf("seen of 2000 keys = %d, %v", len(seen), err)
	}
	if seen, err := r.SeenItems(ctx, "https://example.org/a", nil); err != nil || len(seen) != 0 {
		t.Errorf("seen of no keys = %v, %v", seen, err)
	}
}

func testRemove(t *testing.T, r watch.Registry) {
	u := "https://example.org/rss"
	mustAdd(t, r, watch.Source{URL: u})
	if err := r.RecordFetch(ctx, u, watch.State{Status: watch.StatusOK}, []watch.Item{{Key: "url:a"}}); err != nil {
		t.Fatal(err)
	}
	if err := r.RemoveSource(ctx, u); err != nil {
		t.Fatal(err)
	}
	if err := r.RemoveSource(ctx, u); !errors.Is(err, watch.ErrNoSource) {
		t.Errorf("second remove: %v, want ErrNoSource", err)
	}
	// The fetch of a source removed meanwhile does not bring it back.
	if err := r.RecordFetch(ctx, u, watch.State{Status: watch.StatusOK}, []watch.Item{{Key: "url:z"}}); err != nil {
		t.Fatal(err)
	}
	if all, _ := r.Sources(ctx); len(all) != 0 {
		t.Errorf("sources after remove: %v", all)
	}
	// Added again, it starts afresh.
	mustAdd(t, r, watch.Source{URL: u})
	if s := mustGet(t, r, u); s.Status != watch.StatusNew || s.Fetches != 0 {
		t.Errorf("re-added: %+v", s.State)
	}
	if seen, _ := r.SeenItems(ctx, u, []string{"url:a", "url:z"}); len(seen) != 0 {
		t.Errorf("items after remove: %v", seen)
	}
}

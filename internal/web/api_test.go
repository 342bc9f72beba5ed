package web

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

func TestAPIEventsValidation(t *testing.T) {
	s := newServer(t, Options{Store: testStore(t, 20)})
	cases := []struct {
		query  string
		status int
		errHas string
	}{
		{"", 200, ""},
		{"country=KGZ&from=2015-01-01&to=2030-01-01&quad=4&limit=10", 200, ""},
		{"country=kgz", 200, ""},
		{"country=", 200, ""},
		{"pair=KGZ-TJK&root=19&newest=true", 200, ""},
		{"q=border+talks", 200, ""},
		{"country=KG", 400, "country"},
		{"country=KGZ&country=TJK", 400, "given 2 times"},
		{"pair=KGZ", 400, "pair"},
		{"from=2021-13-01", 400, "from date"},
		{"from=2022-01-01&to=2021-01-01", 400, "after"},
		{"code=1a", 400, "code"},
		{"root=1", 400, "root"},
		{"quad=5", 400, "quad"},
		{"quad=x", 400, "quad"},
		{"limit=0", 400, "limit"},
		{"limit=100000", 400, "limit"},
		{"limit=ten", 400, "limit"},
		{"newest=maybe", 400, "newest"},
		{"cursor=garbage!", 400, "cursor"},
		{"q=%21%21", 400, "query"},
		{"countyr=KGZ", 400, "unknown parameter"},
	}
	for _, c := range cases {
		status, h, body := get(t, s, "/api/events?"+c.query)
		if status != c.status {
			t.Errorf("%q: status %d, want %d (%s)", c.query, status, c.status, body)
			continue
		}
		if !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
			t.Errorf("%q: content type %q", c.query, h.Get("Content-Type"))
		}
		if c.status == 400 {
			var e struct{ Error string }
			if err := json.Unmarshal([]byte(body), &e); err != nil || !strings.Contains(e.Error, c.errHas) {
				t.Errorf("%q: error %q (%v), want it to mention %q", c.query, e.Error, err, c.errHas)
			}
		}
	}
}

func TestAPIEventsFilters(t *testing.T) {
	s := newServer(t, Options{Store: testStore(t, 60)})
	var page eventsResponse
	status, _, body := get(t, s, "/api/events?country=KGZ&quad=4&limit=1000")
	if status != 200 || json.Unmarshal([]byte(body), &page) != nil {
		t.Fatalf("status %d: %s", status, body)
	}
	if len(page.Events) == 0 {
		t.Fatal("no KGZ quad-4 events in the test store")
	}
	for _, e := range page.Events {
		if e.Quad != 4 || (!strings.HasPrefix(e.Source, "KGZ") && !strings.HasPrefix(e.Target, "KGZ")) {
			t.Errorf("event %s (%s→%s quad %d) does not match country=KGZ&quad=4", e.ID, e.Source, e.Target, e.Quad)
		}
	}
	status, _, body = get(t, s, "/api/events?q=zqxborder")
	page = eventsResponse{}
	json.Unmarshal([]byte(body), &page)
	if status != 200 || len(page.Events) != 3 {
		t.Errorf("q=zqxborder: status %d, %d events, want 3", status, len(page.Events))
	}
}

// TestAPIPaging pages through every event with a small limit and checks
// that the pages together are exactly the store's events, in order.
func TestAPIPaging(t *testing.T) {
	db := testStore(t, 40)
	s := newServer(t, Options{Store: db})
	all, err := db.Events(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, newest := range []bool{false, true} {
		var got []string
		next := "/api/events?limit=7"
		if newest {
			next += "&newest=true"
		}
		for pages := 0; next != ""; pages++ {
			if pages > len(all.Events) {
				t.Fatal("paging does not end")
			}
			status, _, body := get(t, s, next)
			var p eventsResponse
			if status != 200 || json.Unmarshal([]byte(body), &p) != nil {
				t.Fatalf("%s: status %d: %s", next, status, body)
			}
			if len(p.Events) > 7 {
				t.Fatalf("page of %d events, limit 7", len(p.Events))
			}
			for _, e := range p.Events {
				got = append(got, e.ID)
			}
			next = p.Next
		}
		if len(got) != len(all.Events) {
			t.Fatalf("newest=%v: paged %d events, store has %d", newest, len(got), len(all.Events))
		}
		for i := range got {
			j := i
			if newest {
				j = len(got) - 1 - i
			}
			if got[i] != all.Events[j].ID {
				t.Fatalf("newest=%v: event %d is %s, want %s", newest, i, got[i], all.Events[j].ID)
			}
		}
	}
}

func TestAPIEvent(t *testing.T) {
	db := testStore(t, 5)
	s := newServer(t, Options{Store: db})
	p, _ := db.Events(context.Background(), store.Filter{Query: "zqxborder", Limit: 1})
	id := p.Events[0].ID
	status, _, body := get(t, s, "/api/events/"+id)
	var got struct {
		Event   event.Event
		Reports []event.Event
	}
	if status != 200 || json.Unmarshal([]byte(body), &got) != nil || got.Event.ID != id || len(got.Reports) == 0 {
		t.Errorf("event %s: status %d: %s", id, status, body)
	}
	if status, _, body := get(t, s, "/api/events/nosuchid"); status != 404 || !strings.Contains(body, `"error"`) {
		t.Errorf("unknown id: status %d: %s", status, body)
	}
	if status, _, body := get(t, s, "/api/nothing"); status != 404 || !strings.Contains(body, `"error"`) {
		t.Errorf("unknown endpoint: status %d: %s", status, body)
	}
}

func TestAPIOptionalSourcesAbsent(t *testing.T) {
	s := newServer(t, Options{Store: testStore(t, 5)})
	for _, path := range []string{"/api/alerts", "/api/alerts?as_of=2022-01-01", "/api/agreements", "/api/disputes", "/api/indicators?country=KGZ", "/api/indicators?country=kgz-tjk"} {
		status, _, body := get(t, s, path)
		if status != 200 || strings.TrimSpace(body) != "[]" {
			t.Errorf("%s: status %d, body %q, want 200 []", path, status, body)
		}
	}
	for _, path := range []string{"/api/indicators", "/api/indicators?country=Kyrgyzstan", "/api/alerts?as_of=yesterday", "/api/agreements?x=1"} {
		if status, _, body := get(t, s, path); status != 400 || !strings.Contains(body, `"error"`) {
			t.Errorf("%s: status %d, body %q, want 400", path, status, body)
		}
	}
}

// fakeSources stands in for the signal, agreement and dispute packages.
type fakeSources struct{ asOf time.Time }

func (f *fakeSources) Alerts(ctx context.Context, asOf time.Time) ([]Alert, error) {
	f.asOf = asOf
	return []Alert{{ID: "a1", Subject: "KGZ-TJK", Kind: "conflict_spike", AsOf: asOf.Format(time.DateOnly), Window: "7d",
		Observed: 12, Baseline: 2.5, Score: 3.8, Explanation: "Material conflict between Kyrgyzstan and Tajikistan is <far> above its baseline.",
		Evidence: []Evidence{{Event: "e1", Date: "2022-09-14", Text: "Troops clashed."}}}}, nil
}

func (f *fakeSources) Agreements(ctx context.Context) ([]Agreement, error) {
	yes := true
	return []Agreement{{ID: "ag1", Name: "Treaty on the State Border", Kind: "treaty", Binding: &yes, Date: "2025-03-13",
		Parties: []Party{
			{Country: "KGZ", Status: "ratified", Since: "2025-03-20", Evidence: []Evidence{{Text: "Parliament ratified the border treaty.", Date: "2025-03-20"}}},
			{Country: "TJK", Status: "deferred", Evidence: []Evidence{{Text: "Dushanbe will sign after national procedures."}}},
		}}}, nil
}

func (f *fakeSources) Disputes(ctx context.Context) ([]Dispute, error) {
	return []Dispute{{ID: "d1", Parties: []string{"KGZ", "TJK"}, Topic: "Border delimitation", Status: "active", First: "2021-04-29", Last: "2022-09-16",
		Timeline: []TimelineEntry{{Date: "2021-04-29", Kind: "incident", Summary: "Clash over the Golovnoy water intake"}, {Date: "2021-05-01", Kind: "ceasefire"}}}}, nil
}

func (f *fakeSources) Indicators(ctx context.Context, subject string) ([]Indicator, error) {
	return []Indicator{{Subject: subject, Name: "Goldstein mean", Points: []Point{{"2022-09-14", -3}, {"2022-09-15", -1}}}}, nil
}

func (f *fakeSources) Ratings(ctx context.Context, country string) ([]Rating, error) {
	return []Rating{{Country: country, Name: "Freedom score", Year: 2024, Value: 27, Scale: "0–100"}}, nil
}

func TestOptionalSourcesPresent(t *testing.T) {
	fs := &fakeSources{}
	s := newServer(t, Options{Store: testStore(t, 5), Alerts: fs, Agreements: fs, Disputes: fs, Indicators: fs, Ratings: fs})
	status, _, body := get(t, s, "/api/alerts")
	var as []Alert
	if status != 200 || json.Unmarshal([]byte(body), &as) != nil || len(as) != 1 || as[0].Subject != "KGZ-TJK" {
		t.Errorf("/api/alerts: %d %s", status, body)
	}
	// Without as_of, alerts are as of the newest stored event.
	if fs.asOf.Format(time.DateOnly) < "2022-09-16" {
		t.Errorf("alerts as of %s, want the newest event's date or later", fs.asOf)
	}
	pages := []struct{ path, want string }{
		{"/", "Material conflict between Kyrgyzstan and Tajikistan is &lt;far&gt; above"},
		{"/agreements", `<summary class="status st-ratified">ratified`},
		{"/agreements", "Dushanbe will sign after national procedures."},
		{"/disputes", "Clash over the Golovnoy water intake"},
		{"/country/KGZ", "Freedom score"},
		{"/country/KGZ", "Treaty on the State Border"},
		{"/pair/KGZ-TJK", "Border delimitation"},
		{"/pair/TJK-KGZ", "conflict_spike"},
		{"/country/TJK", "Goldstein mean"},
	}
	for _, p := range pages {
		status, _, body := get(t, s, p.path)
		if status != 200 || !strings.Contains(body, p.want) {
			t.Errorf("%s: status %d, want %q in the page", p.path, status, p.want)
		}
	}
	if _, _, body := get(t, s, "/api/indicators?country=KGZ"); !strings.Contains(body, "Goldstein mean") {
		t.Errorf("/api/indicators: %s", body)
	}
}

// recordingIngester stores what it is given, as the pipeline would.
type recordingIngester struct {
	got []article.Article
	err error
}

func (r *recordingIngester) Ingest(ctx context.Context, arts []article.Article) ([]store.Document, store.SaveStats, error) {
	if r.err != nil {
		return nil, store.SaveStats{}, r.err
	}
	r.got = append(r.got, arts...)
	var docs []store.Document
	for _, a := range arts {
		e := event.Event{Doc: a.ID, Date: a.Date, Source: "KGZ", Target: "TJK", Code: "036", Root: "03", Quad: 1, Text: a.Text}
		e.ID = event.ReportID(a.ID, 0, e.Source, e.Target, e.Code)
		docs = append(docs, store.Document{Article: a, Events: []event.Event{e}})
	}
	return docs, store.SaveStats{Articles: len(arts), Reports: len(arts), Events: len(arts)}, nil
}

func TestAPIArticles(t *testing.T) {
	db := testStore(t, 1)
	one := `{"id": "a1", "date": "2022-09-14",
	  "text": "Kyrgyzstan said it wants to meet Tajikistan."}`
	jsonl := `{"id":"b1","text":"First story."}` + "\n" + `{"id":"b2","text":"Second story.","date":"2022-01-02"}` + "\n"
	cases := []struct {
		name, token, auth, body string
		status                  int
		has                     string
		stored                  int
	}{
		{"no token configured", "", "Bearer x", one, 401, "no token is configured", 0},
		{"no header", "s3cret", "", one, 401, "Bearer", 0},
		{"wrong token", "s3cret", "Bearer wrong", one, 401, "Bearer", 0},
		{"wrong scheme", "s3cret", "Basic s3cret", one, 401, "Bearer", 0},
		{"one object", "s3cret", "Bearer s3cret", one, 200, `"id":"a1"`, 1},
		{"jsonl", "s3cret", "bearer s3cret", jsonl, 200, `"id":"b2"`, 2},
		{"bad line", "s3cret", "Bearer s3cret", jsonl + "{broken\n", 400, "body:3", 0},
		{"no text", "s3cret", "Bearer s3cret", `{"id":"c"}`, 400, "body:1", 0},
		{"empty", "s3cret", "Bearer s3cret", " \n", 400, "empty body", 0},
		{"too large", "s3cret", "Bearer s3cret", `{"id":"big","text":"` + strings.Repeat("x", 5000) + `"}`, 413, "over 4096 bytes", 0},
	}
	for _, c := range cases {
		ing := &recordingIngester{}
		s := newServer(t, Options{Store: db, Ingester: ing, Token: c.token, MaxBody: 4096})
		status, body := post(t, s, "/api/articles", c.body, "Authorization", c.auth)
		if status != c.status || !strings.Contains(body, c.has) {
			t.Errorf("%s: status %d body %s, want %d with %q", c.name, status, body, c.status, c.has)
		}
		if len(ing.got) != c.stored {
			t.Errorf("%s: ingested %d articles, want %d", c.name, len(ing.got), c.stored)
		}
	}
	// A store failure is a 500 that does not leak the error.
	s := newServer(t, Options{Store: db, Ingester: &recordingIngester{err: errors.New("disk on fire")}, Token: "t"})
	if status, body := post(t, s, "/api/articles", one, "Authorization", "Bearer t"); status != 500 || strings.Contains(body, "fire") {
		t.Errorf("failing ingester: %d %s", status, body)
	}
	// Writes only by POST.
	if status, _, _ := get(t, s, "/api/articles"); status != http.StatusMethodNotAllowed && status != 404 {
		t.Errorf("GET /api/articles: %d", status)
	}
}

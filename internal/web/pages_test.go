package web

import (
	"bufio"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

func TestPagesRender(t *testing.T) {
	s := newServer(t, Options{Store: testStore(t, 30)})
	pages := []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{`id="map"`, "No alerts computed yet.", "Latest events", "event-row"}},
		{"/country/KGZ", 200, []string{"Kyrgyzstan", "data-chart=", "No governance ratings loaded yet.", "No agreements computed yet.", "No disputes computed yet.", "/download?country=KGZ&amp;format=csv"}},
		{"/country/kgz", 200, []string{"Kyrgyzstan"}},
		{"/pair/KGZ-TJK", 200, []string{"Tajikistan", "zqxborder"}},
		{"/agreements", 200, []string{"No agreements computed yet."}},
		{"/disputes", 200, []string{"No disputes computed yet."}},
		{"/search?q=zqxborder", 200, []string{"zqxborder post 190", "zqxborder post 036", "<form id=\"search\""}},
		{"/search?country=KG", 400, []string{"country &#34;KG&#34;"}},
		{"/country/KG", 400, []string{"three-letter"}},
		{"/pair/KGZ", 400, []string{"KGZ-TJK"}},
		{"/events/nosuch", 404, []string{"Nothing here"}},
		{"/nosuch", 404, nil},
	}
	for _, p := range pages {
		status, h, body := get(t, s, p.path)
		if status != p.status {
			t.Errorf("%s: status %d, want %d", p.path, status, p.status)
		}
		for _, w := range p.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: page lacks %q", p.path, w)
			}
		}
		if status != 404 && !strings.HasPrefix(h.Get("Content-Type"), "text/html") {
			t.Errorf("%s: content type %q", p.path, h.Get("Content-Type"))
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	s := newServer(t, Options{Store: testStore(t, 1)})
	for _, path := range []string{"/", "/api/events", "/static/app.js", "/nosuch"} {
		_, h, _ := get(t, s, path)
		want := map[string]string{
			"X-Content-Type-Options": "nosniff",
			"X-Frame-Options":        "DENY",
			"Referrer-Policy":        "no-referrer",
		}
		for k, v := range want {
			if h.Get(k) != v {
				t.Errorf("%s: %s = %q, want %q", path, k, h.Get(k), v)
			}
		}
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") || strings.Contains(csp, "http") {
			t.Errorf("%s: CSP %q", path, csp)
		}
	}
}

// TestEscaping checks that article text cannot inject markup: a story
// containing a script tag shows as text on every page that shows it.
func TestEscaping(t *testing.T) {
	db := testStore(t, 1)
	s := newServer(t, Options{Store: db})
	p, err := db.Events(context.Background(), store.Filter{Query: "shelling Vorukh", Limit: 1})
	if err != nil || len(p.Events) != 1 {
		t.Fatalf("script event not found: %v", err)
	}
	id := p.Events[0].ID
	for _, path := range []string{"/events/" + id, "/events/" + id + "/card", "/search?q=shelling+vorukh", "/", "/pair/KGZ-TJK"} {
		_, _, body := get(t, s, path)
		if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("%s: the script tag is not shown as text", path)
		}
		for _, bad := range []string{"<script>alert", "<img src=x", "<b>bold</b>"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: page contains raw %q", path, bad)
			}
		}
	}
	_, _, body := get(t, s, "/events/"+id)
	for _, w := range []string{"Second paragraph &lt;img src=x onerror=alert(2)&gt;.", "A &lt;b&gt;bold&lt;/b&gt; headline",
		`<mark class="source" title="source">Kyrgyzstan</mark>`, `<mark class="verb" title="verb">accused</mark>`, `<mark class="target" title="target">Tajikistan</mark>`} {
		if !strings.Contains(body, w) {
			t.Errorf("event page lacks %q", w)
		}
	}
}

func TestHighlight(t *testing.T) {
	sp := func(a, b int) *event.Span { return &event.Span{a, b} }
	text := "Kyrgyz troops shelled Tajik posts."
	cases := []struct {
		name string
		text string
		ev   event.Evidence
		want string
	}{
		{"all roles", text, event.Evidence{Source: sp(0, 13), Verb: sp(14, 21), Target: sp(22, 33)}, "[source:Kyrgyz troops] [verb:shelled] [target:Tajik posts]."},
		{"no evidence", text, event.Evidence{}, text},
		{"out of range", text, event.Evidence{Source: sp(0, 6), Target: sp(22, 99)}, "[source:Kyrgyz] troops shelled Tajik posts."},
		{"negative", text, event.Evidence{Verb: sp(-1, 4)}, text},
		{"overlap keeps first", text, event.Evidence{Source: sp(0, 13), Verb: sp(7, 21)}, "[source:Kyrgyz troops] shelled Tajik posts."},
		{"empty span", text, event.Evidence{Verb: sp(5, 5)}, text},
		{"mid-rune", "Бишкек said", event.Evidence{Source: sp(0, 3)}, "Бишкек said"},
		{"runes", "Бишкек said", event.Evidence{Source: sp(0, 12), Verb: sp(13, 17)}, "[source:Бишкек] [verb:said]"},
	}
	for _, c := range cases {
		var b strings.Builder
		for _, s := range highlight(c.text, c.ev) {
			if s.Role != "" {
				b.WriteString("[" + s.Role + ":" + s.Text + "]")
			} else {
				b.WriteString(s.Text)
			}
		}
		if b.String() != c.want {
			t.Errorf("%s: got %q, want %q", c.name, b.String(), c.want)
		}
	}
}

func TestSearchPartial(t *testing.T) {
	s := newServer(t, Options{Store: testStore(t, 30)})
	status, _, body := get(t, s, "/search?q=zqxborder&quad=4", "HX-Request", "true")
	if status != 200 || strings.Contains(body, "<html") || strings.Count(body, `class="event-row"`) != 1 || !strings.Contains(body, "zqxborder post 190") {
		t.Errorf("htmx search: status %d, body %s", status, body)
	}
	// Paging on the search page: the Next link leads to the rest.
	status, _, body = get(t, s, "/search?limit=2&q=zqxborder", "HX-Request", "true")
	if status != 200 || strings.Count(body, `class="event-row"`) != 2 || !strings.Contains(body, "cursor=") {
		t.Fatalf("first page: %d %s", status, body)
	}
	i := strings.Index(body, `hx-get="/search?`)
	next := body[i+len(`hx-get="`):]
	next = strings.ReplaceAll(next[:strings.IndexByte(next, '"')], "&amp;", "&")
	_, _, body = get(t, s, next, "HX-Request", "true")
	if strings.Count(body, `class="event-row"`) != 1 {
		t.Errorf("second page %s: %s", next, body)
	}
}

func TestDownload(t *testing.T) {
	db := testStore(t, 50)
	s := newServer(t, Options{Store: db})
	p, _ := db.Events(context.Background(), store.Filter{Country: "KGZ"})
	n := len(p.Events)
	if n < 20 {
		t.Fatalf("only %d KGZ events", n)
	}
	lines := func(body string) int { return strings.Count(strings.TrimSpace(body), "\n") + 1 }
	status, h, body := get(t, s, "/download?format=jsonl&country=KGZ")
	if status != 200 || lines(body) != n || !strings.Contains(h.Get("Content-Disposition"), "accord-events.jsonl") {
		t.Errorf("jsonl: status %d, %d lines, want %d", status, lines(body), n)
	}
	sc := bufio.NewScanner(strings.NewReader(body))
	for sc.Scan() {
		var e event.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil || (cameoCountry(e.Source) != "KGZ" && cameoCountry(e.Target) != "KGZ") {
			t.Fatalf("jsonl line %q: %v", sc.Text(), err)
		}
	}
	if status, _, body = get(t, s, "/download?format=csv&country=KGZ"); status != 200 || lines(body) != n+1 {
		t.Errorf("csv: status %d, %d lines, want %d with the header", status, lines(body), n+1)
	}
	if status, _, body = get(t, s, "/download?format=gdelt&country=KGZ&limit=5"); status != 200 || lines(body) != 5 || !strings.Contains(body, "\t") {
		t.Errorf("gdelt: status %d, %d lines, want 5", status, lines(body))
	}
	if status, _, _ = get(t, s, "/download?format=xml"); status != 400 {
		t.Errorf("bad format: %d", status)
	}
	if status, _, _ = get(t, s, "/download?format=csv&from=yesterday"); status != 400 {
		t.Errorf("bad date: %d", status)
	}
}

func cameoCountry(actor string) string {
	if len(actor) < 3 {
		return ""
	}
	return actor[:3]
}

func TestStaticAssets(t *testing.T) {
	s := newServer(t, Options{Store: testStore(t, 1)})
	for _, path := range []string{"/static/app.js", "/static/app.css", "/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css",
		"/static/vendor/uplot/uPlot.iife.min.js", "/static/vendor/htmx/htmx.min.js", "/static/vendor/topojson-client/topojson-client.min.js",
		"/static/vendor/world-atlas/countries-50m.json"} {
		if status, _, body := get(t, s, path); status != 200 || len(body) < 100 {
			t.Errorf("%s: status %d, %d bytes", path, status, len(body))
		}
	}
	// Every script and stylesheet a page names is served from here.
	_, _, page := get(t, s, "/")
	for _, attr := range []string{`src="`, `href="`} {
		for _, part := range strings.Split(page, attr)[1:] {
			ref := part[:strings.IndexByte(part, '"')]
			if strings.HasPrefix(ref, "http") || strings.HasPrefix(ref, "//") {
				t.Errorf("page refers to %s outside the server", ref)
			}
			if strings.HasPrefix(ref, "/static/") {
				if status, _, _ := get(t, s, ref); status != 200 {
					t.Errorf("%s: %d", ref, status)
				}
			}
		}
	}
	var names map[string]string
	_, _, body := get(t, s, "/map/countries.json")
	if json.Unmarshal([]byte(body), &names) != nil || names["Kyrgyzstan"] != "KGZ" || names["Tajikistan"] != "TJK" || names["United States of America"] != "USA" {
		t.Errorf("map country names: %.200s", body)
	}
}

func TestCheckAddr(t *testing.T) {
	cases := []struct {
		addr   string
		public bool
		ok     bool
	}{
		{"127.0.0.1:8080", false, true},
		{"localhost:8080", false, true},
		{"[::1]:8080", false, true},
		{"127.0.0.2:80", false, true},
		{"0.0.0.0:8080", false, false},
		{":8080", false, false},
		{"192.168.1.5:8080", false, false},
		{"0.0.0.0:8080", true, true},
		{"nonsense", false, false},
	}
	for _, c := range cases {
		err := CheckAddr(c.addr, c.public)
		if (err == nil) != c.ok {
			t.Errorf("CheckAddr(%q, %v) = %v", c.addr, c.public, err)
		}
		if err != nil && c.addr == "0.0.0.0:8080" && !strings.Contains(err.Error(), "--public") {
			t.Errorf("message does not say how to allow it: %v", err)
		}
	}
}

// TestServeShutdown checks that Serve answers and that cancelling its
// context lets a request in flight finish before it returns.
func TestServeShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		w.Write([]byte("finished"))
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, slow) }()
	resp := make(chan string, 1)
	go func() {
		r, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			resp <- err.Error()
			return
		}
		defer r.Body.Close()
		b := make([]byte, 100)
		n, _ := r.Body.Read(b)
		resp <- string(b[:n])
	}()
	<-started
	cancel()
	if got := <-resp; got != "finished" {
		t.Errorf("request in flight got %q", got)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestJump(t *testing.T) {
	s := newServer(t, Options{Store: testStore(t, 1)})
	cases := map[string]string{
		"/country?iso=tjk":     "/country/TJK",
		"/country":             "/country/KGZ",
		"/pair?a=kgz&b=UZB":    "/pair/KGZ-UZB",
		"/pair":                "/pair/KGZ-TJK",
		"/country?iso=%3Cx%3E": "/country/%3CX%3E",
	}
	for path, want := range cases {
		status, h, _ := get(t, s, path)
		if status != http.StatusSeeOther || h.Get("Location") != want {
			t.Errorf("%s: %d to %q, want %q", path, status, h.Get("Location"), want)
		}
	}
}

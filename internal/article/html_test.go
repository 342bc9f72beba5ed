package article

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestReadHTMLPage(t *testing.T) {
	f, err := os.Open("testdata/golden/border-page.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := ReadHTML(f, "border-page.html", "", testOptions())
	if err != nil {
		t.Fatal(err)
	}
	want := Article{
		Title:    "Kyrgyz and Tajik leaders agree to pull back troops",
		Date:     "2021-05-01", // article:published_time, in its own zone, outranks JSON-LD
		URL:      "https://steppewire.example/politics/kyrgyz-tajik-pullback",
		Source:   "Steppe Wire",
		Language: "en-US",
		Origin:   "border-page.html",
	}
	got := a
	got.ID, got.Text = "", ""
	if got != want {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if a.ID != NewID(want.URL, "") {
		t.Errorf("ID %q is not the hash of the canonical URL", a.ID)
	}
	if !strings.HasPrefix(a.Text, "BISHKEK, May 1 (Steppe Wire) — The governments") {
		t.Errorf("text starts %q", a.Text[:min(80, len(a.Text))])
	}
	for _, junk := range []string{"Home", "Subscribe", "Share this", "Facebook", "Most read", "Markets rally", "All rights reserved", "cookies", "By Staff Reporter"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text holds boilerplate %q:\n%s", junk, a.Text)
		}
	}
	if n := strings.Count(a.Text, "\n\n") + 1; n != 4 {
		t.Errorf("text has %d paragraphs, want 4", n)
	}
}

// newsPage builds a page around an article body with the given head.
func newsPage(head, body string) string {
	para := "<p>Officials from both countries met in the border town on Tuesday and agreed to continue talks on the disputed sections of the frontier, according to statements released after the meeting.</p>\n"
	return "<!DOCTYPE html><html><head>" + head + "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>" +
		body + strings.Repeat(para, 3) + "</article><footer>© 2022 Example</footer></body></html>"
}

func TestReadHTML(t *testing.T) {
	tests := []struct {
		name, page, pageURL string
		title, date, url    string
		source, textStart   string
	}{
		{name: "site name trimmed from the title",
			page:  newsPage(`<title>Border talks resume | Steppe Wire</title><meta property="og:site_name" content="Steppe Wire">`, "<h1>Border talks resume</h1>"),
			title: "Border talks resume", source: "Steppe Wire", textStart: "Officials from both"},
		{name: "JSON-LD date",
			page:  newsPage(`<title>T</title><script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"NewsArticle","datePublished":"2022-09-16T10:00:00+06:00","publisher":{"name":"Kabar"}}]}</script>`, ""),
			title: "T", date: "2022-09-16", source: "Kabar", textStart: "Officials from both"},
		{name: "time element",
			page:  newsPage(`<title>T</title>`, `<time datetime="2022-05-18T09:00:00Z">18 May</time>`),
			title: "T", date: "2022-05-18", textStart: "18 May\n\nOfficials from both"},
		{name: "itemprop datePublished",
			page:  newsPage(`<title>T</title>`, `<span itemprop="datePublished" content="2021-04-29">April 29</span>`),
			title: "T", date: "2021-04-29", textStart: "April 29\n\nOfficials from both"},
		{name: "other meta date",
			page:  newsPage(`<title>T</title><meta name="pubdate" content="Wed, 14 Dec 2022 10:00:00 +0600">`, ""),
			title: "T", date: "2022-12-14", textStart: "Officials from both"},
		{name: "dateline when there is no metadata",
			page:  newsPage(`<title>T</title>`, "<p>DUSHANBE, Sept. 20, 2022 (Example) — Tajikistan said on Tuesday that talks with Kyrgyzstan on the border would continue next month in a neutral venue.</p>"),
			title: "T", date: "2022-09-20", textStart: "DUSHANBE, Sept. 20, 2022"},
		{name: "relative canonical resolved against the page URL",
			page:    newsPage(`<title>T</title><link rel="canonical" href="/news/123">`, ""),
			pageURL: "https://news.example.kg/a/b?x=1",
			title:   "T", url: "https://news.example.kg/news/123", source: "news.example.kg", textStart: "Officials from both"},
		{name: "page URL when there is no canonical link",
			page:    newsPage(`<title>T</title>`, ""),
			pageURL: "https://www.news.example.kg/a",
			title:   "T", url: "https://www.news.example.kg/a", source: "news.example.kg", textStart: "Officials from both"},
		{name: "boilerplate inside the article",
			page:  newsPage(`<title>T</title>`, "<p>Read more: Earlier clashes on the border</p><p>Share this:</p>"),
			title: "T", textStart: "Officials from both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ReadHTML(strings.NewReader(tt.page), "page.html", tt.pageURL, testOptions())
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Date != tt.date || a.URL != tt.url || a.Source != tt.source || !strings.HasPrefix(a.Text, tt.textStart) {
				t.Errorf("got title %q date %q url %q source %q text %q\nwant title %q date %q url %q source %q text %q…",
					a.Title, a.Date, a.URL, a.Source, a.Text, tt.title, tt.date, tt.url, tt.source, tt.textStart)
			}
			if strings.Contains(a.Text, "Read more") || strings.Contains(a.Text, "Share this") || strings.Contains(a.Text, "©") {
				t.Errorf("boilerplate left in %q", a.Text)
			}
		})
	}
}

func TestReadHTMLCharset(t *testing.T) {
	body := "<p>Бишкек и Душанбе договорились продолжить переговоры о границе. " + strings.Repeat("Стороны заявили, что встреча прошла конструктивно. ", 12) + "</p>"
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Переговоры</title></head><body><article>` + body + `</article></body></html>`
	enc, err := charmap.Windows1251.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	a, err := ReadHTML(strings.NewReader(enc), "ru.html", "", testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Переговоры" || !strings.HasPrefix(a.Text, "Бишкек и Душанбе") {
		t.Errorf("windows-1251 page read as title %q text %q", a.Title, a.Text[:min(60, len(a.Text))])
	}
}

func TestReadHTMLBad(t *testing.T) {
	tests := []struct {
		name, page string
		err        error
	}{
		{"empty", "  \n", ErrEmpty},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ErrBinary},
		{"no text", "<html><head><title></title></head><body><script>var x = 1;</script></body></html>", ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadHTML(strings.NewReader(tt.page), "bad.html", "", testOptions())
			if !errors.Is(err, tt.err) {
				t.Errorf("err = %v, want %v", err, tt.err)
			}
		})
	}
	_, err := ReadHTML(strings.NewReader(newsPage("", "")), "big.html", "", Options{MaxBytes: 100})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("page over MaxBytes: err = %v", err)
	}
}

func TestTrimSiteName(t *testing.T) {
	tests := []struct{ title, site, h1, want string }{
		{"Border talks resume | Steppe Wire", "Steppe Wire", "", "Border talks resume"},
		{"Steppe Wire - Border talks resume", "Steppe Wire", "", "Border talks resume"},
		{"Border talks resume — Kabar", "", "Border talks resume", "Border talks resume"},
		{"Kyrgyz - Tajik talks resume", "Steppe Wire", "", "Kyrgyz - Tajik talks resume"},
		{"Steppe Wire", "Steppe Wire", "", "Steppe Wire"},
	}
	for _, tt := range tests {
		if got := trimSiteName(tt.title, tt.site, tt.h1); got != tt.want {
			t.Errorf("trimSiteName(%q, %q, %q) = %q, want %q", tt.title, tt.site, tt.h1, got, tt.want)
		}
	}
}

func BenchmarkReadHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/golden/border-page.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadHTML(bytes.NewReader(page), "border-page.html", "", testOptions()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

package article

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// feedCollect reads a feed file and returns its articles and problems.
func feedCollect(t *testing.T, path string, opt Options) ([]Article, []Problem) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var arts []Article
	var probs []Problem
	err = ReadFeed(context.Background(), f, path, opt,
		func(a Article) error { arts = append(arts, a); return nil },
		func(p Problem) { probs = append(probs, p) })
	if err != nil {
		t.Fatalf("ReadFeed: %v", err)
	}
	return arts, probs
}

func TestReadFeedFormats(t *testing.T) {
	type want struct {
		title, date, url, source, textPrefix string
		textAbsent                           []string
	}
	tests := []struct {
		file     string
		want     []want
		problems int
	}{
		{
			file: "rss.xml",
			want: []want{
				{
					title: "Kyrgyz and Tajik border guards exchange fire near Kok-Tash", date: "2021-04-29",
					url: "https://monitor.example.org/news/2021/04/29/kok-tash?utm_source=rss", source: "Central Asia Monitor & Review",
					textPrefix: "Border guards of Kyrgyzstan and Tajikistan exchanged fire on Thursday",
					textAbsent: []string{"Home", "Photo: AFP", "Share this", "<p>", "&amp;"},
				},
				{
					title: "Kazakhstan asks CSTO for help as unrest spreads", date: "2022-01-06",
					url: "https://monitor.example.org/news/2022/01/06/csto", source: "Central Asia Monitor & Review",
					textPrefix: "President Kassym-Jomart Tokayev asked the Collective Security Treaty Organization",
					textAbsent: []string{"Read more", "<p>"},
				},
				{
					// No description: the title is the text; the GUID is a URL and becomes the link.
					title: "Uzbekistan declares state of emergency in Karakalpakstan", date: "2022-07-04",
					url: "https://monitor.example.org/news/2022/07/04/karakalpakstan", source: "Central Asia Monitor & Review",
					textPrefix: "Uzbekistan declares state of emergency in Karakalpakstan",
				},
			},
			problems: 1, // the empty item
		},
		{
			file: "atom.xml",
			want: []want{
				{
					title: "Central Asian leaders meet in Cholpon-Ata", date: "2022-07-21",
					url: "https://steppe.example.net/2022/07/21/cholpon-ata", source: "Steppe Wire",
					textPrefix: "The presidents of Kazakhstan, Kyrgyzstan and Uzbekistan signed a treaty on friendship in Cholpon-Ata on Thursday.\n\nTajikistan and Turkmenistan",
				},
				{
					title: "Tenge falls as central bank raises rate", date: "2022-02-24", source: "Steppe Wire",
					textPrefix: "Kazakhstan's central bank raised its base rate to 13.5 percent.",
				},
			},
		},
		{
			file: "feed.json",
			want: []want{
				{
					title: "Security operation in Gorno-Badakhshan", date: "2022-05-18",
					url: "https://pamir.example.com/2022/05/18/khorog", source: "Pamir Dispatch",
					textPrefix: "Tajik authorities launched a security operation in the Rushan district",
					textAbsent: []string{"All rights reserved"},
				},
				{
					title: "Verdict in Karakalpakstan trial", date: "2023-01-31", source: "Pamir Dispatch",
					textPrefix: "A court in Bukhara sentenced 22 people",
				},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, probs := feedCollect(t, filepath.Join("testdata", "feeds", tt.file), Options{})
			if len(probs) != tt.problems {
				t.Errorf("problems = %v, want %d", probs, tt.problems)
			}
			if len(arts) != len(tt.want) {
				t.Fatalf("got %d articles, want %d: %+v", len(arts), len(tt.want), arts)
			}
			ids := map[string]bool{}
			for i, w := range tt.want {
				a := arts[i]
				if a.Title != w.title || a.Date != w.date || a.URL != w.url || a.Source != w.source {
					t.Errorf("item %d: got title %q date %q url %q source %q, want %q %q %q %q",
						i, a.Title, a.Date, a.URL, a.Source, w.title, w.date, w.url, w.source)
				}
				if !strings.HasPrefix(a.Text, w.textPrefix) {
					t.Errorf("item %d: text %q does not start with %q", i, a.Text, w.textPrefix)
				}
				for _, s := range w.textAbsent {
					if strings.Contains(a.Text, s) {
						t.Errorf("item %d: text %q still holds %q", i, a.Text, s)
					}
				}
				if len(a.ID) != 16 || ids[a.ID] {
					t.Errorf("item %d: bad or repeated id %q", i, a.ID)
				}
				ids[a.ID] = true
				if a.Language != "en" {
					t.Errorf("item %d: language %q, want en", i, a.Language)
				}
			}
		})
	}
}

func TestReadFeedIDsStable(t *testing.T) {
	// The id follows the link, so an edited item keeps it; a tracking
	// parameter does not change it either.
	a, _ := feedCollect(t, filepath.Join("testdata", "feeds", "rss.xml"), Options{})
	if want := NewID("https://monitor.example.org/news/2021/04/29/kok-tash", "other text"); a[0].ID != want {
		t.Errorf("id %q, want NewID of the link %q", a[0].ID, want)
	}
	b, _ := feedCollect(t, filepath.Join("testdata", "feeds", "rss.xml"), Options{})
	for i := range a {
		if a[i].ID != b[i].ID {
			t.Errorf("item %d: id changed between reads", i)
		}
	}
	// An item with neither link nor URL GUID hashes its GUID, not its text.
	atom, _ := feedCollect(t, filepath.Join("testdata", "feeds", "atom.xml"), Options{})
	if want := NewID("guid:tag:steppe.example.net,2022:2", ""); atom[1].ID != want {
		t.Errorf("guid-only id %q, want %q", atom[1].ID, want)
	}
}

func TestReadFeedBadInput(t *testing.T) {
	tests := []struct {
		name  string
		input string
		opt   Options
		want  error
	}{
		{"not a feed", "This is not a feed at all.", Options{}, nil},
		{"empty", "  \n", Options{}, ErrEmpty},
		{"broken xml", `<rss version="2.0"><channel><title>x</title><item><title>a`, Options{}, nil},
		{"too large", `<rss version="2.0"><channel><title>` + strings.Repeat("x", 2000) + `</title></channel></rss>`, Options{MaxBytes: 1000}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var probs []Problem
			n := 0
			err := ReadFeed(context.Background(), strings.NewReader(tt.input), "in.xml", tt.opt,
				func(Article) error { n++; return nil }, func(p Problem) { probs = append(probs, p) })
			if err != nil {
				t.Fatalf("ReadFeed returned %v; bad input must be a problem, not an error", err)
			}
			if tt.name == "broken xml" && n > 0 && len(probs) == 0 {
				return // a lenient parse that still found the item is fine
			}
			if len(probs) != 1 || !probs[0].Skipped || probs[0].File != "in.xml" {
				t.Fatalf("problems = %+v, want one skipped problem in in.xml", probs)
			}
			if tt.want != nil && !errors.Is(probs[0], tt.want) {
				t.Errorf("problem %v is not %v", probs[0], tt.want)
			}
		})
	}
}

func TestReadFeedStopsOnFnError(t *testing.T) {
	stop := errors.New("stop")
	f, err := os.Open(filepath.Join("testdata", "feeds", "rss.xml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	err = ReadFeed(context.Background(), f, "rss.xml", Options{}, func(Article) error { n++; return stop }, func(Problem) {})
	if !errors.Is(err, stop) || n != 1 {
		t.Fatalf("err = %v after %d items, want stop after 1", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ReadFeed(ctx, strings.NewReader(`{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","content_text":"x"}]}`), "f.json", Options{}, func(Article) error { return nil }, func(Problem) {}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled ctx: err = %v", err)
	}
}

func FuzzReadFeed(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", "feeds", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<rss version="2.0"><channel><item><title>a &amp; b</title><description>&lt;p&gt;x</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div>x</div></content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":1,"content_html":"<p>\xff</p>"}]}`))
	f.Add([]byte("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><item><title>t</title></item></rdf:RDF>"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := ReadFeed(context.Background(), strings.NewReader(string(data)), "fuzz.xml", Options{MaxBytes: 1 << 20},
			func(a Article) error {
				if a.ID == "" || strings.TrimSpace(a.Text) == "" {
					t.Fatalf("article without id or text: %+v", a)
				}
				for _, s := range []string{a.Text, a.Title, a.Source, a.URL, a.Date} {
					if !utf8.ValidString(s) {
						t.Fatalf("invalid UTF-8 in %+v", a)
					}
				}
				if a.Date != "" {
					if _, err := time.Parse(time.DateOnly, a.Date); err != nil {
						t.Fatalf("bad date %q", a.Date)
					}
				}
				return nil
			},
			func(p Problem) {
				if p.File != "fuzz.xml" || p.Err == nil {
					t.Fatalf("bad problem %+v", p)
				}
			})
		if err != nil {
			t.Fatalf("ReadFeed returned %v", err)
		}
	})
}

// BenchmarkReadFeed reads an RSS feed of 200 items with HTML content and
// reports items per second.
func BenchmarkReadFeed(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title>`)
	const items = 200
	for i := range items {
		fmt.Fprintf(&sb, `<item><title>Story %d</title><link>https://example.org/%d</link><pubDate>Wed, 14 Dec 2022 09:30:00 +0600</pubDate><content:encoded><![CDATA[<p>Home » News</p><p>%s</p><p>%s</p><p>Share this:</p>]]></content:encoded></item>`, i, i, fpStory, fpOther)
	}
	sb.WriteString(`</channel></rss>`)
	data := sb.String()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		n := 0
		err := ReadFeed(context.Background(), strings.NewReader(data), "bench.xml", Options{},
			func(Article) error { n++; return nil }, func(p Problem) { b.Fatal(p) })
		if err != nil || n != items {
			b.Fatalf("err %v, %d items", err, n)
		}
	}
	b.ReportMetric(float64(items*b.N)/b.Elapsed().Seconds(), "items/s")
}

// TestFeedGolden reads every feed in testdata/feeds/ with ReadFeed and
// compares the articles and problems with FEED.golden beside it. Run with
// -update to rewrite the golden files after a deliberate change.
func TestFeedGolden(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join("testdata", "feeds"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if e.IsDir() || strings.HasSuffix(e.Name(), ".golden") {
			continue
		}
		n++
		in := filepath.ToSlash(filepath.Join("testdata", "feeds", e.Name()))
		t.Run(e.Name(), func(t *testing.T) {
			f, err := os.Open(in)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			res := goldenResult{Articles: []goldenArticle{}, Problems: []goldenProblem{}}
			err = ReadFeed(context.Background(), f, in, testOptions(), func(a Article) error {
				res.Articles = append(res.Articles, goldenArticle{a, a.Origin})
				return nil
			}, func(p Problem) {
				res.Problems = append(res.Problems, goldenProblem{p.Error(), p.Line, p.Skipped})
			})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := in + ".golden"
			if *updateGolden {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestFeedGolden -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("reading %s gave\n%s\nwant (%s)\n%s", in, got, golden, want)
			}
		})
	}
	if n < 3 {
		t.Errorf("only %d feeds found", n)
	}
}

package article

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// checkArticle fails the test when a reader gave an article that breaks the
// promises of Article.
func checkArticle(t *testing.T, a Article) {
	t.Helper()
	if a.ID == "" || strings.TrimSpace(a.Text) == "" {
		t.Fatalf("article without id or text: %+v", a)
	}
	for _, s := range []string{a.ID, a.Text, a.Title, a.URL, a.Source, a.Language, a.Date} {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in %+v", a)
		}
	}
	if a.Date != "" {
		if _, err := time.Parse("2006-01-02", a.Date); err != nil || !isoDay.MatchString(a.Date) {
			t.Fatalf("bad date %q", a.Date)
		}
	}
}

// addFiles adds the golden inputs with the given extensions to a corpus.
func addFiles(f *testing.F, exts ...string) {
	for _, ext := range exts {
		files, _ := filepath.Glob("testdata/golden/*" + ext)
		for _, name := range files {
			b, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
}

func FuzzReadJSONL(f *testing.F) {
	addFiles(f, ".jsonl", ".json")
	for _, s := range []string{
		`{"id":"a","text":"t","date":"2022-01-02"}`,
		`{"id":1e400,"text":"t"}`,
		`{"id":-0.5,"text":"t","date":"2022-01-02T03:04:05+14:00"}`,
		"{\"text\":\"\xff\"}\n\n{",
		`{"text":null,"id":null}`,
		"\ufeff{\"id\":\"bom\",\"text\":\"t\"}\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		lines := bytes.Count(in, []byte("\n")) + 1
		err := ReadJSONL(context.Background(), bytes.NewReader(in), "f.jsonl", Options{MaxBytes: 4096}, func(a Article) error {
			checkArticle(t, a)
			return nil
		}, func(p Problem) {
			if p.Line < 0 || p.Line > lines || p.Err == nil {
				t.Fatalf("bad problem %+v for %d lines", p, lines)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := readJSONValues(context.Background(), in, "f.json", func(a Article) error {
			checkArticle(t, a)
			return nil
		}, func(p Problem) {}); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzReadText(f *testing.F) {
	addFiles(f, ".txt")
	for _, s := range []string{
		"Headline\n\nBISHKEK, 14 December 2022 - Text.",
		"Home » A » B\nWorld News Politics Asia\n\nSource :",
		"On 29 February, in 2023.",
		"\xff\xfe\x00T\x00",
		"a-\nb-\n-\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := ReadText(bytes.NewReader(in), "f.txt", testOptions())
		if err != nil {
			return
		}
		checkArticle(t, a)
		if strings.Contains(a.Text, "\n\n\n") || strings.TrimSpace(a.Text) != a.Text {
			t.Fatalf("untidy text %q", a.Text)
		}
	})
}

func FuzzReadHTML(f *testing.F) {
	addFiles(f, ".html", ".htm")
	for _, s := range []string{
		newsPage(`<meta property="article:published_time" content="2022-13-45">`, "<p>x</p>"),
		`<html><head><script type="application/ld+json">[[[{"datePublished":"9999-99-99"}]]]</script></head><body><p>Text here.</p></body></html>`,
		`<meta charset="shift_jis"><p>text</p>`,
		`<time datetime="">`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := ReadHTML(bytes.NewReader(in), "f.html", "https://example.org/a/", testOptions())
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}

func FuzzParseDateline(f *testing.F) {
	for _, s := range []string{
		"BISHKEK, 14 December 2022 -", "BISHKEK, Dec. 14, 2022 (Reuters) —", "ALMATY (AP) — text",
		"Dushanbe, 2022-05-18:", "On 21st July, in 2022", "Published on 29 Feb", "MOSCOW, Kyrgyzstan, Feb 30 -",
		"A, B, C, 1 Jan 1800 (x) /y/ -",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := ParseDateline(s, testNow); ok {
			if _, err := time.Parse("2006-01-02", d); err != nil {
				t.Fatalf("ParseDateline(%q) = %q", s, d)
			}
		}
		for _, d := range DatesIn(s, testNow) {
			if d.Start < 0 || d.End > len(s) || d.Start >= d.End || !validDay(d.Year, d.Month, d.Day) {
				t.Fatalf("DatesIn(%q) gave %+v", s, d)
			}
		}
		if d := DocumentDate(s, testNow); d != "" {
			if _, err := time.Parse("2006-01-02", d); err != nil {
				t.Fatalf("DocumentDate(%q) = %q", s, d)
			}
		}
	})
}

func FuzzClean(f *testing.F) {
	addFiles(f, ".txt")
	f.Fuzz(func(t *testing.T, in []byte) {
		s := string(in)
		out := Clean(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("Clean made invalid UTF-8 of %q", s)
		}
		if strings.Contains(out, "\n\n\n") || strings.TrimSpace(out) != out || strings.Contains(out, "  ") {
			t.Fatalf("untidy output %q", out)
		}
	})
}

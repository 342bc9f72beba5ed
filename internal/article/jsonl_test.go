package article

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// collect reads with fn and onProblem that record what they are given.
type collected struct {
	articles []Article
	problems []Problem
}

func (c *collected) add(a Article) error { c.articles = append(c.articles, a); return nil }
func (c *collected) problem(p Problem)   { c.problems = append(c.problems, p) }

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a1","text":"Troops withdrew.","date":"2022-05-01","title":"T","url":"https://x.org/a","source":"AKIpress","language":"en","extra":{"x":1}}`,
		``,
		`{"id": 42, "text": "A numeric id."}`,
		`{"text": "No id at all.", "url": "https://Example.org/story/?utm_source=x"}`,
		`{"id":"d","text":"An RFC 3339 date.","date":"2022-07-21T23:30:00+06:00"}`,
		`{"id":"bad1","text":"broken`,
		`["not", "an", "object"]`,
		`{"id":"bad3"}`,
		`{"id":"bad4","text":"   "}`,
		`{"id":"bad5","text":"A bad date.","date":"21/07/2022"}`,
		`{"id":"bad6","text":17}`,
		`{"id":true,"text":"A bool id."}`,
		"{\"id\":\"u\",\"text\":\"Broken \xff UTF-8 kept.\"}",
		`{"id":"last","text":"No newline at the end."}`,
	}, "\n")
	var c collected
	if err := ReadJSONL(context.Background(), strings.NewReader(in), "news.jsonl", Options{}, c.add, c.problem); err != nil {
		t.Fatal(err)
	}
	wantIDs := []string{"a1", "42", NewID("https://example.org/story", ""), "d", "u", "last"}
	if len(c.articles) != len(wantIDs) {
		t.Fatalf("read %d articles, want %d: %+v", len(c.articles), len(wantIDs), c.articles)
	}
	for i, a := range c.articles {
		if a.ID != wantIDs[i] {
			t.Errorf("article %d id = %q, want %q", i, a.ID, wantIDs[i])
		}
	}
	first := c.articles[0]
	if first != (Article{ID: "a1", Text: "Troops withdrew.", Date: "2022-05-01", Title: "T", URL: "https://x.org/a", Source: "AKIpress", Language: "en", Origin: "news.jsonl:1"}) {
		t.Errorf("first article = %+v", first)
	}
	if c.articles[3].Date != "2022-07-21" {
		t.Errorf("RFC 3339 date normalised to %q", c.articles[3].Date)
	}
	if c.articles[4].Text != "Broken \uFFFD UTF-8 kept." || c.articles[4].Origin != "news.jsonl:13" {
		t.Errorf("repaired article = %+v", c.articles[4])
	}
	wantProblems := []struct {
		line    int
		skipped bool
		substr  string
	}{
		{6, true, "broken JSON"},
		{7, true, "not a JSON object"},
		{8, true, `no "text"`},
		{9, true, `empty "text"`},
		{10, true, `field "date"`},
		{11, true, `field "text"`},
		{12, true, `field "id"`},
		{13, false, "invalid UTF-8"},
	}
	if len(c.problems) != len(wantProblems) {
		t.Fatalf("got %d problems, want %d: %v", len(c.problems), len(wantProblems), c.problems)
	}
	for i, p := range c.problems {
		w := wantProblems[i]
		if p.File != "news.jsonl" || p.Line != w.line || p.Skipped != w.skipped || !strings.Contains(p.Error(), w.substr) {
			t.Errorf("problem %d = %q (line %d, skipped %v), want line %d skipped %v containing %q", i, p.Error(), p.Line, p.Skipped, w.line, w.skipped, w.substr)
		}
	}
}

func TestReadJSONLEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n  \n"} {
		var c collected
		if err := ReadJSONL(context.Background(), strings.NewReader(in), "empty.jsonl", Options{}, c.add, c.problem); err != nil {
			t.Fatal(err)
		}
		if len(c.articles) != 0 || len(c.problems) != 1 || !errors.Is(c.problems[0], ErrEmpty) {
			t.Errorf("ReadJSONL(%q): articles %v, problems %v; want one empty-file problem", in, c.articles, c.problems)
		}
	}
}

func TestReadJSONLStops(t *testing.T) {
	in := strings.Repeat(`{"id":"x","text":"t"}`+"\n", 10)
	stop := errors.New("stop")
	n := 0
	err := ReadJSONL(context.Background(), strings.NewReader(in), "x.jsonl", Options{}, func(Article) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	}, nil)
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("fn's error: got %v after %d articles", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ReadJSONL(ctx, strings.NewReader(in), "x.jsonl", Options{}, func(Article) error { return nil }, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled ctx: got %v", err)
	}
}

func TestReadJSONLLongLine(t *testing.T) {
	in := `{"id":"a","text":"short"}` + "\n" +
		`{"id":"b","text":"` + strings.Repeat("x", 5000) + `"}` + "\n" +
		`{"id":"c","text":"short again"}` + "\n"
	var c collected
	if err := ReadJSONL(context.Background(), strings.NewReader(in), "x.jsonl", Options{MaxBytes: 1000}, c.add, c.problem); err != nil {
		t.Fatal(err)
	}
	if len(c.articles) != 2 || c.articles[1].ID != "c" || c.articles[1].Origin != "x.jsonl:3" {
		t.Errorf("articles = %+v", c.articles)
	}
	if len(c.problems) != 1 || c.problems[0].Line != 2 || !errors.Is(c.problems[0], ErrTooLarge) {
		t.Errorf("problems = %v", c.problems)
	}
}

// TestReadJSONLHugeLine reads a file with a 100 MB line between two good
// ones, and checks that the line is reported and skipped without being
// held in memory.
func TestReadJSONLHugeLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, `{"id":"before","text":"Troops withdrew."}`)
	w.WriteString(`{"id":"huge","text":"`)
	chunk := strings.Repeat("word ", 1<<14)
	for written := 0; written < 100<<20; written += len(chunk) {
		w.WriteString(chunk)
	}
	w.WriteString("\"}\n")
	fmt.Fprintln(w, `{"id":"after","text":"Talks resumed."}`)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	for _, tt := range []struct {
		maxBytes, maxAlloc int64
	}{
		{1 << 20, 16 << 20},
		{0, 80 << 20}, // the default limit of 32 MiB: buffers up to it, not the line
	} {
		in, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		var c collected
		if err := ReadJSONL(context.Background(), in, path, Options{MaxBytes: tt.maxBytes}, c.add, c.problem); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		in.Close()
		if len(c.articles) != 2 || c.articles[0].ID != "before" || c.articles[1].ID != "after" || c.articles[1].Origin != path+":3" {
			t.Errorf("articles = %+v", c.articles)
		}
		if len(c.problems) != 1 || c.problems[0].Line != 2 || !c.problems[0].Skipped {
			t.Errorf("problems = %v", c.problems)
		}
		if alloc := int64(after.TotalAlloc - before.TotalAlloc); alloc > tt.maxAlloc {
			t.Errorf("MaxBytes %d: reading a 100 MB line allocated %d MB; want at most %d MB", tt.maxBytes, alloc>>20, tt.maxAlloc>>20)
		}
	}
}

func TestReadJSONValues(t *testing.T) {
	tests := []struct {
		name, in string
		ids      []string
		problems int
	}{
		{"one object, pretty", "{\n  \"id\": \"a\",\n  \"text\": \"T.\"\n}\n", []string{"a"}, 0},
		{"an array", `[{"id":"a","text":"T."}, {"id":"b","text":"U."}]`, []string{"a", "b"}, 0},
		{"an array with a bad document", `[{"id":"a","text":"T."}, {"id":"b"}, {"id":"c","text":"V."}]`, []string{"a", "c"}, 1},
		{"objects in a row", "{\"id\":\"a\",\"text\":\"T.\"}\n{\"id\":\"b\",\"text\":\"U.\"}", []string{"a", "b"}, 0},
		{"broken", `{"id":"a","text":`, nil, 1},
		{"empty array", `[]`, nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c collected
			if err := readJSONValues(context.Background(), []byte(tt.in), "x.json", c.add, c.problem); err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range c.articles {
				ids = append(ids, a.ID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(tt.ids) || len(c.problems) != tt.problems {
				t.Errorf("ids %v problems %v; want ids %v and %d problems", ids, c.problems, tt.ids, tt.problems)
			}
		})
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	text := strings.Repeat("Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on Thursday, officials said. ", 25)
	var sb strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&sb, `{"id":"doc-%d","date":"2022-05-01","title":"Border clash","url":"https://example.org/%d","source":"Example","text":%q}`+"\n", i, i, text)
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		err := ReadJSONL(context.Background(), strings.NewReader(in), "bench.jsonl", Options{}, func(Article) error { n++; return nil }, nil)
		if err != nil || n != 1000 {
			b.Fatal(err, n)
		}
	}
	b.ReportMetric(float64(1000*b.N)/b.Elapsed().Seconds(), "articles/s")
}

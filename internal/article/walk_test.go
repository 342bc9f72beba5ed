package article

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// writeTree creates files (path → content) under a new temporary directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func gzipped(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

const testRSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Steppe Wire</title><link>https://steppewire.example/</link>
<item><title>Talks resume</title><link>https://steppewire.example/talks</link><pubDate>Tue, 20 Sep 2022 10:00:00 +0600</pubDate>
<description>&lt;p&gt;Kyrgyz and Tajik officials resumed border talks.&lt;/p&gt;</description></item></channel></rss>`

func TestWalkDirectory(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"b/story.txt":          "Troops Withdraw\n\nBISHKEK, 1 May 2021 - Troops withdrew from the border.",
		"a.jsonl":              `{"id":"j1","text":"First."}` + "\n" + `{"id":"j2","text":"Second."}` + "\n",
		"c/page.html":          newsPage("<title>A page</title>", ""),
		"c/feed.xml":           testRSS,
		"c/sniffed-feed":       testRSS,
		"d/more.ndjson":        `{"id":"n1","text":"From ndjson."}`,
		"d/archive.jsonl.gz":   gzipped(`{"id":"gz1","text":"From a gzipped file."}` + "\n"),
		"d/doc.json":           `{"id":"json1","text":"From a .json document."}`,
		"e/image.png":          "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
		"e/empty.txt":          "",
		"e/not-a-feed.xml":     "<?xml version=\"1.0\"?><config><a>1</a></config>",
		".hidden.txt":          "Never read.",
		".git/config.txt":      "Never read.",
		"b/.cache/deep.txt":    "Never read.",
		"e/control-chars.txt":  strings.Repeat("\x01\x02\x03abc", 100),
		"f/unknown.extension":  "Plain text with an unknown extension.",
		"f/jsonl-no-extension": `{"id":"noext","text":"JSONL without an extension."}`,
	})
	if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "f", "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	var c collected
	if err := Walk(context.Background(), []string{dir}, testOptions(), nil, c.add, c.problem); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range c.articles {
		rel, _ := filepath.Rel(dir, strings.FieldsFunc(a.Origin, func(r rune) bool { return r == ':' || r == '#' })[0])
		got = append(got, filepath.ToSlash(rel)+" "+a.ID)
	}
	want := []string{
		"a.jsonl j1", "a.jsonl j2",
		"b/story.txt story.txt",
		"c/feed.xml " + NewID("https://steppewire.example/talks", ""),
		"c/page.html " + NewID("", c.articles[4].Text),
		"c/sniffed-feed " + NewID("https://steppewire.example/talks", ""),
		"d/archive.jsonl.gz gz1",
		"d/doc.json json1",
		"d/more.ndjson n1",
		"f/jsonl-no-extension noext",
		"f/unknown.extension unknown.extension",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("articles, in order:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var problems []string
	for _, p := range c.problems {
		rel, _ := filepath.Rel(dir, p.File)
		problems = append(problems, fmt.Sprintf("%s: %v", filepath.ToSlash(rel), p.Err))
	}
	wantProblems := []string{
		"e/control-chars.txt: binary file, not read",
		"e/empty.txt: empty file",
		"e/image.png: binary file, not read",
		"e/not-a-feed.xml: not an RSS, Atom or JSON feed",
		"f/dangling.txt: no such file or directory",
	}
	if strings.Join(problems, "\n") != strings.Join(wantProblems, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(problems, "\n"), strings.Join(wantProblems, "\n"))
	}
	for _, p := range c.problems {
		if !p.Skipped {
			t.Errorf("problem %v should be marked skipped", p)
		}
	}
}

func TestWalkInputs(t *testing.T) {
	dir := writeTree(t, map[string]string{"one.txt": "Troops withdrew.", ".explicit.txt": "A hidden file named on the command line is read."})
	var c collected
	inputs := []string{filepath.Join(dir, "one.txt"), filepath.Join(dir, "missing.txt"), filepath.Join(dir, ".explicit.txt")}
	if err := Walk(context.Background(), inputs, testOptions(), nil, c.add, c.problem); err != nil {
		t.Fatal(err)
	}
	if len(c.articles) != 2 || c.articles[0].ID != "one.txt" || c.articles[1].ID != ".explicit.txt" {
		t.Errorf("articles = %+v", c.articles)
	}
	if len(c.problems) != 1 || c.problems[0].File != inputs[1] || !errors.Is(c.problems[0], os.ErrNotExist) {
		t.Errorf("problems = %v", c.problems)
	}
}

func TestWalkStdin(t *testing.T) {
	tests := []struct {
		name, in string
		ids      []string
		origin   string
		problems int
	}{
		{"JSONL", "\n  {\"id\":\"s1\",\"text\":\"One.\"}\n{\"id\":\"s2\",\"text\":\"Two.\"}\nnot json\n", []string{"s1", "s2"}, "-:2", 1},
		{"plain text", "Troops withdrew from the border.\n", []string{"stdin"}, "-", 0},
		{"HTML", newsPage("<title>T</title>", ""), []string{NewID("", "Officials from both countries met in the border town on Tuesday and agreed to continue talks on the disputed sections of the frontier, according to statements released after the meeting.")}, "-", 0},
		{"RSS", testRSS, []string{NewID("https://steppewire.example/talks", "")}, "", 0},
		{"empty", "", nil, "", 1},
		{"binary", "\x00\x01\x02", nil, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c collected
			if err := Walk(context.Background(), []string{"-"}, testOptions(), strings.NewReader(tt.in), c.add, c.problem); err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range c.articles {
				ids = append(ids, a.ID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(tt.ids) || len(c.problems) != tt.problems {
				t.Fatalf("ids %v problems %v; want %v and %d problems", ids, c.problems, tt.ids, tt.problems)
			}
			if tt.origin != "" && c.articles[0].Origin != tt.origin {
				t.Errorf("origin %q, want %q", c.articles[0].Origin, tt.origin)
			}
			for _, p := range c.problems {
				if p.File != "-" {
					t.Errorf("problem names %q, want -", p.File)
				}
			}
		})
	}
}

func TestWalkURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/page":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, newsPage("<title>T</title>", ""))
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, testRSS)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	var c collected
	err := Walk(context.Background(), []string{srv.URL + "/page", srv.URL + "/missing", srv.URL + "/feed"}, testOptions(), nil, c.add, c.problem)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.articles) != 2 || c.articles[0].URL != srv.URL+"/page" || c.articles[1].Title != "Talks resume" {
		t.Errorf("articles = %+v", c.articles)
	}
	if len(c.problems) != 1 || c.problems[0].File != srv.URL+"/missing" || !strings.Contains(c.problems[0].Error(), "404") {
		t.Errorf("problems = %v", c.problems)
	}
}

func TestWalkStops(t *testing.T) {
	dir := writeTree(t, map[string]string{"a/1.txt": "One.", "a/2.txt": "Two.", "b/3.txt": "Three."})
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{dir, dir}, testOptions(), nil, func(Article) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	}, nil)
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("fn's error: Walk returned %v after %d articles", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Walk(ctx, []string{dir}, testOptions(), nil, func(Article) error {
		n++
		cancel()
		return nil
	}, nil)
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("cancelled: Walk returned %v after %d articles", err, n)
	}
}

func TestWalkTooLarge(t *testing.T) {
	dir := writeTree(t, map[string]string{"big.txt": strings.Repeat("Troops withdrew. ", 100), "big.html": newsPage("", ""), "small.txt": "Fine."})
	var c collected
	if err := Walk(context.Background(), []string{dir}, Options{MaxBytes: 200}, nil, c.add, c.problem); err != nil {
		t.Fatal(err)
	}
	if len(c.articles) != 1 || c.articles[0].ID != "small.txt" {
		t.Errorf("articles = %+v", c.articles)
	}
	if len(c.problems) != 2 || !errors.Is(c.problems[0], ErrTooLarge) || !errors.Is(c.problems[1], ErrTooLarge) {
		t.Errorf("problems = %v", c.problems)
	}
}

func TestWalkFS(t *testing.T) {
	fsys := fstest.MapFS{
		"examples/README.md.hidden":    {Data: []byte("Read because only a leading dot hides a file.")},
		"examples/2022-01-06-a.txt":    {Data: []byte("Almaty Unrest\n\nALMATY, Jan. 6, 2022 - Protests spread.")},
		"examples/2021-05-01-b.txt":    {Data: []byte("Troops withdrew on 1 May 2021.")},
		"examples/.hidden.txt":         {Data: []byte("Never read.")},
		"examples/bad.jsonl":           {Data: []byte("{broken\n")},
		"other/not-under-the-root.txt": {Data: []byte("Never read.")},
	}
	var c collected
	if err := WalkFS(context.Background(), fsys, "examples", testOptions(), c.add, c.problem); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range c.articles {
		got = append(got, a.Origin+" "+a.Date)
	}
	want := "[examples/2021-05-01-b.txt 2021-05-01 examples/2022-01-06-a.txt 2022-01-06 examples/README.md.hidden ]"
	if fmt.Sprint(got) != want {
		t.Errorf("got %v, want %v", got, want)
	}
	if len(c.problems) != 1 || c.problems[0].Error() != "examples/bad.jsonl:1: broken JSON at byte 2: invalid character 'b' looking for beginning of object key string, skipped" {
		t.Errorf("problems = %v", c.problems)
	}
}

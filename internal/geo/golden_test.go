package geo

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/accord-hub/accord/internal/article"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden geocodes the stories of testdata/golden.txt (separated by
// "%%" lines) and compares the mentions with testdata/golden.jsonl. After
// a deliberate change, run `go test ./internal/geo/ -run TestGolden -update`
// and review the diff.
func TestGolden(t *testing.T) {
	gc := geocoder(t)
	in, err := os.ReadFile("testdata/golden.txt")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i, text := range strings.Split(string(in), "\n%%\n") {
		a := article.Article{ID: "story" + strconv.Itoa(i+1), Text: strings.TrimSpace(text)}
		for _, m := range gc.Mentions(a) {
			if err := enc.Encode(m); err != nil {
				t.Fatal(err)
			}
		}
	}
	const path = "testdata/golden.jsonl"
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		got := bytes.Split(buf.Bytes(), []byte("\n"))
		exp := bytes.Split(want, []byte("\n"))
		for i := 0; i < len(got) || i < len(exp); i++ {
			var g, e []byte
			if i < len(got) {
				g = got[i]
			}
			if i < len(exp) {
				e = exp[i]
			}
			if !bytes.Equal(g, e) {
				t.Fatalf("%s:%d differs:\n got %s\nwant %s\n(run with -update if the change is meant)", path, i+1, g, e)
			}
		}
	}
}

// FuzzSupplement feeds the supplement reader arbitrary lines: it must
// load them or say which line is wrong, never panic.
func FuzzSupplement(f *testing.F) {
	f.Add("place\tSokh\tSo'x\t39.96\t71.13\tPPL\tKG\t\t70000\n")
	f.Add("alias\tFrunze\t1528675\n")
	f.Add("# comment\n\nplace\tX\t\t\t\t\t\t\t\n")
	f.Add("alias\t\t\n")
	base, err := readAll("geo")
	if err != nil {
		f.Fatal(err)
	}
	small := smallGazetteer(f)
	f.Fuzz(func(t *testing.T, supp string) {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys["geo/"+k] = &fstest.MapFile{Data: v}
		}
		fsys["geo/gazetteer.tsv.zst"] = &fstest.MapFile{Data: small}
		fsys["geo/supplement.tsv"] = &fstest.MapFile{Data: []byte(supp)}
		g, err := LoadFS(fsys, "geo")
		if err == nil {
			New(g).Mentions(articleOf(supp))
		}
	})
}

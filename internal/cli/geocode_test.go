package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func geocodeRun(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), append([]string{"geocode"}, args...), strings.NewReader(stdin), &out, &errb)
	if strings.Contains(errb.String(), "goroutine ") || strings.Contains(errb.String(), "panic:") {
		t.Fatalf("stack trace on stderr:\n%s", errb.String())
	}
	return out.String(), errb.String(), code
}

func TestGeocode(t *testing.T) {
	in := `{"id":"a1","text":"Kyrgyz and Tajik border guards exchanged fire near Vorukh, officials in Bishkek said."}
{"id":"a2","text":"Mary Smith said she had never been to Paris."}
`
	out, stderr, code := geocodeRun(t, in, "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	type mention struct {
		Doc       string  `json:"doc"`
		Name      string  `json:"name"`
		Start     int     `json:"start"`
		End       int     `json:"end"`
		Country   string  `json:"country"`
		Admin1    *string `json:"admin1"`
		Lat       float64 `json:"lat"`
		Lon       float64 `json:"lon"`
		GeonameID int64   `json:"geonameid"`
		Feature   string  `json:"feature"`
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var m mention
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		if m.Admin1 == nil || m.Feature == "" || m.Lat == 0 || m.End <= m.Start {
			t.Errorf("incomplete mention %s", line)
		}
		got = append(got, m.Doc+":"+m.Name+":"+m.Country)
	}
	want := "a1:Vorukh:TJK a1:Bishkek:KGZ a2:Paris:FRA"
	if strings.Join(got, " ") != want {
		t.Errorf("mentions %v, want %s", got, want)
	}
}

func TestGeocodeFilesAndProblems(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "story.txt"), []byte("Protests continued in Nukus, the capital of Karakalpakstan."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.jsonl"), []byte("{\"id\":\"x\",\"text\":\"Rain in Osh.\"}\n{broken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := geocodeRun(t, "", dir)
	if code != 1 {
		t.Errorf("a bad line: exit %d, want 1", code)
	}
	if !strings.Contains(stderr, "bad.jsonl:2") {
		t.Errorf("stderr does not name the bad line: %q", stderr)
	}
	for _, w := range []string{`"name":"Nukus"`, `"name":"Karakalpakstan"`, `"name":"Osh"`} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %s:\n%s", w, out)
		}
	}
}

func TestGeocodeUsage(t *testing.T) {
	if out, _, code := geocodeRun(t, "", "--help"); code != 0 || !strings.Contains(out, "Usage: accord geocode") {
		t.Errorf("--help: exit %d, output %q", code, out)
	}
	if _, _, code := geocodeRun(t, "", "--no-such-flag"); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
	if _, _, code := geocodeRun(t, "", "--min-confidence", "2"); code != 2 {
		t.Errorf("--min-confidence 2: exit %d, want 2", code)
	}
	if _, stderr, code := geocodeRun(t, "", "/no/such/file.txt"); code != 1 || !strings.Contains(stderr, "/no/such/file.txt") {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
}

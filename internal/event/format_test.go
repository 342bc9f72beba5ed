package event

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func readInput(t *testing.T) []Event {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "format_input.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var evs []Event
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		var e Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("format_input.jsonl:%d: %v", line, err)
		}
		evs = append(evs, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return evs
}

func render(t *testing.T, format string, evs []Event) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if err := w.Write(e); err != nil {
			t.Fatalf("%s: Write: %v", format, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatalf("%s: Flush: %v", format, err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	evs := readInput(t)
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			got := render(t, format, evs)
			path := filepath.Join("testdata", "format."+format+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s output differs from %s (go test -update rewrites it)\n got:\n%s\nwant:\n%s", format, path, got, want)
			}
		})
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	evs := readInput(t)
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, evs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(evs) {
		t.Fatalf("%d lines for %d events", len(lines), len(evs))
	}
	for i, l := range lines {
		var e Event
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if !reflect.DeepEqual(e, evs[i]) {
			t.Errorf("line %d reads back as\n%+v\nwant\n%+v", i+1, e, evs[i])
		}
	}
	if strings.Contains(buf.String(), `\u003c`) {
		t.Error("JSONL escapes HTML characters")
	}
}

func TestCSV(t *testing.T) {
	evs := readInput(t)
	recs, err := csv.NewReader(bytes.NewReader(render(t, FormatCSV, evs))).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v", err)
	}
	if len(recs) != len(evs)+1 || !reflect.DeepEqual(recs[0], CSVColumns) {
		t.Fatalf("want header and %d rows, have %d records, header %v", len(evs), len(recs), recs[0])
	}
	col := map[string]int{}
	for i, c := range CSVColumns {
		col[c] = i
	}
	for i, e := range evs {
		r := recs[i+1]
		if r[col["id"]] != e.ID || r[col["text"]] != e.Text || r[col["code"]] != e.Code {
			t.Errorf("row %d = %v, does not carry event %s", i+1, r, e.ID)
		}
		if (e.Location == nil) != (r[col["location_name"]] == "" && r[col["location_lat"]] == "") {
			t.Errorf("row %d: location columns %v for location %v", i+1, r[col["location_name"]:col["text"]], e.Location)
		}
	}
	// No events: the header alone.
	if got := string(render(t, FormatCSV, nil)); got != strings.Join(CSVColumns, ",")+"\n" {
		t.Errorf("empty CSV = %q, want the header", got)
	}
}

func TestGDELT(t *testing.T) {
	evs := readInput(t)
	out := strings.TrimSuffix(string(render(t, FormatGDELT, evs)), "\n")
	lines := strings.Split(out, "\n")
	if len(lines) != len(evs) {
		t.Fatalf("%d lines for %d events", len(lines), len(evs))
	}
	col := map[string]int{}
	for i, c := range GDELTColumns {
		col[c] = i
	}
	if len(GDELTColumns) != 61 {
		t.Fatalf("GDELTColumns has %d names, the codebook 61", len(GDELTColumns))
	}
	for i, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 61 {
			t.Fatalf("line %d has %d columns, want 61", i+1, len(f))
		}
		e := evs[i]
		checks := map[string]string{
			"SQLDATE": strings.ReplaceAll(e.Date, "-", ""), "Actor1Code": e.Source, "Actor2Code": e.Target,
			"EventCode": e.Code, "EventRootCode": e.Root, "Actor1CountryCode": countryOrBlank(e.Source),
		}
		for name, want := range checks {
			if got := f[col[name]]; got != want {
				t.Errorf("line %d %s = %q, want %q", i+1, name, got, want)
			}
		}
	}
	// Stable ids: the same event id, the same integer; different ids differ.
	if GlobalEventID("abc") != GlobalEventID("abc") || GlobalEventID("abc") == GlobalEventID("abd") {
		t.Error("GlobalEventID is not a stable function of the id")
	}
	if id := GlobalEventID(evs[0].ID); id <= 0 || id >= 1<<53 {
		t.Errorf("GlobalEventID = %d, want a positive integer below 2^53", id)
	}
}

func countryOrBlank(actor string) string {
	switch actor[:min(3, len(actor))] {
	case "", "IGO", "NGO", "MNC", "IMG":
		return ""
	}
	return actor[:3]
}

func TestGDELTActorsAndPlaces(t *testing.T) {
	tests := []struct {
		code string
		want []string // country, known group, ethnic, religion 1, 2, types 1–3
	}{
		{"KGZGOV", []string{"KGZ", "", "", "", "", "GOV", "", ""}},
		{"IGOUNO", []string{"", "UNO", "", "", "", "IGO", "", ""}},
		{"NGOHRI", []string{"", "", "", "", "", "NGO", "HRI", ""}},
		{"TJKMILREBMUS", []string{"TJK", "", "", "MUS", "", "MIL", "REB", ""}},
		{"", []string{"", "", "", "", "", "", "", ""}},
	}
	for _, tt := range tests {
		got := gdeltActor(tt.code, "x")[2:]
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("gdeltActor(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
	places := []struct {
		l    *Location
		want []string // type, ADM1, feature
	}{
		{nil, []string{"0", "", ""}},
		{&Location{Country: "KGZ", Precision: "country", FIPS: "KG"}, []string{"1", "KG", "KG"}},
		{&Location{Country: "TJK", Admin1: "TJ.05", Precision: "admin1", FIPS: "TI"}, []string{"5", "TI05", "TI05"}},
		{&Location{Country: "USA", Admin1: "US.TX", Precision: "admin1", FIPS: "US"}, []string{"2", "USTX", "USTX"}},
		{&Location{Country: "USA", Admin1: "US.TX", Precision: "place", FIPS: "US", GeonameID: 4671654}, []string{"3", "USTX", "4671654"}},
		{&Location{Country: "KGZ", Admin1: "KG.09", Precision: "place", FIPS: "KG", GeonameID: 1}, []string{"4", "KG09", "1"}},
	}
	for _, p := range places {
		g := gdeltGeo(p.l)
		if got := []string{g[0], g[3], g[7]}; !reflect.DeepEqual(got, p.want) {
			t.Errorf("gdeltGeo(%+v) type/adm1/feature = %q, want %q", p.l, got, p.want)
		}
	}
}

func TestTableAligned(t *testing.T) {
	out := string(render(t, FormatTable, readInput(t)))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 6 {
		t.Fatalf("%d lines, want a header and 5 rows:\n%s", len(lines), out)
	}
	// Every column starts at the same rune offset on every line.
	header := lines[0]
	for _, name := range []string{"SOURCE", "CODE", "TARGET", "PLACE", "SENTENCE"} {
		at := utf8.RuneCountInString(header[:strings.Index(header, name)])
		for i, l := range lines[1:] {
			r := []rune(l)
			if at >= len(r) || r[at-1] != ' ' || r[at-2] != ' ' {
				t.Errorf("row %d: column %s does not start at rune %d:\n%s\n%s", i+1, name, at, header, l)
			}
		}
	}
	for i, l := range lines {
		if n := utf8.RuneCountInString(l); n > 150 {
			t.Errorf("line %d is %d runes long: the sentence is not shortened", i, n)
		}
		if strings.ContainsAny(l, "\t\r") {
			t.Errorf("line %d holds a tab or carriage return", i)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := NewWriter("xml", &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "xml") {
		t.Errorf("NewWriter(xml) error = %v, want one naming the format", err)
	}
}

func TestGDELTDateAdded(t *testing.T) {
	var buf bytes.Buffer
	w := NewGDELTWriter(&buf)
	w.DateAdded = time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	w.Write(Event{ID: "x", Date: "2025-03-01", Code: "010", Root: "01"})
	w.Flush()
	f := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\t")
	if f[59] != "20250304050607" || f[60] != "" {
		t.Errorf("DATEADDED, SOURCEURL = %q, %q", f[59], f[60])
	}
}

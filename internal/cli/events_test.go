package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/sqlite"
	"github.com/accord-hub/accord/internal/store/storetest"
)

// eventsStore makes a store of synthetic news with more events than one
// page of `accord events`, and returns its path and all its events.
func eventsStore(t *testing.T) (string, []event.Event) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "events.db")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Save(ctx, storetest.Synthetic(1, 0, 260, 5)); err != nil {
		t.Fatal(err)
	}
	var all []event.Event
	f := store.Filter{Limit: 500}
	for {
		p, err := st.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, p.Events...)
		if p.NextCursor == "" {
			break
		}
		f.Cursor = p.NextCursor
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if len(all) <= eventsPage {
		t.Fatalf("test store has %d events, want more than a page (%d)", len(all), eventsPage)
	}
	return path, all
}

func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = Run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

func decodeLines(t *testing.T, out string) []event.Event {
	t.Helper()
	var evs []event.Event
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		var e event.Event
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, l)
		}
		evs = append(evs, e)
	}
	return evs
}

func TestEventsAll(t *testing.T) {
	path, all := eventsStore(t)
	out, _, err := runCLI(t, "events", "--db", path)
	if err != nil {
		t.Fatal(err)
	}
	got := decodeLines(t, out)
	if len(got) != len(all) {
		t.Fatalf("accord events printed %d events, the store has %d", len(got), len(all))
	}
	for i := range got {
		if got[i].ID != all[i].ID || got[i].Mentions != all[i].Mentions || got[i].Mentions < 1 {
			t.Fatalf("event %d = %s (mentions %d), want %s (mentions %d)", i, got[i].ID, got[i].Mentions, all[i].ID, all[i].Mentions)
		}
	}

	// $ACCORD_DB names the store when --db does not.
	t.Setenv("ACCORD_DB", path)
	out, _, err = runCLI(t, "events", "--limit", "1001")
	if err != nil {
		t.Fatal(err)
	}
	if got := decodeLines(t, out); len(got) != 1001 || got[1000].ID != all[1000].ID {
		t.Errorf("--limit 1001 printed %d events", len(got))
	}
}

func TestEventsFilters(t *testing.T) {
	path, all := eventsStore(t)
	mid := all[len(all)/2].Date
	tests := []struct {
		args []string
		keep func(e event.Event) bool
	}{
		{[]string{"--country", "KGZ"}, func(e event.Event) bool {
			return strings.HasPrefix(e.Source, "KGZ") || strings.HasPrefix(e.Target, "KGZ")
		}},
		{[]string{"--country", "tjk", "--from", mid}, func(e event.Event) bool {
			return (strings.HasPrefix(e.Source, "TJK") || strings.HasPrefix(e.Target, "TJK")) && e.Date >= mid
		}},
		{[]string{"--to", mid, "--root", "19"}, func(e event.Event) bool { return e.Date <= mid && e.Root == "19" }},
		{[]string{"--pair", "TJK-KGZ"}, func(e event.Event) bool {
			s, t := e.Source[:min(3, len(e.Source))], e.Target[:min(3, len(e.Target))]
			return s == "KGZ" && t == "TJK" || s == "TJK" && t == "KGZ"
		}},
		{[]string{"--code", "04", "--quad", "1"}, func(e event.Event) bool { return strings.HasPrefix(e.Code, "04") && e.Quad == 1 }},
		{[]string{"--q", "border"}, func(e event.Event) bool {
			return strings.Contains(" "+strings.ToLower(strings.Map(func(r rune) rune {
				if r == '.' || r == ',' {
					return ' '
				}
				return r
			}, e.Text))+" ", " border ")
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, _, err := runCLI(t, append([]string{"events", "--db", path}, tt.args...)...)
			if err != nil {
				t.Fatal(err)
			}
			got := decodeLines(t, out)
			var want []string
			for _, e := range all {
				if tt.keep(e) {
					want = append(want, e.ID)
				}
			}
			if len(want) == 0 {
				t.Fatal("the case selects nothing; it tests little")
			}
			if len(got) != len(want) {
				t.Fatalf("printed %d events, want %d", len(got), len(want))
			}
			for i := range got {
				if got[i].ID != want[i] {
					t.Fatalf("event %d = %s, want %s", i, got[i].ID, want[i])
				}
			}
		})
	}
}

func TestEventsFormats(t *testing.T) {
	path, all := eventsStore(t)
	n := 25
	for _, format := range event.Formats {
		out, _, err := runCLI(t, "events", "--db", path, "--format", format, "--limit", "25")
		if err != nil {
			t.Fatalf("--format %s: %v", format, err)
		}
		switch format {
		case "csv":
			recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(recs) != n+1 || recs[0][0] != "id" || recs[1][0] != all[0].ID {
				t.Errorf("csv: %d records, %v", len(recs), err)
			}
		case "gdelt":
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != n || len(strings.Split(lines[0], "\t")) != 61 {
				t.Errorf("gdelt: %d lines, first with %d columns", len(lines), len(strings.Split(lines[0], "\t")))
			}
		case "table":
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != n+1 || !strings.HasPrefix(lines[0], "DATE") || !strings.HasPrefix(lines[1], all[0].Date) {
				t.Errorf("table: %d lines:\n%s", len(lines), out)
			}
		case "jsonl":
			if got := decodeLines(t, out); len(got) != n {
				t.Errorf("jsonl: %d events", len(got))
			}
		}
	}
	// Newest first.
	out, _, err := runCLI(t, "events", "--db", path, "--newest", "--limit", "2")
	if err != nil {
		t.Fatal(err)
	}
	if got := decodeLines(t, out); len(got) != 2 || got[0].ID != all[len(all)-1].ID {
		t.Errorf("--newest did not start with the newest event")
	}
}

func TestEventsErrors(t *testing.T) {
	path, _ := eventsStore(t)
	missing := filepath.Join(t.TempDir(), "nothing-here.db")
	usage := [][]string{
		{"--from", "2024-13-01"},
		{"--to", "14/09/2022"},
		{"--from", "2024-02-01", "--to", "2024-01-01"},
		{"--format", "xml"},
		{"--country", "Kyrgyzstan"},
		{"--pair", "KGZ"},
		{"--quad", "7"},
		{"--root", "1"},
		{"--limit", "-3"},
		{"--q", "!!"},
		{"--nonsense"},
		{"stray-argument"},
	}
	for _, args := range usage {
		var ue UsageError
		_, _, err := runCLI(t, append([]string{"events", "--db", path}, args...)...)
		if !errors.As(err, &ue) {
			t.Errorf("accord events %v: error %v, want a usage error", args, err)
		}
		var stderr bytes.Buffer
		if code := Main(context.Background(), append([]string{"events", "--db", path}, args...), nil, &bytes.Buffer{}, &stderr); code != 2 {
			t.Errorf("accord events %v exits %d, want 2", args, code)
		}
		if strings.Contains(stderr.String(), "goroutine") {
			t.Errorf("accord events %v printed a stack trace", args)
		}
	}

	var stderr bytes.Buffer
	code := Main(context.Background(), []string{"events", "--db", missing}, nil, &bytes.Buffer{}, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), missing) {
		t.Errorf("missing store: exit %d, %q; want 1 and a message naming the file", code, stderr.String())
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("accord events created %s", missing)
	}

	out, _, err := runCLI(t, "events", "--help")
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		t.Errorf("--help: %v", err)
	}
	if !strings.Contains(out, "--format") || !strings.Contains(out, "--country") {
		t.Errorf("--help does not list the flags:\n%s", out)
	}
}

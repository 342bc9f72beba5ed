package sqlite

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/store"
)

// TestQueryPlans checks that every filter but a rare full-text query reads
// events in index order, so that a page stops after Limit rows instead of
// sorting every match.
func TestQueryPlans(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	if _, err := db.Save(ctx, syntheticDocs(0, 50)); err != nil {
		t.Fatal(err)
	}
	cursor := store.EncodeCursor(store.Cursor{Date: "2020-01-01", ID: "x"}, false)
	cases := []store.Filter{
		{},
		{Newest: true},
		{Cursor: cursor},
		{Country: "KGZ"},
		{Country: "KGZ", Cursor: cursor},
		{Country: "TJK", From: "2022-01-01", To: "2022-12-31"},
		{Pair: "KGZ-TJK"},
		{Pair: "KGZ-TJK", Country: "KGZ"},
		{Root: "19"},
		{Code: "0411"},
		{Quad: 4, From: "2020-01-01"},
		{Country: "KGZ", Root: "19"},
		{Country: "UZB", Code: "1124", Cursor: cursor},
		{Country: "IRQ", Quad: 2},
		{Query: "the"},
		{Query: "the", Country: "KGZ"},
	}
	plan := func(f store.Filter, ftsDrives bool) string {
		t.Helper()
		q, args, err := eventsQuery(f, ftsQuery(f.Query), ftsDrives)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := db.readers.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args...)
		if err != nil {
			t.Fatalf("%+v: %v", f, err)
		}
		defer rows.Close()
		var steps []string
		for rows.Next() {
			var id, parent, notused int
			var detail string
			if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
				t.Fatal(err)
			}
			steps = append(steps, detail)
		}
		return strings.Join(steps, "; ")
	}
	for _, f := range cases {
		f.Limit = 100
		text := plan(f, false)
		if strings.Contains(text, "TEMP B-TREE") {
			t.Errorf("filter %s sorts its matches: %s", fmt.Sprintf("%+v", f), text)
		}
		if strings.Contains(text, "events_fts") != (f.Query != "") {
			t.Errorf("filter %+v: full-text index use is wrong: %s", f, text)
		}
	}
	// A rare word: the full-text index drives, then the matches are sorted.
	text := plan(store.Filter{Query: "ceasefire", Limit: 100}, true)
	if !strings.HasPrefix(text, "SCAN events_fts VIRTUAL TABLE") || !strings.Contains(text, "SEARCH e USING INTEGER PRIMARY KEY") {
		t.Errorf("rare word plan = %s, want the full-text index first", text)
	}
}

package sqlite

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/store"
)

// TestQueryPlans checks that filters read events in index order, so that a
// page stops after Limit rows instead of sorting every match.
func TestQueryPlans(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	if _, err := db.Save(ctx, syntheticDocs(0, 50)); err != nil {
		t.Fatal(err)
	}
	cursor := store.EncodeCursor(store.Cursor{Date: "2020-01-01", ID: "x"}, false)
	newest := store.EncodeCursor(store.Cursor{Date: "2020-01-01", ID: "x"}, true)
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
		{Code: "04"},
		{Quad: 4, From: "2020-01-01"},
		{Country: "KGZ", Root: "19"},
		{Country: "UZB", Code: "1124", Cursor: cursor},
		{Country: "IRQ", Quad: 2},
		{Query: "the"},
		{Query: "the", Country: "KGZ", Newest: true, Cursor: newest},
		{Query: "the", From: "2020-01-01", Cursor: cursor},
	}
	plan := func(f store.Filter) string {
		t.Helper()
		build := listQuery
		if f.Query != "" {
			build = searchQuery
		}
		q, args, err := build(f)
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
		text := plan(f)
		// A code finer than a root may sort its few events instead.
		fine := len(f.Code) > 2 && (strings.Contains(text, "INDEX events_code") || strings.Contains(text, "INDEX event_countries_code"))
		if strings.Contains(text, "TEMP B-TREE") && !fine {
			t.Errorf("filter %s sorts its matches: %s", fmt.Sprintf("%+v", f), text)
		}
		// A search walks the full-text index in rowid order, and looks
		// each match up by rowid.
		if f.Query != "" && (!strings.HasPrefix(text, "SCAN events_fts VIRTUAL TABLE") || !strings.Contains(text, "SEARCH e USING INTEGER PRIMARY KEY")) {
			t.Errorf("filter %+v: plan %s, want the full-text index first", f, text)
		}
	}
}

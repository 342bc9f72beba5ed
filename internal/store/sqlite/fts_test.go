package sqlite

import (
	"context"
	"errors"
	"testing"

	"github.com/accord-hub/accord/internal/store"
)

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"border", `"border"`},
		{"  Border   talks ", `"Border" "talks"`},
		{"cease*", `"cease"*`},
		{`say "hi"`, `"say" """hi"""`},
		{"NEAR(a b) OR -x", `"NEAR(a" "b)" "OR" "-x"`},
		{"!! ??", ""},
	}
	for _, tt := range tests {
		if got := ftsQuery(tt.in); got != tt.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// FuzzEventsQuery checks that no search text, however odd, makes a query
// fail other than as a bad filter: user words never reach FTS5 as syntax.
func FuzzEventsQuery(f *testing.F) {
	db := openTemp(f)
	ctx := context.Background()
	if _, err := db.Save(ctx, syntheticDocs(0, 5)); err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"border", `"unclosed`, "a AND OR NOT", "col:x", "x*y*", "(((", "^start", "né", "-", "*"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, q string, limit int) {
		filter := store.Filter{Query: q, Limit: limit % 50}
		_, err := db.Events(ctx, filter)
		if err != nil && !errors.Is(err, store.ErrBadFilter) {
			t.Fatalf("Events(query %q): %v", q, err)
		}
	})
}

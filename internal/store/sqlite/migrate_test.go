package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestLoadMigrations(t *testing.T) {
	steps, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) == 0 || steps[0].Version != 1 || steps[0].Name != "core" {
		t.Fatalf("embedded migrations = %+v, want 0001_core first", steps)
	}
	for i := 1; i < len(steps); i++ {
		if steps[i].Version <= steps[i-1].Version {
			t.Errorf("migrations out of order: %d after %d", steps[i].Version, steps[i-1].Version)
		}
	}

	fsys := fstest.MapFS{
		"m/0003_c.sql":   {Data: []byte("CREATE TABLE c (x);")},
		"m/0001_a.sql":   {Data: []byte("CREATE TABLE a (x);")},
		"m/0002_b.sql":   {Data: []byte("CREATE TABLE b (x);")},
		"m/README.md":    {Data: []byte("not a step")},
		"m/sub/x.sql":    {Data: []byte("")},
		"bad/1_a.sql":    {Data: []byte("")},
		"bad/abcd_.sql":  {Data: []byte("")},
		"dup/0001_a.sql": {Data: []byte("")},
		"dup/0001_b.sql": {Data: []byte("")},
	}
	steps, err = loadMigrations(fsys, "m")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range steps {
		names = append(names, s.Name)
	}
	if strings.Join(names, ",") != "a,b,c" {
		t.Errorf("steps = %v, want a,b,c in order", names)
	}
	if _, err := loadMigrations(fsys, "bad"); err == nil {
		t.Error("a step named 1_a.sql was accepted")
	}
	if _, err := loadMigrations(fsys, "dup"); err == nil || !strings.Contains(err.Error(), "share number") {
		t.Errorf("two steps numbered 0001: error %v", err)
	}
}

func rawDB(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "m.db")+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

func tables(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migrations' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		names = append(names, n)
	}
	return strings.Join(names, ",")
}

func TestMigrate(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	db := rawDB(t)
	a := migration{Version: 1, Name: "a", SQL: "CREATE TABLE a (x); CREATE TABLE a2 (y);"}
	c := migration{Version: 3, Name: "c", SQL: "CREATE TABLE c (x);"}
	if err := migrate(ctx, db, []migration{a, c}, now); err != nil {
		t.Fatal(err)
	}
	if got := tables(t, db); got != "a,a2,c" {
		t.Errorf("tables = %s, want a,a2,c (every statement of a step runs)", got)
	}
	// Running again does nothing; a step added later, even with a lower
	// number than one applied, is applied alone.
	b := migration{Version: 2, Name: "b", SQL: "CREATE TABLE b (x);"}
	if err := migrate(ctx, db, []migration{a, b, c}, now); err != nil {
		t.Fatal(err)
	}
	if got := tables(t, db); got != "a,a2,b,c" {
		t.Errorf("tables = %s, want a,a2,b,c", got)
	}
	var n int
	db.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n)
	if n != 3 {
		t.Errorf("schema_migrations has %d rows, want 3", n)
	}
	// A failing step leaves nothing behind and is not recorded.
	bad := migration{Version: 4, Name: "bad", SQL: "CREATE TABLE d (x); CREATE TABLE oops ("}
	if err := migrate(ctx, db, []migration{a, b, c, bad}, now); err == nil || !strings.Contains(err.Error(), "0004_bad") {
		t.Errorf("failing step: error %v, want one naming 0004_bad", err)
	}
	if got := tables(t, db); got != "a,a2,b,c" {
		t.Errorf("after a failed step, tables = %s", got)
	}
	// A database with a step this program does not know was made by a newer one.
	if err := migrate(ctx, db, []migration{a, b}, now); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("unknown applied step: error %v, want one saying the database is newer", err)
	}
}

// TestOpenTwice checks that a second Open of the same file (another
// process, in real life) finds the schema applied and shares the data.
func TestOpenTwice(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "two.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := a.Save(ctx, syntheticDocs(0, 3)); err != nil {
		t.Fatal(err)
	}
	if st, err := b.Save(ctx, syntheticDocs(0, 4)); err != nil || st.Articles != 1 || st.Duplicates != 3 {
		t.Errorf("Save through the second handle = %+v, %v; want 1 new, 3 duplicates", st, err)
	}
	if ok, err := a.HasArticle(ctx, syntheticDocs(3, 1)[0].Article.ID); !ok || err != nil {
		t.Errorf("first handle does not see the second's article: %v, %v", ok, err)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, path := range []string{"", dir, filepath.Join(dir, "no", "such", "dir.db"), "x.db?mode=ro", ":memory:"} {
		if db, err := Open(ctx, path); err == nil {
			db.Close()
			t.Errorf("Open(%q) succeeded", path)
		} else if path != "" && !strings.Contains(err.Error(), path) {
			t.Errorf("Open(%q) error %q does not name the file", path, err)
		}
	}
}

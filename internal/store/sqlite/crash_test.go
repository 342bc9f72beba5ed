package sqlite

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// crashChildEnv, when set to a file path, makes TestCrashChild the writer
// that TestCrashSafety kills.
const crashChildEnv = "ACCORD_SQLITE_CRASH_CHILD"

// TestCrashChild saves documents from four goroutines, printing the id of
// each document once its Save has returned, until it is killed.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashChildEnv)
	if path == "" {
		return // only runs as TestCrashSafety's child
	}
	db, err := Open(context.Background(), path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; ; i += 4 {
				docs := syntheticDocs(i*3, 3)
				if _, err := db.Save(context.Background(), docs); err != nil {
					fmt.Println("error", err)
					os.Exit(1)
				}
				mu.Lock()
				for _, d := range docs {
					fmt.Println("saved", d.Article.ID)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}

// TestCrashSafety kills a process in the middle of saving and checks that
// every Save it had seen return is in the file, and that no Save is there
// in part.
func TestCrashSafety(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crash.db")
	for round := 0; round < 3; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var acked []string
		sc := bufio.NewScanner(out)
		deadline := time.Now().Add(30 * time.Second)
		for len(acked) < 150*(round+1) && sc.Scan() && time.Now().Before(deadline) {
			line := sc.Text()
			if strings.HasPrefix(line, "error") {
				t.Fatalf("child: %s", line)
			}
			if id, ok := strings.CutPrefix(line, "saved "); ok {
				acked = append(acked, id)
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if len(acked) == 0 {
			t.Fatal("child saved nothing before it was killed")
		}
		checkAfterCrash(t, path, acked)
	}
}

func checkAfterCrash(t *testing.T, path string, acked []string) {
	t.Helper()
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer db.Close()
	for _, id := range acked {
		if ok, err := db.HasArticle(ctx, id); !ok || err != nil {
			t.Fatalf("article %s was saved before the kill but is gone (%v)", id, err)
		}
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var check string
	if err := raw.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	// Every stored article has all ten of its reports, and the merged
	// events count exactly the stored reports: no half-written Save.
	var partial int
	raw.QueryRow(`SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM reports r WHERE r.article_id = a.id) <> 10`).Scan(&partial)
	if partial > 0 {
		t.Errorf("%d articles have some but not all of their reports", partial)
	}
	var mentions, reports, articles int
	raw.QueryRow(`SELECT coalesce(sum(mentions), 0) FROM events`).Scan(&mentions)
	raw.QueryRow(`SELECT count(*) FROM reports`).Scan(&reports)
	raw.QueryRow(`SELECT count(*) FROM articles`).Scan(&articles)
	if mentions != reports {
		t.Errorf("events count %d mentions, but %d reports are stored", mentions, reports)
	}
	if articles < len(acked) {
		t.Errorf("%d articles stored, %d acknowledged", articles, len(acked))
	}
	var fts int
	raw.QueryRow(`SELECT count(*) FROM events_fts WHERE events_fts MATCH 'the'`).Scan(&fts)
	var withThe int
	raw.QueryRow(`SELECT count(*) FROM events WHERE (' ' || lower(text) || ' ') LIKE '% the %'`).Scan(&withThe)
	if fts == 0 || fts < withThe {
		t.Errorf("full-text index finds %d events with 'the', the table has at least %d", fts, withThe)
	}
}

package queue_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/queue"
	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/postgres"
	"github.com/accord-hub/accord/internal/store/postgres/pgtest"
	"github.com/accord-hub/accord/internal/store/sqlite"
)

// The tests here run the accord binary as separate processes, as in
// production: a queue, several 'accord worker's, one killed with SIGKILL.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// accordBinary builds cmd/accord once per test run.
func accordBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "accord-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "accord")
		cmd := exec.Command("go", "build", "-o", binPath, "github.com/accord-hub/accord/cmd/accord")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// corpus writes n example-like articles as JSONL: the example articles
// shipped in data/examples, each published by several outlets under its own
// id, so that their events merge across articles and outlets.
func corpus(t testing.TB, n int, prefix string) string {
	return corpusSpread(t, n, prefix, false)
}

// corpusSpread is corpus; with spread, each round of copies is dated a day
// later, so that events merge less (as in a news stream of many days).
func corpusSpread(t testing.TB, n int, prefix string, spread bool) string {
	t.Helper()
	files, err := filepath.Glob("../../data/examples/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example articles in data/examples: %v", err)
	}
	sort.Strings(files)
	outlets := []string{"AKIpress", "Asia-Plus", "Reuters", "24.kg", "Eurasianet", "Kaktus"}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i := 0; i < n; i++ {
		file := files[i%len(files)]
		text, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Base(file)
		date := base[:10]
		d, err := time.Parse(time.DateOnly, date)
		if err != nil {
			d = time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
		}
		if spread {
			d = d.AddDate(0, 0, i/len(files))
		}
		date = d.Format(time.DateOnly)
		enc.Encode(map[string]string{
			"id": fmt.Sprintf("%s-%04d", prefix, i), "text": string(text), "date": date,
			"source": outlets[(i/len(files))%len(outlets)], "title": strings.TrimSuffix(base, ".txt"),
		})
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return path
}

// testStore returns a DSN for a fresh store: PostgreSQL when there is one,
// else a SQLite file.
func testStore(t testing.TB) string {
	t.Helper()
	if server, ok := pgtest.TryServer(t); ok {
		return pgtest.Database(t, server)
	}
	t.Log("no PostgreSQL here: the workers share a SQLite file")
	return filepath.Join(t.TempDir(), "accord.db")
}

func openStore(t testing.TB, dsn string) store.Store {
	t.Helper()
	var st store.Store
	var err error
	if strings.HasPrefix(dsn, "postgres://") {
		st, err = postgres.Open(context.Background(), dsn)
	} else {
		st, err = sqlite.Open(context.Background(), dsn)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// process is a running accord command.
type process struct {
	name string
	cmd  *exec.Cmd
	log  string
	done chan error
}

func start(t testing.TB, name string, env []string, args ...string) *process {
	t.Helper()
	log := filepath.Join(t.TempDir(), name+".log")
	f, err := os.Create(log)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(accordBinary(t), args...)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.Env = append(os.Environ(), env...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &process{name: name, cmd: cmd, log: log, done: make(chan error, 1)}
	go func() { p.done <- cmd.Wait(); f.Close() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-p.done
		if t.Failed() {
			out, _ := os.ReadFile(log)
			t.Logf("%s output:\n%s", name, out)
		}
	})
	return p
}

// stop sends SIGTERM and waits for a clean exit.
func (p *process) stop(t testing.TB) {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-p.done:
		p.done <- err
		if err != nil {
			out, _ := os.ReadFile(p.log)
			t.Errorf("%s: %v\n%s", p.name, err, out)
		}
	case <-time.After(60 * time.Second):
		t.Errorf("%s did not stop on SIGTERM", p.name)
	}
}

func run(t testing.TB, args ...string) string {
	t.Helper()
	out, err := exec.Command(accordBinary(t), args...).CombinedOutput()
	if err != nil {
		t.Fatalf("accord %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// waitDrained waits until the queue holds nothing unacknowledged.
func waitDrained(t testing.TB, q *queue.JetStream, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		n, err := q.Pending(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not drained after %s: %d articles pending", limit, n)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// merged is what must agree between two stores: each merged event's id,
// mentions and sources.
type merged struct {
	ID                string
	Mentions, Sources int
}

func events(t testing.TB, st store.Store) []merged {
	t.Helper()
	p, err := st.Events(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]merged, len(p.Events))
	for i, e := range p.Events {
		out[i] = merged{e.ID, e.Mentions, e.Sources}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// TestWorkerKilled publishes a corpus, runs two workers, SIGKILLs one in the
// middle of its work and starts another; when the queue is drained the
// stored events must equal those of a single-process ingest of the same
// corpus, exactly: nothing lost, nothing counted twice.
func TestWorkerKilled(t *testing.T) {
	const n = 400
	input := corpus(t, n, "kill")
	s, err := queue.StartServer(queue.ServerOptions{Addr: "127.0.0.1:0", Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	q, err := queue.Open(context.Background(), s.URL(), queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()

	out := run(t, "ingest", "--queue", s.URL(), input)
	if !strings.Contains(out, fmt.Sprintf("published %d articles", n)) {
		t.Fatalf("ingest --queue: %s", out)
	}
	// Publishing again is dropped by the stream.
	if out := run(t, "ingest", "--queue", s.URL(), input); !strings.Contains(out, fmt.Sprintf("%d dropped", n)) {
		t.Errorf("second ingest --queue: %s", out)
	}

	dsn := testStore(t)
	workerArgs := []string{"worker", "--queue", s.URL(), "--db", dsn, "--batch", "16", "--ack-wait", "2s"}
	began := time.Now()
	w1 := start(t, "worker1", nil, workerArgs...)
	w2 := start(t, "worker2", nil, workerArgs...)

	// Kill worker 1 once the workers are under way: a batch has been
	// stored and acknowledged, many remain.
	deadline := time.Now().Add(60 * time.Second)
	for {
		p, err := q.Pending(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if p < n-16 {
			if p < 64 {
				t.Fatalf("the workers went too fast to kill one mid-run (%d pending)", p)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("workers made no progress in a minute (%d pending)", p)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := w1.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-w1.done
	w1.done <- nil
	t.Logf("killed worker 1 after %s", time.Since(began).Round(time.Millisecond))
	w3 := start(t, "worker3", nil, workerArgs...)
	// Watch the articles of the killed worker come round again (the server
	// forgets the count once they are acknowledged).
	redelivered := 0
	stopWatch := make(chan struct{})
	watched := make(chan struct{})
	go func() {
		defer close(watched)
		for {
			select {
			case <-stopWatch:
				return
			case <-time.After(20 * time.Millisecond):
			}
			if n, err := q.Redelivered(context.Background()); err == nil {
				redelivered = max(redelivered, n)
			}
		}
	}()
	waitDrained(t, q, 2*time.Minute)
	close(stopWatch)
	<-watched
	t.Logf("queue drained after %s", time.Since(began).Round(time.Millisecond))
	w2.stop(t)
	w3.stop(t)
	t.Logf("up to %d articles at once were being delivered again after worker 1 was killed", redelivered)

	single := testStore(t)
	t.Logf("single process: %s", strings.TrimSpace(run(t, "ingest", "--db", single, input)))

	got, want := events(t, openStore(t, dsn)), events(t, openStore(t, single))
	if len(want) == 0 {
		t.Fatal("the single-process ingest stored no events")
	}
	mentions := 0
	for _, e := range want {
		mentions += e.Mentions
	}
	if mentions == len(want) {
		t.Errorf("no event of the corpus merged several reports: the test proves less than it should")
	}
	if len(got) != len(want) {
		t.Errorf("workers stored %d events, single process %d", len(got), len(want))
	}
	for i := 0; i < min(len(got), len(want)); i++ {
		if got[i] != want[i] {
			t.Errorf("event %d: workers %+v, single process %+v", i, got[i], want[i])
			break
		}
	}
	if dead, err := q.Dead(context.Background()); err != nil || dead != 0 {
		t.Errorf("dead letters = %d, %v; want none", dead, err)
	}
	t.Logf("%d events, %d reports, the same with a worker killed", len(want), mentions)
}

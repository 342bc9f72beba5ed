package queue_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/queue"
)

// BenchmarkWorkers measures the distributed mode end to end: articles
// published to an embedded JetStream server, coded and stored into
// PostgreSQL (a SQLite file when there is none) by 1 and by 2 'accord
// worker' processes. The clock runs from the publish to the drained queue;
// the workers are started (dictionaries loaded) beforehand.
//
//	eval "$(.ci/postgres.sh)"
//	go test -run XXX -bench Workers -benchtime 1x ./internal/queue/
//
// ACCORD_BENCH_ARTICLES sets the corpus size (default 2000);
// ACCORD_BENCH_PROCS sets each worker's GOMAXPROCS (default: all CPUs),
// e.g. 1 to model one CPU per worker machine.
func BenchmarkWorkers(b *testing.B) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("ACCORD_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	var env []string
	if v := os.Getenv("ACCORD_BENCH_PROCS"); v != "" {
		env = append(env, "GOMAXPROCS="+v)
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			total := 0.0
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				input := corpusSpread(b, n, fmt.Sprintf("bench%d", i), true)
				s, err := queue.StartServer(queue.ServerOptions{Addr: "127.0.0.1:0", Dir: b.TempDir()})
				if err != nil {
					b.Fatal(err)
				}
				q, err := queue.Open(context.Background(), s.URL(), queue.Options{})
				if err != nil {
					b.Fatal(err)
				}
				dsn := testStore(b)
				var ps []*process
				for w := 0; w < workers; w++ {
					ps = append(ps, start(b, fmt.Sprintf("worker%d", w), env,
						"worker", "--queue", s.URL(), "--db", dsn))
				}
				waitStarted(b, ps)
				b.StartTimer()
				began := time.Now()
				run(b, "ingest", "--queue", s.URL(), input)
				waitDrained(b, q, 10*time.Minute)
				total += time.Since(began).Seconds()
				b.StopTimer()
				for _, p := range ps {
					p.stop(b)
					out, _ := os.ReadFile(p.log)
					for _, line := range strings.Split(string(out), "\n") {
						if strings.HasPrefix(line, "worker stopped") {
							b.Logf("%s: %s", p.name, line)
						}
					}
				}
				q.Close()
				s.Shutdown()
			}
			b.ReportMetric(float64(n*b.N)/total, "articles/s")
		})
	}
}

// waitStarted waits until each worker has logged that it started.
func waitStarted(t testing.TB, ps []*process) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for _, p := range ps {
		for {
			out, _ := os.ReadFile(p.log)
			if strings.Contains(string(out), "worker started") {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s did not start:\n%s", p.name, out)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

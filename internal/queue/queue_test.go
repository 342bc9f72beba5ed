package queue

import (
	"context"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/article"
)

func startServer(t *testing.T) *Server {
	t.Helper()
	s, err := StartServer(ServerOptions{Addr: "127.0.0.1:0", Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	return s
}

func open(t *testing.T, url string, o Options) *JetStream {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	q, err := Open(ctx, url, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

func articles(prefix string, n int) []article.Article {
	var out []article.Article
	for i := 0; i < n; i++ {
		out = append(out, article.Article{ID: fmt.Sprintf("%s%03d", prefix, i), Text: "Kyrgyzstan and Tajikistan met.", Date: "2024-05-01"})
	}
	return out
}

func publish(t *testing.T, q Queue, as []article.Article) (dups int) {
	t.Helper()
	for _, a := range as {
		dup, err := q.Publish(context.Background(), a)
		if err != nil {
			t.Fatalf("Publish(%s): %v", a.ID, err)
		}
		if dup {
			dups++
		}
	}
	return dups
}

// collect consumes until want distinct ids were handled or the time is up,
// and returns how many times each id was handled.
func collect(t *testing.T, q Queue, want int, fail func(article.Article) error) map[string]int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var mu sync.Mutex
	seen := map[string]int{}
	done := make(chan error, 1)
	go func() {
		done <- q.Consume(ctx, func(_ context.Context, batch []article.Article) error {
			if fail != nil {
				for _, a := range batch {
					if err := fail(a); err != nil {
						return err
					}
				}
			}
			mu.Lock()
			defer mu.Unlock()
			for _, a := range batch {
				seen[a.ID]++
			}
			if len(seen) >= want {
				cancel()
			}
			return nil
		})
	}()
	if err := <-done; err != nil {
		t.Fatalf("Consume: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(seen) < want {
		t.Fatalf("consumed %d distinct articles, want %d", len(seen), want)
	}
	return seen
}

func TestPublishConsume(t *testing.T) {
	s := startServer(t)
	q := open(t, s.URL(), Options{Batch: 16})
	as := articles("a", 50)
	if dups := publish(t, q, as); dups != 0 {
		t.Fatalf("first publish: %d duplicates", dups)
	}
	if dups := publish(t, q, as[:10]); dups != 10 {
		t.Errorf("publishing 10 articles again: %d dropped as duplicates, want 10", dups)
	}
	if n, err := q.Pending(context.Background()); err != nil || n != 50 {
		t.Errorf("Pending = %d, %v; want 50", n, err)
	}
	seen := collect(t, q, 50, nil)
	for _, a := range as {
		if seen[a.ID] != 1 {
			t.Errorf("article %s handled %d times, want once", a.ID, seen[a.ID])
		}
	}
	// Acks are sent without waiting for the server's reply, so the last
	// batch's may land a moment after Consume returns.
	if n, err := pendingSettles(q, 0, 10*time.Second); err != nil || n != 0 {
		t.Errorf("after consuming, Pending = %d, %v; want 0", n, err)
	}
}

// pendingSettles polls Pending until it reports want or the time is up, and
// returns the last answer.
func pendingSettles(q *JetStream, want uint64, within time.Duration) (uint64, error) {
	deadline := time.Now().Add(within)
	for {
		n, err := q.Pending(context.Background())
		if (err == nil && n == want) || time.Now().After(deadline) {
			return n, err
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestDeadLetter(t *testing.T) {
	s := startServer(t)
	q := open(t, s.URL(), Options{Batch: 8, MaxDeliver: 3, Backoff: 10 * time.Millisecond})
	publish(t, q, articles("b", 20))
	var mu sync.Mutex
	tries := 0
	seen := map[string]int{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- q.Consume(ctx, func(_ context.Context, batch []article.Article) error {
			mu.Lock()
			defer mu.Unlock()
			for _, a := range batch {
				if a.ID == "b007" {
					tries++
					return errors.New("cannot code this one")
				}
			}
			for _, a := range batch {
				seen[a.ID]++
			}
			return nil
		})
	}()
	// The poison message is tried MaxDeliver times, then dead-lettered;
	// the rest of the stream flows past it.
	deadline := time.Now().Add(30 * time.Second)
	for {
		n, err := q.Dead(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		p, err := q.Pending(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n == 1 && p == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("dead letters = %d, pending %d; want 1 and 0", n, p)
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(seen) != 19 || seen["b007"] != 0 {
		t.Errorf("handled %d articles (poison %d times), want the 19 others", len(seen), seen["b007"])
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("article %s handled %d times", id, n)
		}
	}
	// Each delivery tries it in its batch and then alone: the first
	// delivery may try it twice.
	if tries < 3 || tries > 6 {
		t.Errorf("failing article tried %d times, want 3 deliveries", tries)
	}
}

// TestCluster runs a three-node JetStream cluster in-process, replicates the
// stream on all three, stops one node and checks that publishing and
// consuming go on without losing an article.
func TestCluster(t *testing.T) {
	var routes []string
	var ports []int
	for i := 0; i < 3; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
		l.Close()
		routes = append(routes, fmt.Sprintf("127.0.0.1:%d", ports[i]))
	}
	var servers []*Server
	var urls []string
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := StartServer(ServerOptions{
				Addr: "127.0.0.1:0", Dir: filepath.Join(t.TempDir(), fmt.Sprint(i)), Name: fmt.Sprintf("n%d", i),
				Cluster: "accord", ClusterAddr: routes[i], Routes: routes,
			})
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			servers = append(servers, s)
			mu.Unlock()
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	for _, s := range servers {
		t.Cleanup(s.Shutdown)
		urls = append(urls, s.URL())
	}
	// Connected to a cluster, the client makes the streams with three replicas.
	q := open(t, strings.Join(urls[1:], ","), Options{Batch: 10})
	if st, err := q.js.Stream(context.Background(), Stream); err != nil {
		t.Fatal(err)
	} else if r := st.CachedInfo().Config.Replicas; r != 3 {
		t.Fatalf("stream has %d replicas, want 3", r)
	}
	publish(t, q, articles("c", 30))
	servers[0].Shutdown()
	// The cluster may need a moment to elect new leaders: retry.
	for _, a := range articles("d", 30) {
		var err error
		for try := 0; try < 50; try++ {
			if _, err = q.Publish(context.Background(), a); err == nil {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		if err != nil {
			t.Fatalf("Publish(%s) with one node down: %v", a.ID, err)
		}
	}
	seen := collect(t, q, 60, nil)
	if len(seen) != 60 {
		t.Errorf("consumed %d articles, want 60", len(seen))
	}
}

// TestStoreDown checks that when every article fails (the store is down),
// nothing is dead-lettered however often it is tried: the articles wait
// until the store is back.
func TestStoreDown(t *testing.T) {
	s := startServer(t)
	q := open(t, s.URL(), Options{Batch: 10, MaxDeliver: 2, Backoff: 20 * time.Millisecond})
	publish(t, q, articles("e", 10))
	var mu sync.Mutex
	up := time.Now().Add(time.Second)
	down, batches := true, 0
	seen := map[string]int{}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err := q.Consume(ctx, func(_ context.Context, batch []article.Article) error {
		mu.Lock()
		defer mu.Unlock()
		// The store comes back between batches, not in the middle of
		// the one-by-one retries of a batch.
		if len(batch) > 1 {
			batches++
			down = time.Now().Before(up)
		}
		if down {
			return errors.New("connection refused")
		}
		for _, a := range batch {
			seen[a.ID]++
		}
		if len(seen) == 10 {
			cancel()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != 10 {
		t.Errorf("consumed %d articles after the store came back, want 10", len(seen))
	}
	if batches < 3 {
		t.Errorf("the batch was tried %d times while the store was down, want more than MaxDeliver", batches)
	}
	if n, err := q.Dead(context.Background()); err != nil || n != 0 {
		t.Errorf("dead letters = %d, %v; want none while the store was down", n, err)
	}
}

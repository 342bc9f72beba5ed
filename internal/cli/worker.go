package cli

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/queue"
	"github.com/accord-hub/accord/internal/store"
)

func init() {
	register(command{name: "worker", summary: "a pipeline worker of the distributed mode: code, geocode and store articles from the queue", run: runWorker})
}

func runWorker(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "worker", "--queue nats://HOST:PORT --db DSN [--batch N] [--ack-wait DURATION]")
	queueURL := fs.String("queue", "", "the NATS JetStream queue, nats://HOST:PORT (several separated by commas)")
	db := fs.String("db", "", "store: a postgres:// URL, or a SQLite file for one machine (default $ACCORD_DB or accord.db)")
	batch := fs.Int("batch", 64, "articles taken from the queue, coded and stored in one transaction at a time")
	ackWait := fs.Duration("ack-wait", 30*time.Second, "how long the queue waits for a batch before giving it to another worker")
	var df dictFlags
	df.register(fs, env.Stderr)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("worker: unexpected argument %q", rest[0])
	}
	if *queueURL == "" {
		return usagef("worker: name the queue with --queue nats://HOST:PORT")
	}
	if *batch < 1 {
		return usagef("worker: --batch %d: want 1 or more", *batch)
	}
	st, err := openStore(ctx, dbDSN(env, *db))
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := newPipeline(&df, st)
	if err != nil {
		return err
	}
	q, err := queue.Open(ctx, *queueURL, queue.Options{Batch: *batch, AckWait: *ackWait, Log: env.Log})
	if err != nil {
		return err
	}
	defer q.Close()
	env.Log.Info("worker started", "queue", *queueURL, "batch", *batch)

	var total store.SaveStats
	var coding, saving time.Duration
	read := 0
	start := time.Now()
	workers := runtime.GOMAXPROCS(0)
	err = q.Consume(ctx, func(ctx context.Context, as []article.Article) error {
		// Code the batch on every CPU, then store it in one transaction:
		// the queue acknowledges it only after this returns nil.
		t0 := time.Now()
		docs := make([]store.Document, len(as))
		var wg sync.WaitGroup
		next := make(chan int)
		for w := 0; w < min(workers, len(as)); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					docs[i], _ = p.Process(as[i])
				}
			}()
		}
		for i := range as {
			next <- i
		}
		close(next)
		wg.Wait()
		t1 := time.Now()
		s, err := st.Save(ctx, docs)
		coding, saving = coding+t1.Sub(t0), saving+time.Since(t1)
		if err != nil {
			return fmt.Errorf("worker: %w", err)
		}
		total.Add(s)
		read += len(as)
		env.Log.Debug("batch stored", "articles", len(as), "new", s.Articles, "events", s.Events)
		return nil
	})
	sec := time.Since(start).Seconds()
	fmt.Fprintf(env.Stdout, "worker stopped: %d articles taken (%d new, %d already stored); %d new reports: %d new events, %d merged, in %.1fs (%.1fs coding, %.1fs saving)\n",
		read, total.Articles, total.Duplicates, total.Reports, total.Events, total.Merged, sec, coding.Seconds(), saving.Seconds())
	return err
}

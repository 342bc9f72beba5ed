package cli

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/geo"
	"github.com/accord-hub/accord/internal/pipeline"
	"github.com/accord-hub/accord/internal/store"
)

func init() {
	register(command{name: "ingest", summary: "read, code, geocode, merge and store documents (idempotent)", run: runIngest})
}

func runIngest(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "ingest", "[--db DSN | --queue URL] [dictionary flags] FILE|DIR|URL|-...")
	db := fs.String("db", "", "store: a file path for the embedded store, or a postgres:// URL (default $ACCORD_DB or accord.db)")
	queueURL := fs.String("queue", "", "publish the articles to the NATS JetStream queue at this nats:// URL for 'accord worker' to code and store, instead of storing them here")
	var df dictFlags
	df.register(fs, env.Stderr)
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return usagef("ingest: name at least one FILE, DIR, URL or - for standard input")
	}
	if *queueURL != "" {
		if *db != "" {
			return usagef("ingest: give --db or --queue, not both: with --queue the workers store the articles")
		}
		return publishInputs(ctx, env, *queueURL, inputs)
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
	sum, err := ingest(ctx, env, p, inputs)
	printSummary(env.Stdout, sum)
	if err != nil {
		return err
	}
	if sum.problems > 0 {
		return fmt.Errorf("ingest: %d input problems (see above); everything else was stored", sum.problems)
	}
	return nil
}

// newPipeline builds the coder, geocoder and pipeline for a store.
func newPipeline(df *dictFlags, st store.Store) (*pipeline.Pipeline, error) {
	c, err := df.newCoder()
	if err != nil {
		return nil, err
	}
	g, err := geo.Load()
	if err != nil {
		return nil, err
	}
	return &pipeline.Pipeline{Coder: c, Geocoder: geo.New(g), Store: st, Workers: runtime.GOMAXPROCS(0)}, nil
}

// summary is what an ingest did, for the report at its end.
type summary struct {
	stats    pipeline.Stats
	problems int
	skipped  int
	elapsed  time.Duration
}

// ingest reads the inputs through the pipeline.
func ingest(ctx context.Context, env *Env, p *pipeline.Pipeline, inputs []string) (summary, error) {
	start := time.Now()
	in := make(chan article.Article, 64)
	pc := &problemCounter{env: env}
	type result struct {
		st  pipeline.Stats
		err error
	}
	done := make(chan result, 1)
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		st, err := p.Run(rctx, in)
		done <- result{st, err}
	}()
	werr := walk(rctx, env, inputs, func(a article.Article) error {
		select {
		case in <- a:
			return nil
		case <-rctx.Done():
			return rctx.Err()
		}
	}, pc)
	close(in)
	r := <-done
	sum := summary{stats: r.st, problems: pc.n, skipped: pc.skipped, elapsed: time.Since(start)}
	if r.err != nil {
		return sum, r.err
	}
	return sum, werr
}

func printSummary(w io.Writer, s summary) {
	st := s.stats
	sec := s.elapsed.Seconds()
	rate := 0.0
	if sec > 0 {
		rate = float64(st.Read) / sec
	}
	fmt.Fprintf(w, "read %d articles (%d new, %d already stored, %d discarded as non-political) in %.2fs, %.0f articles/s\n",
		st.Read, st.Store.Articles, st.Store.Duplicates, st.Discarded, sec, rate)
	fmt.Fprintf(w, "coded %d events from %d sentences; stored %d new reports: %d new events, %d merged into existing events\n",
		st.Coded, st.Sentences, st.Store.Reports, st.Store.Events, st.Store.Merged)
	if s.problems > 0 {
		fmt.Fprintf(w, "refused %d inputs or lines, warned about %d (reasons above)\n", s.skipped, s.problems-s.skipped)
	}
}

package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/accord-hub/accord/internal/pipeline"
	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/watch"
)

func init() {
	register(command{name: "watch", summary: "poll the registered sources and ingest what is new (--once: each source once)", run: runWatch})
}

func runWatch(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "watch", "[--db DSN] [--once] [--workers N] [--timeout DURATION] [--gap DURATION] [dictionary flags]")
	db := fs.String("db", "", "store: a file path for the embedded store, or a postgres:// URL (default $ACCORD_DB or accord.db)")
	once := fs.Bool("once", false, "poll every source once, due or not, and exit")
	workers := fs.Int("workers", 4, "how many sources to poll at once")
	timeout := fs.Duration("timeout", 30*time.Second, "the longest a request may take, body included")
	gap := fs.Duration("gap", time.Second, "the least time between two requests to one host")
	var df dictFlags
	df.register(fs, env.Stderr)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("watch: unexpected argument %q (register sources with 'accord sources add URL')", pos[0])
	}
	if *workers < 1 {
		return usagef("watch: --workers must be at least 1")
	}
	if *timeout <= 0 {
		return usagef("watch: --timeout must be positive")
	}
	if *gap < 0 {
		return usagef("watch: --gap must not be negative")
	}
	hostGap := *gap
	if hostGap == 0 {
		hostGap = -1 // watch.Options: negative is no gap, zero the default
	}
	st, reg, err := registry(ctx, env, *db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := newPipeline(&df, st)
	if err != nil {
		return err
	}
	w := watch.New(reg, p, watch.Options{Workers: *workers, Timeout: *timeout, HostGap: hostGap, Log: env.Log})
	if !*once {
		srcs, err := reg.Sources(ctx)
		if err != nil {
			return err
		}
		env.Log.Info("watch: watching sources until interrupted", "sources", len(srcs))
		if len(srcs) == 0 {
			env.Log.Warn("watch: no sources registered yet: add some with 'accord sources add URL'; they are picked up as they come")
		}
		if err := w.Run(ctx); err != nil {
			return err
		}
		return st.Close()
	}
	res, err := w.PollOnce(ctx)
	if err != nil {
		return err
	}
	if len(res) == 0 {
		fmt.Fprintln(env.Stdout, "no sources registered: add one with 'accord sources add URL'")
		return nil
	}
	failed, newArts := 0, 0
	for _, r := range res {
		newArts += r.New
		switch {
		case r.Err != nil && r.Status == watch.StatusFailed:
			failed++
			fmt.Fprintf(env.Stdout, "%s: failed: %v\n", r.URL, r.Err)
		case r.Err != nil:
			failed++
			fmt.Fprintf(env.Stdout, "%s: not polled: %v\n", r.URL, r.Err)
		default:
			fmt.Fprintf(env.Stdout, "%s: %s, %d new items, %d new articles stored\n", r.URL, r.Status, r.Items, r.New)
		}
	}
	fmt.Fprintf(env.Stdout, "polled %d sources: %d new articles stored, %d failed\n", len(res), newArts, failed)
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("watch: %d of %d sources failed (see above and 'accord sources list')", failed, len(res))
	}
	return st.Close()
}

// startWatcher starts polling the sources registered in st, ingesting
// through p, in a goroutine it owns, for `accord serve`. stop cancels the
// polling and waits until it has stopped; call it before closing st. A store
// that cannot keep sources gets a warning and no watcher.
func startWatcher(ctx context.Context, env *Env, st store.Store, p *pipeline.Pipeline) (stop func()) {
	reg, ok := st.(watch.Registry)
	if !ok {
		env.Log.Warn("watch: this store cannot keep a source registry; sources are not polled")
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	w := watch.New(reg, p, watch.Options{Log: env.Log})
	go func() {
		defer close(done)
		if err := w.Run(ctx); err != nil {
			env.Log.Error("watch: stopped", "err", err)
		}
	}()
	return func() {
		cancel()
		<-done
	}
}

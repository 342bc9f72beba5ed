package cli

import (
	"context"
	"fmt"
	"net"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/pipeline"
	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/web"
)

func init() {
	register(command{name: "serve", summary: "serve the dashboard and the JSON API", run: runServe})
}

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "serve", "[--db DSN] [--addr 127.0.0.1:8080] [--public] [--no-watch]")
	db := fs.String("db", "", "store: a SQLite file or a postgres:// URL (default $ACCORD_DB, else accord.db)")
	addr := fs.String("addr", "127.0.0.1:8080", "where to listen, HOST:PORT")
	public := fs.Bool("public", false, "allow listening on an address other machines can reach")
	noWatch := fs.Bool("no-watch", false, "do not poll the registered sources")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("serve: unexpected argument %q", rest[0])
	}
	if err := web.CheckAddr(*addr, *public); err != nil {
		return usagef("serve: %v", err)
	}
	st, err := openStore(ctx, dbDSN(env, *db))
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := newPipeline(&dictFlags{}, st)
	if err != nil {
		return err
	}
	if !*noWatch {
		// Poll the registered sources while serving; stop runs before the
		// store closes (deferred after it).
		stop := startWatcher(ctx, env, st, p)
		defer stop()
	}
	return serveDashboard(ctx, env, st, p, *addr)
}

// serveDashboard serves the dashboard and API over st on addr until ctx is
// cancelled (SIGINT or SIGTERM), then shuts down gracefully.
func serveDashboard(ctx context.Context, env *Env, st store.Store, p *pipeline.Pipeline, addr string) error {
	opts := web.Options{
		Store:    st,
		Ingester: pipelineIngester{p: p, st: st},
		Token:    env.Getenv("ACCORD_TOKEN"),
		Log:      env.Log,
	}
	signalOptions(&opts, st)
	agreementOptions(&opts, st, "the store")
	srv, err := web.New(opts)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintf(env.Stdout, "accord: dashboard at http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	if env.Getenv("ACCORD_TOKEN") == "" {
		fmt.Fprintln(env.Stdout, "accord: POST /api/articles is refused: set $ACCORD_TOKEN to allow writes")
	}
	if err := web.Serve(ctx, ln, srv); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, "accord: server stopped")
	return nil
}

// pipelineIngester codes and stores the articles of POST /api/articles.
type pipelineIngester struct {
	p  *pipeline.Pipeline
	st store.Store
}

func (pi pipelineIngester) Ingest(ctx context.Context, arts []article.Article) ([]store.Document, store.SaveStats, error) {
	docs := make([]store.Document, 0, len(arts))
	for _, a := range arts {
		d, _ := pi.p.Process(a)
		docs = append(docs, d)
	}
	stats, err := pi.st.Save(ctx, docs)
	if err != nil {
		return nil, stats, fmt.Errorf("serve: %w", err)
	}
	return docs, stats, nil
}

package cli

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/accord-hub/accord/data"
	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/cameo"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/signal"
	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/web"
)

func init() {
	register(command{name: "demo", summary: "ingest the example articles into a fresh store and report what accord found", run: runDemo})
}

func runDemo(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "demo", "[--db FILE] [--addr 127.0.0.1:8080]")
	db := fs.String("db", "accord-demo.db", "the demo store, created afresh")
	addr := fs.String("addr", "127.0.0.1:8080", "where the dashboard listens after the report")
	noServe := fs.Bool("no-serve", false, "print the report and exit without serving the dashboard")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if strings.HasPrefix(*db, "postgres://") || strings.HasPrefix(*db, "postgresql://") {
		return usagef("demo: --db must be a file: the demo always uses a fresh embedded store")
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(*db + suffix); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("demo: remove old store: %w", err)
		}
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	var df dictFlags
	p, err := newPipeline(&df, st)
	if err != nil {
		return err
	}
	arts, err := exampleArticles()
	if err != nil {
		return err
	}
	in := make(chan article.Article, len(arts))
	for _, a := range arts {
		in <- a
	}
	close(in)
	stats, err := p.Run(ctx, in)
	if err != nil {
		return err
	}
	if err := importExampleRatings(ctx, st); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "accord demo: %d example articles, %d sentences, %d events coded, %d stored events (%d reports merged), store %s\n\n",
		stats.Read, stats.Sentences, stats.Coded, stats.Store.Events, stats.Store.Merged, *db)
	if err := demoReport(ctx, env.Stdout, st, arts); err != nil || *noServe {
		return err
	}
	// Serve the dashboard over the demo store until Ctrl-C.
	if err := web.CheckAddr(*addr, false); err != nil {
		return usagef("demo: %v", err)
	}
	fmt.Fprintln(env.Stdout)
	return serveDashboard(ctx, env, st, p, *addr)
}

// exampleArticles reads the example articles embedded in the binary.
func exampleArticles() ([]article.Article, error) {
	names, err := fs.Glob(data.FS, "examples/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []article.Article
	for _, n := range names {
		f, err := data.FS.Open(n)
		if err != nil {
			return nil, err
		}
		a, err := article.ReadText(f, path.Base(n), article.Options{})
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("demo: example %s: %w", n, err)
		}
		a.Source = "accord examples"
		out = append(out, a)
	}
	return out, nil
}

// demoReport prints what the store now holds, for a person to read.
func demoReport(ctx context.Context, w io.Writer, st store.Store, arts []article.Article) error {
	page, err := st.Events(ctx, store.Filter{})
	if err != nil {
		return err
	}
	evs := page.Events
	byDoc := map[string][]event.Event{}
	roots := map[string]int{}
	dyads := map[string]int{}
	for _, ev := range evs {
		byDoc[ev.Doc] = append(byDoc[ev.Doc], ev)
		roots[ev.Root] += max(ev.Mentions, 1)
		if ev.Target != "" {
			dyads[cameo.CountryOf(ev.Source)+" → "+cameo.CountryOf(ev.Target)] += max(ev.Mentions, 1)
		}
	}
	fmt.Fprintln(w, "Events by CAMEO root")
	for _, r := range cameo.Roots() {
		if n := roots[r.Code]; n > 0 {
			fmt.Fprintf(w, "  %s %-40s %4d\n", r.Code, strings.ToLower(r.Name), n)
		}
	}
	fmt.Fprintln(w, "\nMost active pairs of countries")
	type kv struct {
		k string
		n int
	}
	var ds []kv
	for k, n := range dyads {
		ds = append(ds, kv{k, n})
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].n > ds[j].n || ds[i].n == ds[j].n && ds[i].k < ds[j].k })
	for i, d := range ds {
		if i == 10 {
			break
		}
		fmt.Fprintf(w, "  %-12s %4d\n", d.k, d.n)
	}
	fmt.Fprintln(w, "\nArticles and their events (source [words] —verb→ target [words], place)")
	for _, a := range arts {
		list := byDoc[a.ID]
		title := a.Title
		if title == "" {
			title = a.ID
		}
		fmt.Fprintf(w, "\n%s  %s  (%d events)\n", a.Date, title, len(list))
		for i, ev := range list {
			if i == 6 {
				fmt.Fprintf(w, "    … and %d more\n", len(list)-6)
				break
			}
			info, _ := cameo.Lookup(ev.Code)
			place := ""
			if ev.Location != nil {
				place = ", " + ev.Location.Name
			}
			fmt.Fprintf(w, "  %s %s %s %s → %s%s\n", ev.Date, ev.Code, info.Name, ev.Source+words(ev.SourceName), dash(ev.Target)+words(ev.TargetName), place)
			fmt.Fprintf(w, "      %q\n", shorten(ev.Text, 160))
		}
	}
	fmt.Fprintln(w, "\nExplore: accord events --db accord-demo.db --format table")
	return nil
}

func words(s string) string {
	if s == "" {
		return ""
	}
	return " [" + s + "]"
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && (s[cut]&0xC0) == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// importExampleRatings loads the governance ratings that ship with accord
// (data/ratings) into the demo store, next to the event indicators.
func importExampleRatings(ctx context.Context, st store.Store) error {
	rst, ok := st.(signal.RatingStore)
	if !ok {
		return nil
	}
	names, _ := fs.Glob(data.FS, "ratings/*.csv")
	for _, n := range names {
		f, err := data.FS.Open(n)
		if err != nil {
			return err
		}
		rs, err := signal.ReadRatings(f, n)
		f.Close()
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		if _, err := rst.SaveRatings(ctx, rs); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
	}
	return nil
}

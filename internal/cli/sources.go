package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/watch"
)

func init() {
	register(command{name: "sources", summary: "the feeds and pages to watch: sources add|list|remove", run: runSources})
}

const sourcesUsage = `add URL [--name NAME] [--every DURATION] [--outlet NAME] [--country ISO3] [--language TAG] [--state-owned[=false]] [--db DSN]
       accord sources list [--db DSN] [--format json|table]
       accord sources remove URL [--db DSN]`

func runSources(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		return usagef("sources: name a subcommand: add, list or remove")
	}
	switch args[0] {
	case "add":
		return runSourcesAdd(ctx, env, args[1:])
	case "list":
		return runSourcesList(ctx, env, args[1:])
	case "remove", "rm":
		return runSourcesRemove(ctx, env, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprintf(env.Stdout, "Usage: accord sources %s\n\n%s\n", sourcesUsage, commands["sources"].summary)
		return nil
	}
	return usagef("sources: unknown subcommand %q: want add, list or remove", args[0])
}

// registry opens the store at dsn as a source registry; exists makes a
// missing SQLite file an error rather than a new store.
func registry(ctx context.Context, env *Env, dsn string, exists bool) (store.Store, watch.Registry, error) {
	dsn = dbDSN(env, dsn)
	open := openStore
	if exists {
		open = openExistingStore
	}
	st, err := open(ctx, dsn)
	if err != nil {
		return nil, nil, err
	}
	reg, ok := st.(watch.Registry)
	if !ok {
		st.Close()
		return nil, nil, fmt.Errorf("the store at %s cannot keep a source registry", dsn)
	}
	return st, reg, nil
}

// triBool is a boolean flag that remembers whether it was given.
type triBool struct{ v *bool }

func (t *triBool) String() string {
	if t == nil || t.v == nil {
		return ""
	}
	return strconv.FormatBool(*t.v)
}

func (t *triBool) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return errors.New("want true or false")
	}
	t.v = &b
	return nil
}

func (t *triBool) IsBoolFlag() bool { return true }

func runSourcesAdd(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "sources add", "URL [--name NAME] [--every DURATION] [--outlet NAME] [--country ISO3] [--language TAG] [--state-owned[=false]] [--db DSN]")
	db := fs.String("db", "", "store: a file path for the embedded store, or a postgres:// URL (default $ACCORD_DB or accord.db)")
	name := fs.String("name", "", "a label for the source (default: the URL's host)")
	every := fs.Duration("every", watch.DefaultEvery, "how often to poll it, at least "+fmtEvery(watch.MinEvery))
	outlet := fs.String("outlet", "", "who publishes it; stored as the source of its articles")
	country := fs.String("country", "", "the outlet's country, ISO 3166 alpha-3 (KGZ)")
	language := fs.String("language", "", "the language it publishes in, a BCP 47 tag (ru, en)")
	var owned triBool
	fs.Var(&owned, "state-owned", "the outlet is owned or controlled by a state (--state-owned=false: it is not; unset: unknown)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("sources add: name one URL (got %d arguments)", len(pos))
	}
	src, err := watch.Source{URL: pos[0], Name: *name, Every: *every, Outlet: *outlet, Country: *country,
		Language: *language, StateOwned: owned.v}.Check()
	if err != nil {
		return usagef("sources add: %s", strings.TrimPrefix(err.Error(), "watch: "))
	}
	st, reg, err := registry(ctx, env, *db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	// Adding a registered source again changes only what the flags given say.
	if old, err := reg.Source(ctx, src.URL); err == nil {
		set := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
		keep := func(flag string, dst *string, v string) {
			if !set[flag] {
				*dst = v
			}
		}
		keep("name", &src.Name, old.Name)
		keep("outlet", &src.Outlet, old.Outlet)
		keep("country", &src.Country, old.Country)
		keep("language", &src.Language, old.Language)
		if !set["every"] {
			src.Every = old.Every
		}
		if !set["state-owned"] {
			src.StateOwned = old.StateOwned
		}
	} else if !errors.Is(err, watch.ErrNoSource) {
		return err
	}
	created, err := reg.AddSource(ctx, src)
	if err != nil {
		return err
	}
	verb := "added"
	if !created {
		verb = "updated"
	}
	fmt.Fprintf(env.Stdout, "%s %s (%s), polled every %s\n", verb, src.URL, src.Label(), fmtEvery(src.Interval()))
	return st.Close()
}

func runSourcesRemove(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "sources remove", "URL [--db DSN]")
	db := fs.String("db", "", "store: a file path for the embedded store, or a postgres:// URL (default $ACCORD_DB or accord.db)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("sources remove: name one URL (got %d arguments)", len(pos))
	}
	st, reg, err := registry(ctx, env, *db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	url := strings.TrimSpace(pos[0])
	if err := reg.RemoveSource(ctx, url); err != nil {
		if errors.Is(err, watch.ErrNoSource) {
			return fmt.Errorf("sources remove: no source %s is registered (see 'accord sources list')", url)
		}
		return err
	}
	fmt.Fprintf(env.Stdout, "removed %s; the articles read from it stay in the store\n", url)
	return st.Close()
}

func runSourcesList(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "sources list", "[--db DSN] [--format json|table]")
	db := fs.String("db", "", "store: a file path for the embedded store, or a postgres:// URL (default $ACCORD_DB or accord.db)")
	format := fs.String("format", "table", "output format: json or table")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("sources list: unexpected argument %q", pos[0])
	}
	if *format != "json" && *format != "table" {
		return usagef("sources list: unknown --format %q: want json or table", *format)
	}
	st, reg, err := registry(ctx, env, *db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	srcs, err := reg.Sources(ctx)
	if err != nil {
		return err
	}
	if *format == "json" {
		return writeSourcesJSON(env.Stdout, srcs)
	}
	if len(srcs) == 0 {
		fmt.Fprintln(env.Stdout, "no sources registered: add one with 'accord sources add URL'")
		return nil
	}
	return writeSourcesTable(env.Stdout, srcs, time.Now())
}

// sourceJSON is a source as `sources list --format json` prints it.
type sourceJSON struct {
	URL          string `json:"url"`
	Name         string `json:"name"`
	Every        string `json:"every"`
	EverySeconds int64  `json:"every_seconds"`
	Outlet       string `json:"outlet,omitempty"`
	Country      string `json:"country,omitempty"`
	Language     string `json:"language,omitempty"`
	StateOwned   *bool  `json:"state_owned"`
	AddedAt      string `json:"added_at"`
	Kind         string `json:"kind,omitempty"`
	Status       string `json:"status"`
	HTTPStatus   int    `json:"http_status,omitempty"`
	LastError    string `json:"last_error,omitempty"`
	LastFetch    string `json:"last_fetch,omitempty"`
	LastSuccess  string `json:"last_success,omitempty"`
	Failures     int    `json:"failures"`
	NextDue      string `json:"next_due,omitempty"`
	Fetches      int    `json:"fetches"`
	Articles     int    `json:"articles"`
}

func jsonTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// statusName is a source's status for people; a source never fetched is "new".
func statusName(s watch.Status) string {
	if s == watch.StatusNew {
		return "new"
	}
	return string(s)
}

func writeSourcesJSON(w io.Writer, srcs []watch.Source) error {
	out := make([]sourceJSON, 0, len(srcs))
	for _, s := range srcs {
		out = append(out, sourceJSON{
			URL: s.URL, Name: s.Label(), Every: fmtEvery(s.Interval()), EverySeconds: int64(s.Interval() / time.Second),
			Outlet: s.Outlet, Country: s.Country, Language: s.Language, StateOwned: s.StateOwned,
			AddedAt: jsonTime(s.AddedAt), Kind: s.Kind, Status: statusName(s.Status), HTTPStatus: s.HTTPStatus,
			LastError: s.LastError, LastFetch: jsonTime(s.LastFetch), LastSuccess: jsonTime(s.LastSuccess),
			Failures: s.Failures, NextDue: jsonTime(s.NextDue), Fetches: s.Fetches, Articles: s.Articles,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func writeSourcesTable(w io.Writer, srcs []watch.Source, now time.Time) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tURL\tEVERY\tSTATUS\tLAST FETCH\tARTICLES\tNEXT DUE\tLAST ERROR")
	for _, s := range srcs {
		last := "never"
		if !s.LastFetch.IsZero() {
			last = s.LastFetch.UTC().Format("2006-01-02 15:04")
		}
		next := "now"
		if s.NextDue.After(now) {
			next = s.NextDue.UTC().Format("2006-01-02 15:04")
		}
		status := statusName(s.Status)
		if s.Failures > 1 {
			status = fmt.Sprintf("failed ×%d", s.Failures)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", oneLineCell(s.Label(), 30), s.URL, fmtEvery(s.Interval()),
			status, last, s.Articles, next, oneLineCell(s.LastError, 60))
	}
	return tw.Flush()
}

// oneLineCell makes s fit one table cell of at most n runes.
func oneLineCell(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		s = string(r[:n-1]) + "…"
	}
	if s == "" {
		return "-"
	}
	return s
}

// fmtEvery prints a duration without its zero tails: "15m", "1h", "1h30m".
func fmtEvery(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

package cli

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

func init() {
	register(command{
		name:    "events",
		summary: "list stored events, merged across reports",
		run:     runEvents,
	})
}

// eventsPage is how many events one query fetches: output streams page by
// page, so a store of any size lists in constant memory.
const eventsPage = 1000

func runEvents(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "events", "[--db DSN] [--format jsonl|csv|gdelt|table] [--country ISO3] [--from DATE] [--to DATE] [filters]")
	db := fs.String("db", "", "store: a SQLite file or a postgres:// URL (default $ACCORD_DB, else accord.db)")
	format := fs.String("format", event.FormatJSONL, "output format: "+strings.Join(event.Formats, ", "))
	country := fs.String("country", "", "only events with this country (ISO 3166 alpha-3) as source or target")
	pair := fs.String("pair", "", "only events between two countries, either way round (KGZ-TJK)")
	from := fs.String("from", "", "only events on or after this date (YYYY-MM-DD)")
	to := fs.String("to", "", "only events on or before this date (YYYY-MM-DD)")
	code := fs.String("code", "", "only events whose CAMEO code starts with this (19, 190, 0411)")
	root := fs.String("root", "", "only events of this two-digit CAMEO root (01 to 20)")
	quad := fs.Int("quad", 0, "only events of this QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
	query := fs.String("q", "", "only events whose sentence has all these words (word* for a prefix)")
	limit := fs.Int("limit", 0, "at most this many events (0: all)")
	newest := fs.Bool("newest", false, "newest first")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("events: unexpected argument %q (filters are flags: see accord events --help)", rest[0])
	}
	if !validFormat(*format) {
		return usagef("events: unknown --format %q: want one of %s", *format, strings.Join(event.Formats, ", "))
	}
	for _, d := range []struct{ flag, v string }{{"--from", *from}, {"--to", *to}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return usagef("events: %s %q: want a date as YYYY-MM-DD", d.flag, d.v)
		}
	}
	f := store.Filter{
		Country: strings.ToUpper(*country), Pair: strings.ToUpper(*pair),
		From: *from, To: *to, Code: *code, Root: *root, Quad: *quad, Query: *query,
		Limit: *limit, Newest: *newest,
	}
	if err := f.Validate(); err != nil {
		return usagef("events: %s", strings.TrimPrefix(err.Error(), store.ErrBadFilter.Error()+": "))
	}

	st, err := openExistingStore(ctx, dbDSN(env, *db))
	if err != nil {
		return err
	}
	defer st.Close()
	w, err := event.NewWriter(*format, env.Stdout)
	if err != nil {
		return usagef("events: %v", err)
	}
	if err := streamEvents(ctx, st, f, w); err != nil {
		return err
	}
	return w.Flush()
}

func validFormat(name string) bool {
	for _, f := range event.Formats {
		if f == name {
			return true
		}
	}
	return false
}

// streamEvents writes every event matching f (at most f.Limit, if set),
// reading the store a page at a time.
func streamEvents(ctx context.Context, st store.Store, f store.Filter, w event.Writer) error {
	left := f.Limit
	for {
		page := f
		page.Limit = eventsPage
		if left > 0 && left < eventsPage {
			page.Limit = left
		}
		p, err := st.Events(ctx, page)
		if err != nil {
			if errors.Is(err, store.ErrBadFilter) {
				return usagef("events: %v", err)
			}
			return err
		}
		for _, e := range p.Events {
			if err := w.Write(e); err != nil {
				return err
			}
		}
		if f.Limit > 0 {
			left -= len(p.Events)
			if left <= 0 {
				return nil
			}
		}
		if p.NextCursor == "" {
			return nil
		}
		f.Cursor = p.NextCursor
	}
}

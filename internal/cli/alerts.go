package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/accord-hub/accord/internal/signal"
	"github.com/accord-hub/accord/internal/store"
)

func init() {
	register(command{name: "alerts", summary: "early warnings as of a date, each with its reasons and evidence", run: runAlerts})
}

// thresholdFlags are the alert thresholds that alerts and backtest share.
type thresholdFlags struct{ cfg signal.Config }

func (t *thresholdFlags) register(fs *flag.FlagSet) {
	t.cfg = signal.DefaultConfig()
	fs.IntVar(&t.cfg.Window, "window", t.cfg.Window, "days, ending on the as-of date, judged as recent")
	fs.IntVar(&t.cfg.Baseline, "baseline", t.cfg.Baseline, "days before the window that make each subject's own baseline")
	fs.Float64Var(&t.cfg.P, "p", t.cfg.P, "significance level: alert when the observed conflict is this unlikely under the baseline")
	fs.IntVar(&t.cfg.MinEvents, "min-events", t.cfg.MinEvents, "least material-conflict events in the window for an alert")
	fs.IntVar(&t.cfg.MinBaselineArticles, "min-baseline-articles", t.cfg.MinBaselineArticles, "least articles in the baseline to judge a subject (else: not enough reporting)")
	fs.IntVar(&t.cfg.MinWindowArticles, "min-window-articles", t.cfg.MinWindowArticles, "least articles in the window to judge a subject (else: not enough reporting)")
}

func (t *thresholdFlags) validate(cmd string) error {
	if err := t.cfg.Validate(); err != nil {
		return usagef("%s: %v", cmd, err)
	}
	return nil
}

// signalStore is the store as signal needs it; every store built in
// openStore provides it.
func signalStore(st store.Store, dsn string) (signal.Store, error) {
	ss, ok := st.(signal.Store)
	if !ok {
		return nil, fmt.Errorf("the store at %s keeps no rollups for alerts", dsn)
	}
	return ss, nil
}

// dayFlag reads a YYYY-MM-DD flag value.
func dayFlag(cmd, flagName, v string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, usagef("%s: --%s %q: want a date as YYYY-MM-DD", cmd, flagName, v)
	}
	return t, nil
}

// newestEventDay is the date of the newest stored event, or today when the
// store is empty, so that an archive answers for its own last day.
func newestEventDay(ctx context.Context, st store.Store) (time.Time, error) {
	p, err := st.Events(ctx, store.Filter{Newest: true, Limit: 1})
	if err != nil {
		return time.Time{}, err
	}
	if len(p.Events) > 0 {
		if t, err := time.Parse(time.DateOnly, p.Events[0].Date); err == nil {
			return t, nil
		}
	}
	now := time.Now().UTC()
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC), nil
}

func runAlerts(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "alerts", "[--db DSN] [--as-of DATE] [--format json|table] [--window DAYS] [--baseline DAYS] [--p P] [--min-events N]")
	db := fs.String("db", "", "store: a file path for the embedded store, or a postgres:// URL (default $ACCORD_DB or accord.db)")
	asOfFlag := fs.String("as-of", "", "answer as on this date (YYYY-MM-DD), from the events dated up to it (default: the newest event's date)")
	format := fs.String("format", "table", "output format: json or table")
	var th thresholdFlags
	th.register(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("alerts: unexpected argument %q", pos[0])
	}
	if *format != "json" && *format != "table" {
		return usagef("alerts: unknown --format %q: want json or table", *format)
	}
	if err := th.validate("alerts"); err != nil {
		return err
	}
	var asOf time.Time
	if *asOfFlag != "" {
		if asOf, err = dayFlag("alerts", "as-of", *asOfFlag); err != nil {
			return err
		}
	}
	dsn := dbDSN(env, *db)
	st, err := openExistingStore(ctx, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	ss, err := signalStore(st, dsn)
	if err != nil {
		return err
	}
	if asOf.IsZero() {
		if asOf, err = newestEventDay(ctx, st); err != nil {
			return err
		}
	}
	as, err := signal.Alerts(ctx, ss, asOf, th.cfg)
	if err != nil {
		return err
	}
	if *format == "json" {
		if as == nil {
			as = []signal.Alert{}
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(as); err != nil {
			return err
		}
	} else if err := writeAlertsTable(env.Stdout, asOf, as); err != nil {
		return err
	}
	return st.Close()
}

// writeAlertsTable prints the alerts for a person: a line per alert, its
// explanation and its evidence; subjects with too little reporting at the end.
func writeAlertsTable(w io.Writer, asOf time.Time, as []signal.Alert) error {
	var thin []string
	n := 0
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, a := range as {
		if a.Kind == signal.KindNotEnough {
			thin = append(thin, a.Subject)
			continue
		}
		n++
		kind := a.Kind
		if a.Status != "" {
			kind += " (" + a.Status + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\tobserved %g\tbaseline %g\tscore %g\n", a.Subject, kind, a.Window, a.Observed, a.Baseline, a.Score)
		fmt.Fprintf(tw, "  %s\n", a.Explanation)
		for _, e := range a.Evidence {
			copies := ""
			if e.Copies > 0 {
				copies = fmt.Sprintf(", %d syndicated copies", e.Copies)
			}
			fmt.Fprintf(tw, "  - %s %s→%s %s (%d mentions%s, %d sources): %s\n", e.Date, e.Source, e.Target, e.Code, e.Mentions, copies, e.Sources, foldLine(e.Text))
		}
	}
	if n == 0 {
		fmt.Fprintf(tw, "No alerts as of %s.\n", asOf.Format(time.DateOnly))
	}
	if len(thin) > 0 {
		fmt.Fprintf(tw, "Not enough reporting to judge (%d): %s\n", len(thin), strings.Join(thin, " "))
	}
	return tw.Flush()
}

// foldLine folds whitespace so that a sentence prints on one line.
func foldLine(s string) string { return strings.Join(strings.Fields(s), " ") }

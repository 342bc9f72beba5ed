package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/accord-hub/accord/internal/signal"
)

func init() {
	register(command{name: "backtest", summary: "replay the stored timeline day by day and score the alerts: lead before each peak, alerts on calm stretches", run: runBacktest})
}

func runBacktest(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "backtest", "[--db DSN] [--from DATE] [--to DATE] [--format json|table] [--window DAYS] [--baseline DAYS] [--p P] [--min-events N]")
	db := fs.String("db", "", "store: a file path for the embedded store, or a postgres:// URL (default $ACCORD_DB or accord.db)")
	fromFlag := fs.String("from", "", "first day replayed, YYYY-MM-DD (default: 90 days before --to)")
	toFlag := fs.String("to", "", "last day replayed, YYYY-MM-DD (default: the newest event's date)")
	format := fs.String("format", "table", "output format: json or table")
	var th thresholdFlags
	th.register(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("backtest: unexpected argument %q", pos[0])
	}
	if *format != "json" && *format != "table" {
		return usagef("backtest: unknown --format %q: want json or table", *format)
	}
	if err := th.validate("backtest"); err != nil {
		return err
	}
	var from, to time.Time
	if *fromFlag != "" {
		if from, err = dayFlag("backtest", "from", *fromFlag); err != nil {
			return err
		}
	}
	if *toFlag != "" {
		if to, err = dayFlag("backtest", "to", *toFlag); err != nil {
			return err
		}
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return usagef("backtest: --from %s is after --to %s", *fromFlag, *toFlag)
	}
	if !to.IsZero() && !from.IsZero() && to.Sub(from) > 20*366*24*time.Hour {
		return usagef("backtest: --from %s to --to %s is more than 20 years", *fromFlag, *toFlag)
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
	if to.IsZero() {
		if to, err = newestEventDay(ctx, st); err != nil {
			return err
		}
	}
	if from.IsZero() {
		from = to.AddDate(0, 0, -89)
	}
	if to.Before(from) {
		return usagef("backtest: --from %s is after the newest event, %s", from.Format(time.DateOnly), to.Format(time.DateOnly))
	}
	r, err := signal.Backtest(ctx, ss, from, to, th.cfg)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return err
		}
	} else if err := writeBacktestTable(env.Stdout, r); err != nil {
		return err
	}
	return st.Close()
}

func writeBacktestTable(w io.Writer, r signal.BacktestReport) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "Replayed %s, %d days.\n", r.Period, r.Days)
	fmt.Fprintf(tw, "Escalations: %d, detected %d. Alert-days: %d, on calm stretches %d (of %d calm subject-days).\n\n",
		r.Escalations, r.Detected, r.AlertDays, r.CalmAlertDays, r.CalmDays)
	if len(r.Subjects) == 0 {
		fmt.Fprintln(tw, "No subject escalated and no alert fired.")
		return tw.Flush()
	}
	fmt.Fprintln(tw, "SUBJECT\tPEAK\tPEAK EVENTS\tFIRST ALERT\tDAYS BEFORE PEAK\tALERT DAYS\tON CALM DAYS")
	for _, s := range r.Subjects {
		peak, lead, first := "-", "-", "-"
		if s.Peak != "" {
			peak = s.Peak
		}
		if s.FirstAlert != "" {
			first = s.FirstAlert
		}
		if s.LeadDays != nil {
			lead = fmt.Sprint(*s.LeadDays)
		} else if s.Peak != "" {
			lead = "missed"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%d\t%d\n", s.Subject, peak, s.PeakEvents, first, lead, s.AlertDays, s.CalmAlertDays)
	}
	return tw.Flush()
}

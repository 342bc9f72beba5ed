package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/accord-hub/accord/internal/agreement"
	"github.com/accord-hub/accord/internal/dispute"
)

func init() {
	register(command{name: "disputes", summary: "disputes between states and their timelines", run: runDisputes})
}

func runDisputes(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "disputes", "[--db DSN] [--format json|table] [--as-of DATE] [--dormant-days N] [--registry FILE]...")
	db := fs.String("db", "", "store: a file path for the embedded store, or a postgres:// URL (default $ACCORD_DB or accord.db)")
	format := fs.String("format", "table", "output format: json or table")
	asOf := fs.String("as-of", "", "judge each dispute's status as of this date, YYYY-MM-DD (default: the newest event)")
	dormant := fs.Int("dormant-days", 180, "a dispute with nothing reported for this many days is dormant")
	var regs multiFlag
	fs.Var(&regs, "registry", "an agreement registry file (repeatable; adds to the built-in one), for the agreements in timelines")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("disputes: unexpected argument %q", pos[0])
	}
	if *format != "json" && *format != "table" {
		return usagef("disputes: unknown --format %q: want json or table", *format)
	}
	if *asOf != "" {
		if _, err := time.Parse("2006-01-02", *asOf); err != nil {
			return usagef("disputes: --as-of %q: want a date YYYY-MM-DD", *asOf)
		}
	}
	if *dormant <= 0 {
		return usagef("disputes: --dormant-days must be positive")
	}
	reg, err := agreement.LoadRegistry(regs...)
	if err != nil {
		return err
	}
	dsn := dbDSN(env, *db)
	st, err := openExistingStore(ctx, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	events, err := dispute.Load(ctx, st, *asOf)
	if err != nil {
		return err
	}
	// Agreements add the signings the coder missed; a store that keeps no
	// agreement mentions gives timelines from events alone.
	var as []agreement.Agreement
	if _, ok := st.(agreement.Store); ok {
		if as, err = storedAgreements(ctx, st, dsn, reg); err != nil {
			return err
		}
	}
	ds := dispute.Build(events, as, dispute.Options{AsOf: *asOf, DormantDays: *dormant})
	if ds == nil {
		ds = []dispute.Dispute{}
	}
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(ds); err != nil {
			return err
		}
	} else if err := writeDisputesTable(env.Stdout, ds); err != nil {
		return err
	}
	return st.Close()
}

func writeDisputesTable(w io.Writer, ds []dispute.Dispute) error {
	if len(ds) == 0 {
		_, err := fmt.Fprintln(w, "no disputes found: ingest news that reports clashes, accusations or talks between states")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, d := range ds {
		if i > 0 {
			fmt.Fprintln(tw)
		}
		fmt.Fprintf(tw, "%s\t%s, %s: %s (%s)\n", d.ID, strings.Join(d.Parties, "-"), d.Topic, d.Status, d.Reason)
		med := ""
		if len(d.Mediators) > 0 {
			med = "; mediators " + strings.Join(d.Mediators, ", ")
		}
		fmt.Fprintf(tw, "\t%s to %s, %d entries%s\n", d.First, d.Last, len(d.Timeline), med)
		for _, en := range d.Timeline {
			text := ""
			if len(en.Evidence) > 0 {
				text = clip(en.Evidence[0].Text, 90)
			}
			who := ""
			if len(en.Mediators) > 0 {
				who = " by " + strings.Join(en.Mediators, ", ")
			}
			fmt.Fprintf(tw, "\t  %s\t%s%s\t%d\t%s\n", en.Date, en.Type, who, en.Reports, text)
		}
	}
	return tw.Flush()
}

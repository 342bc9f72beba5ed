package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/accord-hub/accord/internal/agreement"
	"github.com/accord-hub/accord/internal/store"
)

func init() {
	register(command{name: "agreements", summary: "agreements found in the news and each party's stance", run: runAgreements})
}

func runAgreements(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "agreements", "[--db DSN] [--format json|table] [--registry FILE]...")
	db := fs.String("db", "", "store: a file path for the embedded store, or a postgres:// URL (default $ACCORD_DB or accord.db)")
	format := fs.String("format", "table", "output format: json or table")
	var regs multiFlag
	fs.Var(&regs, "registry", "an agreement registry file that names, merges and annotates agreements (repeatable; adds to the built-in one)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("agreements: unexpected argument %q", pos[0])
	}
	if *format != "json" && *format != "table" {
		return usagef("agreements: unknown --format %q: want json or table", *format)
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
	as, err := storedAgreements(ctx, st, dsn, reg)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(as); err != nil {
			return err
		}
	} else if err := writeAgreementsTable(env.Stdout, as); err != nil {
		return err
	}
	return st.Close()
}

// storedAgreements brings the store's agreement mentions up to date with
// its articles and builds the agreements.
func storedAgreements(ctx context.Context, st store.Store, dsn string, reg []agreement.Entry) ([]agreement.Agreement, error) {
	ast, ok := st.(agreement.Store)
	if !ok {
		return nil, fmt.Errorf("the store at %s cannot keep agreement mentions", dsn)
	}
	return agreement.Load(ctx, ast, reg, func() (agreement.Coder, error) {
		var df dictFlags
		return df.newCoder()
	})
}

func writeAgreementsTable(w io.Writer, as []agreement.Agreement) error {
	if len(as) == 0 {
		_, err := fmt.Fprintln(w, "no agreements found: ingest news that reports signings and ratifications")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, a := range as {
		if i > 0 {
			fmt.Fprintln(tw)
		}
		binding := "binding unknown"
		if a.Binding != nil {
			binding = map[bool]string{true: "binding", false: "not binding"}[*a.Binding]
		}
		date := a.Date
		if date == "" {
			date = "date unknown"
		}
		fmt.Fprintf(tw, "%s\t%s\n", a.ID, a.Name)
		fmt.Fprintf(tw, "\t%s, %s, %s; %d mentions %s to %s\n", a.Kind, binding, date, a.Mentions, dashIfEmpty(a.First), dashIfEmpty(a.Last))
		if len(a.Aliases) > 0 {
			fmt.Fprintf(tw, "\talso: %s\n", strings.Join(a.Aliases, "; "))
		}
		for _, p := range a.Parties {
			flag := ""
			if p.Conflict {
				flag = fmt.Sprintf("  CONFLICTING REPORTS (%d)", len(p.Conflicting))
			}
			src := ""
			if len(p.Evidence) > 0 {
				// The report that set the status: the oldest kept.
				e := p.Evidence[len(p.Evidence)-1]
				src = e.Doc
				if e.Outlet != "" {
					src = e.Outlet + " " + e.Doc
				}
				src += fmt.Sprintf(": %q", clip(e.Phrase, 40))
			}
			fmt.Fprintf(tw, "\t  %s\t%s\t%s\t%s%s\n", p.Country, p.Status, dashIfEmpty(p.Since), src, flag)
		}
	}
	return tw.Flush()
}

// dashIfEmpty writes "-" for a missing value in a table.
func dashIfEmpty(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip cuts s to at most n bytes on a rune boundary, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && (s[cut]&0xC0) == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

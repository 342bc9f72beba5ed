package cli

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/accord-hub/accord/internal/cameo"
	"github.com/accord-hub/accord/internal/coder"
)

func init() {
	register(command{name: "eval", summary: "score the coder against a gold file (PETRARCH XML, JSONL or accord's case format)", run: runEval})
}

func runEval(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval", "[dictionary flags] [--min-f1 X] [--quiet] GOLD...")
	var df dictFlags
	df.register(fs, env.Stderr)
	minF1 := fs.Float64("min-f1", 0, "fail (exit 1) when the overall F1 is below this")
	minPass := fs.Float64("min-pass", 0, "fail (exit 1) when the share of records coded exactly right is below this")
	quiet := fs.Bool("quiet", false, "print only the totals, not each mismatch")
	exact := fs.Bool("exact", false, "compare whole actor codes and whole event codes (PETRARCH's validation XML is always compared so); by default the first three letters of each actor and the CAMEO root are compared")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("eval: name a gold file")
	}
	c, err := df.newCoder()
	if err != nil {
		return err
	}
	var total coder.Score
	perRoot := map[string]*coder.Score{}
	records, passed := 0, 0
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		cases, err := coder.ReadGold(f, name)
		f.Close()
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		if len(cases) == 0 {
			return fmt.Errorf("eval: %s: no gold cases in it (see testdata/coder/README.md for the formats)", name)
		}
		for _, cs := range cases {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if cs.Skip {
				continue
			}
			if !cs.Exact {
				cs.Exact = *exact
				cs.Countries = !*exact
			}
			got := c.With(cs.Options).CodeSentence(cs.Text, cs.Date)
			s, notes := coder.Check(cs, got)
			total.Add(s)
			records++
			if s.FN == 0 && s.FP == 0 && s.Violations == 0 {
				passed++
			}
			// Per root: attribute each expectation and extra to its root.
			for _, w := range cs.Want {
				r := cameo.RootOf(w.Codes[0])
				if perRoot[r] == nil {
					perRoot[r] = &coder.Score{}
				}
				hit := false
				for _, ev := range got {
					if cs.Exact && w.MatchesExactly(ev) || !cs.Exact && w.MatchesCountries(ev) {
						hit = true
					}
				}
				if hit {
					perRoot[r].TP++
				} else {
					perRoot[r].FN++
				}
			}
			for _, n := range notes {
				if strings.HasPrefix(n, "extra") {
					f := strings.Fields(n)
					r := cameo.RootOf(f[len(f)-1])
					if perRoot[r] == nil {
						perRoot[r] = &coder.Score{}
					}
					perRoot[r].FP++
				}
			}
			if len(notes) > 0 && !*quiet {
				fmt.Fprintf(env.Stdout, "%s: %s\n    %s\n", cs.Origin, cs.Text, strings.Join(notes, "\n    "))
			}
		}
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "root\tname\tgold\tfound\tprecision\trecall\tF1\t")
	var roots []string
	for r := range perRoot {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	for _, r := range roots {
		s := perRoot[r]
		info, _ := cameo.Lookup(r)
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", r, strings.ToLower(info.Name), s.TP+s.FN, s.TP+s.FP, s.Precision(), s.Recall(), s.F1())
	}
	fmt.Fprintf(tw, "all\t\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", total.TP+total.FN, total.TP+total.FP, total.Precision(), total.Recall(), total.F1())
	tw.Flush()
	pass := 0.0
	if records > 0 {
		pass = float64(passed) / float64(records)
	}
	fmt.Fprintf(env.Stdout, "%d records, %d coded exactly right (%.1f%%); %d forbidden events coded\n", records, passed, 100*pass, total.Violations)
	if total.F1() < *minF1 {
		return fmt.Errorf("eval: F1 %.3f is below --min-f1 %.3f", total.F1(), *minF1)
	}
	if pass < *minPass {
		return fmt.Errorf("eval: %.3f of records right is below --min-pass %.3f", pass, *minPass)
	}
	return nil
}

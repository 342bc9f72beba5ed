package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/accord-hub/accord/internal/signal"
	"github.com/accord-hub/accord/internal/store"
)

func init() {
	register(command{name: "indicators", summary: "governance ratings and event indicators of a country or pair; 'indicators import FILE.csv' loads ratings", run: runIndicators})
}

func runIndicators(ctx context.Context, env *Env, args []string) error {
	if len(args) > 0 && args[0] == "import" {
		return runIndicatorsImport(ctx, env, args[1:])
	}
	fs := newFlags(env, "indicators", "[--db DSN] [--country ISO3|PAIR] [--from DATE] [--to DATE] [--format json|table]\n       accord indicators import [--db DSN] FILE.csv")
	db := fs.String("db", "", "store: a file path for the embedded store, or a postgres:// URL (default $ACCORD_DB or accord.db)")
	country := fs.String("country", "", "a country (KGZ) or a pair (KGZ-TJK); without it, every country's ratings and a summary of every subject")
	fromFlag := fs.String("from", "", "first day of the series, YYYY-MM-DD (default: 90 days before --to)")
	toFlag := fs.String("to", "", "last day of the series, YYYY-MM-DD (default: the newest event's date)")
	format := fs.String("format", "table", "output format: json or table")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("indicators: unexpected argument %q (to load ratings: accord indicators import FILE.csv)", pos[0])
	}
	if *format != "json" && *format != "table" {
		return usagef("indicators: unknown --format %q: want json or table", *format)
	}
	subject := strings.ToUpper(strings.TrimSpace(*country))
	if subject != "" {
		if err := (store.Filter{Country: subject}).Validate(); err != nil && !strings.Contains(subject, "-") {
			return usagef("indicators: --country %q: want a three-letter code such as KGZ, or a pair such as KGZ-TJK", *country)
		}
		if err := (store.Filter{Pair: subject}).Validate(); err != nil && strings.Contains(subject, "-") {
			return usagef("indicators: --country %q: want a three-letter code such as KGZ, or a pair such as KGZ-TJK", *country)
		}
	}
	var from, to time.Time
	if *toFlag != "" {
		if to, err = dayFlag("indicators", "to", *toFlag); err != nil {
			return err
		}
	}
	if *fromFlag != "" {
		if from, err = dayFlag("indicators", "from", *fromFlag); err != nil {
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
	rst, ok := st.(signal.RatingStore)
	if !ok {
		return fmt.Errorf("the store at %s keeps no ratings", dsn)
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
		return usagef("indicators: --from %s is after --to %s", from.Format(time.DateOnly), to.Format(time.DateOnly))
	}
	country3, _, _ := strings.Cut(subject, "-")
	ratingsOf := country3
	if strings.Contains(subject, "-") {
		ratingsOf = "" // filtered below to the pair's two countries
	}
	rs, err := rst.Ratings(ctx, ratingsOf)
	if err != nil {
		return err
	}
	if strings.Contains(subject, "-") {
		a, b, _ := strings.Cut(subject, "-")
		var keep []signal.Rating
		for _, r := range rs {
			if r.Country == a || r.Country == b {
				keep = append(keep, r)
			}
		}
		rs = keep
	}
	out := indicatorReport{From: from.Format(time.DateOnly), To: to.Format(time.DateOnly), Subject: subject,
		Ratings: ratingRows(rs)}
	if subject != "" {
		if out.Series, err = signal.Indicators(ctx, ss, subject, from, to); err != nil {
			return err
		}
		if !strings.Contains(subject, "-") {
			tl, err := signal.Load(ctx, ss, to.AddDate(0, 0, -59), to)
			if err != nil {
				return err
			}
			for _, t := range signal.Trends(tl, to, signal.DefaultConfig()) {
				if t.Subject == subject {
					out.Trend = &t
				}
			}
		}
	} else {
		days, err := ss.Daily(ctx, "", out.From, out.To)
		if err != nil {
			return err
		}
		out.Subjects = summarise(days)
	}
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else if err := writeIndicatorsTable(env.Stdout, out); err != nil {
		return err
	}
	return st.Close()
}

// indicatorReport is the output of accord indicators.
type indicatorReport struct {
	Subject  string           `json:"subject,omitempty"`
	From     string           `json:"from"`
	To       string           `json:"to"`
	Ratings  []ratingRow      `json:"ratings"`
	Trend    *signal.Alert    `json:"trend,omitempty"`
	Series   []signal.Series  `json:"indicators,omitempty"`
	Subjects []subjectSummary `json:"subjects,omitempty"`
}

// ratingRow is a rating as printed: its value is absent, not 0, when the
// rating is only a category.
type ratingRow struct {
	Country   string   `json:"country"`
	Year      int      `json:"year"`
	Source    string   `json:"source"`
	Indicator string   `json:"indicator"`
	Value     *float64 `json:"value,omitempty"`
	Category  string   `json:"category,omitempty"`
}

func ratingRows(rs []signal.Rating) []ratingRow {
	out := []ratingRow{}
	for _, r := range rs {
		row := ratingRow{Country: r.Country, Year: r.Year, Source: r.Source, Indicator: r.Indicator, Category: r.Category}
		if r.HasValue {
			v := r.Value
			row.Value = &v
		}
		out = append(out, row)
	}
	return out
}

// subjectSummary totals a subject's rollups over the period.
type subjectSummary struct {
	Subject          string  `json:"subject"`
	Events           int     `json:"events"`
	MaterialConflict int     `json:"material_conflict"`
	GoldsteinMean    float64 `json:"goldstein_mean"`
}

func summarise(days []signal.Day) []subjectSummary {
	idx := map[string]int{}
	var out []subjectSummary
	gsum := map[string]float64{}
	for _, d := range days {
		i, ok := idx[d.Subject]
		if !ok {
			i = len(out)
			idx[d.Subject] = i
			out = append(out, subjectSummary{Subject: d.Subject})
		}
		out[i].Events += d.Events
		out[i].MaterialConflict += d.Quad[4]
		gsum[d.Subject] += d.Goldstein
	}
	for i := range out {
		if out[i].Events > 0 {
			out[i].GoldsteinMean = float64(int(100*gsum[out[i].Subject]/float64(out[i].Events))) / 100
		}
	}
	slices.SortFunc(out, func(a, b subjectSummary) int { return strings.Compare(a.Subject, b.Subject) })
	return out
}

func writeIndicatorsTable(w io.Writer, r indicatorReport) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if len(r.Ratings) == 0 {
		fmt.Fprintln(tw, "Ratings: none imported (accord indicators import FILE.csv).")
	} else {
		fmt.Fprintln(tw, "COUNTRY\tYEAR\tSOURCE\tINDICATOR\tVALUE\tCATEGORY")
		for _, x := range r.Ratings {
			v := ""
			if x.Value != nil {
				v = fmt.Sprintf("%g", *x.Value)
			}
			fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\n", x.Country, x.Year, x.Source, x.Indicator, v, x.Category)
		}
	}
	fmt.Fprintf(tw, "\nEvents %s to %s\n", r.From, r.To)
	if r.Subject == "" {
		fmt.Fprintln(tw, "SUBJECT\tEVENTS\tMATERIAL CONFLICT\tMEAN GOLDSTEIN")
		for _, s := range r.Subjects {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%g\n", s.Subject, s.Events, s.MaterialConflict, s.GoldsteinMean)
		}
		return tw.Flush()
	}
	if r.Trend != nil {
		fmt.Fprintf(tw, "Monthly trend: %s. %s\n", r.Trend.Status, r.Trend.Explanation)
	}
	fmt.Fprintln(tw, "INDICATOR\tTOTAL\tLAST 7 DAYS\tDESCRIPTION")
	for _, s := range r.Series {
		total, last := 0.0, 0.0
		for i, p := range s.Points {
			total += p.Value
			if i >= len(s.Points)-7 {
				last += p.Value
			}
		}
		if strings.HasSuffix(s.Name, "_mean") || strings.HasPrefix(s.Name, "conflict_per") {
			total, last = mean(s.Points, 0), mean(s.Points, len(s.Points)-7)
		}
		fmt.Fprintf(tw, "%s\t%.4g\t%.4g\t%s\n", s.Name, total, last, s.Description)
	}
	return tw.Flush()
}

// mean averages the non-zero points from index from on.
func mean(ps []signal.Point, from int) float64 {
	s, n := 0.0, 0
	for _, p := range ps[max(from, 0):] {
		if p.Value != 0 {
			s += p.Value
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return s / float64(n)
}

func runIndicatorsImport(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "indicators import", "[--db DSN] FILE.csv...")
	db := fs.String("db", "", "store: a file path for the embedded store, or a postgres:// URL (default $ACCORD_DB or accord.db)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("indicators import: name a CSV file (columns country,year,source,indicator,value,category)")
	}
	var all []signal.Rating
	for _, name := range pos {
		rs, err := readRatingsFile(env, name)
		if err != nil {
			return err
		}
		all = append(all, rs...)
	}
	dsn := dbDSN(env, *db)
	st, err := openStore(ctx, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	rst, ok := st.(signal.RatingStore)
	if !ok {
		return fmt.Errorf("the store at %s keeps no ratings", dsn)
	}
	n, err := rst.SaveRatings(ctx, all)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "imported %d ratings from %s\n", n, strings.Join(pos, ", "))
	return st.Close()
}

func readRatingsFile(env *Env, name string) ([]signal.Rating, error) {
	var r io.Reader = env.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	} else {
		name = "standard input"
	}
	return signal.ReadRatings(r, name)
}

package postgres

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
)

// This file keeps the rollup tables of migration 0002 up to date inside a
// Save's transaction, with the embedded store's semantics (its rollups.go),
// but a batch at a time: the counts of a batch are summed in Go and each
// table gets one upsert, its rows in key order so that concurrent Saves
// never deadlock. The same day's rows of a country are hot between workers:
// each Save holds them until it commits.

var (
	upsertDaily = `INSERT INTO rollups_daily (date, subject, events, mentions, q1, q2, q3, q4, goldstein)
		SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[], $9::float8[])
		ORDER BY 1, 2
		ON CONFLICT (date, subject) DO UPDATE SET
			events = rollups_daily.events + excluded.events, mentions = rollups_daily.mentions + excluded.mentions,
			q1 = rollups_daily.q1 + excluded.q1, q2 = rollups_daily.q2 + excluded.q2,
			q3 = rollups_daily.q3 + excluded.q3, q4 = rollups_daily.q4 + excluded.q4,
			goldstein = rollups_daily.goldstein + excluded.goldstein`
	upsertRoots = `INSERT INTO rollups_roots (subject, date, root, events, goldstein)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::float8[]) ORDER BY 1, 2, 3
		ON CONFLICT (subject, date, root) DO UPDATE SET
			events = rollups_roots.events + excluded.events, goldstein = rollups_roots.goldstein + excluded.goldstein`
	insertArticleCountries = `INSERT INTO article_countries (article_id, country)
		SELECT * FROM unnest($1::text[], $2::text[]) ORDER BY 1, 2
		ON CONFLICT DO NOTHING RETURNING article_id, country`
	upsertNews = `INSERT INTO news_daily (date, country, articles)
		SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) ORDER BY 1, 2
		ON CONFLICT (date, country) DO UPDATE SET articles = news_daily.articles + excluded.articles`
)

// subjectsOf returns the rollup subjects of an event between countries sc
// and tc: each known country once, and their pair when both are known and
// differ.
func subjectsOf(sc, tc string) []string {
	var out []string
	if sc != "" {
		out = append(out, sc)
	}
	if tc != "" && tc != sc {
		out = append(out, tc)
		if sc != "" {
			out = append(out, pairOf(sc, tc))
		}
	}
	return out
}

type dayKey struct{ date, subject string }

type dayCount struct {
	events, mentions int32
	q                [5]int32
	goldstein        float64
}

type rootKey struct{ subject, date, root string }

type rootCount struct {
	events    int32
	goldstein float64
}

type countryKey struct{ article, country string }

// rollup counts a batch in the rollups: each new merged event adds one
// event to each of its subjects' days, and every report one mention; an
// article counts once in the news volume of each country it has an event
// about, on its date (else the date of the report that names the country).
func rollup(ctx context.Context, tx pgx.Tx, order []*group, created map[string]bool, reps []report, articleDate map[string]string) error {
	days := map[dayKey]*dayCount{}
	roots := map[rootKey]*rootCount{}
	for _, g := range order {
		e := g.first
		for _, s := range subjectsOf(countryOf(e.Source), countryOf(e.Target)) {
			k := dayKey{e.Date, s}
			d := days[k]
			if d == nil {
				d = &dayCount{}
				days[k] = d
			}
			d.mentions += int32(g.reports)
			if !created[g.id] {
				continue
			}
			d.events++
			if e.Quad >= 1 && e.Quad <= 4 {
				d.q[e.Quad]++
			}
			d.goldstein += e.Goldstein
			rk := rootKey{s, e.Date, e.Root}
			r := roots[rk]
			if r == nil {
				r = &rootCount{}
				roots[rk] = r
			}
			r.events++
			r.goldstein += e.Goldstein
		}
	}

	// News volume: the article's countries, each with the day it counts on.
	var acArticles, acCountries []string
	dayOf := map[countryKey]string{}
	for _, rp := range reps {
		e := rp.e
		day := articleDate[rp.article]
		if day == "" {
			day = e.Date
		}
		if day == "" {
			continue
		}
		countries := []string{countryOf(e.Source), countryOf(e.Target)}
		if e.Location != nil {
			countries = append(countries, e.Location.Country)
		}
		for i, c := range countries {
			if c == "" || (i > 0 && c == countries[0]) || (i > 1 && c == countries[1]) {
				continue
			}
			k := countryKey{rp.article, c}
			if _, ok := dayOf[k]; ok {
				continue
			}
			dayOf[k] = day
			acArticles = append(acArticles, rp.article)
			acCountries = append(acCountries, c)
		}
	}
	news := map[dayKey]int32{}
	if len(acArticles) > 0 {
		rows, err := tx.Query(ctx, insertArticleCountries, acArticles, acCountries)
		if err != nil {
			return fmt.Errorf("news volume: %w", err)
		}
		added, err := pgx.CollectRows(rows, pgx.RowToStructByPos[struct{ Article, Country string }])
		if err != nil {
			return fmt.Errorf("news volume: %w", err)
		}
		for _, a := range added {
			news[dayKey{dayOf[countryKey{a.Article, a.Country}], a.Country}]++
		}
	}

	if len(days) > 0 {
		keys := sortedKeys(days, func(a, b dayKey) int { return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.subject, b.subject)) })
		var dates, subjects []string
		var events, mentions, q1, q2, q3, q4 []int32
		var gold []float64
		for _, k := range keys {
			d := days[k]
			dates, subjects = append(dates, k.date), append(subjects, k.subject)
			events, mentions = append(events, d.events), append(mentions, d.mentions)
			q1, q2, q3, q4 = append(q1, d.q[1]), append(q2, d.q[2]), append(q3, d.q[3]), append(q4, d.q[4])
			gold = append(gold, d.goldstein)
		}
		if _, err := tx.Exec(ctx, upsertDaily, dates, subjects, events, mentions, q1, q2, q3, q4, gold); err != nil {
			return fmt.Errorf("daily rollups: %w", err)
		}
	}
	if len(roots) > 0 {
		keys := sortedKeys(roots, func(a, b rootKey) int {
			return cmp.Or(cmp.Compare(a.subject, b.subject), cmp.Compare(a.date, b.date), cmp.Compare(a.root, b.root))
		})
		var subjects, dates, rs []string
		var events []int32
		var gold []float64
		for _, k := range keys {
			r := roots[k]
			subjects, dates, rs = append(subjects, k.subject), append(dates, k.date), append(rs, k.root)
			events, gold = append(events, r.events), append(gold, r.goldstein)
		}
		if _, err := tx.Exec(ctx, upsertRoots, subjects, dates, rs, events, gold); err != nil {
			return fmt.Errorf("root rollups: %w", err)
		}
	}
	if len(news) > 0 {
		keys := sortedKeys(news, func(a, b dayKey) int { return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.subject, b.subject)) })
		var dates, countries []string
		var n []int32
		for _, k := range keys {
			dates, countries, n = append(dates, k.date), append(countries, k.subject), append(n, news[k])
		}
		if _, err := tx.Exec(ctx, upsertNews, dates, countries, n); err != nil {
			return fmt.Errorf("news volume: %w", err)
		}
	}
	return nil
}

func sortedKeys[K comparable, V any](m map[K]V, cmp func(a, b K) int) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, cmp)
	return keys
}

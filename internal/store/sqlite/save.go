package sqlite

import (
	"context"
	"fmt"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

var (
	insertArticle = `INSERT INTO articles (id, url, title, outlet, language, date, text, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
	reportExists = `SELECT count(*) FROM reports WHERE id = ?`
	insertReport = `INSERT INTO reports (id, event_id, article_id, ` + columnList("") + `, ingested_at)
		VALUES (?, ?, ?, ` + placeholders(len(eventFields)) + `, ?)`
)

// writeStatements are prepared once at Open.
var writeStatements = []string{
	insertArticle, reportExists, insertReport,
	countMention, nextSeq, insertEvent, indexEventText, insertEventCountry, insertEventSource, countEventSource,
}

// Save stores docs and their reports, merging each report into its event, in
// one transaction. A document whose article id is already stored is counted
// as a duplicate and changes nothing.
func (db *DB) Save(ctx context.Context, docs []store.Document) (store.SaveStats, error) {
	for i, d := range docs {
		if d.Article.ID == "" {
			where := d.Article.Origin
			if where == "" {
				where = fmt.Sprintf("document %d", i+1)
			}
			return store.SaveStats{}, fmt.Errorf("sqlite: save %s: article has no id", where)
		}
	}
	for _, d := range docs {
		for _, e := range d.Events {
			e = withArticle(e, d.Article)
			if _, err := time.Parse(time.DateOnly, e.Date); e.Date != "" && err != nil {
				return store.SaveStats{}, fmt.Errorf("sqlite: save article %s: event %s (sentence %d): date %q is not YYYY-MM-DD",
					d.Article.ID, e.ID, e.Sentence, e.Date)
			}
		}
	}
	if len(docs) == 0 {
		return store.SaveStats{}, ctx.Err()
	}
	var stats store.SaveStats
	err := db.write(ctx, func(w *wtx) error {
		stats = store.SaveStats{}
		now := db.now().UTC().Format(time.RFC3339)
		for _, d := range docs {
			if err := w.canceled(); err != nil {
				return err
			}
			s, err := saveDoc(w, d, now)
			if err != nil {
				return fmt.Errorf("sqlite: save article %s: %w", d.Article.ID, err)
			}
			stats.Add(s)
		}
		return nil
	})
	if err != nil {
		return store.SaveStats{}, err
	}
	return stats, nil
}

// saveDoc stores one document inside w.
func saveDoc(w *wtx, d store.Document, now string) (store.SaveStats, error) {
	a := d.Article
	res, err := w.exec(insertArticle, a.ID, a.URL, a.Title, a.Source, a.Language, a.Date, a.Text, now)
	if err != nil {
		return store.SaveStats{}, fmt.Errorf("insert article: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return store.SaveStats{}, fmt.Errorf("insert article: %w", err)
	} else if n == 0 {
		return store.SaveStats{Duplicates: 1}, nil
	}
	st := store.SaveStats{Articles: 1}
	outlet := outletOf(a)
	for _, e := range d.Events {
		e = withArticle(e, a)
		var n int
		if err := w.scanRow(reportExists, []any{e.ID}, &n); err != nil {
			return store.SaveStats{}, fmt.Errorf("report %s: %w", e.ID, err)
		}
		if n > 0 {
			continue
		}
		eventID, created, err := merge(w, e, outlet, now)
		if err != nil {
			return store.SaveStats{}, fmt.Errorf("report %s: %w", e.ID, err)
		}
		if err := rollupReport(w, a.ID, a.Date, e, eventID, created); err != nil {
			return store.SaveStats{}, fmt.Errorf("report %s: %w", e.ID, err)
		}
		vals, err := eventValues(e)
		if err != nil {
			return store.SaveStats{}, fmt.Errorf("report %s: %w", e.ID, err)
		}
		args := append([]any{e.ID, eventID, a.ID}, vals...)
		if _, err := w.exec(insertReport, append(args, now)...); err != nil {
			return store.SaveStats{}, fmt.Errorf("insert report %s: %w", e.ID, err)
		}
		st.Reports++
		if created {
			st.Events++
		} else {
			st.Merged++
		}
	}
	return st, nil
}

// withArticle fills what a report leaves blank from its article: document
// id, date, URL, title and outlet, and the report id itself.
func withArticle(e event.Event, a article.Article) event.Event {
	if e.Doc == "" {
		e.Doc = a.ID
	}
	if e.Date == "" {
		e.Date = a.Date
	}
	if e.URL == "" {
		e.URL = a.URL
	}
	if e.Title == "" {
		e.Title = a.Title
	}
	if e.Outlet == "" {
		e.Outlet = outletOf(a)
	}
	if e.Root == "" && len(e.Code) >= 2 {
		e.Root = e.Code[:2]
	}
	if e.ID == "" {
		e.ID = event.ReportID(e.Doc, e.Sentence, e.Source, e.Target, e.Code)
	}
	e.Mentions, e.Sources = 0, 0
	return e
}

package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/accord-hub/accord/internal/agreement"
	"github.com/accord-hub/accord/internal/article"
)

var _ agreement.Store = (*DB)(nil)

// SaveAgreementMentions records the agreement mentions found in one
// article by the given version of the extractor, replacing any recorded
// before, and marks the article as read by it (also when ms is empty).
func (db *DB) SaveAgreementMentions(ctx context.Context, articleID string, version int, ms []agreement.Mention) error {
	if articleID == "" {
		return fmt.Errorf("postgres: save agreement mentions: no article id")
	}
	rows := make([]string, len(ms))
	for i, m := range ms {
		b, err := json.Marshal(m)
		if err != nil {
			return fmt.Errorf("postgres: save agreement mentions of %s: %w", articleID, err)
		}
		rows[i] = string(b)
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM agreement_mentions WHERE article_id = $1`, articleID); err != nil {
			return err
		}
		for i, m := range ms {
			if _, err := tx.Exec(ctx, `INSERT INTO agreement_mentions (article_id, sentence, seq, date, name, mention)
				VALUES ($1, $2, $3, $4, $5, $6)`,
				articleID, m.Evidence.Sentence, i, m.Evidence.Date, m.Name, rows[i]); err != nil {
				return err
			}
		}
		_, err := tx.Exec(ctx, `INSERT INTO agreement_scans (article_id, version, scanned_at) VALUES ($1, $2, $3)
			ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, scanned_at = excluded.scanned_at`,
			articleID, version, db.now().UTC().Format(time.RFC3339))
		return err
	})
	if err != nil {
		return ctxErr(ctx, fmt.Errorf("postgres: save agreement mentions of %s: %w", articleID, err))
	}
	return nil
}

// AgreementMentions returns every recorded agreement mention, oldest first.
func (db *DB) AgreementMentions(ctx context.Context) ([]agreement.Mention, error) {
	rows, err := db.pool.Query(ctx, `SELECT article_id, mention FROM agreement_mentions ORDER BY date, article_id, sentence, seq`)
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: agreement mentions: %w", err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (agreement.Mention, error) {
		var id, raw string
		var m agreement.Mention
		if err := r.Scan(&id, &raw); err != nil {
			return m, err
		}
		if err := json.Unmarshal([]byte(raw), &m); err != nil {
			return m, fmt.Errorf("mention of article %s: %w", id, err)
		}
		return m, nil
	})
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: agreement mentions: %w", err))
	}
	return out, nil
}

// UnscannedArticles returns up to limit stored articles that this version
// of the agreement extractor has not read yet (never read, or read by an
// older version), in id order.
func (db *DB) UnscannedArticles(ctx context.Context, version, limit int) ([]article.Article, error) {
	if limit <= 0 {
		limit = 256
	}
	rows, err := db.pool.Query(ctx, `SELECT a.id, a.url, a.title, a.outlet, a.language, a.date, a.text
		FROM articles a WHERE NOT EXISTS (SELECT 1 FROM agreement_scans s WHERE s.article_id = a.id AND s.version >= $1)
		ORDER BY a.id LIMIT $2`, version, limit)
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: unscanned articles: %w", err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (article.Article, error) {
		var a article.Article
		err := r.Scan(&a.ID, &a.URL, &a.Title, &a.Source, &a.Language, &a.Date, &a.Text)
		return a, err
	})
	if err != nil {
		return nil, ctxErr(ctx, fmt.Errorf("postgres: unscanned articles: %w", err))
	}
	return out, nil
}

package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/accord-hub/accord/internal/agreement"
	"github.com/accord-hub/accord/internal/article"
)

// SaveAgreementMentions records the agreement mentions found in one
// article by the given version of the extractor, replacing any recorded
// before, and marks the article as read by it (also when ms is empty).
func (db *DB) SaveAgreementMentions(ctx context.Context, articleID string, version int, ms []agreement.Mention) error {
	if articleID == "" {
		return fmt.Errorf("sqlite: save agreement mentions: no article id")
	}
	rows := make([][]byte, len(ms))
	for i, m := range ms {
		b, err := json.Marshal(m)
		if err != nil {
			return fmt.Errorf("sqlite: save agreement mentions of %s: %w", articleID, err)
		}
		rows[i] = b
	}
	err := db.write(ctx, func(w *wtx) error {
		if _, err := w.exec(`DELETE FROM agreement_mentions WHERE article_id = ?`, articleID); err != nil {
			return err
		}
		for i, m := range ms {
			if _, err := w.exec(`INSERT INTO agreement_mentions (article_id, sentence, seq, date, name, mention) VALUES (?, ?, ?, ?, ?, ?)`,
				articleID, m.Evidence.Sentence, i, m.Evidence.Date, m.Name, string(rows[i])); err != nil {
				return err
			}
		}
		_, err := w.exec(`INSERT INTO agreement_scans (article_id, version, scanned_at) VALUES (?, ?, ?)
			ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, scanned_at = excluded.scanned_at`,
			articleID, version, db.now().UTC().Format(time.RFC3339))
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlite: save agreement mentions of %s: %w", articleID, err)
	}
	return nil
}

// AgreementMentions returns every recorded agreement mention, oldest first.
func (db *DB) AgreementMentions(ctx context.Context) ([]agreement.Mention, error) {
	rows, err := db.readers.QueryContext(ctx, `SELECT article_id, mention FROM agreement_mentions ORDER BY date, article_id, sentence, seq`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: agreement mentions: %w", err)
	}
	defer rows.Close()
	var out []agreement.Mention
	for rows.Next() {
		var id, raw string
		if err := rows.Scan(&id, &raw); err != nil {
			return nil, fmt.Errorf("sqlite: agreement mentions: %w", err)
		}
		var m agreement.Mention
		if err := json.Unmarshal([]byte(raw), &m); err != nil {
			return nil, fmt.Errorf("sqlite: agreement mention of article %s: %w", id, err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: agreement mentions: %w", err)
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
	rows, err := db.readers.QueryContext(ctx, `SELECT a.id, a.url, a.title, a.outlet, a.language, a.date, a.text
		FROM articles a WHERE NOT EXISTS (SELECT 1 FROM agreement_scans s WHERE s.article_id = a.id AND s.version >= ?)
		ORDER BY a.id LIMIT ?`, version, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: unscanned articles: %w", err)
	}
	defer rows.Close()
	var out []article.Article
	for rows.Next() {
		var a article.Article
		if err := rows.Scan(&a.ID, &a.URL, &a.Title, &a.Source, &a.Language, &a.Date, &a.Text); err != nil {
			return nil, fmt.Errorf("sqlite: unscanned articles: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: unscanned articles: %w", err)
	}
	return out, nil
}

package agreement

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/coder"
)

// Version is the version of the extractor. Raise it when Extract changes
// what it finds: stored articles read by an older version are read again.
const Version = 1

// Store keeps the mentions found in stored articles.
type Store interface {
	// UnscannedArticles returns up to limit stored articles not yet read
	// by this version of the extractor.
	UnscannedArticles(ctx context.Context, version, limit int) ([]article.Article, error)
	// SaveAgreementMentions records an article's mentions, found by this
	// version of the extractor, and marks it read.
	SaveAgreementMentions(ctx context.Context, articleID string, version int, ms []Mention) error
	// AgreementMentions returns every recorded mention.
	AgreementMentions(ctx context.Context) ([]Mention, error)
}

// Coder codes an article into sentences and events.
type Coder interface {
	Code(a article.Article) coder.Result
}

// MayMention reports whether a text can mention an agreement at all: a
// cheap test that spares the coder the articles that cannot.
func MayMention(text string) bool {
	low := strings.ToLower(text)
	for w := range kinds {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// Sync reads the stored articles the extractor has not read yet (those
// stored before the pipeline recorded mentions at ingest, or by a pipeline
// that does not), and records their mentions. Articles are coded on
// GOMAXPROCS goroutines. newCoder is called once, and only if some article
// needs coding; the coder it returns must be safe for concurrent use. Sync
// returns how many articles it read.
func Sync(ctx context.Context, st Store, newCoder func() (Coder, error)) (int, error) {
	var c Coder
	workers := runtime.GOMAXPROCS(0)
	n := 0
	for {
		batch, err := st.UnscannedArticles(ctx, Version, 256)
		if err != nil {
			return n, fmt.Errorf("agreement: sync: %w", err)
		}
		if len(batch) == 0 {
			return n, nil
		}
		found := make([][]Mention, len(batch))
		var todo []int
		for i, a := range batch {
			if MayMention(a.Text) {
				todo = append(todo, i)
			}
		}
		if len(todo) > 0 && c == nil {
			if c, err = newCoder(); err != nil {
				return n, fmt.Errorf("agreement: sync: %w", err)
			}
		}
		// Code in parallel; each goroutine takes the next index.
		var (
			wg   sync.WaitGroup
			next atomic.Int64
		)
		for w := 0; w < min(workers, len(todo)); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					k := int(next.Add(1)) - 1
					if k >= len(todo) || ctx.Err() != nil {
						return
					}
					a := batch[todo[k]]
					found[todo[k]] = Extract(a, c.Code(a))
				}
			}()
		}
		wg.Wait()
		if err := ctx.Err(); err != nil {
			return n, err
		}
		for i, a := range batch {
			if err := st.SaveAgreementMentions(ctx, a.ID, Version, found[i]); err != nil {
				return n, fmt.Errorf("agreement: sync: %w", err)
			}
			n++
		}
	}
}

// Load brings the store's mentions up to date with its articles (see Sync)
// and builds the agreements from them with the registry.
func Load(ctx context.Context, st Store, registry []Entry, newCoder func() (Coder, error)) ([]Agreement, error) {
	if _, err := Sync(ctx, st, newCoder); err != nil {
		return nil, err
	}
	ms, err := st.AgreementMentions(ctx)
	if err != nil {
		return nil, fmt.Errorf("agreement: %w", err)
	}
	return Build(ms, registry), nil
}

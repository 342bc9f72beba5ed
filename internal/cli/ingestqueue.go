package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/queue"
)

// publishInputs is 'accord ingest --queue': it reads the inputs and
// publishes their articles to the queue, where workers code and store them.
func publishInputs(ctx context.Context, env *Env, url string, inputs []string) error {
	q, err := queue.Open(ctx, url, queue.Options{Log: env.Log})
	if err != nil {
		return err
	}
	defer q.Close()
	start := time.Now()
	pc := &problemCounter{env: env}
	published, dups := 0, 0
	werr := walk(ctx, env, inputs, func(a article.Article) error {
		dup, err := q.Publish(ctx, a)
		if err != nil {
			return err
		}
		if dup {
			dups++
		} else {
			published++
		}
		return nil
	}, pc)
	sec := time.Since(start).Seconds()
	fmt.Fprintf(env.Stdout, "published %d articles to %s in %.2fs (%d dropped: already in the queue within %s)\n",
		published, url, sec, dups, queue.DuplicateWindow)
	if pc.n > 0 {
		fmt.Fprintf(env.Stdout, "refused %d inputs or lines, warned about %d (reasons above)\n", pc.skipped, pc.n-pc.skipped)
	}
	if werr != nil {
		return werr
	}
	if pc.n > 0 {
		return fmt.Errorf("ingest: %d input problems (see above); everything else was published", pc.n)
	}
	return nil
}

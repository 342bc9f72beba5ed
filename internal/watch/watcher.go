package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/pipeline"
)

// Ingester codes and stores articles; *pipeline.Pipeline is one. Storing must
// be idempotent by article id: an article handed over twice (after a crash
// between storing it and recording it as seen) is stored once.
type Ingester interface {
	Run(ctx context.Context, in <-chan article.Article) (pipeline.Stats, error)
}

// FeedReader reads the items of a feed; article.ReadFeed is one.
type FeedReader func(ctx context.Context, r io.Reader, name string, opt article.Options,
	fn func(article.Article) error, onProblem func(article.Problem)) error

// Options tune a Watcher. The zero value of each field means its default.
type Options struct {
	// Client makes the requests; nil means a client without a timeout of
	// its own (Timeout bounds each request).
	Client *http.Client
	// Now gives the current time, for scheduling; nil means time.Now.
	Now func() time.Time
	// Workers is how many sources are polled at once; default 4.
	Workers int
	// Timeout bounds each request, body included; default 30s.
	Timeout time.Duration
	// MaxBytes is the largest response body read; default 8 MiB.
	MaxBytes int64
	// HostGap is the least time between two requests to one host; default
	// 1s. A negative value means no gap (tests).
	HostGap time.Duration
	// MaxBackoff caps the wait before polling a failing source again;
	// default 12h.
	MaxBackoff time.Duration
	// MinText is the length of item text, in bytes, below which a feed
	// item's page is fetched for its full text; default 600.
	MinText int
	// MaxItems caps the new items taken from one source in one poll; the
	// rest wait for the next poll. Default 200.
	MaxItems int
	// Tick is how often Run looks for due sources; default 15s.
	Tick time.Duration
	// UserAgent is sent with each request; "" means article.DefaultUserAgent.
	UserAgent string
	// Log receives a line per poll; nil means no logging.
	Log *slog.Logger
	// ReadFeed parses feeds; nil means article.ReadFeed.
	ReadFeed FeedReader
}

func (o Options) withDefaults() Options {
	if o.Client == nil {
		o.Client = &http.Client{}
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Workers <= 0 {
		o.Workers = 4
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 8 << 20
	}
	switch {
	case o.HostGap == 0:
		o.HostGap = time.Second
	case o.HostGap < 0:
		o.HostGap = 0
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 12 * time.Hour
	}
	if o.MinText <= 0 {
		o.MinText = 600
	}
	if o.MaxItems <= 0 {
		o.MaxItems = 200
	}
	if o.Tick <= 0 {
		o.Tick = 15 * time.Second
	}
	if o.UserAgent == "" {
		o.UserAgent = article.DefaultUserAgent
	}
	if o.Log == nil {
		o.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.ReadFeed == nil {
		o.ReadFeed = article.ReadFeed
	}
	return o
}

// Watcher polls the sources of a Registry and ingests what is new. It is safe
// for concurrent use; a source is never polled twice at once.
type Watcher struct {
	reg   Registry
	ing   Ingester
	opt   Options
	hosts *hosts

	mu   sync.Mutex
	busy map[string]bool
}

// New returns a Watcher over the sources of reg that hands new articles to
// ing.
func New(reg Registry, ing Ingester, opt Options) *Watcher {
	opt = opt.withDefaults()
	return &Watcher{reg: reg, ing: ing, opt: opt, hosts: newHosts(opt.HostGap), busy: map[string]bool{}}
}

// Result is the outcome of polling one source.
type Result struct {
	// URL is the source's.
	URL string
	// Status is how the fetch went; StatusNew when the poll was abandoned
	// (cancelled, or the store failed) and nothing was recorded.
	Status Status
	// New counts the articles stored that were not stored before; Items
	// the new items found (an item may be an article stored already, from
	// another source).
	New, Items int
	// Err says why the fetch failed or the poll was abandoned.
	Err error
}

// PollOnce polls every registered source once, due or not, at most
// Options.Workers at a time, and returns the outcome of each, ordered by URL.
// Its error is the registry's; a failing source is a Result.
func (w *Watcher) PollOnce(ctx context.Context) ([]Result, error) {
	srcs, err := w.reg.Sources(ctx)
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	results := make([]Result, len(srcs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < min(w.opt.Workers, len(srcs)); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = w.pollSource(ctx, srcs[i].URL)
			}
		}()
	}
feed:
	for i := range srcs {
		select {
		case jobs <- i:
		case <-ctx.Done():
			for j := i; j < len(srcs); j++ {
				results[j] = Result{URL: srcs[j].URL, Err: ctx.Err()}
			}
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	sort.Slice(results, func(i, j int) bool { return results[i].URL < results[j].URL })
	return results, nil
}

// Run polls each source when it is due until ctx is cancelled, then waits
// for the polls under way to stop and returns nil. A registry failure is
// logged and retried at the next tick.
func (w *Watcher) Run(ctx context.Context) error {
	jobs := make(chan Source)
	var wg sync.WaitGroup
	for i := 0; i < w.opt.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				w.pollClaimed(ctx, s.URL, true)
			}
		}()
	}
	defer func() {
		close(jobs)
		wg.Wait()
	}()
	tick := time.NewTicker(w.opt.Tick)
	defer tick.Stop()
	for {
		due, err := w.reg.DueSources(ctx, w.opt.Now())
		if err != nil && ctx.Err() == nil {
			w.opt.Log.Error("watch: due sources", "err", err)
		}
		for _, s := range due {
			if !w.claim(s.URL) {
				continue
			}
			// Wait for a free worker: a slow source holds one worker, not
			// the others. The worker reads the source afresh, so a list
			// gone stale while waiting does no harm.
			select {
			case jobs <- s:
			case <-ctx.Done():
				w.unclaim(s.URL)
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
	}
}

// claim marks url as being polled, unless it is already.
func (w *Watcher) claim(url string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.busy[url] {
		return false
	}
	w.busy[url] = true
	return true
}

func (w *Watcher) unclaim(url string) {
	w.mu.Lock()
	delete(w.busy, url)
	w.mu.Unlock()
}

// pollSource polls the source at url unless it is being polled already.
func (w *Watcher) pollSource(ctx context.Context, url string) Result {
	if !w.claim(url) {
		return Result{URL: url, Err: errors.New("watch: already being polled")}
	}
	return w.pollClaimed(ctx, url, false)
}

// pollClaimed polls the source at url, which the caller has claimed, and
// logs the outcome. It reads the source afresh, since a list of sources may
// be older than the last poll; with onlyDue it skips a source not due.
func (w *Watcher) pollClaimed(ctx context.Context, url string, onlyDue bool) Result {
	defer w.unclaim(url)
	s, err := w.reg.Source(ctx, url)
	switch {
	case errors.Is(err, ErrNoSource):
		return Result{URL: url, Err: fmt.Errorf("watch: %s: %w", url, err)}
	case err != nil:
		w.opt.Log.Error("watch: read source", "source", url, "err", err)
		return Result{URL: url, Err: fmt.Errorf("watch: %w", err)}
	case onlyDue && s.NextDue.After(w.opt.Now()):
		return Result{URL: url}
	}
	start := time.Now()
	r := w.poll(ctx, s)
	attrs := []any{"source", s.URL, "status", string(r.Status), "items", r.Items, "new", r.New,
		"took", time.Since(start).Round(time.Millisecond)}
	if r.Err != nil {
		attrs = append(attrs, "err", r.Err)
		w.opt.Log.Warn("watch: poll", attrs...)
	} else {
		w.opt.Log.Info("watch: poll", attrs...)
	}
	return r
}

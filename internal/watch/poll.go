package watch

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/accord-hub/accord/internal/article"
)

// pending is a new item of a source: its article, to ingest unless skip.
type pending struct {
	item Item
	a    article.Article
	// skip is an item with nothing to ingest (no text anywhere), marked
	// seen so that it is not fetched again.
	skip bool
}

// abandon is a failure that is not the source's (the registry's, a
// cancelled context): the poll is dropped without recording anything, so
// that it is tried again.
type abandon struct{ err error }

func (a abandon) Error() string { return a.err.Error() }
func (a abandon) Unwrap() error { return a.err }

// poll fetches one source, ingests its new items and records the outcome.
func (w *Watcher) poll(ctx context.Context, s Source) Result {
	res := Result{URL: s.URL}
	now := w.opt.Now()
	st := s.State
	st.LastFetch = now
	st.Fetches++

	var retryAfter time.Duration
	fail := func(httpStatus int, err error) Result {
		var ab abandon
		if ctx.Err() != nil || errors.As(err, &ab) {
			if ctx.Err() != nil {
				err = ctx.Err()
			}
			res.Err = fmt.Errorf("watch: poll %s abandoned: %w", s.URL, err)
			return res
		}
		st.Status = StatusFailed
		st.HTTPStatus = httpStatus
		st.LastError = err.Error()
		st.Failures++
		wait := Backoff(s.Interval(), st.Failures, w.opt.MaxBackoff)
		if retryAfter > wait {
			// The server said when to come back; within reason.
			wait = min(retryAfter, w.opt.MaxBackoff)
		}
		st.NextDue = now.Add(wait)
		if rerr := w.reg.RecordFetch(ctx, s.URL, st, nil); rerr != nil {
			res.Err = fmt.Errorf("watch: record fetch of %s: %w", s.URL, rerr)
			return res
		}
		res.Status = StatusFailed
		res.Err = err
		return res
	}

	resp, err := w.get(ctx, s.URL, st.ETag, st.LastModified)
	if err != nil {
		retryAfter = resp.retryAfter
		return fail(resp.status, err)
	}
	st.Status = StatusOK
	var (
		items    []pending
		deferred bool
	)
	if resp.notModified {
		st.Status = StatusUnchanged
	} else {
		st.Kind = sniffKind(resp.contentType, resp.body)
		err = protect(func() (err error) {
			switch st.Kind {
			case KindFeed:
				items, deferred, err = w.feedItems(ctx, s, resp)
			default:
				var hash string
				items, hash, err = w.pageItem(s, resp)
				if err == nil {
					if hash == st.ContentHash {
						items = nil
						st.Status = StatusUnchanged
					}
					st.ContentHash = hash
				}
			}
			return err
		})
		if err != nil {
			return fail(resp.status, err)
		}
		st.ETag, st.LastModified = resp.etag, resp.lastMo
		if deferred {
			// Items are left for the next poll: it must get the whole
			// feed again, not a 304.
			st.ETag, st.LastModified = "", ""
		}
	}

	var arts []article.Article
	marks := make([]Item, 0, len(items))
	for _, p := range items {
		if !p.skip {
			arts = append(arts, p.a)
		}
		marks = append(marks, p.item)
	}
	if len(arts) > 0 {
		n, err := w.ingest(ctx, arts)
		if err != nil {
			return fail(resp.status, abandon{fmt.Errorf("ingest: %w", err)})
		}
		res.New = n
	}
	if err := ctx.Err(); err != nil {
		return fail(resp.status, err)
	}
	res.Items = len(arts)
	st.HTTPStatus = resp.status
	st.LastError = ""
	st.LastSuccess = now
	st.Failures = 0
	st.NextDue = now.Add(s.Interval())
	st.Articles += len(arts)
	if err := w.reg.RecordFetch(ctx, s.URL, st, marks); err != nil {
		res.Err = fmt.Errorf("watch: record fetch of %s: %w", s.URL, err)
		return res
	}
	res.Status = st.Status
	return res
}

// protect runs fn, turning a panic into an error: a reader tripping over
// hostile input fails that source, not the process.
func protect(fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("reader failed on this input: %v", p)
		}
	}()
	return fn()
}

// ingest hands arts to the ingester and returns how many were new to the
// store.
func (w *Watcher) ingest(ctx context.Context, arts []article.Article) (int, error) {
	in := make(chan article.Article, len(arts))
	for _, a := range arts {
		in <- a
	}
	close(in)
	stats, err := w.ing.Run(ctx, in)
	if err != nil {
		return 0, err
	}
	return stats.Store.Articles, nil
}

func (w *Watcher) readOptions() article.Options {
	return article.Options{Client: w.opt.Client, MaxBytes: w.opt.MaxBytes, UserAgent: w.opt.UserAgent, Now: w.opt.Now}
}

// feedItems reads the feed in resp and returns its items not ingested yet,
// each with the full text of its page where the feed gives little. deferred
// is true when some new items were left for the next poll.
func (w *Watcher) feedItems(ctx context.Context, s Source, resp response) (items []pending, deferred bool, err error) {
	var (
		arts     []article.Article
		problems int
		first    error
	)
	err = w.opt.ReadFeed(ctx, bytes.NewReader(resp.body), s.URL, w.readOptions(),
		func(a article.Article) error { arts = append(arts, a); return nil },
		func(p article.Problem) {
			if p.Skipped {
				problems++
				if first == nil {
					first = p.Err
				}
			}
		})
	if err != nil {
		if ctx.Err() != nil {
			return nil, false, ctx.Err()
		}
		return nil, false, fmt.Errorf("unreadable feed: %w", err)
	}
	switch {
	case len(arts) == 0 && problems == 1:
		return nil, false, fmt.Errorf("unreadable feed: %w", first)
	case len(arts) == 0 && problems > 1:
		return nil, false, fmt.Errorf("unreadable feed: %d items refused, the first: %w", problems, first)
	case problems > 0:
		w.opt.Log.Warn("watch: feed items refused", "source", s.URL, "refused", problems, "first", first)
	}

	keys := make([]string, 0, len(arts))
	byKey := map[string]article.Article{}
	for _, a := range arts {
		if a.ID == "" {
			a.ID = article.NewID(a.URL, a.Text)
		}
		k := itemKey(a)
		if _, dup := byKey[k]; dup {
			continue
		}
		byKey[k] = a
		keys = append(keys, k)
	}
	seen, err := w.reg.SeenItems(ctx, s.URL, keys)
	if err != nil {
		return nil, false, abandon{fmt.Errorf("seen items: %w", err)}
	}
	for _, k := range keys {
		if seen[k] {
			continue
		}
		if len(items) >= w.opt.MaxItems {
			deferred = true
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, false, err
		}
		a, ok := w.complete(ctx, byKey[k])
		if !ok {
			deferred = true
			continue
		}
		a = s.describe(a)
		items = append(items, pending{item: Item{Key: k, ArticleID: a.ID}, a: a, skip: strings.TrimSpace(a.Text) == ""})
	}
	return items, deferred, nil
}

// itemKey identifies a feed item within its source: its canonical link, or
// its article id when it has no link.
func itemKey(a article.Article) string {
	if u := article.CanonicalURL(a.URL); u != "" {
		return "url:" + u
	}
	return "id:" + a.ID
}

// complete fetches the page of a feed item whose own text is short and
// takes the page's text when it is longer. ok is false when the item has
// no text and its page could not be fetched: it is tried again next poll.
func (w *Watcher) complete(ctx context.Context, a article.Article) (article.Article, bool) {
	if len(a.Text) >= w.opt.MinText || !(strings.HasPrefix(a.URL, "http://") || strings.HasPrefix(a.URL, "https://")) {
		return a, true
	}
	resp, err := w.get(ctx, a.URL, "", "")
	if err != nil {
		w.opt.Log.Warn("watch: item page", "url", a.URL, "err", err)
		// A page that is gone (4xx) will not come back: take the feed's
		// text. One that failed for now (timeout, 5xx) is tried again
		// next poll unless the feed gave more than a headline, since the
		// article, once stored, is never stored again with a better text.
		gone := resp.status >= 400 && resp.status < 500
		return a, gone || (a.Text != "" && a.Text != a.Title)
	}
	page, err := article.ReadHTML(bytes.NewReader(resp.body), a.URL, resp.url, w.readOptions())
	if err != nil {
		w.opt.Log.Warn("watch: item page", "url", a.URL, "err", err)
		return a, true
	}
	if len(page.Text) > len(a.Text) {
		a.Text = page.Text
	}
	if a.Title == "" {
		a.Title = page.Title
	}
	if a.Date == "" {
		a.Date = page.Date
	}
	if a.Language == "" {
		a.Language = page.Language
	}
	if a.Source == "" {
		a.Source = page.Source
	}
	return a, true
}

// describe gives an article read from s what the registry knows of s.
func (s Source) describe(a article.Article) article.Article {
	if s.Outlet != "" {
		a.Source = s.Outlet
	} else if a.Source == "" {
		a.Source = s.Label()
	}
	if a.Language == "" {
		a.Language = s.Language
	}
	if a.Origin == "" {
		a.Origin = s.URL
	}
	return a
}

// pageItem reads a plain page: one article, identified by a hash of its
// text, so that each change of the page is a new article.
func (w *Watcher) pageItem(s Source, resp response) ([]pending, string, error) {
	a, err := article.ReadHTML(bytes.NewReader(resp.body), s.URL, resp.url, w.readOptions())
	if err != nil {
		return nil, "", fmt.Errorf("no article in the page: %w", err)
	}
	hash := textHash(a.Text)
	a.ID = article.NewID("", a.Text)
	a = s.describe(a)
	return []pending{{item: Item{Key: "text:" + hash, ArticleID: a.ID}, a: a}}, hash, nil
}

// textHash is a short hash of a text, whitespace normalised.
func textHash(text string) string {
	h := sha256.Sum256([]byte(strings.Join(strings.Fields(text), " ")))
	return hex.EncodeToString(h[:8])
}

// sniffKind tells a feed from a page by the Content-Type and the first bytes
// of the body.
func sniffKind(contentType string, body []byte) string {
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "rss") || strings.Contains(ct, "atom") || strings.Contains(ct, "feed+json") {
		return KindFeed
	}
	head := bytes.TrimSpace(bytes.TrimPrefix(body[:min(len(body), 2048)], []byte("\xef\xbb\xbf")))
	low := bytes.ToLower(head)
	if bytes.HasPrefix(low, []byte("{")) {
		if bytes.Contains(low, []byte("jsonfeed.org")) {
			return KindFeed
		}
		return KindPage
	}
	if bytes.HasPrefix(low, []byte("<!doctype html")) || bytes.HasPrefix(low, []byte("<html")) {
		return KindPage
	}
	for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.Contains(low, []byte(tag)) {
			return KindFeed
		}
	}
	return KindPage
}

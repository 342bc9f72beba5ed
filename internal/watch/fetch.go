package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ErrTooLarge is a response body over Options.MaxBytes; the body was cut at
// the limit and dropped.
var ErrTooLarge = errors.New("response too large")

// hosts keeps the watcher polite: one request at a time per host, and at
// least gap between the end of one and the start of the next.
type hosts struct {
	gap time.Duration
	mu  sync.Mutex
	m   map[string]*host
}

type host struct {
	turn chan struct{} // holds a token while the host is free
	last time.Time     // when its last request ended
}

func newHosts(gap time.Duration) *hosts {
	return &hosts{gap: gap, m: map[string]*host{}}
}

// acquire waits for name's turn and its gap; the caller must release.
func (hs *hosts) acquire(ctx context.Context, name string) (*host, error) {
	hs.mu.Lock()
	h, ok := hs.m[name]
	if !ok {
		h = &host{turn: make(chan struct{}, 1)}
		h.turn <- struct{}{}
		hs.m[name] = h
	}
	hs.mu.Unlock()
	select {
	case <-h.turn:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if wait := hs.gap - time.Since(h.last); !h.last.IsZero() && wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			h.turn <- struct{}{}
			return nil, ctx.Err()
		}
	}
	return h, nil
}

func (hs *hosts) release(h *host) {
	h.last = time.Now()
	h.turn <- struct{}{}
}

// response is what a fetch got.
type response struct {
	status       int
	notModified  bool
	body         []byte
	contentType  string
	etag, lastMo string
	// url is the final URL, after redirects.
	url string
	// retryAfter is how long a failing server asked us to wait (429, 503).
	retryAfter time.Duration
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(h string, now time.Time) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0
	}
	if n, err := strconv.Atoi(h); err == nil && n > 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// get fetches rawURL politely, conditionally on the validators given, within
// the watcher's timeout and size limit. An HTTP status other than 2xx or 304
// is an error; so is a body over the limit.
func (w *Watcher) get(ctx context.Context, rawURL, etag, lastModified string) (response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return response{}, fmt.Errorf("bad URL %q", rawURL)
	}
	h, err := w.hosts.acquire(ctx, strings.ToLower(u.Host))
	if err != nil {
		return response{}, err
	}
	defer w.hosts.release(h)

	ctx, cancel := context.WithTimeout(ctx, w.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return response{}, fmt.Errorf("bad URL %q: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", w.opt.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := w.opt.Client.Do(req)
	if err != nil {
		return response{}, describe(err, w.opt.Timeout)
	}
	defer resp.Body.Close()
	r := response{status: resp.StatusCode, contentType: resp.Header.Get("Content-Type"),
		etag: resp.Header.Get("ETag"), lastMo: resp.Header.Get("Last-Modified"), url: resp.Request.URL.String()}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		r.notModified = true
		return r, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		r.retryAfter = retryAfter(resp.Header.Get("Retry-After"), w.opt.Now())
		io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
		return r, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > w.opt.MaxBytes {
		return r, fmt.Errorf("%w: %d bytes announced, limit %d", ErrTooLarge, resp.ContentLength, w.opt.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, w.opt.MaxBytes+1))
	if err != nil {
		return r, describe(err, w.opt.Timeout)
	}
	if int64(len(body)) > w.opt.MaxBytes {
		return r, fmt.Errorf("%w: over the limit of %d bytes", ErrTooLarge, w.opt.MaxBytes)
	}
	r.body = body
	return r, nil
}

// describe turns a transport error into a short reason for people.
func describe(err error, timeout time.Duration) error {
	if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
		return fmt.Errorf("no complete answer within %s", timeout)
	}
	// The URL is the source's, said already wherever this is shown.
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

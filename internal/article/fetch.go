package article

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	nurl "net/url"
	"strings"
)

// fetchAccept is the Accept header of requests: pages, feeds, then text.
const fetchAccept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,application/json;q=0.8,text/plain;q=0.7,*/*;q=0.5"

// Fetch reads one http(s) URL. A feed (by its content type or its body)
// gives an Article for each item, as ReadFeed; an HTML page gives one
// Article, as ReadHTML, its text decoded to UTF-8 from the page's charset;
// plain text gives one Article, as ReadText; JSON lines (application/x-ndjson)
// an Article a line, as ReadJSONL. The request carries
// opt.UserAgent and is bounded by opt.Client's timeout and by ctx; at most
// opt.MaxBytes of the body are read. A failed request, a status of 400 or
// more, a body larger than opt.MaxBytes, a page without text or a content
// type that is none of these is reported to onProblem. Fetch returns an
// error only when ctx is cancelled or fn returns one.
func Fetch(ctx context.Context, url string, opt Options, fn func(Article) error, onProblem func(Problem)) error {
	res, err := fetchGet(ctx, url, opt)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		onProblem(Problem{File: url, Err: err, Skipped: true})
		return nil
	}
	switch res.kind() {
	case fetchFeed:
		return ReadFeed(ctx, bytes.NewReader(res.body), url, opt, fn, onProblem)
	case fetchJSONL:
		return ReadJSONL(ctx, bytes.NewReader(res.body), url, opt, fn, onProblem)
	case fetchHTML, fetchText:
		a, err := res.article(url, opt)
		if err != nil {
			onProblem(Problem{File: url, Err: err, Skipped: true})
			return nil
		}
		return fn(a)
	default:
		onProblem(Problem{File: url, Err: fmt.Errorf("unsupported content type %q", res.contentType), Skipped: true})
		return nil
	}
}

// fetchPage fetches the page at url and extracts its article.
func fetchPage(ctx context.Context, url string, opt Options) (Article, error) {
	res, err := fetchGet(ctx, url, opt)
	if err != nil {
		return Article{}, err
	}
	switch res.kind() {
	case fetchHTML, fetchText:
		return res.article(url, opt)
	}
	return Article{}, fmt.Errorf("not a page: content type %q", res.contentType)
}

// fetchResult is a response read whole (up to the size limit).
type fetchResult struct {
	body        []byte
	contentType string
	// finalURL is the URL after redirects.
	finalURL string
}

type fetchKind int

const (
	fetchOther fetchKind = iota
	fetchFeed
	fetchHTML
	fetchText
	fetchJSONL
)

// kind decides what the response holds, from its content type and, since
// servers often label feeds text/xml or text/html, from its first bytes.
func (r fetchResult) kind() fetchKind {
	mt, _, _ := mime.ParseMediaType(r.contentType)
	mt = strings.ToLower(mt)
	switch mt {
	case "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml":
		return fetchFeed
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
		return fetchJSONL
	}
	if strings.HasPrefix(mt, "image/") || strings.HasPrefix(mt, "audio/") || strings.HasPrefix(mt, "video/") ||
		strings.HasPrefix(mt, "font/") || mt == "application/pdf" || mt == "application/zip" || mt == "application/gzip" {
		return fetchOther
	}
	switch sniff(r.body) {
	case kindBinary:
		return fetchOther
	case kindFeed:
		return fetchFeed
	case kindHTML:
		return fetchHTML
	case kindJSONL:
		if strings.Contains(mt, "json") {
			return fetchJSONL
		}
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return fetchHTML
	case mt == "" || strings.HasPrefix(mt, "text/"):
		return fetchText
	}
	return fetchOther
}

// article reads the page or text of the response.
func (r fetchResult) article(url string, opt Options) (Article, error) {
	var a Article
	var err error
	if r.kind() == fetchText {
		a, err = ReadText(bytes.NewReader(r.body), url, opt)
		if err == nil {
			a.URL = r.finalURL
			a.ID = NewID(a.URL, a.Text)
		}
	} else {
		a, err = readHTMLBytes(r.body, url, r.finalURL, r.contentType, opt)
	}
	if err != nil {
		return Article{}, err
	}
	if strings.TrimSpace(a.Text) == "" {
		return Article{}, ErrNoText
	}
	if a.URL == "" {
		a.URL = r.finalURL
	}
	if a.ID == "" {
		a.ID = NewID(a.URL, a.Text)
	}
	a.Origin = url
	return a, nil
}

// fetchGet GETs url and reads its body, refusing non-http(s) URLs, statuses
// of 400 or more and bodies over opt.MaxBytes without reading them whole.
func fetchGet(ctx context.Context, url string, opt Options) (fetchResult, error) {
	u, err := nurl.Parse(url)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fetchResult{}, errors.New("not an http(s) URL")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fetchResult{}, fmt.Errorf("request: %w", err)
	}
	req.Header.Set("User-Agent", opt.userAgent())
	req.Header.Set("Accept", fetchAccept)
	resp, err := opt.client().Do(req)
	if err != nil {
		return fetchResult{}, fmt.Errorf("GET: %w", fetchUnwrapURLError(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return fetchResult{}, fmt.Errorf("HTTP %s", resp.Status)
	}
	limit := opt.maxBytes()
	if resp.ContentLength > limit {
		return fetchResult{}, fmt.Errorf("%w: body of %d bytes is over the limit of %d", ErrTooLarge, resp.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return fetchResult{}, fmt.Errorf("read body: %w", fetchUnwrapURLError(err))
	}
	if int64(len(body)) > limit {
		return fetchResult{}, fmt.Errorf("%w: body over the limit of %d bytes", ErrTooLarge, limit)
	}
	final := url
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	return fetchResult{body: body, contentType: resp.Header.Get("Content-Type"), finalURL: final}, nil
}

// fetchUnwrapURLError drops the "Get \"url\":" prefix of a *url.Error, since
// problems already name the URL.
func fetchUnwrapURLError(err error) error {
	var ue *nurl.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

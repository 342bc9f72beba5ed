package watch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// DefaultEvery is how often a source is polled when its interval is not set.
const DefaultEvery = 15 * time.Minute

// MinEvery is the shortest interval a source may have: shorter would be
// impolite to the sites we read.
const MinEvery = time.Minute

// ErrNoSource is returned by a Registry asked about a source it does not have.
var ErrNoSource = errors.New("no such source")

// Status is the outcome of a source's last fetch.
type Status string

// The statuses of a fetch.
const (
	// StatusNew is a source never fetched yet.
	StatusNew Status = ""
	// StatusOK is a fetch that got the source's content.
	StatusOK Status = "ok"
	// StatusUnchanged is a conditional fetch the server answered 304 Not
	// Modified, or a page whose text had not changed.
	StatusUnchanged Status = "unchanged"
	// StatusFailed is a fetch that failed; State.LastError says why.
	StatusFailed Status = "failed"
)

// Kinds of source, as last seen.
const (
	// KindFeed is an RSS, Atom or JSON feed: each item is an article.
	KindFeed = "feed"
	// KindPage is a plain web page: each change of its text is an article.
	KindPage = "page"
)

// Source is a feed or page to watch, with what we know of its outlet and
// the state of its polling.
type Source struct {
	// URL is the feed's or page's address; it identifies the source.
	URL string
	// Name is a label for people; "" means the URL's host.
	Name string
	// Every is the polling interval; 0 means DefaultEvery.
	Every time.Duration
	// Outlet names who publishes it ("AKIpress"); it becomes the Source of
	// the articles read from it.
	Outlet string
	// Country is the outlet's country, ISO 3166 alpha-3.
	Country string
	// Language is the BCP 47 tag of what it publishes ("ru", "en").
	Language string
	// StateOwned says whether the outlet is owned or controlled by a
	// state; nil when unknown.
	StateOwned *bool
	// AddedAt is when the source was registered.
	AddedAt time.Time
	// State is where its polling stands.
	State
}

// State is what the watcher remembers of a source between polls.
type State struct {
	// Kind is KindFeed or KindPage as last fetched, "" before.
	Kind string
	// Status is the outcome of the last fetch.
	Status Status
	// HTTPStatus is the HTTP status code of the last response, 0 when there
	// was none (a timeout, a refused connection).
	HTTPStatus int
	// LastError says why the last fetch failed; "" when it did not.
	LastError string
	// LastFetch is when the source was last fetched; zero when never.
	LastFetch time.Time
	// LastSuccess is when a fetch last succeeded; zero when never.
	LastSuccess time.Time
	// Failures counts the fetches that failed in a row.
	Failures int
	// NextDue is when the source is to be polled next; zero means now.
	NextDue time.Time
	// ETag and LastModified are the validators of the last response, sent
	// back with the next request.
	ETag, LastModified string
	// ContentHash is the hash of a page's text as last ingested.
	ContentHash string
	// Fetches counts the fetches; Articles the new articles they found.
	Fetches, Articles int
}

// Item is an item of a source that has been ingested.
type Item struct {
	// Key identifies the item within its source: the canonical link of a
	// feed item (its article id when it has none), the text hash of a page.
	Key string
	// ArticleID is the id of the article stored from it.
	ArticleID string
}

// Registry keeps the sources, their state and the items ingested from them.
// The store implements it.
type Registry interface {
	// AddSource registers s, or updates its description (name, interval,
	// outlet…) if its URL is registered already, keeping its state. It
	// reports whether the source is new.
	AddSource(ctx context.Context, s Source) (created bool, err error)
	// RemoveSource forgets a source and its items (not the articles stored
	// from them); ErrNoSource if there is none with that URL.
	RemoveSource(ctx context.Context, url string) error
	// Source returns one source; ErrNoSource if there is none with that URL.
	Source(ctx context.Context, url string) (Source, error)
	// Sources returns every source, ordered by URL.
	Sources(ctx context.Context) ([]Source, error)
	// DueSources returns the sources whose NextDue is not after now.
	DueSources(ctx context.Context, now time.Time) ([]Source, error)
	// SeenItems returns which of keys have been ingested from the source.
	SeenItems(ctx context.Context, sourceURL string, keys []string) (map[string]bool, error)
	// RecordFetch stores a source's new state and marks items as ingested,
	// in one transaction. A source removed meanwhile is left removed.
	RecordFetch(ctx context.Context, sourceURL string, st State, items []Item) error
}

// Check validates and normalises a source about to be registered: an
// http(s) URL with a host, an interval of at least MinEvery (0 becomes
// DefaultEvery), an upper-case country code.
func (s Source) Check() (Source, error) {
	s.URL = strings.TrimSpace(s.URL)
	u, err := url.Parse(s.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return s, fmt.Errorf("watch: source %q: want an http:// or https:// URL", s.URL)
	}
	if s.Every == 0 {
		s.Every = DefaultEvery
	}
	if s.Every < MinEvery {
		return s, fmt.Errorf("watch: source %s: interval %s is shorter than %s", s.URL, s.Every, MinEvery)
	}
	s.Name = strings.TrimSpace(s.Name)
	s.Outlet = strings.TrimSpace(s.Outlet)
	s.Country = strings.ToUpper(strings.TrimSpace(s.Country))
	if s.Country != "" && !isAlpha3(s.Country) {
		return s, fmt.Errorf("watch: source %s: country %q: want an ISO 3166 alpha-3 code such as KGZ", s.URL, s.Country)
	}
	s.Language = strings.TrimSpace(s.Language)
	return s, nil
}

func isAlpha3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// Label returns the source's name, else its URL's host.
func (s Source) Label() string {
	if s.Name != "" {
		return s.Name
	}
	if u, err := url.Parse(s.URL); err == nil && u.Host != "" {
		return u.Host
	}
	return s.URL
}

// Interval returns Every, or DefaultEvery when it is not set.
func (s Source) Interval() time.Duration {
	if s.Every <= 0 {
		return DefaultEvery
	}
	return s.Every
}

// MaxBackoffExponent caps the doubling of a failing source's interval: after
// this many failures in a row the wait stops growing.
const MaxBackoffExponent = 6

// Backoff returns how long to wait before polling again a source that has
// failed failures times in a row: every * 2^failures, the exponent capped at
// MaxBackoffExponent and the wait at limit (when limit > 0).
func Backoff(every time.Duration, failures int, limit time.Duration) time.Duration {
	if failures > MaxBackoffExponent {
		failures = MaxBackoffExponent
	}
	d := every
	for i := 0; i < failures; i++ {
		d *= 2
	}
	if limit > 0 && d > limit {
		d = limit
	}
	return d
}

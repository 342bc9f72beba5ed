package article

import (
	"errors"
	"net/http"
	"time"
)

// DefaultMaxBytes is the largest document, JSONL line or response body read
// when Options.MaxBytes is 0.
const DefaultMaxBytes = 32 << 20

// DefaultUserAgent is sent with every request when Options.UserAgent is empty.
const DefaultUserAgent = "accord/1 (+https://github.com/accord-hub/accord)"

// Options tune reading.
type Options struct {
	// Client fetches URLs; nil means a default client with a 30s timeout.
	Client *http.Client
	// MaxBytes is the largest document, JSONL line or response body to
	// accept; 0 means DefaultMaxBytes.
	MaxBytes int64
	// FetchLinks makes feed readers fetch each item's page and extract its
	// main text when the item's own text is short.
	FetchLinks bool
	// UserAgent is sent with requests; "" means DefaultUserAgent.
	UserAgent string
	// Now gives the current time, for dates without a year and for tests;
	// nil means time.Now.
	Now func() time.Time
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) now() time.Time {
	if o.Now == nil {
		return time.Now()
	}
	return o.Now()
}

func (o Options) userAgent() string {
	if o.UserAgent == "" {
		return DefaultUserAgent
	}
	return o.UserAgent
}

// defaultClient is shared so that connections are reused across fetches; it
// holds no mutable state of ours.
var defaultClient = &http.Client{Timeout: 30 * time.Second}

func (o Options) client() *http.Client {
	if o.Client == nil {
		return defaultClient
	}
	return o.Client
}

// Errors that problems wrap, so that callers can tell them apart with
// errors.Is.
var (
	// ErrEmpty is an input with nothing in it.
	ErrEmpty = errors.New("empty file")
	// ErrBinary is a file that is not text.
	ErrBinary = errors.New("binary file, not read")
	// ErrTooLarge is a document, line or body over Options.MaxBytes.
	ErrTooLarge = errors.New("too large")
	// ErrInvalidUTF8 is text that is not valid UTF-8; it was repaired with
	// U+FFFD and still read.
	ErrInvalidUTF8 = errors.New("invalid UTF-8, repaired")
	// ErrNoText is a document without any text.
	ErrNoText = errors.New("no text")
)

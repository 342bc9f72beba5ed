package article

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// Article is one news document as read from any input: a JSONL line, a text
// or HTML file, a feed item or a web page.
type Article struct {
	// ID is stable: the input's own id where it gives one (JSONL `id`, the
	// file name of a text file), else a hash of the canonical URL, else of
	// the normalised text. See NewID.
	ID string `json:"id"`
	// Text is the main text, boilerplate removed, paragraphs separated by
	// blank lines.
	Text string `json:"text"`
	// Date is the publication date, YYYY-MM-DD, or "" when nothing says.
	Date string `json:"date,omitempty"`
	// Title is the headline, when known.
	Title string `json:"title,omitempty"`
	// URL is where the article was published, when known.
	URL string `json:"url,omitempty"`
	// Source names the outlet ("AKIpress", "Reuters").
	Source string `json:"source,omitempty"`
	// Language is a BCP 47 tag ("en"), when known.
	Language string `json:"language,omitempty"`
	// Origin says where the article was read from, for messages:
	// "news.jsonl:12", "story.txt", "https://…". It is not stored.
	Origin string `json:"-"`
}

// NewID returns a stable article id: a hash of the canonical URL when there
// is one, else of the whitespace-normalised text.
func NewID(url, text string) string {
	h := sha256.New()
	if u := CanonicalURL(url); u != "" {
		h.Write([]byte("url\x00" + u))
	} else {
		h.Write([]byte("text\x00" + strings.Join(strings.Fields(text), " ")))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// CanonicalURL normalises a URL for identity: scheme and host lower-cased,
// fragment, trailing slash and common tracking parameters dropped.
func CanonicalURL(raw string) string {
	u := strings.TrimSpace(raw)
	if u == "" {
		return ""
	}
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	scheme, rest, ok := strings.Cut(u, "://")
	if !ok {
		return u
	}
	host, path, _ := strings.Cut(rest, "/")
	path, query, _ := strings.Cut(path, "?")
	var keep []string
	for _, kv := range strings.Split(query, "&") {
		if kv == "" || strings.HasPrefix(kv, "utm_") || strings.HasPrefix(kv, "fbclid=") || strings.HasPrefix(kv, "gclid=") {
			continue
		}
		keep = append(keep, kv)
	}
	out := strings.ToLower(scheme) + "://" + strings.ToLower(host) + "/" + strings.TrimSuffix(path, "/")
	if len(keep) > 0 {
		out += "?" + strings.Join(keep, "&")
	}
	return out
}

// Problem is a piece of input that could not be read. Reading goes on past
// it; the problem is reported with where it was.
type Problem struct {
	// File is the file, URL or "-" the problem is in.
	File string
	// Line is the 1-based line number, or 0 when the problem is not on one line.
	Line int
	// Err says what is wrong.
	Err error
	// Skipped is true when the item was dropped, false for a warning where
	// the item was still read after repair (invalid UTF-8, a failed link
	// fetch that fell back to the feed's own text).
	Skipped bool
}

// Error renders the problem as "file:line: message".
func (p Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", p.File, p.Line, p.Err)
	}
	return fmt.Sprintf("%s: %v", p.File, p.Err)
}

// Unwrap returns the underlying error.
func (p Problem) Unwrap() error { return p.Err }

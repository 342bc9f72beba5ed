package store

import (
	"context"
	"errors"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
)

// ErrNotFound is returned when a requested record does not exist.
var ErrNotFound = errors.New("not found")

// Document is an article with the events coded from it, ready to store.
type Document struct {
	Article article.Article
	// Events are the reports coded from the article, with ReportIDs.
	Events []event.Event
}

// SaveStats counts what a Save did.
type SaveStats struct {
	// Articles is how many documents were new; Duplicates how many were
	// already stored and left alone.
	Articles, Duplicates int
	// Reports is how many new reports were stored.
	Reports int
	// Events is how many new merged events were created; Merged how many
	// reports were merged into an event that already existed.
	Events, Merged int
}

// Add adds o's counts to s.
func (s *SaveStats) Add(o SaveStats) {
	s.Articles += o.Articles
	s.Duplicates += o.Duplicates
	s.Reports += o.Reports
	s.Events += o.Events
	s.Merged += o.Merged
}

// Filter selects stored events. The zero Filter selects everything.
type Filter struct {
	// Country keeps events whose source or target country (first three
	// letters of the actor code) is this alpha-3 code.
	Country string
	// Pair keeps events between two countries, either direction ("KGZ-TJK").
	Pair string
	// From and To bound the event date, inclusive, YYYY-MM-DD.
	From, To string
	// Code keeps events whose CAMEO code starts with this prefix; Root
	// events of this two-digit root.
	Code, Root string
	// Quad keeps events of this QuadClass, 1–4; 0 keeps all.
	Quad int
	// Query is a full-text search over event sentences: every word must
	// occur in the sentence, case and accents ignored; a word ending in *
	// matches as a prefix.
	Query string
	// Limit caps the number of events returned; 0 means no limit.
	Limit int
	// Cursor continues a previous page: the NextCursor it returned.
	Cursor string
	// Newest orders by date descending instead of ascending.
	Newest bool
}

// Page is one page of events.
type Page struct {
	Events []event.Event
	// NextCursor is where the next page starts, "" at the end.
	NextCursor string
}

// Store keeps articles, their coded reports and the merged events.
//
// Save is idempotent: saving a document whose article id is already stored
// changes nothing. Reports of one event (same day or the next, dyad, code
// family and place) merge into one event whose Mentions counts them.
type Store interface {
	// Save stores documents and their events in one transaction.
	Save(ctx context.Context, docs []Document) (SaveStats, error)
	// Events returns merged events matching f, oldest first unless f.Newest.
	Events(ctx context.Context, f Filter) (Page, error)
	// Event returns one merged event and the reports merged into it.
	Event(ctx context.Context, id string) (event.Event, []event.Event, error)
	// Article returns a stored article by id.
	Article(ctx context.Context, id string) (article.Article, error)
	// HasArticle reports whether an article id is stored.
	HasArticle(ctx context.Context, id string) (bool, error)
	// Close releases the store.
	Close() error
}

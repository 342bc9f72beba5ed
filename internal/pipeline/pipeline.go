// Package pipeline runs articles through the stages after reading: code,
// geocode, store. On one machine the stages are function calls over a
// bounded pool of workers; the distributed worker calls the same Process.
package pipeline

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/coder"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// Coder codes an article into events.
type Coder interface {
	Code(a article.Article) coder.Result
}

// Geocoder sets the Location of events coded from an article.
type Geocoder interface {
	Locate(a article.Article, events []event.Event)
}

// Saver stores coded documents.
type Saver interface {
	Save(ctx context.Context, docs []store.Document) (store.SaveStats, error)
}

// Pipeline codes, geocodes and stores articles.
type Pipeline struct {
	Coder    Coder
	Geocoder Geocoder // may be nil
	Store    Saver    // may be nil: Process only
	// Workers is how many articles are coded at once; 0 means 2.
	Workers int
	// Batch is how many documents go into one store transaction; 0 means 64.
	Batch int
	// Now gives the date for articles that have none; nil means time.Now.
	Now func() time.Time
}

// Stats counts what a run did.
type Stats struct {
	Read      int // articles read
	Sentences int // sentences coded
	Coded     int // events coded
	Discarded int // articles dropped whole by a discard phrase
	Store     store.SaveStats
}

// Process codes and geocodes one article and returns the document to store.
func (p *Pipeline) Process(a article.Article) (store.Document, coder.Result) {
	if a.Date == "" {
		now := time.Now
		if p.Now != nil {
			now = p.Now
		}
		a.Date = now().UTC().Format("2006-01-02")
	}
	res := p.Coder.Code(a)
	if p.Geocoder != nil && len(res.Events) > 0 {
		p.Geocoder.Locate(a, res.Events)
	}
	return store.Document{Article: a, Events: res.Events}, res
}

// Run processes every article from in and stores the results in batches.
// It returns when in is closed and everything is stored, or on the first
// store error, or when ctx is cancelled.
func (p *Pipeline) Run(ctx context.Context, in <-chan article.Article) (Stats, error) {
	workers := p.Workers
	if workers <= 0 {
		workers = 2
	}
	batch := p.Batch
	if batch <= 0 {
		batch = 64
	}
	type done struct {
		doc store.Document
		res coder.Result
	}
	out := make(chan done, workers*2)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case a, ok := <-in:
					if !ok {
						return
					}
					doc, res := p.Process(a)
					select {
					case out <- done{doc, res}:
					case <-ctx.Done():
						return
					}
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	var st Stats
	var pending []store.Document
	flush := func() error {
		if len(pending) == 0 || p.Store == nil {
			pending = pending[:0]
			return nil
		}
		s, err := p.Store.Save(ctx, pending)
		if err != nil {
			return fmt.Errorf("pipeline: %w", err)
		}
		st.Store.Add(s)
		pending = pending[:0]
		return nil
	}
	for d := range out {
		st.Read++
		st.Sentences += len(d.res.Sentences)
		st.Coded += len(d.doc.Events)
		if d.res.Discarded != "" {
			st.Discarded++
		}
		pending = append(pending, d.doc)
		if len(pending) >= batch {
			if err := flush(); err != nil {
				cancel()
				for range out {
				}
				return st, err
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return st, err
	}
	return st, flush()
}

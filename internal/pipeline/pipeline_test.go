package pipeline

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/coder"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/nlp"
	"github.com/accord-hub/accord/internal/store"
)

// fakeCoder gives one event per article, so the pipeline's bookkeeping can
// be checked without dictionaries.
type fakeCoder struct{}

func (fakeCoder) Code(a article.Article) coder.Result {
	return coder.Result{
		Sentences: []nlp.Sentence{{Text: a.Text}},
		Events:    []event.Event{{ID: "e-" + a.ID, Doc: a.ID, Date: a.Date, Source: "KGZ", Target: "TJK", Code: "190"}},
	}
}

type located struct{ n int }

func (l *located) Locate(a article.Article, evs []event.Event) {
	for i := range evs {
		evs[i].Location = &event.Location{Name: "Batken", Country: "KGZ", Precision: "place"}
		l.n++
	}
}

type recordingStore struct {
	mu      sync.Mutex
	batches [][]store.Document
	fail    error
}

func (s *recordingStore) Save(ctx context.Context, docs []store.Document) (store.SaveStats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return store.SaveStats{}, s.fail
	}
	s.batches = append(s.batches, append([]store.Document(nil), docs...))
	return store.SaveStats{Articles: len(docs), Reports: len(docs)}, nil
}

func feed(n int) <-chan article.Article {
	ch := make(chan article.Article, n)
	for i := 0; i < n; i++ {
		ch <- article.Article{ID: string(rune('a' + i)), Text: "x"}
	}
	close(ch)
	return ch
}

func TestRunBatchesAndDates(t *testing.T) {
	st := &recordingStore{}
	geo := &located{}
	p := &Pipeline{Coder: fakeCoder{}, Geocoder: geo, Store: st, Workers: 3, Batch: 4,
		Now: func() time.Time { return time.Date(2022, 7, 21, 10, 0, 0, 0, time.UTC) }}
	stats, err := p.Run(context.Background(), feed(10))
	if err != nil {
		t.Fatal(err)
	}
	if stats.Read != 10 || stats.Coded != 10 || stats.Store.Articles != 10 {
		t.Errorf("stats %+v", stats)
	}
	if len(st.batches) != 3 || len(st.batches[0]) != 4 {
		t.Errorf("batches of %d, want 4+4+2", len(st.batches))
	}
	if geo.n != 10 {
		t.Errorf("geocoder saw %d events", geo.n)
	}
	for _, b := range st.batches {
		for _, d := range b {
			if d.Article.Date != "2022-07-21" || d.Events[0].Location == nil {
				t.Errorf("document %s: date %q, location %v", d.Article.ID, d.Article.Date, d.Events[0].Location)
			}
		}
	}
}

func TestRunStoreError(t *testing.T) {
	boom := errors.New("disk full")
	p := &Pipeline{Coder: fakeCoder{}, Store: &recordingStore{fail: boom}, Batch: 2}
	_, err := p.Run(context.Background(), feed(5))
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want the store's", err)
	}
}

func TestRunCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	in := make(chan article.Article) // never closed: only cancellation ends Run
	p := &Pipeline{Coder: fakeCoder{}, Store: &recordingStore{}}
	done := make(chan error, 1)
	go func() { _, err := p.Run(ctx, in); done <- err }()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("error %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop on cancel")
	}
}

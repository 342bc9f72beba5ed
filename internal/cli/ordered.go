package cli

import (
	"context"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/coder"
)

// ordered codes articles on n goroutines and hands the results to write in
// input order.
type ordered struct {
	ctx   context.Context
	code  func(article.Article) coder.Result
	write func(coder.Result) error
	slots chan chan coder.Result
	done  chan error
	sem   chan struct{}
}

func newOrdered(ctx context.Context, n int, code func(article.Article) coder.Result, write func(coder.Result) error) *ordered {
	if n < 1 {
		n = 1
	}
	o := &ordered{ctx: ctx, code: code, write: write, slots: make(chan chan coder.Result, n*4), done: make(chan error, 1), sem: make(chan struct{}, n)}
	go func() {
		var err error
		for slot := range o.slots {
			res := <-slot
			if err == nil {
				err = o.write(res)
			}
		}
		o.done <- err
	}()
	return o
}

// add queues one article; it blocks when n articles are in flight.
func (o *ordered) add(a article.Article) error {
	slot := make(chan coder.Result, 1)
	select {
	case o.sem <- struct{}{}:
	case <-o.ctx.Done():
		return o.ctx.Err()
	}
	select {
	case o.slots <- slot:
	case <-o.ctx.Done():
		return o.ctx.Err()
	}
	go func() {
		slot <- o.code(a)
		<-o.sem
	}()
	return nil
}

// close waits for every queued article to be written.
func (o *ordered) close() error {
	close(o.slots)
	return <-o.done
}

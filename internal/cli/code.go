package cli

import (
	"bufio"
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/coder"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/geo"
)

func init() {
	register(command{name: "code", summary: "code documents into events, one JSON object a line, without a store", run: runCode})
}

func runCode(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "code", "[dictionary flags] [FILE|DIR|URL|-]...")
	var df dictFlags
	df.register(fs, env.Stderr)
	stats := fs.Bool("stats", false, "print sentences and events per second to stderr at the end")
	date := fs.String("date", "", "date (YYYY-MM-DD) for documents that give none; default today")
	withGeo := fs.Bool("geo", false, "also place each event (location field) with the embedded gazetteer, as ingest does")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *date != "" {
		if _, err := time.Parse("2006-01-02", *date); err != nil {
			return usagef("code: --date %q: want YYYY-MM-DD", *date)
		}
	}
	if env.Getenv("GOGC") == "" {
		// Loading and coding keep a small live heap; collecting less
		// often is faster.
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	if env.Getenv("GOMEMLIMIT") == "" {
		// Five times the dictionaries and the gazetteer is too much: on a
		// long input the collector then runs when the heap nears 300 MB,
		// which keeps the process under 400 MB.
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(300 << 20))
	}
	c, err := df.newCoder()
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(env.Stdout, 64<<10)
	defer out.Flush()
	var line []byte
	pc := &problemCounter{env: env}
	var nDocs, nSents, nEvents int
	var busy time.Duration
	today := time.Now().UTC().Format("2006-01-02")
	write := func(res coder.Result) error {
		nDocs++
		nSents += len(res.Sentences)
		for i := range res.Events {
			nEvents++
			b, err := event.AppendJSON(line[:0], &res.Events[i])
			if err != nil {
				return fmt.Errorf("code: write: %w", err)
			}
			line = append(b, '\n')
			if _, err := out.Write(line); err != nil {
				return fmt.Errorf("code: write: %w", err)
			}
		}
		return nil
	}
	var gc *geo.Geocoder
	if *withGeo {
		g, err := geo.Load()
		if err != nil {
			return err
		}
		gc = geo.New(g)
	}
	code := func(a article.Article) coder.Result {
		if a.Date == "" {
			a.Date = *date
			if a.Date == "" {
				a.Date = today
			}
		}
		res := c.Code(a)
		if gc != nil && len(res.Events) > 0 {
			gc.Locate(a, res.Events)
		}
		return res
	}
	add, closeAll := inOrder(ctx, runtime.GOMAXPROCS(0), code, write)
	start := time.Now()
	err = walk(ctx, env, inputs, add, pc)
	if cerr := closeAll(); err == nil {
		err = cerr
	}
	busy = time.Since(start)
	if err != nil {
		return err
	}
	if *stats {
		sec := busy.Seconds()
		fmt.Fprintf(env.Stderr, "accord code: %d documents, %d sentences, %d events in %.2fs: %.0f sentences/s (GOMAXPROCS=%d)\n",
			nDocs, nSents, nEvents, sec, float64(nSents)/sec, runtime.GOMAXPROCS(0))
	}
	if pc.n > 0 {
		return fmt.Errorf("code: %d input problems (see above); everything else was coded", pc.n)
	}
	return nil
}

// inOrder returns functions that code articles and write their results in
// input order, and then wait for the last write; like ordered, a failed
// write stops the writing, not the coding, and close returns its error. On
// one core it codes in the caller's goroutine: a goroutine per article
// would only add stack growth and scheduling.
func inOrder(ctx context.Context, n int, code func(article.Article) coder.Result, write func(coder.Result) error) (add func(article.Article) error, close func() error) {
	if n > 1 {
		o := newOrdered(ctx, n, code, write)
		return o.add, o.close
	}
	var werr error
	add = func(a article.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		res := code(a)
		if werr == nil {
			werr = write(res)
		}
		return nil
	}
	return add, func() error { return werr }
}

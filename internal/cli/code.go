package cli

import (
	"bufio"
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

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
	var parts partQueue
	write := func(res coder.Result) error {
		if parts.next(&res) {
			nDocs++
		}
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
	addWhole, closeAll := inOrder(ctx, runtime.GOMAXPROCS(0), code, write)
	add := func(a article.Article) error {
		for i, part := range splitLong(a, maxPart) {
			parts.push(i > 0)
			if err := addWhole(part); err != nil {
				return err
			}
		}
		return nil
	}
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

// maxPart is the most text coded at once. Real articles are far shorter; a
// runaway document (a whole archive in one "text") is coded and written part
// by part, cut at sentence ends, so that memory stays bounded. Pronouns and
// "the two leaders" do not reach across parts.
const maxPart = 256 << 10

// splitLong returns a, or its parts when its text is longer than max: the
// same article with consecutive pieces of the text.
func splitLong(a article.Article, max int) []article.Article {
	if len(a.Text) <= max {
		return []article.Article{a}
	}
	var out []article.Article
	for text := a.Text; text != ""; {
		end := partEnd(text, max)
		part := a
		part.Text = text[:end]
		out = append(out, part)
		text = text[end:]
	}
	return out
}

// partEnd returns where the first part of text ends: all of it when it is
// at most max bytes, else after the last line break or sentence end in the
// second half of the first max bytes, else after the last space, else at a
// character boundary.
func partEnd(text string, max int) int {
	if len(text) <= max {
		return len(text)
	}
	head := text[:max]
	if i := strings.LastIndexByte(head, '\n'); i >= max/2 {
		return i + 1
	}
	best := -1
	for _, end := range []string{". ", "? ", "! ", ".\" "} {
		if i := strings.LastIndex(head, end); i >= max/2 && i+len(end) > best {
			best = i + len(end)
		}
	}
	if best > 0 {
		return best
	}
	if i := strings.LastIndexByte(head, ' '); i > 0 {
		return i + 1
	}
	i := max
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	if i == 0 {
		return max
	}
	return i
}

// partQueue carries, from the reader to the writer, which results continue
// the document before them, in the order the results are written, and
// renumbers a continuation's sentences and events as the whole document's.
type partQueue struct {
	mu   sync.Mutex
	cont []bool
	base int // sentences of the current document written so far
}

func (q *partQueue) push(continuation bool) {
	q.mu.Lock()
	q.cont = append(q.cont, continuation)
	q.mu.Unlock()
}

// next renumbers res when it continues the document before it and reports
// whether res starts a new document.
func (q *partQueue) next(res *coder.Result) (first bool) {
	q.mu.Lock()
	cont := q.cont[0]
	q.cont = q.cont[1:]
	q.mu.Unlock()
	if !cont {
		q.base = 0
	}
	if q.base > 0 {
		for i := range res.Sentences {
			res.Sentences[i].Index += q.base
		}
		for i := range res.Events {
			ev := &res.Events[i]
			ev.Sentence += q.base
			ev.ID = event.ReportID(ev.Doc, ev.Sentence, ev.Source, ev.Target, ev.Code)
		}
	}
	q.base += len(res.Sentences)
	return !cont
}

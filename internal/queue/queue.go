package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/accord-hub/accord/internal/article"
)

// Names in NATS.
const (
	// Stream holds the articles waiting to be coded.
	Stream = "ACCORD"
	// Subject is where articles are published.
	Subject = "accord.articles"
	// DeadStream keeps the messages that failed too often.
	DeadStream = "ACCORD_DEAD"
	// DeadSubject is where failed messages go, with a Accord-Error header
	// saying why.
	DeadSubject = "accord.dead"
	// Consumer is the durable consumer that all workers share: each
	// message goes to one of them.
	Consumer = "workers"
)

// DuplicateWindow is how long the stream remembers message ids: publishing
// an article again within it is dropped by the server. Past it, the
// store's idempotent Save still keeps a re-published article from counting
// twice; the window only saves the work of coding it again.
const DuplicateWindow = 24 * time.Hour

// Handler processes a batch of articles and returns nil only once their
// effect is committed: the batch is acknowledged then, and not before.
type Handler func(ctx context.Context, batch []article.Article) error

// Queue carries articles to workers.
type Queue interface {
	// Publish sends an article; it returns once the stream has stored it.
	// dup reports that the stream already had an article of this id.
	Publish(ctx context.Context, a article.Article) (dup bool, err error)
	// Consume runs h over batches of articles until ctx is done.
	Consume(ctx context.Context, h Handler) error
	// Close releases the connection.
	Close() error
}

// Options tunes a JetStream queue. The zero value is usable.
type Options struct {
	// Replicas is the replication factor of the streams when this client
	// creates them: 1 for a single server, 3 for a three-node cluster. 0
	// means 3 when the server belongs to a cluster, else 1. Existing
	// streams keep their settings.
	Replicas int
	// Batch is the most messages a worker takes at once; 0 means 64.
	Batch int
	// AckWait is how long a worker may hold a message before the server
	// gives it to another worker (the worker died); 0 means 30s.
	AckWait time.Duration
	// MaxDeliver is how many times a message is tried before it goes to
	// the dead-letter subject; 0 means 5.
	MaxDeliver int
	// Backoff is the delay before a failed message is tried again, times
	// the number of tries so far; 0 means one second.
	Backoff time.Duration
	// Log receives operational messages; nil discards them.
	Log *slog.Logger
}

// JetStream is a Queue on a NATS JetStream stream.
type JetStream struct {
	nc   *nats.Conn
	js   jetstream.JetStream
	opts Options
	log  *slog.Logger
}

var _ Queue = (*JetStream)(nil)

// Open connects to the NATS servers at url (nats://host:port, several
// separated by commas) and creates the stream, or updates its settings,
// when needed.
func Open(ctx context.Context, url string, opts Options) (*JetStream, error) {
	if opts.Batch <= 0 {
		opts.Batch = 64
	}
	if opts.AckWait <= 0 {
		opts.AckWait = 30 * time.Second
	}
	if opts.MaxDeliver <= 0 {
		opts.MaxDeliver = 5
	}
	if opts.Backoff <= 0 {
		opts.Backoff = time.Second
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if !strings.HasPrefix(url, "nats://") && !strings.HasPrefix(url, "tls://") {
		return nil, fmt.Errorf("queue: %q is not a nats:// URL", url)
	}
	nc, err := nats.Connect(url, nats.Name("accord"), nats.MaxReconnects(-1), nats.ReconnectWait(250*time.Millisecond),
		nats.RetryOnFailedConnect(false))
	if err != nil {
		return nil, fmt.Errorf("queue: connect %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: %s: %w", url, err)
	}
	if opts.Replicas <= 0 {
		opts.Replicas = 1
		if nc.ConnectedClusterName() != "" {
			opts.Replicas = 3
		}
	}
	q := &JetStream{nc: nc, js: js, opts: opts, log: log}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: %s: %w", url, err)
	}
	return q, nil
}

// setup creates the streams that do not exist yet, retrying while a
// cluster elects its leaders. It leaves existing streams alone, so that a
// client with other options cannot change them.
func (q *JetStream) setup(ctx context.Context) error {
	streams := []jetstream.StreamConfig{
		{Name: Stream, Subjects: []string{Subject}, Storage: jetstream.FileStorage, Replicas: q.opts.Replicas,
			Duplicates: DuplicateWindow, Retention: jetstream.WorkQueuePolicy},
		{Name: DeadStream, Subjects: []string{DeadSubject}, Storage: jetstream.FileStorage, Replicas: q.opts.Replicas},
	}
	for _, cfg := range streams {
		var err error
		for try := 0; try < 40; try++ {
			sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			_, err = q.js.Stream(sctx, cfg.Name)
			if errors.Is(err, jetstream.ErrStreamNotFound) {
				_, err = q.js.CreateStream(sctx, cfg)
				if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
					err = nil // another client created it meanwhile
				}
			}
			cancel()
			if err == nil || ctx.Err() != nil {
				break
			}
			time.Sleep(250 * time.Millisecond)
		}
		if err != nil {
			return fmt.Errorf("stream %s: %w", cfg.Name, err)
		}
	}
	return nil
}

// Close drains and closes the connection.
func (q *JetStream) Close() error {
	q.nc.Close()
	return nil
}

// Publish sends a to the stream with its id as the message id.
func (q *JetStream) Publish(ctx context.Context, a article.Article) (bool, error) {
	if a.ID == "" {
		return false, fmt.Errorf("queue: publish %s: article has no id", a.Origin)
	}
	data, err := json.Marshal(a)
	if err != nil {
		return false, fmt.Errorf("queue: publish %s: %w", a.ID, err)
	}
	ack, err := q.js.Publish(ctx, Subject, data, jetstream.WithMsgID(a.ID))
	if err != nil {
		return false, fmt.Errorf("queue: publish %s: %w", a.ID, err)
	}
	return ack.Duplicate, nil
}

// Pending returns how many articles wait for a worker or for a worker's
// acknowledgement.
func (q *JetStream) Pending(ctx context.Context) (uint64, error) {
	c, err := q.js.Consumer(ctx, Stream, Consumer)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		s, err := q.js.Stream(ctx, Stream)
		if err != nil {
			return 0, fmt.Errorf("queue: pending: %w", err)
		}
		info, err := s.Info(ctx)
		if err != nil {
			return 0, fmt.Errorf("queue: pending: %w", err)
		}
		return info.State.Msgs, nil
	}
	if err != nil {
		return 0, fmt.Errorf("queue: pending: %w", err)
	}
	info, err := c.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("queue: pending: %w", err)
	}
	return info.NumPending + uint64(info.NumAckPending), nil
}

// Redelivered returns how many messages the workers' consumer has
// delivered more than once (a worker died or failed before acknowledging).
func (q *JetStream) Redelivered(ctx context.Context) (int, error) {
	c, err := q.js.Consumer(ctx, Stream, Consumer)
	if err != nil {
		return 0, fmt.Errorf("queue: redelivered: %w", err)
	}
	info, err := c.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("queue: redelivered: %w", err)
	}
	return info.NumRedelivered, nil
}

// Dead returns how many messages went to the dead-letter subject.
func (q *JetStream) Dead(ctx context.Context) (uint64, error) {
	s, err := q.js.Stream(ctx, DeadStream)
	if err != nil {
		return 0, fmt.Errorf("queue: dead letters: %w", err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("queue: dead letters: %w", err)
	}
	return info.State.Msgs, nil
}

// Consume fetches batches from the shared durable consumer and runs h over
// each until ctx is done. A batch is acknowledged when h returns nil. When
// h fails, each article of the batch is tried alone, so that one bad
// article does not hold back the others; an article that fails is tried
// again after a backoff, and after MaxDeliver tries it goes to the
// dead-letter subject. The batch in hand when ctx ends is finished first:
// h then runs under a context that ctx does not cancel.
func (q *JetStream) Consume(ctx context.Context, h Handler) error {
	var cons jetstream.Consumer
	var err error
	for try := 0; ; try++ {
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		cons, err = q.js.CreateOrUpdateConsumer(cctx, Stream, jetstream.ConsumerConfig{
			Durable:       Consumer,
			AckPolicy:     jetstream.AckExplicitPolicy,
			AckWait:       q.opts.AckWait,
			MaxDeliver:    -1, // dead-lettering is ours, at opts.MaxDeliver
			MaxAckPending: 100 * q.opts.Batch,
			FilterSubject: Subject,
			// Replicas 0: as many as the stream.
		})
		cancel()
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		if try >= 40 {
			return fmt.Errorf("queue: consumer: %w", err)
		}
		time.Sleep(250 * time.Millisecond)
	}
	work := context.WithoutCancel(ctx)
	for ctx.Err() == nil {
		b, err := cons.Fetch(q.opts.Batch, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			q.log.Warn("queue: fetch", "err", err)
			time.Sleep(250 * time.Millisecond)
			continue
		}
		var msgs []jetstream.Msg
		for m := range b.Messages() {
			msgs = append(msgs, m)
		}
		if err := b.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
			q.log.Warn("queue: fetch", "err", err)
		}
		if len(msgs) > 0 && !q.handle(work, msgs, h) {
			// Nothing of the batch went through: wait before taking more.
			select {
			case <-ctx.Done():
			case <-time.After(5 * q.opts.Backoff):
			}
		}
	}
	return nil
}

// handle runs h over msgs and settles each message. It returns false when
// every article of a batch of several failed: then the fault is most likely
// not theirs but the store's (down, full), so none is dead-lettered; they
// come back after a pause. An article is dead-lettered only when it fails
// while others succeed, or alone.
func (q *JetStream) handle(ctx context.Context, msgs []jetstream.Msg, h Handler) bool {
	var batch []article.Article
	var good []jetstream.Msg
	for _, m := range msgs {
		var a article.Article
		if err := json.Unmarshal(m.Data(), &a); err != nil || a.ID == "" {
			if err == nil {
				err = errors.New("article has no id")
			}
			q.dead(ctx, m, fmt.Errorf("not an article: %w", err))
			continue
		}
		batch = append(batch, a)
		good = append(good, m)
	}
	if len(batch) == 0 {
		return true
	}
	err := h(ctx, batch)
	if err == nil {
		for _, m := range good {
			q.ack(m)
		}
		return true
	}
	if len(batch) == 1 {
		q.failed(ctx, good[0], err)
		return true
	}
	q.log.Warn("queue: batch failed, trying its articles one by one", "articles", len(batch), "err", err)
	errs := make([]error, len(batch))
	ok := 0
	for i, a := range batch {
		if errs[i] = h(ctx, []article.Article{a}); errs[i] == nil {
			q.ack(good[i])
			ok++
		}
	}
	if ok == 0 {
		q.log.Error("queue: every article of the batch failed; the store may be down: trying again later", "err", err)
		for _, m := range good {
			m.NakWithDelay(5 * q.opts.Backoff)
		}
		return false
	}
	for i, err := range errs {
		if err != nil {
			q.failed(ctx, good[i], err)
		}
	}
	return true
}

func (q *JetStream) ack(m jetstream.Msg) {
	if err := m.Ack(); err != nil {
		// The message comes again and changes nothing: the store is idempotent.
		q.log.Warn("queue: ack", "err", err)
	}
}

// failed settles a message whose article failed: again later, or dead.
func (q *JetStream) failed(ctx context.Context, m jetstream.Msg, err error) {
	tries := uint64(1)
	if md, merr := m.Metadata(); merr == nil {
		tries = md.NumDelivered
	}
	if tries >= uint64(q.opts.MaxDeliver) {
		q.dead(ctx, m, fmt.Errorf("failed %d times, last: %w", tries, err))
		return
	}
	q.log.Warn("queue: article failed, will retry", "try", tries, "err", err)
	if nerr := m.NakWithDelay(time.Duration(tries) * q.opts.Backoff); nerr != nil {
		q.log.Warn("queue: nak", "err", nerr)
	}
}

// dead moves m to the dead-letter subject and removes it from the stream.
func (q *JetStream) dead(ctx context.Context, m jetstream.Msg, why error) {
	q.log.Error("queue: message to dead letters", "subject", DeadSubject, "err", why)
	dm := nats.NewMsg(DeadSubject)
	dm.Data = m.Data()
	dm.Header.Set("Accord-Error", why.Error())
	if id := m.Headers().Get(jetstream.MsgIDHeader); id != "" {
		dm.Header.Set(jetstream.MsgIDHeader, id)
	}
	if _, err := q.js.PublishMsg(ctx, dm); err != nil {
		// Leave it in the stream: it comes back and is tried again.
		q.log.Error("queue: publish dead letter", "err", err)
		m.NakWithDelay(q.opts.Backoff)
		return
	}
	if err := m.Term(); err != nil {
		q.log.Warn("queue: term", "err", err)
	}
}

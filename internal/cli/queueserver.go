package cli

import (
	"context"
	"fmt"
	"os"

	"github.com/accord-hub/accord/internal/queue"
)

func init() {
	register(command{name: "queue-server", summary: "run an embedded NATS JetStream server, for development and tests", run: runQueueServer})
}

func runQueueServer(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "queue-server", "--addr HOST:PORT --dir DIR")
	addr := fs.String("addr", "127.0.0.1:4222", "where clients connect, HOST:PORT")
	dir := fs.String("dir", "", "directory where JetStream keeps the streams (created when missing)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("queue-server: unexpected argument %q", rest[0])
	}
	if *dir == "" {
		return usagef("queue-server: name the JetStream directory with --dir DIR")
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fmt.Errorf("queue-server: %w", err)
	}
	s, err := queue.StartServer(queue.ServerOptions{Addr: *addr, Dir: *dir})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "NATS JetStream listening on %s (streams in %s); stop with Ctrl-C\n", s.URL(), *dir)
	<-ctx.Done()
	s.Shutdown()
	return nil
}

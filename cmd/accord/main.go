// Command accord reads the news and turns it into coded, geocoded, merged events.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/accord-hub/accord/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

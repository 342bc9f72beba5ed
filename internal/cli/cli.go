package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
)

// Env is what a subcommand runs with: its streams and environment.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment; tests replace it.
	Getenv func(string) string
	// Log is the logger for operational messages, to Stderr.
	Log *slog.Logger
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

var commands = map[string]command{}

// register adds a subcommand; each subcommand's file calls it from init.
func register(c command) { commands[c.name] = c }

// UsageError is a mistake in how a command was called; it exits with 2.
type UsageError struct{ Msg string }

func (e UsageError) Error() string { return e.Msg }

// usagef returns a UsageError.
func usagef(format string, args ...any) error { return UsageError{fmt.Sprintf(format, args...)} }

// Run runs accord with args (without the program name) and returns the error
// that decides the exit status: nil for 0, a UsageError for 2, anything else
// for 1.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr, Getenv: os.Getenv,
		Log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	return run(ctx, env, args)
}

func run(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		printUsage(env.Stderr)
		return UsageError{"no command given"}
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		printUsage(env.Stdout)
		return nil
	case "version", "--version":
		fmt.Fprintln(env.Stdout, "accord", Version)
		return nil
	}
	c, ok := commands[name]
	if !ok {
		printUsage(env.Stderr)
		return usagef("unknown command %q", name)
	}
	return c.run(ctx, env, args[1:])
}

// Version is the accord version, set at build time with -ldflags.
var Version = "dev"

// Main runs accord and returns the process exit status, after printing any
// error as one line on stderr.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	err := Run(ctx, args, stdin, stdout, stderr)
	return exitCode(err, stderr)
}

func exitCode(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	var ue UsageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "accord: %s\n", ue.Msg)
		return 2
	}
	fmt.Fprintf(stderr, "accord: %v\n", err)
	return 1
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "accord reads the news and turns it into coded, geocoded, merged events.")
	fmt.Fprintln(w, "\nUsage: accord COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-13s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'accord COMMAND --help' for a command's flags.")
}

// newFlags returns a flag set for a subcommand whose usage goes to env.Stderr
// (or Stdout for --help) and whose errors come back as UsageErrors.
func newFlags(env *Env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		w := env.Stdout
		fmt.Fprintf(w, "Usage: accord %s %s\n", name, usage)
		if c, ok := commands[name]; ok {
			fmt.Fprintf(w, "\n%s\n", c.summary)
		}
		var b strings.Builder
		fs.SetOutput(&b)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
		if b.Len() > 0 {
			fmt.Fprintf(w, "\nFlags:\n%s", b.String())
		}
	}
	return fs
}

// parseFlags parses args, allowing flags after positional arguments
// ("accord code file.txt --verbs v.txt"), turns mistakes into UsageErrors and
// returns the positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, flag.ErrHelp // the flag package has printed the usage
			}
			return nil, UsageError{fmt.Sprintf("%s: %v", fs.Name(), err)}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		// "-" is an argument (standard input); "--" ends flags.
		i := 0
		for i < len(rest) && (rest[i] == "-" || !strings.HasPrefix(rest[i], "-")) {
			i++
		}
		positional = append(positional, rest[:i]...)
		if i < len(rest) && rest[i] == "--" {
			positional = append(positional, rest[i+1:]...)
			break
		}
		args = rest[i:]
		if len(args) == 0 {
			break
		}
	}
	return positional, nil
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// dbDSN returns the store DSN: the --db flag, else $ACCORD_DB, else accord.db.
func dbDSN(env *Env, flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	if v := env.Getenv("ACCORD_DB"); v != "" {
		return v
	}
	return "accord.db"
}

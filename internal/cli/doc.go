// Package cli is the accord command line: one file per subcommand, each a
// function of its arguments and output streams, so that tests can run them.
package cli

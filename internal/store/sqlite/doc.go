// Package sqlite is the embedded Store: one SQLite file in WAL mode, written
// by one goroutine that commits concurrent Saves together, read by a pool of
// connections. The schema is an ordered list of SQL migrations embedded from
// migrations/, each applied once in its own transaction.
package sqlite

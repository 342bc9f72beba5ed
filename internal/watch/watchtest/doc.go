// Package watchtest is the test suite that every implementation of
// watch.Registry (the SQLite store, later PostgreSQL) must pass.
package watchtest

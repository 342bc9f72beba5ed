// Package storetest is the test suite that every store.Store implementation
// must pass, and a generator of synthetic documents for tests and
// benchmarks. An implementation's test calls Run with a function that opens
// a fresh, empty store.
package storetest

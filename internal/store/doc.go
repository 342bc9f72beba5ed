// Package store declares the Store that keeps articles, coded reports and
// merged events, with the named errors its implementations return, and a
// Filter for querying. Implementations live in store/sqlite and
// store/postgres; both pass the shared suite in store/storetest.
package store

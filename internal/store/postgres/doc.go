// Package postgres is the Store kept in PostgreSQL, for the distributed
// mode: any number of workers save into it at once. It mirrors the
// semantics of the embedded store (store/sqlite) exactly and passes the
// same shared suite. Merged events are partitioned by month, created on
// demand; a Save copies its rows into temporary tables with COPY and
// upserts them from there in one transaction, in key order so that
// concurrent Saves never deadlock.
package postgres

// Package pgtest gives tests a real PostgreSQL database: the server named by
// $ACCORD_TEST_POSTGRES, or else a throwaway cluster started from the
// Debian binaries under /usr/lib/postgresql. With neither, tests skip,
// except under ACCORD_CI=1, where they fail.
package pgtest

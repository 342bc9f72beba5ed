package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvDSN is the environment variable that names a PostgreSQL server for
// tests, as a postgres:// URL whose user may create databases.
const EnvDSN = "ACCORD_TEST_POSTGRES"

// Server returns the DSN of a PostgreSQL server for t: $ACCORD_TEST_POSTGRES,
// or a cluster started for t and stopped when t ends. Without either it
// skips t, or fails it under ACCORD_CI=1.
func Server(t testing.TB) string {
	t.Helper()
	dsn, ok := TryServer(t)
	if !ok {
		t.Skip(unavailable)
	}
	return dsn
}

const unavailable = "no PostgreSQL: set " + EnvDSN + " or install the postgresql package (.ci/postgres.sh does both)"

// TryServer is Server for tests that can fall back on another store: it
// returns false instead of skipping when there is no PostgreSQL (but fails
// under ACCORD_CI=1, where PostgreSQL must be there).
func TryServer(t testing.TB) (string, bool) {
	t.Helper()
	if dsn := os.Getenv(EnvDSN); dsn != "" {
		return dsn, true
	}
	bin := binDir()
	if bin == "" {
		if os.Getenv("ACCORD_CI") == "1" {
			t.Fatal(unavailable)
		}
		return "", false
	}
	dsn, err := startCluster(t, bin)
	if err != nil {
		t.Fatalf("pgtest: start PostgreSQL from %s: %v", bin, err)
	}
	return dsn, true
}

// Database returns the DSN of a new, empty database on the server at
// server, dropped when t ends.
func Database(t testing.TB, server string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, server)
	if err != nil {
		t.Fatalf("pgtest: connect %s: %v", server, err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	rand.Read(b[:])
	name := "accord_test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, server)
		if err != nil {
			return
		}
		defer conn.Close(ctx)
		conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	u, err := url.Parse(server)
	if err != nil {
		t.Fatalf("pgtest: %s is not a postgres:// URL: %v", EnvDSN, err)
	}
	u.Path = "/" + name
	return u.String()
}

// DSN is Database on Server: a fresh database for t.
func DSN(t testing.TB) string {
	t.Helper()
	return Database(t, Server(t))
}

// binDir returns the newest /usr/lib/postgresql/N/bin with initdb, or "".
func binDir() string {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) < version(dirs[j]) })
	for i := len(dirs) - 1; i >= 0; i-- {
		if _, err := os.Stat(filepath.Join(dirs[i], "initdb")); err == nil {
			return dirs[i]
		}
	}
	return ""
}

func version(dir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return n
}

// startCluster runs initdb and pg_ctl start in a new directory, as the
// postgres user when running as root (PostgreSQL refuses root).
func startCluster(t testing.TB, bin string) (string, error) {
	dir, err := os.MkdirTemp("", "accord-pg-")
	if err != nil {
		return "", err
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	var asUser []string
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return "", fmt.Errorf("running as root and there is no postgres user to run the server as: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			return "", err
		}
		asUser = []string{"runuser", "-u", "postgres", "--"}
	}
	run := func(name string, args ...string) error {
		argv := append(append(append([]string{}, asUser...), filepath.Join(bin, name)), args...)
		out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
		if err != nil {
			return fmt.Errorf("%s: %v\n%s", name, err, out)
		}
		return nil
	}
	data := filepath.Join(dir, "data")
	if err := run("initdb", "-D", data, "-U", "accord", "--auth=trust", "-E", "UTF8", "--no-locale"); err != nil {
		return "", err
	}
	port, err := freePort()
	if err != nil {
		return "", err
	}
	opts := fmt.Sprintf("-h 127.0.0.1 -p %d -k %s -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", port, dir)
	if err := run("pg_ctl", "-D", data, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "-o", opts, "start"); err != nil {
		return "", err
	}
	t.Cleanup(func() { run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop") })
	dsn := fmt.Sprintf("postgres://accord@127.0.0.1:%d/postgres?sslmode=disable", port)
	deadline := time.Now().Add(30 * time.Second)
	for {
		conn, err := pgx.Connect(context.Background(), dsn)
		if err == nil {
			conn.Close(context.Background())
			return dsn, nil
		}
		if time.Now().After(deadline) {
			return "", err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Name returns the database name in dsn, for messages.
func Name(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return dsn
	}
	return strings.TrimPrefix(u.Path, "/")
}

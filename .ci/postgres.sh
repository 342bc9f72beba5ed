#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages (when it is missing), starts a
# throwaway cluster on 127.0.0.1 and prints the line to export so that the
# tests of internal/store/postgres and internal/queue use it:
#
#   eval "$(.ci/postgres.sh)"    # sets ACCORD_TEST_POSTGRES
#
# Environment: PGPORT (default 54329), PGDATA_DIR (default /tmp/accord-pg).
set -euo pipefail
port="${PGPORT:-54329}"
dir="${PGDATA_DIR:-/tmp/accord-pg}"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "installing postgresql from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

# PostgreSQL refuses to run as root: run it as the postgres user (created by
# the Debian package) when we are root.
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ -f "$dir/data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  echo "postgresql already running in $dir" >&2
else
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_pg "$bin/initdb" -D "$dir/data" -U accord --auth=trust -E UTF8 --no-locale >&2
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >&2
fi
as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U accord -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = 'accord'" | grep -q 1 ||
  as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U accord accord >&2
echo "export ACCORD_TEST_POSTGRES='postgres://accord@127.0.0.1:$port/accord?sslmode=disable'"

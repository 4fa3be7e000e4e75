#!/usr/bin/env bash
# Private PostgreSQL cluster for run.sh, test.sh and bench.sh.
#   scripts/pg-cluster.sh start <data-dir> <port>   initdb if needed, start, wait; prints a connection string
#   scripts/pg-cluster.sh stop  <data-dir>
# Installs Debian's postgresql package when no server binaries are found; runs the server as the
# postgres user when invoked as root (PostgreSQL refuses to run as root).
set -euo pipefail

die() { echo "pg-cluster: $*" >&2; exit 1; }

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/postgres" ]]; then echo "$d"; return 0; fi
  done
  if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then dirname "$(command -v pg_ctl)"; return 0; fi
  return 1
}

ensure_binaries() {
  if BINDIR=$(find_bindir); then return 0; fi
  echo "pg-cluster: PostgreSQL server binaries not found; installing Debian package 'postgresql'" >&2
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq >&2 || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2 || die "apt-get install postgresql failed"
  BINDIR=$(find_bindir) || die "postgresql installed but initdb/pg_ctl not found under /usr/lib/postgresql"
}

# as_owner CMD...: run as postgres when we are root, else as ourselves.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

grant_traverse() {
  # postgres must be able to reach the data folder; add only the search (x) bit on parents it cannot pass.
  local dir="$1"
  while [[ "$dir" != "/" ]]; do
    if ! su postgres -s /bin/bash -c "test -x $(printf '%q' "$dir")"; then
      chmod o+x "$dir"
    fi
    dir=$(dirname "$dir")
  done
}

start() {
  local data="$1" port="$2" fast=""
  # Throwaway clusters (tests, benches) trade durability for speed; run.sh keeps the defaults.
  [[ "${YUANLING_PG_FAST:-}" == 1 ]] && fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  ensure_binaries
  local load
  load=$(load_settings)
  mkdir -p "$data"
  data=$(cd "$data" && pwd)
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to run the server"
    chown postgres:postgres "$data"
    grant_traverse "$data"
  fi
  if [[ ! -f "$data/PG_VERSION" ]]; then
    echo "pg-cluster: initdb in $data" >&2
    as_owner "$BINDIR/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null \
      || as_owner "$BINDIR/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C >/dev/null \
      || die "initdb failed in $data"
  fi
  if as_owner "$BINDIR/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    echo "pg-cluster: already running in $data" >&2
  else
    as_owner "$BINDIR/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=200 $load $fast" \
      start >/dev/null || { tail -20 "$data/server.log" >&2; die "server did not start on port $port (log: $data/server.log)"; }
  fi
  for _ in $(seq 1 60); do
    if "$BINDIR/pg_isready" -h 127.0.0.1 -p "$port" -q; then
      create_report_roles "$port"
      echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      return 0
    fi
    sleep 0.5
  done
  die "server in $data is not accepting connections on 127.0.0.1:$port"
}

# A warehouse loaded in bulk, durable (fsync stays on): a full sync writes ~1.2 GB of WAL, and with the default
# max_wal_size (1 GB) a checkpoint every ~500 MB makes every page touched after it log a full image (1.8 GB of WAL,
# ~10 % more wall time at scale 1). lz4 for those images needs PostgreSQL 15; older servers keep pglz.
load_settings() {
  local version
  version=$("$BINDIR/postgres" --version | grep -oE '[0-9]+' | head -1)
  local settings="-c shared_buffers=1GB -c max_wal_size=4GB -c checkpoint_timeout=15min"
  if [[ "$version" -ge 15 ]]; then settings+=" -c wal_compression=lz4"; else settings+=" -c wal_compression=on"; fi
  echo "$settings"
}

# The migrations create the cluster-wide read-only roles when missing; many test databases migrating at once race on
# that (a losing session can still see a stale "role does not exist"), so the private clusters have them from the start.
create_report_roles() {
  local psql="$BINDIR/psql"
  [[ -x "$psql" ]] || psql=$(command -v psql) || return 0
  "$psql" -h 127.0.0.1 -p "$1" -U postgres -d postgres -qAt -c "
    DO \$\$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'report_reader') THEN CREATE ROLE report_reader NOLOGIN; END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yuanling_report') THEN CREATE ROLE yuanling_report NOLOGIN; END IF;
    END \$\$;" >/dev/null || echo "pg-cluster: could not create the report roles (the migrations will)" >&2
}

stop() {
  local data="$1"
  ensure_binaries
  [[ -f "$data/PG_VERSION" ]] || return 0
  as_owner "$BINDIR/pg_ctl" -D "$(cd "$data" && pwd)" -m fast -w stop >/dev/null 2>&1 || true
}

case "${1:-}" in
  start) [[ $# -eq 3 ]] || die "usage: $0 start <data-dir> <port>"; start "$2" "$3" ;;
  stop) [[ $# -eq 2 ]] || die "usage: $0 stop <data-dir>"; stop "$2" ;;
  *) die "usage: $0 start <data-dir> <port> | stop <data-dir>" ;;
esac

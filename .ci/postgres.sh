#!/usr/bin/env bash
# Throwaway PostgreSQL server for the test suite: loopback only, trust auth, data in a temp dir.
#
#   .ci/postgres.sh start    start it (or reuse a running one); prints the SQLAlchemy URL on stdout
#   .ci/postgres.sh stop     stop it and delete its data
#   .ci/postgres.sh url      print the URL
#
#   export CRM_TEST_POSTGRES_URL=$(.ci/postgres.sh start)
#
# Settings (environment): CRM_PG_PORT (default 55432), CRM_PG_DIR (default /tmp/rafiq-crm-pg-PORT).
# As root the server runs as the `postgres` system user, because PostgreSQL refuses to run as root.
set -euo pipefail

PORT="${CRM_PG_PORT:-55432}"
DIR="${CRM_PG_DIR:-/tmp/rafiq-crm-pg-$PORT}"
DATA="$DIR/data"
DB=crm_test
URL="postgresql+psycopg://$DB@127.0.0.1:$PORT/$DB"

log() { echo "postgres.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }

find_bindir() {
    local candidate
    # Debian/Ubuntu keep the server binaries off PATH, one directory per major version: take the newest.
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$candidate/pg_ctl" ] && { echo "$candidate"; return; }
    done
    if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/pg_ctl" ]; then
        pg_config --bindir; return
    fi
    candidate="$(command -v pg_ctl || true)"
    [ -n "$candidate" ] && { dirname "$candidate"; return; }
    die "PostgreSQL server binaries not found (on Debian/Ubuntu: apt-get install postgresql)"
}
BIN="$(find_bindir)"

# Run a command as the server's owner: `postgres` when we are root, else ourselves. cd / so the
# postgres user is not left in a directory it cannot read (e.g. /root).
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to run the server"
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

# Delete the server's directory, but only one this script made (CRM_PG_DIR may point anywhere).
remove_dir() {
    [ -e "$DIR" ] || return 0
    [ -f "$DIR/.rafiq-crm-pg" ] || die "$DIR exists and was not made by this script; remove it or set CRM_PG_DIR"
    rm -rf "$DIR"
}

running() { [ -f "$DATA/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

start() {
    if running; then
        log "already running on 127.0.0.1:$PORT ($DATA)"
        echo "$URL"; return
    fi
    remove_dir
    mkdir -p "$DIR"
    chmod 700 "$DIR"
    touch "$DIR/.rafiq-crm-pg"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    local locale_opt=--no-locale
    if locale -a 2>/dev/null | grep -iE '^c\.utf-?8$' >/dev/null; then locale_opt=--locale=C.UTF-8; fi
    log "initdb $DATA ($("$BIN/postgres" --version))"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 "$locale_opt" >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
    # Loopback TCP only; the Unix socket goes into our own dir. Durability is off: the data is throwaway.
    local opts="-c listen_addresses=127.0.0.1 -c port=$PORT -k $DIR -c fsync=off"
    opts="$opts -c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
    if ! as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -o "$opts" -w -t 60 start >/dev/null; then
        tail -n 20 "$DIR/server.log" >&2 || true
        die "the server did not start (is port $PORT taken? set CRM_PG_PORT)"
    fi
    local i
    for i in $(seq 1 60); do
        "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break
        [ "$i" = 60 ] && die "server not ready after 30 s"
        sleep 0.5
    done
    "$BIN/psql" -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d postgres \
        -c "CREATE ROLE $DB LOGIN CREATEDB" -c "CREATE DATABASE $DB OWNER $DB" >/dev/null
    log "PostgreSQL ready on 127.0.0.1:$PORT, database $DB (stop with: .ci/postgres.sh stop)"
    echo "$URL"
}

stop() {
    if running; then
        as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
        log "stopped the server on 127.0.0.1:$PORT"
    fi
    remove_dir
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) echo "$URL" ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac

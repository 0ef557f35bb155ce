#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 server, then stops the server and deletes it.
#
#   scripts/with-postgres.sh ctest --test-dir build -L pg --output-on-failure
#
# The server lives in a temp dir under /tmp, listens on 127.0.0.1 at a free port and on a Unix
# socket in that dir. Host connections need a password (scram-sha-256); the command gets
#   CORDIAL_TEST_PG=postgresql://cordial_test:PASSWORD@127.0.0.1:PORT/postgres
# for a role that may CREATE DATABASE and CREATE ROLE (team mode: group and login roles). Works as root (CI: the server runs as user postgres,
# since initdb refuses root) and as a normal user. Exits with the command's exit code.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$PG_BIN/initdb" ]; then
    echo "with-postgres: no PostgreSQL server binaries in $PG_BIN (apt-get install postgresql)" >&2
    exit 2
fi

as_server_user=()
if [ "$(id -u)" -eq 0 ]; then
    as_server_user=(runuser -u postgres --)
fi

tmp="$(mktemp -d /tmp/cordial-pg.XXXXXX)"
chmod 755 "$tmp"
if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$tmp"
fi
data="$tmp/data"
log="$tmp/server.log"
started=""

cleanup() {
    if [ -n "$started" ]; then
        "${as_server_user[@]}" "$PG_BIN/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${as_server_user[@]}" "$PG_BIN/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 --no-sync \
    --auth-local=trust --auth-host=scram-sha-256 >"$tmp/initdb.log" 2>&1 || {
    cat "$tmp/initdb.log" >&2
    exit 2
}

port=""
for _ in $(seq 1 20); do
    candidate=$((20000 + RANDOM % 40000))
    if "${as_server_user[@]}" "$PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t 30 \
        -o "-p $candidate -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1; then
        port="$candidate"
        started=1
        break
    fi
    # A taken port fails at once ("could not bind"); anything else is fatal.
    if ! grep -q -i -E "could not bind|could not create listen socket|already in use" "$log" 2>/dev/null; then
        cat "$log" >&2 || true
        exit 2
    fi
    : >"$log"
done
if [ -z "$port" ]; then
    echo "with-postgres: no free port found" >&2
    exit 2
fi

user="cordial_test"
password="$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"${as_server_user[@]}" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$tmp" -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE $user LOGIN CREATEDB CREATEROLE PASSWORD '$password'" >/dev/null

export CORDIAL_TEST_PG="postgresql://$user:$password@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL on 127.0.0.1:$port (data in $tmp)" >&2

status=0
"$@" || status=$?
exit "$status"

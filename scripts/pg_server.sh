#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests, from Debian's packages.
#   scripts/pg_server.sh start DIR   initdb in DIR, start on a free local port,
#                                    create database dyad_test, print its URI
#   scripts/pg_server.sh stop DIR    stop it (DIR can then be removed)
# Exits 77 (a skip to CTest) when the server binaries are not installed.
set -euo pipefail
cmd=${1:?start or stop}; dir=${2:?directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg_server: no PostgreSQL server installed (Debian package postgresql)" >&2
  exit 77
fi
# initdb and the server refuse to run as root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case $cmd in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
      chown postgres "$dir"
      runuser -u postgres -- test -x "$dir" ||
        { echo "pg_server: user postgres cannot reach $dir (make its parents a+x)" >&2; exit 1; }
    fi
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U dyad -E UTF8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null ||
      { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U dyad dyad_test
    echo "postgresql://dyad@127.0.0.1:$port/dyad_test"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: pg_server.sh start|stop DIR" >&2
    exit 2
    ;;
esac

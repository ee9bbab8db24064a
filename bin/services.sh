#!/usr/bin/env bash
# Project-local PostgreSQL and Redis for `make run` and `make test`.
#   bin/services.sh install   install missing system packages (apt-get as root or via sudo)
#   bin/services.sh start     start PostgreSQL and Redis unless DATABASE_URL / REDIS_URL are set
#   bin/services.sh stop      stop what `start` started
#   bin/services.sh env       print the URLs to export
# Works as root (CI) and as a normal user; see ../shared/STACK.md for the root case.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PG_PORT="${PG_PORT:-54329}"
REDIS_PORT="${REDIS_PORT:-63799}"
VAR="$ROOT/var"
mkdir -p "$VAR"
EXTERNAL_DB="${SPIEGEL_EXTERNAL_DB:-$([ -n "${DATABASE_URL:-}" ] && echo 1 || echo 0)}"
EXTERNAL_REDIS="${SPIEGEL_EXTERNAL_REDIS:-$([ -n "${REDIS_URL:-}" ] && echo 1 || echo 0)}"

say() { printf '\033[1m[services]\033[0m %s\n' "$*" >&2; }

pg_bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return
  fi
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  return 1
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"
  else return 1
  fi
}

install_packages() {
  # Everything `make run` and `make test` need from Debian. Checked one by one so a
  # second run does not touch apt at all.
  local missing=()
  pg_bindir >/dev/null || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  [ -e /usr/lib/x86_64-linux-gnu/libmagic.so.1 ] || [ -e /usr/lib/aarch64-linux-gnu/libmagic.so.1 ] || missing+=(libmagic1)
  command -v pdffonts >/dev/null || missing+=(poppler-utils)
  command -v msgfmt >/dev/null || missing+=(gettext)
  fc-list 2>/dev/null | grep -qi "NotoSans-Regular" || missing+=(fonts-noto-core)
  if [ "${WITH_BROWSER:-0}" = 1 ]; then
    command -v chromium >/dev/null || missing+=(chromium)
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing: ${missing[*]}"
  if ! as_root true; then
    say "cannot install packages without root or sudo. Please install: ${missing[*]}"
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pg_dir() {
  # The postgres user must be able to enter the cluster folder; under a mode-700 home it
  # cannot, so fall back to /tmp keyed on the project path.
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$ROOT" 2>/dev/null; then
    echo "/tmp/pg-$(echo "$ROOT" | sha1sum | cut -c1-10)"
  else
    echo "$VAR/pg"
  fi
}

pg_run() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_pg() {
  if [ "$EXTERNAL_DB" = 1 ]; then say "using DATABASE_URL"; return; fi
  local bin dir
  bin="$(pg_bindir)"
  dir="$(pg_dir)"
  if [ ! -s "$dir/data/PG_VERSION" ]; then
    say "creating PostgreSQL cluster in $dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$dir"
    pg_run "$bin/initdb" -D "$dir/data" -U spiegel -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if pg_run "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    :
  else
    pg_run "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 30 start \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
    say "PostgreSQL on 127.0.0.1:$PG_PORT"
  fi
  "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U spiegel -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='spiegel'" | grep -q 1 \
    || "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U spiegel spiegel
}

start_redis() {
  if [ "$EXTERNAL_REDIS" = 1 ]; then say "using REDIS_URL"; return; fi
  mkdir -p "$VAR/redis"
  if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then return; fi
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$VAR/redis" --save '' \
    --appendonly no --daemonize yes --pidfile "$VAR/redis/redis.pid" \
    --logfile "$VAR/redis/redis.log"
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  say "Redis on 127.0.0.1:$REDIS_PORT"
}

stop_all() {
  if [ "$EXTERNAL_REDIS" != 1 ]; then
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  fi
  if [ "$EXTERNAL_DB" != 1 ]; then
    local bin dir
    bin="$(pg_bindir)" || return 0
    dir="$(pg_dir)"
    [ -d "$dir/data" ] && pg_run "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  fi
  say "services stopped"
}

case "${1:-}" in
  install) install_packages ;;
  start) start_pg; start_redis ;;
  stop) stop_all ;;
  env)
    echo "DATABASE_URL=${DATABASE_URL:-postgres://spiegel@127.0.0.1:$PG_PORT/spiegel}"
    echo "REDIS_URL=${REDIS_URL:-redis://127.0.0.1:$REDIS_PORT/0}"
    ;;
  *) echo "usage: $0 install|start|stop|env" >&2; exit 2 ;;
esac

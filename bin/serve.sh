#!/usr/bin/env bash
# Serve the app with a Celery worker and beat; Ctrl-C stops all of them and the services.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PY=.venv/bin/python
pids=()

cleanup() {
  trap - INT TERM EXIT
  printf '\nStopping...\n'
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  bin/services.sh stop
  exit 0
}
trap cleanup INT TERM EXIT

mkdir -p var/celery
.venv/bin/celery -A spiegel worker --loglevel=WARNING --concurrency=2 &
pids+=($!)
.venv/bin/celery -A spiegel beat --loglevel=WARNING --schedule var/celery/beat-schedule &
pids+=($!)
echo "Spiegel: http://127.0.0.1:${PORT:-8000}/  (Ctrl-C stops everything)"
$PY manage.py runserver "127.0.0.1:${PORT:-8000}" --noreload --skip-checks &
pids+=($!)
wait -n

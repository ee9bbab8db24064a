# Spiegel: two commands do everything. `make run` serves the app, `make test` checks it.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy
PG_PORT ?= 54329
REDIS_PORT ?= 63799
export PG_PORT REDIS_PORT
# A DATABASE_URL / REDIS_URL given by the caller means: use that server, start none.
export SPIEGEL_EXTERNAL_DB := $(if $(filter environment command line,$(origin DATABASE_URL)),1,0)
export SPIEGEL_EXTERNAL_REDIS := $(if $(filter environment command line,$(origin REDIS_URL)),1,0)
export DATABASE_URL ?= postgres://spiegel@127.0.0.1:$(PG_PORT)/spiegel
export REDIS_URL ?= redis://127.0.0.1:$(REDIS_PORT)/0
SERVICES := bin/services.sh
PY := .venv/bin/python
# uv as a module of the machine's python3: found wherever pip put it.
UV := python3 -m uv

.PHONY: run test lint bench install services stop clean codes messages

run: install services
	@$(PY) manage.py demo_klaarzetten
	@bin/serve.sh

test: export WITH_BROWSER := 1
test: export DJANGO_SETTINGS_MODULE := spiegel.settings.test
test: install services lint
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest -q

lint: install
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/bandit -q -c pyproject.toml -r spiegel gesprekken rapportage -lll
	.venv/bin/lint-imports --no-cache

bench: install services
	@$(UV) sync --frozen --quiet --group bench
	$(PY) manage.py migrate --noinput -v0
	$(PY) benchmarks/run.py $(BENCH_ARGS)

install: .venv/.synced
	@$(SERVICES) install
	@$(PY) bin/messages.py compile

# After new UI strings: extract them, then fail with a list of what still lacks English
# (fill it in with `bin/messages.py missing todo.tsv` / `apply todo.tsv`; DEVELOPERS.md).
messages: install
	$(PY) bin/messages.py update
	@$(PY) bin/messages.py check
	@$(PY) bin/messages.py compile

.venv/.synced: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || python3 -m pip install --quiet uv \
	  || python3 -m pip install --quiet --user --break-system-packages uv
	@$(UV) sync --frozen --quiet
	@touch $@

services:
	@$(SERVICES) start

stop:
	@$(SERVICES) stop

clean: stop
	rm -rf .venv var

codes:
	@$(PY) manage.py demo_logins

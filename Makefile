# Parley. `make run` serves the demo; `make test` runs the whole suite.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

# Plain-HTTP local serving and tests: no HTTPS redirect, no secure-only cookies.
LOCAL_ENV := SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0
TEST_ENV := $(LOCAL_ENV) SECRET_KEY=parley-test-suite-only STATIC_COLLECTED=0
DEV_ENV := $(LOCAL_ENV) DEBUG=1

# Labelled articles for the extractor's scores: the development set (a copy of
# ../shared/extraction-dev) and our own cases.
EXTRACTION_DIRS ?= tests/data/extraction-dev tests/data/extraction
# Articles labelled before the extractor saw them (first-sight scores in their READMEs): each folder
# is also scored on its own.
EXTRACTION_UNSEEN ?= tests/data/extraction-unseen tests/data/extraction-unseen-2 tests/data/extraction-unseen-3 tests/data/extraction-unseen-4 tests/data/extraction-unseen-5 tests/data/extraction-unseen-6 tests/data/extraction-unseen-7 tests/data/extraction-unseen-8 tests/data/extraction-unseen-9 tests/data/extraction-unseen-10 tests/data/extraction-unseen-11 tests/data/extraction-unseen-12 tests/data/extraction-unseen-13 tests/data/extraction-unseen-14 tests/data/extraction-unseen-15 tests/data/extraction-unseen-16 tests/data/extraction-unseen-17 tests/data/extraction-unseen-18 tests/data/extraction-unseen-19 tests/data/extraction-unseen-20 tests/data/extraction-unseen-21 tests/data/extraction-unseen-22 tests/data/extraction-unseen-23 tests/data/extraction-unseen-24 tests/data/extraction-unseen-25 tests/data/extraction-unseen-26 tests/data/extraction-unseen-27 tests/data/extraction-unseen-28 tests/data/extraction-unseen-29 tests/data/extraction-unseen-30 tests/data/extraction-unseen-31 tests/data/extraction-unseen-32 tests/data/extraction-unseen-33 tests/data/extraction-unseen-34 tests/data/extraction-unseen-35 tests/data/extraction-unseen-36 tests/data/extraction-unseen-37 tests/data/extraction-unseen-38 tests/data/extraction-unseen-39 tests/data/extraction-unseen-40 tests/data/extraction-unseen-41 tests/data/extraction-unseen-42 tests/data/extraction-unseen-43 tests/data/extraction-unseen-44 tests/data/extraction-unseen-45 tests/data/extraction-unseen-46 tests/data/extraction-unseen-47 tests/data/extraction-unseen-48 tests/data/extraction-unseen-49 tests/data/extraction-unseen-50 tests/data/extraction-unseen-51 tests/data/extraction-unseen-52 tests/data/extraction-unseen-53 tests/data/extraction-unseen-54 tests/data/extraction-unseen-55 tests/data/extraction-unseen-56 tests/data/extraction-unseen-57 tests/data/extraction-unseen-58 tests/data/extraction-unseen-59 tests/data/extraction-unseen-60 tests/data/extraction-unseen-61 tests/data/extraction-unseen-62 tests/data/extraction-unseen-63 tests/data/extraction-unseen-64 tests/data/extraction-unseen-65 tests/data/extraction-unseen-66 tests/data/extraction-unseen-67 tests/data/extraction-unseen-68 tests/data/extraction-unseen-69 tests/data/extraction-unseen-70 tests/data/extraction-unseen-71 tests/data/extraction-unseen-72 tests/data/extraction-unseen-73 tests/data/extraction-unseen-74 tests/data/extraction-unseen-75 tests/data/extraction-unseen-76 tests/data/extraction-unseen-77 tests/data/extraction-unseen-78 tests/data/extraction-unseen-79 tests/data/extraction-unseen-80 tests/data/extraction-unseen-81 tests/data/extraction-unseen-82 tests/data/extraction-unseen-83 tests/data/extraction-unseen-84 tests/data/extraction-unseen-85 tests/data/extraction-unseen-86 tests/data/extraction-unseen-87

.PHONY: install run serve serve-cached test lint format migrate demo check-deploy clean bench screenshots backup restore load eval-extraction fonts vendor

install: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

migrate: install
	$(DEV_ENV) $(MANAGE) migrate --noinput

demo: migrate
	$(DEV_ENV) $(MANAGE) bootstrap_roles
	$(DEV_ENV) $(MANAGE) load_demo
	$(DEV_ENV) $(MANAGE) ensure_local_admin

run: demo
	$(DEV_ENV) $(MANAGE) runserver $(HOST):$(PORT)

# Production-style: gunicorn workers, static files collected and served by whitenoise.
serve: migrate
	$(LOCAL_ENV) SECRET_KEY=$${SECRET_KEY:-$$(head -c 48 /dev/urandom | base64)} bash -c '\
		$(MANAGE) collectstatic --noinput -v0 && \
		exec $(VENV)/bin/gunicorn config.wsgi --bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-3} --access-logfile -'

# The same behind Debian's nginx as a shared cache (deploy/nginx.conf) on $(HOST):$(PORT);
# gunicorn on a free loopback port. nginx runs in the foreground from a temporary directory.
serve-cached: migrate
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { echo "make serve-cached needs nginx: apt-get install nginx-light"; exit 2; }
	$(LOCAL_ENV) SECRET_KEY=$${SECRET_KEY:-$$(head -c 48 /dev/urandom | base64)} bash -c '\
		$(MANAGE) collectstatic --noinput -v0 && \
		exec $(PY) deploy/cached.py --listen $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-3}'

# Benchmarks at BENCH_N statements (default 1,000,000), SQLite and DATABASE_URL's PostgreSQL.
# Never part of `make test`; see bench/run.py. Writes bench/results.json and README's table.
# Production settings, so the pages name the collected, hashed static files: collected first.
bench: install
	$(PIP) install --quiet --disable-pip-version-check -r bench/requirements.txt
	SECRET_KEY=parley-bench $(MANAGE) collectstatic --noinput -v0
	nice -n 10 $(PY) bench/run.py

# Serial on purpose: on the shared 2-core machine `PYTEST_ARGS="-n 2"` (pytest-xdist) took
# 559 s against 350 s + 110 s serial. Ids are deterministic, so `-n auto` works where cores are free.
test: install
	$(TEST_ENV) $(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

# `make load`: wrk readers (a spike mix and a long-tail mix, direct to gunicorn and through
# deploy/nginx.conf) while editors save, LOAD_SECONDS (60) per mix and target; bench/load.py.
# BENCH_N=… uses the benchmark database of that size; LOAD_RECORD=1 writes bench/results.json.
load: migrate
	@command -v wrk >/dev/null || { echo "make load needs wrk: apt-get install wrk (and nginx-light for the proxy runs)"; exit 2; }
	LOAD_SECONDS=$${LOAD_SECONDS:-60} $(PY) bench/load.py

# `make backup` writes backups/parley-<date>.sqlite3 (or .dump with pg_dump); `make restore FILE=…` puts one back.
backup: install
	$(LOCAL_ENV) DEBUG=1 $(MANAGE) backup_db $(if $(OUT),-o $(OUT))

restore: install
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/parley-….sqlite3"; exit 2; }
	$(LOCAL_ENV) DEBUG=1 $(MANAGE) restore_db $(FILE)

check-deploy: install
	SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=parley.example.org \
		$(MANAGE) check --deploy --fail-level WARNING

# Source Serif 4 and Inter (OFL) from the @fontsource npm packages into static/vendor/fonts/, and their
# @font-face rules into static/tracker/parley.css (docs/fonts.py; needs npm; the files are committed).
fonts:
	python3 docs/fonts.py

# PNGs of the reader pages (demo data, headless Chromium) into docs/screenshots/.
screenshots: install
	$(LOCAL_ENV) $(PY) docs/screenshots.py

# Third-party browser code, committed under static/vendor/ with its version in the folder name.
# `make vendor` (needs npm) fetches the npm package and copies in what the pages load; bump the
# version here and in the templates that name the folder. The source-map comments go (the maps
# are not shipped; collectstatic's manifest would refuse a missing one).
TIMELINEJS_VERSION := 3.9.11
TIMELINEJS_DIR := static/vendor/timelinejs-$(TIMELINEJS_VERSION)
vendor:
	tmp=$$(mktemp -d) && cd $$tmp && npm pack --silent @knight-lab/timelinejs@$(TIMELINEJS_VERSION) >/dev/null && \
		tar xzf knight-lab-timelinejs-$(TIMELINEJS_VERSION).tgz && cd - >/dev/null && \
		rm -rf $(TIMELINEJS_DIR) && mkdir -p $(TIMELINEJS_DIR)/js/locale $(TIMELINEJS_DIR)/css/icons && \
		cp $$tmp/package/LICENSE $(TIMELINEJS_DIR)/ && \
		cp $$tmp/package/dist/js/timeline.js $$tmp/package/dist/js/timeline.js.LICENSE.txt $(TIMELINEJS_DIR)/js/ && \
		cp $$tmp/package/dist/js/locale/en.json $(TIMELINEJS_DIR)/js/locale/ && \
		cp $$tmp/package/dist/css/timeline.css $(TIMELINEJS_DIR)/css/ && \
		cp $$tmp/package/dist/css/icons/* $(TIMELINEJS_DIR)/css/icons/ && \
		sed -i '/sourceMappingURL=/d' $(TIMELINEJS_DIR)/js/timeline.js $(TIMELINEJS_DIR)/css/timeline.css && \
		rm -rf $$tmp

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

eval-extraction: install
	$(PY) -m tracker.extraction.evaluate $(EXTRACTION_DIRS) --unseen $(EXTRACTION_UNSEEN)

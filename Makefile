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
TEST_ENV := $(LOCAL_ENV) SECRET_KEY=parley-test-suite-only
DEV_ENV := $(LOCAL_ENV) DEBUG=1

.PHONY: install run serve test lint format migrate demo check-deploy clean

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

check-deploy: install
	SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=parley.example.org \
		$(MANAGE) check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

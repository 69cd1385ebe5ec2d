# Two commands do all set-up on a fresh machine with Python 3.11+:
#   make run   — install, migrate, load the seeds, create a staff login, serve on 127.0.0.1:8000
#   make test  — install and run the whole test suite (SQLite unless DATABASE_URL is set)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum < config/requirements.lock | cut -d' ' -f1)

.PHONY: install run test lint

$(STAMP): config/requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r config/requirements.lock
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

run: install
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py load_seeds
	DEBUG=1 $(PY) manage.py ensure_staff
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(PY) -m ruff check .

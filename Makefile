# Resguardo — the two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test test-postgres messages lint eval bench model install clean system-packages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's dependencies change.
$(VENV)/.stamp-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

# exiftool checks that sanitized photos carry no metadata (Debian: libimage-exiftool-perl); the browser tests
# drive Debian's chromium (never a downloaded browser); msgfmt (gettext) compiles the translations.
SYSTEM_PACKAGES := exiftool:libimage-exiftool-perl chromium:chromium msgfmt:gettext
system-packages:
	@missing=""; for pair in $(SYSTEM_PACKAGES); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian packages:$$missing"; \
	    (apt-get install -y -q $$missing >/dev/null 2>&1 || \
	     (apt-get update -q >/dev/null && apt-get install -y -q $$missing >/dev/null)); \
	  else \
	    echo "missing Debian packages:$$missing (install them as root: apt-get install$$missing);"; \
	    echo "the tests that need them are skipped with a reason"; \
	  fi; fi

install: $(VENV)/.stamp-dev

## run: install into .venv, migrate the SQLite database, load the demo agency, serve http://127.0.0.1:8000
run: install
	$(BIN)/resguardo demo
	$(BIN)/resguardo serve --host 127.0.0.1 --port 8000

PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/resguardo

## test: ruff, mypy (strict for the engine), the whole pytest suite on SQLite, then the web tests on PostgreSQL
test: install system-packages
	$(BIN)/ruff check src tests training bench
	$(BIN)/ruff format --check src tests training bench
	$(BIN)/mypy
	$(BIN)/pytest -q
	$(MAKE) --no-print-directory test-postgres

## test-postgres: the database-backed tests again on PostgreSQL (127.0.0.1:5432, trust auth); says so loudly when absent
test-postgres: install
	@if $(BIN)/python -c "import psycopg; psycopg.connect('$(PG_TEST_URL:/resguardo=/postgres)', connect_timeout=3).close()" 2>/dev/null; then \
	  echo "== web tests on PostgreSQL ($(PG_TEST_URL)) =="; \
	  DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest -q -p no:cacheprovider tests/casework tests/web tests/api tests/checks tests/records; \
	else \
	  echo "*** PostgreSQL is not reachable at $(PG_TEST_URL): the PostgreSQL run of the web tests was SKIPPED ***"; \
	fi

lint: install
	$(BIN)/ruff check src tests training bench
	$(BIN)/ruff format --check src tests training bench
	$(BIN)/mypy

## eval: recall/precision on MEDDOCAN dev, WNUT-17 dev and cw-dev (skips when ../shared/data is absent)
eval: install
	$(BIN)/python -m resguardo.evaluation.run

## bench: Resguardo vs vanilla Presidio (own virtualenv) on the same corpora -> docs/benchmarks.md
bench: install
	bash bench/setup_presidio.sh
	$(BIN)/python -m bench.run --write docs/benchmarks.md
	$(BIN)/python -m bench.photo_bench --write docs/benchmarks.md
	$(BIN)/python -m bench.web_bench --write docs/benchmarks.md
	$(BIN)/python -m bench.check_bench --write docs/benchmarks.md
	$(BIN)/python -m bench.record_bench --write docs/benchmarks.md
	$(BIN)/python -m bench.workers_bench --write docs/benchmarks.md

## model: rebuild the name lists and the NER model from the corpora and synthetic posts (~20 min on 2 cores)
model: install
	$(BIN)/pip install --quiet -e ".[dev,train]"
	$(BIN)/python training/build_gazetteer.py
	$(BIN)/python training/prepare.py --out training/corpus
	$(BIN)/python -m spacy train training/ner.cfg --paths.train training/corpus/train.spacy \
		--paths.dev training/corpus/dev.spacy --output training/output
	rm -rf src/resguardo/models/ner && cp -r training/output/model-best src/resguardo/models/ner

## messages: extract the web application's strings into the Spanish catalog and compile it (needs gettext)
messages: install
	cd src/resguardo && DJANGO_SETTINGS_MODULE=resguardo.web.settings ../../$(BIN)/django-admin makemessages \
		-l es --no-obsolete --no-location --ignore "engine/*" --ignore "evaluation/*" --ignore "./models/*" --ignore "cli/*" --ignore "demo/*"
	cd src/resguardo && DJANGO_SETTINGS_MODULE=resguardo.web.settings ../../$(BIN)/django-admin compilemessages -l es

clean:
	rm -rf $(VENV) .venv-presidio .pytest_cache .mypy_cache .ruff_cache

# Two commands for a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export TAGWERK_DATA_DIR ?= $(CURDIR)/data
# A fresh demo database starts with every module on; the database decides afterwards.
DEMO_PLUGINS ?= substitute_hub,qhb_training,payments,parent_council,placement
PG_TEST_URL := postgresql+psycopg://postgres@127.0.0.1:5432/test
# One test process per core; each has its own SQLite file and PostgreSQL database.
PYTEST_ARGS ?= -n auto --dist worksteal --durations=25

.PHONY: install browser run test mutation messages lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: install
	TAGWERK_PLUGINS=$${TAGWERK_PLUGINS-$(DEMO_PLUGINS)} $(BIN)/tagwerk init
	$(BIN)/tagwerk demo --if-empty
	$(BIN)/tagwerk serve --host 127.0.0.1 --port 8000

# System packages: Debian's Chromium drives the browser tests; HarfBuzz-subset lets
# WeasyPrint embed font subsets without a slow pure-Python fallback; pg_dump/pg_restore
# back up PostgreSQL; ClamAV checks uploaded files for viruses. As root, install what is
# missing.
browser:
	@missing=""; command -v chromium >/dev/null || missing="chromium"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	ldconfig -p | grep -q libharfbuzz-subset || missing="$$missing libharfbuzz-subset0"; \
	command -v pg_dump >/dev/null || missing="$$missing postgresql-client"; \
	command -v clamscan >/dev/null || missing="$$missing clamav"; \
	if [ -n "$$missing" ]; then \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	    echo "Installiere $$missing …" && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null 2>&1; } || \
	  echo "Es fehlen Systempakete: bitte 'apt-get install $$missing' ausführen."; \
	fi

# axe-core, injected into pages by the accessibility check (package.json, package-lock.json).
AXE := node_modules/axe-core/axe.min.js
$(AXE): package.json package-lock.json | browser
	npm ci --no-audit --no-fund --silent
	touch $(AXE)

# Runs on SQLite always, and on PostgreSQL too when a server answers on 127.0.0.1:5432.
test: install browser $(AXE)
	@if [ -z "$$TAGWERK_TEST_POSTGRES_URL" ] && command -v pg_isready >/dev/null \
	    && pg_isready -q -h 127.0.0.1 -p 5432; then \
	  echo "PostgreSQL gefunden: Tests laufen auf SQLite und PostgreSQL."; \
	  export TAGWERK_TEST_POSTGRES_URL="$(PG_TEST_URL)"; \
	fi; \
	$(BIN)/pytest $(PYTEST_ARGS)

# Mutation testing of the pure rule modules (a developer tool, not part of CI; about
# 10 minutes on 2 cores): mutmut mutates the modules listed in pyproject.toml, then the
# report scores each module and names its survivors (-v); below 90 % killed it fails.
mutation: install
	$(BIN)/pip install --quiet -e ".[test,mutation]"
	rm -rf mutants
	$(BIN)/mutmut run > mutation.log 2>&1 || { tail -20 mutation.log; exit 1; }
	$(BIN)/python tests/mutation/report.py $(MUTATION_ARGS)

# Translation catalogues: extract the marked strings, then update each language's .po file.
messages: install
	$(BIN)/pybabel extract -F babel.cfg -k N_ -k gettext_ -k ngettext_:1,2 \
	  -k text:2 -k date:2 -k time:2 -k decimal:2 -k integer:2 -k choice:2 --no-location --sort-output \
	  -o core/locale/messages.pot .
	$(BIN)/pybabel update -i core/locale/messages.pot -d core/locale --no-fuzzy-matching

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) data .pytest_cache

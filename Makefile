# The two commands of the README: `make run` and `make test`. Everything else is what they need.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run setup test test-postgres test-browser test-matrix test-fresh-site dist lint bench bench-generate bench-load bench-translation bench-staff clean

run: setup
	$(MANAGE) runserver 127.0.0.1:8000

# Everything `run` needs before the server starts; each step is safe to repeat.
setup: $(BIN)/.installed
	$(MANAGE) migrate --no-input
	$(MANAGE) compilemessages --ignore=.venv --ignore=.nox --ignore=build --verbosity 0
	$(MANAGE) load_demo_content
	$(MANAGE) setup_roles
	$(MANAGE) setup_demo_2fa  # demo accounts' second factor; refuses to run unless DEBUG

# The site's pinned runtime set (requirements.txt) and the test and development tools.
$(BIN)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# The whole suite but the real-browser tests (those run in `make test-browser`): the site's, then the
# plugin's own in a bare host with an Arabic tree (tests/host; README "Use casepages in your site").
test: $(BIN)/.installed
	$(MANAGE) compilemessages --ignore=.venv --ignore=.nox --ignore=build --verbosity 0
	$(BIN)/pytest
	$(BIN)/pytest --confcutdir=tests/host --ds=tests.host.settings tests/host

# Tests marked same_on_every_database ran in `make test` already: they use no database of the
# suite's, or start a PostgreSQL cluster of their own whatever DATABASE_URL says.
test-postgres: $(BIN)/.installed
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} \
	PYTEST_ADDOPTS="-m 'not browser and not same_on_every_database'" $(MAKE) test

test-browser: $(BIN)/.installed
	$(MANAGE) compilemessages --ignore=.venv --ignore=.nox --ignore=build --verbosity 0
	$(BIN)/pytest tests/browser -m browser

# The plugin as other sites install it: sdist and wheel in var/dist, built from a clean folder.
dist: $(BIN)/.installed
	rm -rf var/dist build
	mkdir -p var
	$(BIN)/python -m build --outdir var/dist . >var/build.log 2>&1 || { cat var/build.log; exit 1; }
	$(BIN)/python scripts/check_wheel.py var/dist/casepages-*.whl

# The plugin's tests in fresh virtualenvs at both ends of its supported range (noxfile.py).
# nox looks for python3.11 and python3.12 on PATH; Python 3.12 comes from pyenv here.
PY312_BIN ?= $(HOME)/.pyenv/versions/3.12.1/bin
NOX_ENVDIR ?= .nox
test-matrix: dist
	PATH="$(PY312_BIN):$$PATH" CASEPAGES_WHEEL="$$(ls var/dist/casepages-*.whl)" $(BIN)/nox --envdir $(NOX_ENVDIR)

# The plugin alone in a brand-new Wagtail project: install, migrate, review, translate, publish.
test-fresh-site: dist
	CASEPAGES_WHEEL="$$(ls var/dist/casepages-*.whl)" scripts/try_in_fresh_site.sh

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(BIN)/.installed
	$(BIN)/python bench/run_all.py

# The page benchmarks one at a time (README "Performance"); N generated cases in each language.
N ?= 1000
bench-generate: $(BIN)/.installed
	$(BIN)/python bench/generate.py $(N)

bench-load: $(BIN)/.installed
	$(BIN)/python bench/load.py $(N)

bench-translation: $(BIN)/.installed
	$(BIN)/python bench/translation_scale.py $(N)

bench-staff: $(BIN)/.installed
	$(BIN)/python bench/staff.py $(N)

clean:
	rm -rf var build casepages.egg-info .nox

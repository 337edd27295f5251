# The two commands of the README: `make run` and `make test`. Everything else is what they need.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run setup test test-postgres test-browser lint bench bench-generate bench-load bench-translation bench-staff clean

run: setup
	$(MANAGE) runserver 127.0.0.1:8000

# Everything `run` needs before the server starts; each step is safe to repeat.
setup: $(BIN)/.installed
	$(MANAGE) migrate --no-input
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0
	$(MANAGE) load_demo_content
	$(MANAGE) setup_roles
	$(MANAGE) setup_demo_2fa  # demo accounts' second factor; refuses to run unless DEBUG

$(BIN)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# The whole suite but the real-browser tests (those run in `make test-browser`).
test: $(BIN)/.installed
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0
	$(BIN)/pytest

test-postgres: $(BIN)/.installed
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(MAKE) test

test-browser: $(BIN)/.installed
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0
	$(BIN)/pytest tests/browser -m browser

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
	rm -rf var

# caselog: make run | make test | make bench | make soak
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
APP_STAMP := $(VENV)/.app-installed
export QT_QPA_PLATFORM ?= offscreen
# The suite's processes (xdist workers, crash-test children, tests that start caselog in a
# subprocess) import caselog and the tests again and again: let Python keep its bytecode
# and pytest its rewritten tests (__pycache__/ is ignored by git).
unexport PYTHONDONTWRITEBYTECODE
# pytest-xdist workers for make test (the machine has two cores); PYTEST_ARGS adds options,
# e.g. make pytest PYTEST_ARGS=--durations=40
WORKERS ?= 2
PYTEST_ARGS ?=

.PHONY: run test lint types pytest slowest bench soak clean

# Two environments in one .venv: `make run` installs the application alone (its
# dependencies in pyproject.toml); `make test` adds the development extra (`.[dev]`: pytest,
# ruff, mypy and the rest). pip prints what it fetches and installs as it goes, so the first
# run is not minutes of silence. Either leaves .venv/bin/caselog working (an editable install).
$(APP_STAMP): pyproject.toml
	@echo "caselog: setting up $(VENV) with the application's dependencies (first run: a few minutes)"
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --upgrade --progress-bar on pip
	$(PY) -m pip install --progress-bar on -e .
	touch $(APP_STAMP)

$(STAMP): pyproject.toml
	@echo "caselog: setting up $(VENV) with the application and its development tools"
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --upgrade --progress-bar on pip
	$(PY) -m pip install --progress-bar on -e '.[dev]'
	touch $(APP_STAMP) $(STAMP)

run: $(APP_STAMP)
	@echo "caselog: opening the window"
	QT_QPA_PLATFORM= $(VENV)/bin/caselog

test: $(STAMP) lint types pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check caselog tests bench db
	$(VENV)/bin/ruff format --check caselog tests bench db

types: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP)
	$(VENV)/bin/pytest -q -m "not soak" -n $(WORKERS) --dist worksteal $(PYTEST_ARGS)

# the suite as make pytest runs it, then its slowest tests and files and the sum of every
# test's time (tests/slowest.py; SLOWEST=80 for more lines)
SLOWEST ?= 40
slowest: $(STAMP)
	$(VENV)/bin/pytest -q -m "not soak" -n $(WORKERS) --dist worksteal \
		--junitxml=.pytest_cache/durations.xml $(PYTEST_ARGS)
	$(PY) -m tests.slowest .pytest_cache/durations.xml $(SLOWEST)

bench: $(STAMP)
	$(PY) -m compileall -q caselog  # as an installed wheel would be: start-up reads bytecode
	$(PY) -m bench

soak: $(STAMP)
	HYPOTHESIS_PROFILE=soak $(VENV)/bin/pytest -q -m "soak or hypothesis" \
		-o faulthandler_timeout=3600 $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

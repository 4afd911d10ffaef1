# caselog: make run | make test | make bench | make soak
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen
# The suite's processes (xdist workers, crash-test children, tests that start caselog in a
# subprocess) import caselog and the tests again and again: let Python keep its bytecode
# and pytest its rewritten tests (__pycache__/ is ignored by git).
unexport PYTHONDONTWRITEBYTECODE
# pytest-xdist workers for make test (the machine has two cores); PYTEST_ARGS adds options,
# e.g. make pytest PYTEST_ARGS=--durations=40
WORKERS ?= 2
PYTEST_ARGS ?=

.PHONY: run test lint types pytest bench soak clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	QT_QPA_PLATFORM= $(VENV)/bin/caselog

test: $(STAMP) lint types pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check caselog tests bench db
	$(VENV)/bin/ruff format --check caselog tests bench db

types: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP)
	$(VENV)/bin/pytest -q -m "not soak" -n $(WORKERS) --dist worksteal $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) -m compileall -q caselog  # as an installed wheel would be: start-up reads bytecode
	$(PY) -m bench

soak: $(STAMP)
	HYPOTHESIS_PROFILE=soak $(VENV)/bin/pytest -q -m "soak or hypothesis" \
		-o faulthandler_timeout=3600 $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# caselog: make run | make test | make bench | make soak
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

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
	$(VENV)/bin/pytest -q -m "not soak"

bench: $(STAMP)
	$(PY) -m compileall -q caselog  # as an installed wheel would be: start-up reads bytecode
	$(PY) -m bench

soak: $(STAMP)
	$(VENV)/bin/pytest -q -m soak

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

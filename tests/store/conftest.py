from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from caselog.store.engine import Store, open_store
from tests.pg_server import BACKENDS, database_target


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the default data and log folders inside the test's tmp_path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("CASELOG_DB", "placeholder")  # recorded, so restored after the test
    monkeypatch.delenv("CASELOG_DB")


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A new database on each backend (``tests/conftest.py``: ``sqlite_only`` keeps a
    test to SQLite)."""
    s = open_store(database_target(request, tmp_path))
    yield s
    s.close()


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """``--db`` of a new database on each backend: a file path, or a PostgreSQL URL."""
    return database_target(request, tmp_path)


@pytest.fixture(params=BACKENDS)
def other_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A second new database, on each backend (copies from one to the other)."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "other.db")

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from caselog.store.engine import Store, open_store


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the default data and log folders inside the test's tmp_path; no passphrase
    from the environment."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("CASELOG_DB", raising=False)
    monkeypatch.delenv("CASELOG_PASSPHRASE", raising=False)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(str(tmp_path / "test.db"))
    yield s
    s.close()

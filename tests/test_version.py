"""One version, from pyproject.toml: ``caselog --version``, the About box, the refusal of a
database from a newer caselog."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from caselog import cli
from caselog.store.engine import open_store
from caselog.store.errors import StoreError
from caselog.version import version

ROOT = Path(__file__).resolve().parents[1]


def declared() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        value = tomllib.load(f)["project"]["version"]
    assert isinstance(value, str) and value
    return value


def test_the_version_is_the_one_in_pyproject() -> None:
    assert version() == declared()


def test_caselog_version_prints_it_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"caselog {declared()}"


def test_the_installed_command_prints_it() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "caselog.cli", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.strip() == f"caselog {declared()}"


def test_a_database_too_new_names_this_version(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff'")
    db.close()
    with pytest.raises(StoreError, match="newer caselog") as caught:
        open_store(str(path))
    assert f"caselog {declared()}" in str(caught.value)

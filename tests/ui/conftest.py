"""GUI tests run on the offscreen platform, each on a fresh database under tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from caselog.store.engine import Store, open_store  # noqa: E402


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Window state in a file of this test, never the user's own settings."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _qapp(qapp: object) -> object:
    """Every UI test has the QApplication (pixmaps and fonts need one); no window."""
    return qapp


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh database file for this test."""
    s = open_store(str(tmp_path / "caselog.db"))
    yield s
    s.close()

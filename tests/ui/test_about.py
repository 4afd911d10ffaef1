"""Help ▸ About names caselog's version (the one in pyproject.toml)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from caselog.store.engine import Store
from tests.test_version import declared
from tests.ui.helpers import make_window


def test_the_about_box_names_the_version(qtbot: Any, store: Store, settings: QSettings) -> None:
    window, dialogs = make_window(qtbot, store, settings)
    window.show_about()
    assert len(dialogs.infos) == 1
    assert dialogs.infos[0].startswith(f"caselog {declared()}: ")

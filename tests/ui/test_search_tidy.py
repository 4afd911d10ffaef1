"""The window merges the search index on its task runner: once after the store is attached
(what a command-line import left) and a moment after its own writes
(caselog/ui/search_tidy.py; the store's side is tests/store/test_fts_merge.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings

from caselog.store import fts
from caselog.store import services as sv
from caselog.store.engine import Store
from caselog.ui import search_tidy
from tests.store.factory import minimal_case
from tests.ui.helpers import make_window


def most_segments(store: Store) -> int:
    with store.read() as conn:
        return max(fts.segments(conn, t) for t in fts.INDEXES)


def test_the_window_merges_the_index_after_opening_and_after_its_writes(
    qtbot: Any, store: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_tidy, "AFTER_MS", 20)
    for k in range(4):  # four writes, four segments: a level due for merging
        sv.import_cases([minimal_case(f"Imported case {k}")], store=store)
    assert most_segments(store) == 4
    window, dialogs = make_window(qtbot, store, settings)
    qtbot.waitUntil(lambda: most_segments(store) < 4)
    merged = most_segments(store)
    for k in range(4):
        assert window.controller.create_case(minimal_case(f"Window case {k}")) is not None
    qtbot.waitUntil(lambda: most_segments(store) <= merged + 1)
    qtbot.waitUntil(lambda: not window.durability.tidy.running)
    assert dialogs.errors == []

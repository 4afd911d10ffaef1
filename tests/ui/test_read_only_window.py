"""Issue 15: a database opened read-only (its file 0444, or its folder read-only) is said
plainly in the window's title and status line, the actions that write are disabled, and a
write still tried (an edit in the case's forms) is refused with the store's reason in a
dialog: never a traceback, nothing changed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from caselog.store import services
from caselog.store.engine import Store, open_store
from tests.store.factory import minimal_case
from tests.ui.helpers import make_window, type_weight


def _read_only_store(tmp_path: Path, how: str) -> Iterator[Store]:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "c.db"
    writable = open_store(str(db))
    services.create_case(minimal_case("Seen before"), store=writable)
    writable.close()
    target = db if how == "file" else folder
    mode = 0o444 if how == "file" else 0o555
    os.chmod(target, mode)
    store = open_store(str(db))
    try:
        yield store
    finally:
        store.close()
        os.chmod(target, 0o755 if how == "folder" else 0o600)


@pytest.fixture(params=["file", "folder"])
def read_only(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    yield from _read_only_store(tmp_path, request.param)


def test_the_window_says_read_only_and_disables_what_writes(
    qtbot: Any, read_only: Store, settings: QSettings
) -> None:
    assert read_only.read_only is not None
    window, dialogs = make_window(qtbot, read_only, settings)
    assert window.windowTitle() == "Read-only — caselog"
    notice = window.statusBar().findChild(QLabel, "readOnlyNotice")
    assert notice is not None and notice.isVisible()
    assert notice.text().startswith("Read-only: ") and "Nothing can be saved" in notice.text()
    window.case_list.select_case(1)
    qtbot.waitUntil(lambda: window.current_case() is not None)
    assert window.windowTitle() == "Read-only — Seen before — caselog"
    for action in (window.new_action, window.import_action, window.example_action):
        assert not action.isEnabled()
    assert not window.delete_action.isEnabled() and not window.add_event_menu.isEnabled()
    assert window.export_action.isEnabled()  # reading is still possible
    assert window.new_case() is None  # called anyway: refused by the store, said in a dialog
    [message] = dialogs.errors
    assert message.startswith("Creating the case failed: ") and "read-only" in message
    assert [s.id for s in services.list_cases(store=read_only)] == [1]


def test_a_write_tried_anyway_is_refused_with_a_message(
    qtbot: Any, read_only: Store, settings: QSettings
) -> None:
    window, dialogs = make_window(qtbot, read_only, settings)
    type_weight(qtbot, window, 1, "61")
    view = window.case_view
    [message] = dialogs.errors
    assert message.startswith("Edit patient failed: ")
    assert "read-only" in message and "nothing was changed" in message
    assert "Traceback" not in message and "sqlite" not in message.lower()
    assert view.patient.status.text() == "Not saved."
    assert services.get_case(1, store=read_only).patient.weight_kg is None


def test_a_writable_database_says_nothing_of_it(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, _ = make_window(qtbot, store, settings)
    assert window.windowTitle() == "caselog"
    assert window.statusBar().findChild(QLabel, "readOnlyNotice") is None
    assert window.new_action.isEnabled()

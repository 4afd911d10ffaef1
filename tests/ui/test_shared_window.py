"""The Shared cases window (caselog/ui/shared_window.py): on a department server a
clinician lists the department's anonymised copies (title, team, updated), opens one
read-only, and adds it to a series; on SQLite the window says that sharing needs the
server. On a real PostgreSQL server as two teams' roles (tests/pg_server.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit
from sqlalchemy.engine import make_url

from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.ui.shared_window import NOT_SERVED, SharedWindow
from tests.store.factory import minimal_case
from tests.store.test_pg_roles import SECRETS, _identified
from tests.ui.helpers import ScriptedDialogs, make_window

USERS = {"shw_ann": "wa", "shw_otto": "wb"}


@pytest.fixture(scope="module")
def department(pg_module_url: str) -> Iterator[dict[str, Store]]:
    """Team wa's identified example case, team wb's minimal one (made once)."""
    sv.server_init(pg_module_url)
    for name, team in USERS.items():
        sv.add_user(pg_module_url, name, team=team, role="author", password=None)
    stores = {
        n: open_store(make_url(pg_module_url).set(username=n).render_as_string(False))
        for n in USERS
    }
    sv.import_cases([_identified("Calcification after romosozumab")], store=stores["shw_ann"])
    sv.create_case(minimal_case("Hypocalcaemia after denosumab"), store=stores["shw_otto"])
    yield stores
    for s in stores.values():
        s.close()


def loaded(qtbot: Any, store: Store) -> SharedWindow:
    window = SharedWindow(store, ScriptedDialogs())
    qtbot.addWidget(window)
    window.show()
    window.load()
    qtbot.waitUntil(lambda: window.task is None)
    return window


def _row(window: SharedWindow, title: str) -> int:
    return next(r for r in range(window.model.rowCount()) if window.model.row_at(r).title == title)


def test_the_window_lists_the_departments_copies_and_opens_one_read_only(
    qtbot: Any, qtmodeltester: Any, department: dict[str, Store]
) -> None:
    window = loaded(qtbot, department["shw_otto"])
    qtmodeltester.check(window.model)
    assert window.model.rowCount() == 2 and window.splitter.isVisible()
    teams = {window.model.index(r, 1).data() for r in range(2)}
    assert teams == {"wa", "wb (yours)"}
    window.table.selectRow(_row(window, "Calcification after romosozumab"))
    page = window.page.toPlainText()
    assert page.startswith("Calcification after romosozumab")
    assert "Read only" in page and "team wa's case" in page and "withheld" in page
    assert "romosozumab 210 mg" in page  # the timeline's own summary, 210 not 210.0
    assert "Age (years)" in page and "Suspected adverse drug reaction" in page
    assert not [s for s in SECRETS if s.lower() in page.lower()]
    assert window.page.isReadOnly()  # no edit control that would write
    assert window.findChildren(QLineEdit) == [] and window.findChildren(QPlainTextEdit) == []
    window.table.selectRow(_row(window, "Hypocalcaemia after denosumab"))
    assert "your team's: open it from the case list" in window.page.toPlainText()


def test_add_to_series_makes_a_series_holding_another_teams_copy(
    qtbot: Any, department: dict[str, Store], settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    otto = department["shw_otto"]
    main, dialogs = make_window(qtbot, otto, settings)
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "Across the department")
    main.review.shared_action.trigger()
    shared = main.review.shared_window
    assert shared is not None
    qtbot.waitUntil(lambda: shared.task is None)
    assert shared.table.selectionMode() is QAbstractItemView.SelectionMode.ExtendedSelection
    shared.table.selectAll()
    ids = shared.selected_ids()
    assert len(ids) == 2
    shared.add_button.click()
    series = main.review.series_window
    assert series is not None and series.editor.series is not None
    assert sorted(series.editor.series.case_ids) == sorted(ids)
    labels = [series.editor.members.item(i).text() for i in range(2)]
    assert "Patient 2: Calcification after romosozumab — team wa's, anonymised copy" in labels
    assert dialogs.errors == []
    stored = sv.get_series(series.editor.series.id or 0, store=department["shw_ann"])
    assert sorted(stored.case_ids) == sorted(ids)  # the department's series, for both teams


def test_on_sqlite_the_window_says_sharing_needs_the_server(qtbot: Any, store: Store) -> None:
    sv.create_case(minimal_case("Local"), store=store)
    window = loaded(qtbot, store)
    assert window.notice.text() == NOT_SERVED
    assert not window.splitter.isVisible() and not window.add_button.isVisible()
    assert window.model.rowCount() == 0
    assert window.dialogs.errors == []  # type: ignore[attr-defined]

"""The case list filled from the file itself before the store opens, then handed to it.

The window reads the whole list's first page with the store's own statements
(``caselog.store.list_sql``) on the file opened read-only; searching and opening a case wait
for the store; the hand-over to the store's fetchers resets nothing when the rows agree;
a file the standard library cannot read waits for the store; a failed open drops the list
before anything is asked.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.store import services
from caselog.store.engine import open_store
from caselog.ui.main_window import MainWindow
from caselog.ui.startup import Opened, open_and_preload, open_database
from tests.ui.review_helpers import ReviewDialogs


def _db(tmp_path: Path, n: int = 5) -> Path:
    db = tmp_path / "filled.db"
    store = open_store(str(db))
    try:
        for i in range(n):
            patient = Patient(sex="female", label=f"label {i}" if i % 2 else None)
            patient.private = PrivateIdentifiers(name=f"Name {i}" if i % 3 else None)
            services.create_case(Case(title=f"Case {i}", patient=patient), store=store)
    finally:
        store.close()
    return db


def _window(qtbot: Any, settings: QSettings, dialogs: ReviewDialogs | None = None) -> MainWindow:
    window = MainWindow(settings=settings, dialogs=dialogs or ReviewDialogs(), chrome_later=True)
    qtbot.addWidget(window)
    window.show()
    window.build_chrome()
    return window


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_list_is_painted_before_the_menus_and_gets_its_delete_key_with_them(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    """As caselog.ui.app.main: the list read from the file is the first thing shown after
    the bare window; the menus and toolbar follow, and the list's Delete shortcut (one of
    their actions) joins the list then."""
    db = _db(tmp_path)
    window = MainWindow(settings=settings, dialogs=ReviewDialogs(), chrome_later=True)
    qtbot.addWidget(window)
    window.show()
    assert window.show_file_list(str(db))
    assert not window.chrome_built and window.stack.currentWidget() is window.splitter
    assert window.list_model.rowCount() == 5
    window.build_chrome()
    assert window.delete_action in window.case_list.table.actions()
    assert window.menuBar().actions()  # the menus are there


def test_the_list_fills_from_the_file_and_the_store_takes_it_over(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    db = _db(tmp_path)
    before = _digest(db)
    window = _window(qtbot, settings)
    assert window.show_file_list(str(db))
    assert not window.ready and window.stack.currentWidget() is window.splitter
    model = window.list_model
    early = [model.summary(r) for r in range(model.rowCount())]
    assert [s.title for s in early] == [f"Case {i}" for i in reversed(range(5))]
    assert [s.patient for s in early] == ["Name 4", "label 3", "Name 2", "Name 1", ""]
    assert model.data(model.index(0, model.PATIENT)) == "Name 4"  # the column shows it
    assert not window.case_list.filter.isEnabled()  # searching waits for the store
    model.sort(model.TITLE)  # sorting reads the file again, in that order
    assert [model.summary(r).title for r in range(5)] == [f"Case {i}" for i in range(5)]
    model.sort(model.UPDATED, Qt.SortOrder.DescendingOrder)
    assert _digest(db) == before  # read-only: nothing written to the file

    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    store = open_and_preload(str(db), None)
    try:
        assert [s.title for s in services.list_cases(store=store)] == [s.title for s in early]
        assert services.list_cases(store=store) == early  # the same rows, the same values
        window.attach_store(store)
        assert window.ready and window.list_model is model
        assert resets == []  # handed over: the same rows, no reset
        assert window.case_list.filter.isEnabled()
        window.case_list.filter.setText("Case 3")
        window.case_list.apply_filter()  # the store's search now
        assert [model.summary(r).title for r in range(model.rowCount())] == ["Case 3"]
    finally:
        window.close()
        store.close()


def test_a_list_changed_before_the_hand_over_is_fetched_again(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    db = _db(tmp_path, 2)
    window = _window(qtbot, settings)
    assert window.show_file_list(str(db))
    store = open_and_preload(str(db), None)
    try:
        services.create_case(
            Case(title="Added meanwhile", patient=Patient(sex="male")), store=store
        )
        window.attach_store(store)
        model = window.list_model
        assert [model.summary(r).title for r in range(model.rowCount())][0] == "Added meanwhile"
        assert model.total == 3
    finally:
        window.close()
        store.close()


@pytest.mark.parametrize("kind", ["missing", "empty", "not sqlite", "no cases"])
def test_a_file_it_cannot_read_waits_for_the_store(
    qtbot: Any, tmp_path: Path, settings: QSettings, kind: str
) -> None:
    db = tmp_path / "x.db"
    if kind == "empty":
        db.write_bytes(b"")
    elif kind == "not sqlite":  # an encrypted file has no SQLite header either
        db.write_bytes(b"\x8f" * 4096)
    elif kind == "no cases":
        open_store(str(db)).close()
    window = _window(qtbot, settings)
    assert not window.show_file_list(str(db))
    assert window.stack.currentWidget() is window.loading
    assert not db.exists() if kind == "missing" else db.exists()
    window.close()


@pytest.fixture
def locked_db(tmp_path: Path) -> Any:
    """A second process holding the database's writer lock, as another caselog would."""
    db = _db(tmp_path)
    code = (
        "import sys; from pathlib import Path; from caselog.store.lock import acquire; "
        f"acquire(Path({str(db)!r})); print('ready', flush=True); sys.stdin.read()"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    yield db
    proc.communicate(timeout=10)


def test_a_failed_open_drops_the_list_before_it_asks(
    qtbot: Any, locked_db: Path, settings: QSettings
) -> None:
    shown_when_asked: list[bool] = []

    class Watching(ReviewDialogs):
        def error(self, title: str, text: str) -> None:
            shown_when_asked.append(window.stack.currentWidget() is window.splitter)
            super().error(title, text)

    dialogs = Watching()
    window = _window(qtbot, settings, dialogs)
    assert window.show_file_list(str(locked_db))  # reading needs no lock
    outcome: list[Opened] = []
    open_database(
        str(locked_db), dialogs, window, on_done=outcome.append, on_trouble=window.drop_file_list
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=30000)
    assert outcome[0].store is None and dialogs.error_titles == ["caselog is already open"]
    assert shown_when_asked == [False]  # the list had gone before the message
    assert window.stack.currentWidget() is window.loading
    window.close()

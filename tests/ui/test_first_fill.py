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


def test_start_up_runs_in_short_steps_and_ends_as_the_whole_does(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    """``startup_steps``, as caselog.ui.app.main runs them: the list is shown in an early
    step, the chrome after it in more than one (no step builds it all), the Delete key
    joins the list with the last; then the window is as ``show_file_list`` and
    ``build_chrome`` leave it, and building the chrome again changes nothing."""
    db = _db(tmp_path)
    window = MainWindow(settings=settings, dialogs=ReviewDialogs(), chrome_later=True)
    qtbot.addWidget(window)
    window.show()
    steps = window.startup_steps(str(db))
    seen: list[tuple[bool, bool, int]] = []
    for step in steps:
        step()
        listed = window._list_built and window.stack.currentWidget() is window.splitter
        seen.append((listed, window.chrome_built, len(window.menuBar().actions())))
    listed_at = [listed for listed, _, _ in seen].index(True)
    built_at = [built for _, built, _ in seen].index(True)
    assert built_at == len(steps) - 1 and built_at - listed_at >= 2  # the chrome: steps
    assert seen[built_at - 1][2] > 0 and not seen[built_at - 1][1]  # menus before the end
    assert window.list_model.rowCount() == 5
    assert window.case_list.table.actions() == [window.delete_action]
    window.build_chrome()
    assert window.case_list.table.actions() == [window.delete_action]


def test_main_turns_the_event_loop_between_start_up_steps(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each start-up step is its own turn of the event loop: a timer firing on every turn
    fires between any two steps, so no two run in one go."""
    from PySide6.QtCore import QTimer

    from caselog.ui import app

    db = _db(tmp_path)
    turns = [0]
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    at: list[int] = []
    real = MainWindow.startup_steps

    def watched(self: MainWindow, target: str | None) -> list[Any]:
        def each(step: Any) -> Any:
            def run() -> object:
                at.append(turns[0])
                return step()

            return run

        return [each(s) for s in real(self, target)]

    def run(application: Any) -> int:
        windows = [w for w in application.topLevelWidgets() if isinstance(w, MainWindow)]
        [window] = [w for w in windows if w.isVisible()]
        qtbot.waitUntil(lambda: window.ready, timeout=30_000)
        return 0

    monkeypatch.setattr(MainWindow, "startup_steps", watched)
    monkeypatch.setattr("caselog.ui.main_window.QSettings", lambda: QSettings(
        str(tmp_path / "s.ini"), QSettings.Format.IniFormat))  # fmt: skip
    monkeypatch.setattr(app, "run_event_loop", lambda a: (ticker.start(), run(a))[1])
    assert app.main(["--db", str(db)]) == 0
    ticker.stop()
    assert len(at) >= 5 and all(b > a for a, b in zip(at, at[1:], strict=False))


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

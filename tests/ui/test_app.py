"""``caselog`` with no command opens the window on the database --db names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from caselog.ui import app
from caselog.ui.main_window import MainWindow


def test_main_opens_the_window_on_the_database_given(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "opened.db"
    shown: list[str] = []

    def look(application: QApplication) -> int:
        assert application is QApplication.instance()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        [window] = [w for w in windows if w.isVisible()]
        shown.append("shown before the database")
        assert not window.ready and window.stack.currentWidget() is window.loading
        qtbot.waitUntil(lambda: window.ready)  # the database opens from the event loop
        assert window.stack.currentWidget() is window.welcome  # empty database
        shown.append(window.windowTitle())
        return 0

    monkeypatch.setattr("caselog.ui.main_window.QSettings", lambda: _settings(tmp_path))
    monkeypatch.setattr(app, "run_event_loop", look)
    assert app.main(["--db", str(db)]) == 0
    assert db.exists()  # created, with its schema
    assert shown == ["shown before the database", "caselog"]
    assert QCoreApplication.applicationName() == "caselog"


def _spin_until(qtbot: Any, condition: Any) -> int:
    qtbot.waitUntil(lambda: bool(condition()))
    return 0


def _settings(tmp_path: Path) -> Any:
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_a_database_that_cannot_be_opened_is_a_message_not_a_traceback(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "not-a-database.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    said: list[str] = []
    monkeypatch.setattr(app, "show_startup_error", said.append)
    stopped: list[int] = []
    monkeypatch.setattr(app, "run_event_loop", lambda a: _spin_until(qtbot, lambda: stopped))
    monkeypatch.setattr(app, "stop_event_loop", lambda a, code: stopped.append(code))
    assert app.main(["--db", str(bad)]) == 1
    assert len(said) == 1 and "not-a-database.db" in said[0]
    assert stopped == [1]


def test_main_fills_the_list_from_the_file_before_the_store_opens(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caselog.core.model import Case, Patient
    from caselog.store import services
    from caselog.store.engine import open_store

    db = tmp_path / "full.db"
    store = open_store(str(db))
    services.create_case(Case(title="On file", patient=Patient(sex="male")), store=store)
    store.close()
    seen: list[tuple[bool, bool, int]] = []
    real = MainWindow.show_file_list

    def watched(self: MainWindow, target: str | None) -> bool:
        assert not self.chrome_built  # the list first, the menus in the next loop turn
        shown = real(self, target)
        seen.append((shown, self.ready, self.list_model.rowCount() if shown else 0))
        return shown

    def look(application: QApplication) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        [window] = [w for w in windows if w.isVisible()]
        qtbot.waitUntil(lambda: window.ready)
        assert window.list_model.rowCount() == 1
        return 0

    monkeypatch.setattr(MainWindow, "show_file_list", watched)
    monkeypatch.setattr("caselog.ui.main_window.QSettings", lambda: _settings(tmp_path))
    monkeypatch.setattr(app, "run_event_loop", look)
    assert app.main(["--db", str(db)]) == 0
    assert seen == [(True, False, 1)]  # filled from the file, the store not yet open

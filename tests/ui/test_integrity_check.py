"""The full check in the window: after the list shows, off the GUI thread, then the
automatic backup the open left to it; File > Verify database on demand."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from caselog.store import backup, integrity, soundness
from caselog.store.engine import open_store
from tests.ui.helpers import ScriptedDialogs, make_window
from tests.ui.review_helpers import seed


def _seeded(tmp_path: Path) -> Path:
    db = tmp_path / "caselog.db"
    store = open_store(str(db))
    seed(store)
    store.close()
    soundness.forget(db)  # not known sound: the check decides
    return db


def test_the_check_runs_by_itself_after_the_list_off_the_gui_thread(
    qtbot: Any, tmp_path: Path, settings: QSettings, monkeypatch: Any
) -> None:
    db = _seeded(tmp_path)
    threads: list[threading.Thread] = []
    real = integrity.find_problems

    def spied(path: Path, **kwargs: Any) -> list[str]:
        threads.append(threading.current_thread())
        return real(path, **kwargs)

    monkeypatch.setattr(integrity, "find_problems", spied)
    store = open_store(str(db), backup_when_due=False)  # as the window opens it
    try:
        assert backup.list_backups(db) == [] and not store.soundness.sound
        window, dialogs = make_window(qtbot, store, settings)
        with qtbot.waitSignal(window.durability.check.checked, timeout=30000):
            pass  # nobody started it
        assert threads and threads[0] is not threading.main_thread()
        assert store.soundness.sound and not dialogs.errors and not dialogs.infos
        [made] = backup.list_backups(db)  # the automatic backup, after the check
        assert made.reason == "open"
    finally:
        store.close()


def test_verify_database_on_demand_says_sound(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    db = _seeded(tmp_path)
    store = open_store(str(db))
    try:
        dialogs = ScriptedDialogs()
        window, _ = make_window(qtbot, store, settings, dialogs)
        check = window.durability.check
        if check.running:  # the one after the list: let it end first
            with qtbot.waitSignal(check.checked, timeout=30000):
                pass
        with qtbot.waitSignal(check.checked, timeout=30000):
            check.action.trigger()
        [said] = dialogs.infos
        assert said.startswith(f"{db} is sound.") and "SHA-256" in said
    finally:
        store.close()

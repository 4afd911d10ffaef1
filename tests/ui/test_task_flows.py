"""The windows' long steps through the task manager: a progress dialog with Cancel where the
work can stop and none where it cannot, cancel told and harmless, failures said."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton

from caselog.store import backup
from caselog.store.engine import Store
from caselog.ui import overview_window
from caselog.ui.taskman import Task, TaskContext
from tests.ui.helpers import make_window
from tests.ui.review_helpers import ReviewDialogs, seed


def wait(qtbot: Any, task: Task | None) -> None:
    assert task is not None
    if task.running:
        with qtbot.waitSignal(task.finished, timeout=30000):
            pass


def cancel_buttons(task: Task) -> list[QPushButton]:
    assert task.dialog is not None
    return [b for b in task.dialog.findChildren(QPushButton) if b.text() == "Cancel"]


def test_checking_backups_can_be_cancelled_and_restoring_cannot(
    qtbot: Any, store: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(store)
    assert store.path is not None
    backup.make_backup(store.path, reason="manual")
    gate = threading.Event()
    real_verify = backup.verify

    def slow_verify(path: Path, **kw: Any) -> list[str]:
        assert gate.wait(10)
        return real_verify(path, **kw)

    monkeypatch.setattr(backup, "verify", slow_verify)
    dialogs = ReviewDialogs()
    window, _ = make_window(qtbot, store, settings, dialogs)
    view = window.durability.show_backups()
    check = view.task
    assert check is not None and len(cancel_buttons(check)) == 1
    assert not view.backup_button.isEnabled()  # one task at a time
    cancel_buttons(check)[0].click()
    gate.set()
    wait(qtbot, check)
    assert check.done is not None and check.done.cancelled
    assert view.task is None and view.backup_button.isEnabled()
    assert view.model.verified(0) is None  # not checked: not shown as good
    assert not dialogs.errors

    dialogs.confirm_answers = [True]
    view.table.selectRow(0)
    restore = view.restore_selected()
    assert restore is not None and cancel_buttons(restore) == []
    wait(qtbot, restore)
    assert "is restored" in dialogs.infos[-1]
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)  # the list is checked again
    assert view.model.verified(0) is True


def test_a_failed_backup_is_said_and_the_buttons_come_back(
    qtbot: Any, store: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = ReviewDialogs()
    window, _ = make_window(qtbot, store, settings, dialogs)
    view = window.durability.show_backups()
    if view.task is not None:
        wait(qtbot, view.task)

    def full_disk(path: Path, **kw: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "make_backup", full_disk)
    task = view.back_up_now()
    wait(qtbot, task)
    assert dialogs.errors and "No space left on device" in dialogs.errors[-1]
    assert view.task is None and view.backup_button.isEnabled()


def test_the_overview_cancelled_says_so_and_shows_nothing(
    qtbot: Any, store: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(store)
    real = overview_window.load_overview

    def cancelled_midway(s: Store, ctx: TaskContext) -> Any:
        ctx.cancel()  # as the Cancel button does
        return real(s, ctx)

    monkeypatch.setattr(overview_window, "load_overview", cancelled_midway)
    dialogs = ReviewDialogs()
    window, _ = make_window(qtbot, store, settings, dialogs)
    view = window.review.show_overview()
    wait(qtbot, view.task)
    assert view.model.rowCount() == 0 and "cancelled" in view.summary.text()
    assert not dialogs.errors and view.task is None

"""Durability in the window: Backups (list, verify, restore), a case's History, and
encrypting the open database; each long step off the window's thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from caselog.store import backup, crypto, services
from caselog.store.engine import Store
from caselog.ui.durability_models import BackupListModel, HistoryModel
from tests.ui.helpers import make_window, type_into
from tests.ui.review_helpers import ReviewDialogs, seed


def wait_task(qtbot: Any, holder: Any) -> None:
    if holder.task is not None:
        with qtbot.waitSignal(holder.task.finished, timeout=30000):
            pass


def test_backups_are_listed_verified_and_one_restores_the_state_back(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    ids = seed(store)
    assert store.path is not None
    backup.make_backup(store.path, reason="manual")
    dialogs = ReviewDialogs()
    window, _ = make_window(qtbot, store, settings, dialogs)
    window.open_case(ids["romo"])
    type_into(qtbot, window.case_view.title, "Renamed after the backup")
    assert services.get_case(ids["romo"], store=store).title == "Renamed after the backup"

    view = window.durability.show_backups()
    wait_task(qtbot, view)
    model = view.model
    assert model.rowCount() == 1
    assert model.index(0, BackupListModel.REASON).data() == "made by hand"
    assert model.index(0, BackupListModel.VERIFIED).data() == "✓ good"
    assert model.index(0, BackupListModel.SIZE).data().endswith("KB")
    assert model.index(0, BackupListModel.TAKEN).data().endswith(" UTC")

    # refused at the question: nothing changes
    dialogs.confirm_answers = [False]
    assert view.restore_selected() is None
    assert services.get_case(ids["romo"], store=store).title == "Renamed after the backup"

    dialogs.confirm_answers = [True]
    view.table.selectRow(0)
    task = view.restore_selected()
    assert task is not None
    assert "backed up first" in dialogs.confirmations[-1]
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert services.get_case(ids["romo"], store=store).title == "Romosozumab hypocalcaemia"
    # the window shows the restored state, and the state before was backed up
    assert window.case_view.title.text() == "Romosozumab hypocalcaemia"
    assert window.undo_stack.count() == 0
    reasons = sorted(b.reason for b in backup.list_backups(store.path))
    assert reasons == ["manual", "restore"]
    wait_task(qtbot, view)
    assert view.model.rowCount() == 2
    assert "is restored" in dialogs.infos[-1]


def test_history_shows_an_edit_made_through_the_window(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    ids = seed(store)
    window, _ = make_window(qtbot, store, settings, ReviewDialogs())
    window.open_case(ids["lith"])
    type_into(qtbot, window.case_view.title, "Lithium and polyuria")
    assert window.durability.history_action.isEnabled()
    view = window.durability.show_history()
    assert view is not None
    qtbot.addWidget(view)
    model = view.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows[0][HistoryModel.ACTION] == "create"
    last = rows[-1]
    assert last[HistoryModel.ACTION] == "update"
    assert (
        "Lithium nephrogenic diabetes insipidus -> Lithium and polyuria" in last[HistoryModel.WHAT]
    )
    assert last[HistoryModel.TIME].endswith(" UTC")
    assert last[HistoryModel.USER]
    assert view.count.text() == f"{len(rows)} changes"


def test_encrypting_the_open_database_keeps_every_case(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    ids = seed(store)
    path = store.path
    assert path is not None
    backup.make_backup(path, reason="manual")
    dialogs = ReviewDialogs()
    window, _ = make_window(qtbot, store, settings, dialogs)
    dialogs.passphrases = ["correct horse"]
    task = window.durability.encrypt_database()
    assert task is not None
    assert dialogs.passphrase_prompts[-1][2] is True  # asked twice (new passphrase)
    with qtbot.waitSignal(task.finished, timeout=60000):
        pass
    assert not dialogs.errors
    assert crypto.is_encrypted(path)
    assert all(crypto.is_encrypted(b.path) for b in backup.list_backups(path))
    new_store = window.store
    assert new_store is not store and new_store.passphrase == "correct horse"
    assert window.controller.store is new_store
    assert window.list_model.total == 4
    assert services.get_case(ids["cafe"], store=new_store).title == "Hémodialyse et calciphylaxie"
    assert not window.durability.encrypt_action.isEnabled()
    new_store.close()

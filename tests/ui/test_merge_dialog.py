"""File > Bring back changes from a laptop file…: the conflict review (base, mine, theirs per
field, one chosen), the same service as ``caselog bring``, its steps off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from caselog.store import services
from caselog.store.engine import Store, open_store
from caselog.ui.merge_dialog import MergeDialog
from tests.store.factory import minimal_case
from tests.ui.helpers import ScriptedDialogs, make_window


def wait_task(qtbot: Any, holder: Any) -> None:
    if holder.task is not None:
        with qtbot.waitSignal(holder.task.finished, timeout=30000):
            pass


def laptop_with_conflict(store: Store, tmp_path: Path) -> tuple[Path, int, int]:
    """A laptop file holding two cases of ``store``: one with a title changed on both
    sides (a conflict), one changed on the laptop only; and a case created on it."""
    first = services.create_case(minimal_case("First"), store=store).case.id or 0
    second = services.create_case(minimal_case("Second"), store=store).case.id or 0
    path = tmp_path / "laptop.db"
    laptop = open_store(str(path))
    try:
        services.take_cases([first, second], store=store, laptop=laptop)
        services.set_title(1, "Laptop title", store=laptop)
        services.set_title(2, "Second, edited on the laptop", store=laptop)
        services.create_case(minimal_case("Written on the train"), store=laptop)
    finally:
        laptop.close()
    services.set_title(first, "Server title", store=store)
    return path, first, second


def test_the_review_settles_each_conflict_and_the_window_refreshes(
    qtbot: Any, store: Store, settings: QSettings, tmp_path: Path, monkeypatch: Any
) -> None:
    path, first, second = laptop_with_conflict(store, tmp_path)
    window, dialogs = make_window(qtbot, store, settings)
    assert window.bring_back.action in window.file_menu.actions()
    threads: list[str] = []
    real_plan, real_bring = services.plan_bring, services.bring_back

    def plan(**kw: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real_plan(**kw)

    def bring(*a: Any, **kw: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real_bring(*a, **kw)

    monkeypatch.setattr(services, "plan_bring", plan)
    monkeypatch.setattr(services, "bring_back", bring)
    dialogs.files_to_open = [[path]]
    window.bring_back.action.trigger()
    wait_task(qtbot, window.bring_back)
    dialog = window.bring_back.dialog
    assert isinstance(dialog, MergeDialog)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(5)]  # type: ignore[union-attr]
    assert row == ["1: Laptop title", "title", "First", "Laptop title", "Server title"]
    assert dialog.table.item(0, 1).toolTip() == "title"  # type: ignore[union-attr]
    assert "3 case(s) to bring back; 1 conflict(s) to settle." in dialog.summary.text()
    assert "new case from the laptop" in dialog.summary.text()
    assert not dialog.bring.isEnabled()  # a conflict not chosen yet
    dialog.choose(0, "local")
    assert dialog.bring.isEnabled()
    assert dialog.table.item(0, MergeDialog.MINE).font().bold()  # type: ignore[union-attr]
    seen: list[Any] = []
    window.controller.changed.connect(seen.append)
    dialog.bring.click()
    wait_task(qtbot, window.bring_back)
    assert threads and threading.main_thread().name not in threads
    assert services.get_case(first, store=store).title == "Laptop title"
    assert services.get_case(second, store=store).title == "Second, edited on the laptop"
    titles = {s.title for s in services.list_cases(store=store)}
    assert "Written on the train" in titles
    assert {c.case_id for c in seen} >= {first, second}
    assert window.list_model.rowCount() == 3
    assert dialogs.errors == []


def test_cancelling_the_review_brings_nothing(
    qtbot: Any, store: Store, settings: QSettings, tmp_path: Path
) -> None:
    path, first, _second = laptop_with_conflict(store, tmp_path)
    window, dialogs = make_window(qtbot, store, settings)
    window.bring_back.start(path)
    wait_task(qtbot, window.bring_back)
    dialog = window.bring_back.dialog
    assert dialog is not None
    dialog.choose_all("server")
    dialog.reject()
    assert services.get_case(first, store=store).title == "Server title"
    assert len(services.list_cases(store=store)) == 2
    # the laptop file was closed: it opens again
    open_store(str(path)).close()


def test_a_file_that_is_no_database_is_said(
    qtbot: Any, store: Store, settings: QSettings, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not a database", encoding="utf-8")
    window, dialogs = make_window(qtbot, store, settings)
    window.bring_back.start(bad)
    wait_task(qtbot, window.bring_back)
    assert window.bring_back.dialog is None
    assert dialogs.errors and "could not be read" in dialogs.errors[0]


class PassphraseDialogs(ScriptedDialogs):
    def __init__(self, answer: str | None) -> None:
        super().__init__()
        self.answer = answer
        self.asked: list[str] = []

    def ask_passphrase(self, title: str, text: str, *, new: bool = False) -> str | None:
        self.asked.append(text)
        return self.answer


def test_an_encrypted_laptop_file_asks_its_passphrase(
    qtbot: Any, store: Store, settings: QSettings, tmp_path: Path
) -> None:
    case_id = services.create_case(minimal_case("First"), store=store).case.id or 0
    path = tmp_path / "secret.db"
    laptop = open_store(str(path), passphrase="correct horse")
    try:
        services.take_cases([case_id], store=store, laptop=laptop)
        services.set_title(1, "Edited on the encrypted laptop", store=laptop)
    finally:
        laptop.close()
    cancelled = PassphraseDialogs(None)
    window, _ = make_window(qtbot, store, settings, cancelled)
    assert window.bring_back.start(path) is None  # no passphrase: nothing opened
    assert cancelled.asked and "encrypted" in cancelled.asked[0]
    window.dialogs.answer = "correct horse"  # type: ignore[attr-defined]
    window.bring_back.start(path)
    wait_task(qtbot, window.bring_back)
    dialog = window.bring_back.dialog
    assert dialog is not None and dialog.conflicts == [] and dialog.bring.isEnabled()
    dialog.bring.click()
    wait_task(qtbot, window.bring_back)
    assert services.get_case(case_id, store=store).title == "Edited on the encrypted laptop"

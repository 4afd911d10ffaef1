"""Opening the database at start: the passphrase prompt (wrong, then right; cancel), a
damaged file (found by the check after the list shows: restore offered, nothing written
when refused), a second caselog refused."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from caselog.core.model import Case, Patient
from caselog.store import backup, durability, services
from caselog.store.engine import Store, open_store
from caselog.store.files import backup_dir_for
from caselog.store.integrity import DamagedDatabase
from caselog.ui.startup import Opened, open_database
from caselog.ui.taskman import Done
from tests.sqlite_fixtures import damage_data
from tests.ui.helpers import make_window
from tests.ui.review_helpers import ReviewDialogs, seed


def open_and_wait(qtbot: Any, target: str, dialogs: ReviewDialogs) -> Opened:
    """``open_database`` to its end: its answer comes in a continuation, on this thread."""
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    outcome: list[Opened] = []
    on_gui: list[bool] = []

    def done(opened: Opened) -> None:
        on_gui.append(QThread.currentThread() is QApplication.instance().thread())  # type: ignore[union-attr]
        outcome.append(opened)

    open_database(target, dialogs, on_done=done)  # returns at once, answering later
    qtbot.waitUntil(lambda: bool(outcome), timeout=30000)
    assert on_gui == [True]
    return outcome[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def seeded_db(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    db = tmp_path / "caselog.db"
    store = open_store(str(db))
    try:
        ids = seed(store)
    finally:
        store.close()
    return db, ids


def test_wrong_passphrase_says_so_and_asks_again_then_opens(qtbot: Any, tmp_path: Path) -> None:
    db, ids = seeded_db(tmp_path)
    durability.encrypt(str(db), "right one")
    dialogs = ReviewDialogs()
    dialogs.passphrases = ["wrong one", "right one"]
    opened = open_and_wait(qtbot, str(db), dialogs)
    assert opened.store is not None
    try:
        assert services.get_case(ids["romo"], store=opened.store).title == (
            "Romosozumab hypocalcaemia"
        )
    finally:
        opened.store.close()
    [(t1, text1, new1), (t2, text2, _)] = dialogs.passphrase_prompts
    assert t1 == "Encrypted database" and "is encrypted" in text1 and new1 is False
    assert t2 == "Wrong passphrase" and text2.startswith("Wrong passphrase.")


def test_cancelling_the_passphrase_quits_cleanly(qtbot: Any, tmp_path: Path) -> None:
    db, _ = seeded_db(tmp_path)
    durability.encrypt(str(db), "secret")
    before = digest(db)
    dialogs = ReviewDialogs()
    dialogs.passphrases = [None]
    opened = open_and_wait(qtbot, str(db), dialogs)
    assert opened.store is None and opened.code == 0 and not dialogs.errors
    assert digest(db) == before


def damaged_db(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    db, ids = seeded_db(tmp_path)
    store = open_store(str(db))
    for _n in range(40):  # enough pages of data to damage
        services.create_case(services.get_case(ids["cafe"], store=store), store=store)
    store.close()
    backup.make_backup(db, reason="manual")
    damage_data(db)
    return db, ids


def _checked_window(qtbot: Any, db: Path, dialogs: ReviewDialogs, settings: QSettings) -> Any:
    """The window open on ``db`` (the open itself does not check it), its full check run."""
    opened = open_and_wait(qtbot, str(db), dialogs)
    assert opened.store is not None and not opened.store.soundness.sound
    window, _ = make_window(qtbot, opened.store, settings, dialogs)
    check = window.durability.check
    with qtbot.waitSignal(check.checked, timeout=30000):
        assert check.start() or check.running
    return window


def test_a_damaged_database_offers_the_newest_good_backup_and_restores_it(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    db, ids = damaged_db(tmp_path)
    damaged = digest(db)
    dialogs = ReviewDialogs()
    dialogs.confirm_answers = [False]
    window = _checked_window(qtbot, db, dialogs, settings)
    question = dialogs.confirmations[-1]
    assert f"The database file {db} is damaged (" in question
    assert "caselog has not written anything to it." in question
    assert "Restore the newest good backup, taken " in question
    # refused: every write (a new case, not one read back: which pages the damage hits
    # depends on the file's layout, and images are now stored re-encoded from pixels)
    with pytest.raises(DamagedDatabase):
        services.create_case(Case(title="new", patient=Patient(sex="female")), store=window.store)
    assert digest(db) == damaged  # nothing written

    dialogs.confirm_answers = [True]
    old = window.store
    check = window.durability.check
    with qtbot.waitSignal(check.checked, timeout=30000):
        assert check.start() or check.running  # the refused write may have started one
    qtbot.waitUntil(lambda: window.store is not old, timeout=30000)
    assert services.count_cases(store=window.store) == 44
    assert services.get_case(ids["lith"], store=window.store).title.startswith("Lithium")
    services.create_case(services.get_case(ids["lith"], store=window.store), store=window.store)
    window.store.close()
    # the damaged file is kept in the backups folder
    assert len(list(backup_dir_for(db).glob("damaged-*.db"))) == 1


def test_a_damaged_database_without_a_backup_is_a_plain_message(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    db, _ = seeded_db(tmp_path)
    store = open_store(str(db))
    for _n in range(40):
        services.create_case(services.get_case(1, store=store), store=store)
    store.close()
    for b in backup.list_backups(db):
        b.path.unlink()
    damage_data(db)
    dialogs = ReviewDialogs()
    window = _checked_window(qtbot, db, dialogs, settings)
    assert dialogs.errors[-1].endswith(
        "There is no good backup of it to restore.\n\nUntil then caselog writes nothing to it."
    )
    window.store.close()


@pytest.fixture
def other_caselog(tmp_path: Path) -> Any:
    """A second process holding the database's writer lock, as another caselog would."""
    db, _ = seeded_db(tmp_path)
    code = (
        "import sys; from pathlib import Path; from caselog.store.lock import acquire; "
        f"acquire(Path({str(db)!r})); print('ready', flush=True); sys.stdin.read()"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    yield db, proc
    proc.communicate(timeout=10)


def test_a_second_caselog_is_refused_with_a_clear_message(qtbot: Any, other_caselog: Any) -> None:
    db, proc = other_caselog
    before = digest(db)
    dialogs = ReviewDialogs()
    opened = open_and_wait(qtbot, str(db), dialogs)
    assert opened.store is None and opened.code == 1
    assert dialogs.error_titles[-1] == "caselog is already open"
    assert f"caselog is already open on this database (pid {proc.pid})" in dialogs.errors[-1]
    assert "Close the other caselog first" in dialogs.errors[-1]
    assert digest(db) == before


def test_the_window_keeps_answering_while_the_database_opens(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The opening runs on a worker: the event loop turns all through it (a slow open,
    as of a large file's integrity check, is simulated by a pause in the worker)."""
    from PySide6.QtCore import QTimer

    from caselog.ui import startup

    real_open = services.open_store
    on_gui_thread: list[bool] = []

    def slow_open(target: str | None, *, passphrase: str | None = None, **kw: bool) -> Store:
        import threading
        import time

        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.6)
        return real_open(target, passphrase=passphrase, **kw)

    monkeypatch.setattr(services, "open_store", slow_open)  # what startup calls
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(0.0))
    timer.start()
    outcome: list[Done[Store]] = []
    try:
        task = startup.open_off_thread(str(tmp_path / "slow.db"), None, outcome.append)
        assert not outcome  # returned at once: the opening goes on without this thread
        qtbot.waitUntil(lambda: bool(outcome), timeout=10000)
    finally:
        timer.stop()
    [done] = outcome
    assert done.ok and done.result is not None and task.done is done
    store = done.result
    try:
        assert services.count_cases(store=store) == 0  # opened, and usable on this thread
    finally:
        store.close()
    assert on_gui_thread == [False]
    assert len(ticks) >= 10  # about 30 in 0.6 s; none if the open blocked the loop


def test_a_failure_on_the_worker_reaches_the_caller(qtbot: Any, tmp_path: Path) -> None:
    from caselog.store.errors import StoreError
    from caselog.ui import startup

    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    outcome: list[Done[Store]] = []
    startup.open_off_thread(str(folder), None, outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10000)
    [done] = outcome
    assert isinstance(done.error, StoreError) and "is a folder" in done.message
    with pytest.raises(StoreError, match="is a folder"):
        done.value()


def test_any_other_failure_is_a_message_for_the_caller(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    dialogs = ReviewDialogs()
    opened = open_and_wait(qtbot, str(folder), dialogs)
    assert opened.store is None and opened.code == 1 and not opened.shown
    assert opened.message.startswith(f"caselog cannot open the database {folder}:")
    assert "is a folder" in opened.message and not dialogs.errors

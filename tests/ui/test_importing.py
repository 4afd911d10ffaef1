"""Importing case files through the task manager: progress before each file, a failing
file told while the others import, cancel between files, the window closed mid-import."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.importing import ImportOutcome, import_work
from caselog.ui.resources import example_case_file
from caselog.ui.taskman import TaskContext
from tests.ui.helpers import make_window


def test_each_file_has_its_progress_and_a_failing_one_does_not_stop_the_others() -> None:
    steps: list[tuple[int, int, str]] = []
    seen: list[Path] = []

    def import_one(path: Path) -> list[tuple[int, str]]:
        seen.append(path)
        if path.name == "bad.json":
            raise ValueError("cases[0].date: not a date")
        return [(len(seen), path.stem)]

    paths = [Path("a.json"), Path("bad.json"), Path("c.json")]
    ctx = TaskContext(progress=lambda d, t, text: steps.append((d, t, text)))
    outcome = import_work(paths, import_one)(ctx)
    assert seen == paths
    assert outcome.created == [(1, "a"), (3, "c")]
    assert outcome.failures == ["bad.json: cases[0].date: not a date"]
    assert not outcome.cancelled
    assert steps == [
        (0, 3, "Importing a.json…"),
        (1, 3, "Importing bad.json…"),
        (2, 3, "Importing c.json…"),
        (3, 3, ""),
    ]


def test_cancel_stops_before_the_next_file_and_keeps_what_was_imported() -> None:
    ctx = TaskContext()
    seen: list[str] = []

    def import_one(path: Path) -> list[tuple[int, str]]:
        seen.append(path.name)
        ctx.cancel()  # the user presses Cancel while the first file is read
        return [(1, path.stem)]

    outcome = import_work([Path("a.json"), Path("b.json")], import_one)(ctx)
    assert seen == ["a.json"]
    assert outcome == ImportOutcome(created=[(1, "a")], failures=[], cancelled=True)


def test_the_window_imports_the_good_files_and_names_the_bad_one(
    qtbot: Any, store: Store, settings: QSettings, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "nonsense"}))
    window, dialogs = make_window(qtbot, store, settings)
    with qtbot.waitSignal(window.importFinished, timeout=30000) as done:
        task = window.start_import([example_case_file(), bad])
        assert task is not None and task.dialog is not None
        assert task.dialog.windowTitle() == "Import case files"
    [(case_id, _title)] = done.args[0]
    assert services.count_cases(store=store) == 1
    assert window.current_case() is not None and window.current_case().id == case_id  # type: ignore[union-attr]
    [message] = dialogs.errors
    assert "bad.json" in message and message.startswith("Nothing was imported from:")
    assert window.import_task is None  # the next import may start


def test_closing_the_window_mid_import_stops_it_cleanly(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, _ = make_window(qtbot, store, settings)
    started = threading.Event()
    release = threading.Event()
    real = window.controller.import_file

    def slow_import(path: Path) -> list[tuple[int, str]]:
        started.set()
        assert release.wait(10)
        return real(path)

    window.controller.import_file = slow_import  # type: ignore[method-assign]
    task = window.start_import([example_case_file()] * 3)
    assert task is not None
    assert started.wait(10)
    window.close()  # closeEvent cancels the import
    assert task.cancelled
    release.set()
    assert task.wait(20)
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert task.done is not None and task.done.cancelled
    assert services.count_cases(store=store) == 1  # the file under way, and no other

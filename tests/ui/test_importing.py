"""Importing case files through the task manager: progress before each file, a failing
file told while the others import, cancel between files, the window closed mid-import."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.importing import import_work
from caselog.ui.resources import example_case_file
from caselog.ui.taskman import TaskContext
from tests.ui.helpers import make_window


def test_each_file_has_its_progress_and_a_failing_one_does_not_stop_the_others(
    store: Store, tmp_path: Path
) -> None:
    steps: list[tuple[int, int, str]] = []
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "nonsense"}))
    good = example_case_file()
    paths = [good, bad, good]
    ctx = TaskContext(progress=lambda d, t, text: steps.append((d, t, text)))
    outcome = import_work(paths, partial(services.import_case_files, store=store))(ctx)
    assert [title for _id, title in outcome.created] == [load_title(good)] * 2
    assert services.count_cases(store=store) == 2
    [failure] = outcome.failures
    assert failure.startswith(str(bad)) and "format" in failure
    assert not outcome.cancelled
    assert steps == [
        (0, 3, f"Importing {good.name}…"),
        (1, 3, "Importing bad.json…"),
        (2, 3, f"Importing {good.name}…"),
        (3, 3, ""),
    ]


def test_cancel_stops_before_the_next_file_and_keeps_what_was_imported(store: Store) -> None:
    def press_cancel(done: int, total: int, text: str) -> None:
        if done == 0:
            ctx.cancel()  # the user presses Cancel while the first file is read

    ctx = TaskContext(progress=press_cancel)
    files = [example_case_file(), example_case_file()]
    outcome = import_work(files, partial(services.import_case_files, store=store))(ctx)
    assert len(outcome.created) == 1 and outcome.failures == [] and outcome.cancelled
    assert services.count_cases(store=store) == 1


def load_title(path: Path) -> str:
    data = json.loads(path.read_text())
    return str(data["cases"][0]["title"])


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
    real = window.controller.import_files

    def slow_import(
        paths: list[Path], *, progress: Callable[[int, int, str], None], stop: Callable[[], bool]
    ) -> list[services.FileImport]:
        def slow_progress(done: int, total: int, name: str) -> None:
            progress(done, total, name)
            if done == 0:  # the first file is under way
                started.set()
                assert release.wait(10)

        return real(paths, progress=slow_progress, stop=stop)

    window.controller.import_files = slow_import  # type: ignore[method-assign]
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

"""Importing case files off the window's thread, with progress and cancel.

A file is imported whole or not at all (the service's transaction), so cancelling stops
between files and never leaves half a file behind.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

ImportOne = Callable[[Path], list[tuple[int, str]]]


class ImportWorker(QObject):
    progress = Signal(int, int, str)  # files done, files in all, the file being read
    fileFailed = Signal(str, str)  # file name, message
    done = Signal(list, bool)  # [(case id, title)], cancelled

    def __init__(self, paths: list[Path], import_one: ImportOne) -> None:
        super().__init__()
        self._paths = list(paths)
        self._import_one = import_one
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        created: list[tuple[int, str]] = []
        total = len(self._paths)
        for i, path in enumerate(self._paths):
            if self._cancel.is_set():
                break
            self.progress.emit(i, total, path.name)
            try:
                created.extend(self._import_one(path))
            except Exception as exc:  # reported per file; the log keeps the detail
                log.info("import of %s failed", path, exc_info=True)
                self.fileFailed.emit(str(path), str(exc))
        self.progress.emit(total, total, "")
        self.done.emit(created, self._cancel.is_set())


class ImportJob(QObject):
    """Owns the thread and the worker of one import; emits ``finished`` on the GUI thread."""

    progress = Signal(int, int, str)
    fileFailed = Signal(str, str)
    finished = Signal(list, bool)

    def __init__(self, paths: list[Path], import_one: ImportOne, parent: QObject | None = None):
        super().__init__(parent)
        self._thread = QThread()
        self.worker = ImportWorker(paths, import_one)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.fileFailed.connect(self.fileFailed)
        self.worker.done.connect(self._done)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def _done(self, created: list[tuple[int, str]], cancelled: bool) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(created, cancelled)

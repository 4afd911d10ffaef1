"""Running an import in the background behind a progress dialog with Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from caselog.ui.import_worker import ImportJob, ImportOne


class ImportRunner(QObject):
    """One import at a time; ``finished(created, cancelled, failures)`` on the GUI thread."""

    finished = Signal(list, bool, list)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.job: ImportJob | None = None
        self._progress: QProgressDialog | None = None
        self._failures: list[str] = []

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, paths: list[Path], import_one: ImportOne) -> ImportJob | None:
        if self.job is not None:
            return None
        job = ImportJob(paths, import_one, self)
        progress = QProgressDialog("Importing…", "Cancel", 0, len(paths), self._parent)
        progress.setWindowTitle("Import case files")
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)
        job.progress.connect(self._on_progress)
        self._failures = []
        job.fileFailed.connect(self._on_failure)
        job.finished.connect(self._on_done)
        self.job = job
        self._progress = progress
        job.start()
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _on_failure(self, path: str, message: str) -> None:
        self._failures.append(message if path in message else f"{path}: {message}")

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)
            if name:
                self._progress.setLabelText(f"Importing {name}…")

    def _on_done(self, created: list[tuple[int, str]], cancelled: bool) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
        self._progress = None
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self.finished.emit(created, cancelled, list(self._failures))

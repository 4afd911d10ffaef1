"""Long work (a report, a backup, a restore, encryption) off the window's thread.

``Task`` runs one function on its own ``QThread``. The function gets a ``TaskContext``
to report progress and to ask whether the user cancelled; the task ends with exactly one
of ``succeeded(result)``, ``failed(message)`` or ``cancelled()``, emitted on the GUI
thread. ``run_task`` adds a progress dialog (with Cancel only when the work can stop).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a task (``TaskContext.check``) when the user cancelled it."""


class TaskContext:
    """What the work function sees: ``progress(done, total, text)`` and ``check()``."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._emit(done, total, text)


Work = Callable[[TaskContext], Any]


class _Worker(QObject):
    progress = Signal(int, int, str)
    done = Signal(str, object)  # "ok" | "failed" | "cancelled", result or message

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self.context = TaskContext(self.progress.emit)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.context)
        except Cancelled:
            self.done.emit("cancelled", None)
            return
        except Exception as exc:  # told to the user; the log keeps the detail
            log.info("background task failed", exc_info=True)
            self.done.emit("failed", str(exc) or type(exc).__name__)
            return
        if self.context.cancelled:
            self.done.emit("cancelled", result)
        else:
            self.done.emit("ok", result)


class Task(QObject):
    """One function on its own thread; signals arrive on the thread that made the task."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress, Qt.ConnectionType.QueuedConnection)
        self._worker.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._thread.start()

    def cancel(self) -> None:
        self._worker.context.cancel()

    def _done(self, status: str, value: object) -> None:
        self._thread.quit()
        self._thread.wait()
        self.running = False
        if status == "ok":
            self.succeeded.emit(value)
        elif status == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(str(value))
        self.finished.emit()


def run_task(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Work,
    *,
    cancellable: bool = False,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> Task:
    """Start ``work`` behind a window-modal progress dialog and return the task."""
    task = Task(work, parent)
    dialog = QProgressDialog(label, "Cancel" if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.canceled.connect(task.cancel)
    else:
        dialog.setCancelButton(None)

    def show_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def close_dialog() -> None:
        dialog.close()
        dialog.deleteLater()
        task.deleteLater()

    task.progress.connect(show_progress)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_failure is not None:
        task.failed.connect(on_failure)
    if on_cancel is not None:
        task.cancelled.connect(on_cancel)
    task.finished.connect(close_dialog)
    task.dialog = dialog  # type: ignore[attr-defined]
    task.start()
    return task


def run_and_wait(parent: QWidget | None, title: str, label: str, work: Work) -> tuple[bool, Any]:
    """Run ``work`` off the window's thread behind a progress dialog and wait for it (the
    window keeps painting): ``(True, result)`` or ``(False, message)``."""
    from PySide6.QtCore import QEventLoop

    outcome: list[tuple[bool, Any]] = []
    loop = QEventLoop()
    task = run_task(
        parent,
        title,
        label,
        work,
        on_success=lambda result: outcome.append((True, result)),
        on_failure=lambda message: outcome.append((False, message)),
        on_cancel=lambda: outcome.append((False, "cancelled")),
    )
    task.finished.connect(loop.quit)
    if task.running:
        loop.exec()
    return outcome[0] if outcome else (False, "the work did not finish")


class _Finished(QObject):
    """Carries "the worker is done" to the thread that made it (a queued signal)."""

    done = Signal()


def call_off_thread(func: Callable[[], T]) -> T:
    """``func()`` on a worker thread while this thread's event loop turns (no dialog: for
    work the window already shows, like opening the database); its result, or its
    exception raised here."""
    from PySide6.QtCore import QEventLoop

    outcome: list[Any] = []
    failure: list[BaseException] = []
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit)

    def work() -> None:
        try:
            outcome.append(func())
        except BaseException as exc:  # raised again on the caller's thread
            failure.append(exc)
        finally:
            finished.done.emit()

    worker = threading.Thread(target=work, name="caselog-worker", daemon=True)
    worker.start()
    if worker.is_alive():
        loop.exec()
    worker.join()  # the loop can end early (the application quitting): wait for the worker
    if failure:
        raise failure[0]
    result: T = outcome[0]
    return result

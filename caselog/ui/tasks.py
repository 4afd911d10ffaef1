"""What a background task is made of: the context its work sees, how it ended, its handle,
and the one safe way to emit a signal. ``caselog.ui.taskman`` runs them."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

T = TypeVar("T")


class Cancelled(Exception):
    """Raised by ``TaskContext.check`` once the task was cancelled; the task then ends as
    cancelled (``Done.cancelled``), not as failed."""

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)


class TaskContext:
    """What the work function sees. Built by the runner; a test may build one itself to
    run a work function on its own thread (``TaskContext(progress=steps.append...)``)."""

    def __init__(
        self,
        progress: Callable[[int, int, str], None] | None = None,
        send: Callable[[object], None] | None = None,
    ) -> None:
        self._progress = progress
        self._send = send
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the task was cancelled: call it between steps."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self._progress is not None:
            self._progress(done, total, text)

    def send(self, item: object) -> None:
        """Hand ``item`` to the task's ``on_partial`` on the GUI thread (dropped once the
        task is cancelled)."""
        if self._send is not None and not self.cancelled:
            self._send(item)


Work = Callable[[TaskContext], T]


@dataclass(frozen=True)
class Done(Generic[T]):
    """How a task ended: ``result``, or ``error`` (the exception the work raised), or
    ``cancelled`` (``result`` then holds what the work returned, if it returned)."""

    result: T | None = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled

    @property
    def message(self) -> str:
        """What went wrong, in a line ("" when nothing did)."""
        if self.error is not None:
            return str(self.error) or type(self.error).__name__
        return "cancelled" if self.cancelled else ""

    def value(self) -> T:
        """The result; the work's exception raised again, or ``Cancelled``."""
        if self.error is not None:
            raise self.error
        if self.cancelled:
            raise Cancelled
        return cast(T, self.result)


class Task(QObject):
    """The handle of one running task, living on the GUI thread. ``progressed`` and
    ``finished`` (after ``on_done``) are emitted there."""

    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, name: str, owner: QObject | None) -> None:
        super().__init__()
        self.name = name
        self.owner = owner
        self.context = TaskContext()
        self.done: Done[Any] | None = None
        self.dialog: QProgressDialog | None = None  # with_progress only
        self.worker: threading.Thread | None = None
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None
        self._on_owner_gone: Callable[..., None] | None = None

    @property
    def running(self) -> bool:
        return self.done is None

    @property
    def cancelled(self) -> bool:
        return self.context.cancelled

    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next ``check`` (``on_done`` still runs)."""
        self.context.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker thread has ended (closing or quitting): True if it has.
        ``on_done`` has not run yet then; it runs when the event loop next turns."""
        if self.worker is None:
            return True
        self.worker.join(timeout)
        return not self.worker.is_alive()

    def owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    def _let_go_of_owner(self) -> None:
        if self.owner is not None and self._on_owner_gone is not None and self.owner_alive():
            self.owner.destroyed.disconnect(self._on_owner_gone)
        self._on_owner_gone = None

    def _take_progress(self) -> tuple[int, int, str] | None:
        with self._lock:
            latest, self._latest = self._latest, None
        return latest

    def _put_progress(self, value: tuple[int, int, str]) -> bool:
        """Keep ``value`` as the newest progress; True when none was waiting to be shown."""
        with self._lock:
            first = self._latest is None
            self._latest = value
        return first


def emit(obj: QObject, signal: str, *args: tuple[type, object]) -> None:
    """Emit ``obj``'s ``signal`` with ``args`` (each ``(type, value)``) on this thread.

    Not ``SignalInstance.emit``: PySide6 6.12.0 returns its ``True`` without a reference,
    so each Python ``emit()`` takes one reference from Python's ``True`` (and
    ``QCoreApplication.postEvent`` one from ``None``) until the interpreter aborts with
    "bool_dealloc". The project pins 6.11.3, which does not (tests/ui/test_qt_references.py
    holds the binding to it); the runner, which delivers the most, keeps to
    ``QMetaObject.invokeMethod`` so that it does not depend on the pin.
    """
    QMetaObject.invokeMethod(
        obj, signal, Qt.ConnectionType.DirectConnection, *[Q_ARG(t, v) for t, v in args]
    )

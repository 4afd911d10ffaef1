"""The one runner for work off the window's thread (Anki's ``aqt/taskman.py`` is the model).

``taskman().run_in_background(work, on_done)`` runs ``work(ctx)`` on a worker thread and
calls ``on_done(done)`` on the GUI thread with a ``Done``: the result, or the exception the
work raised, or that it was cancelled. ``with_progress`` does the same behind a
window-modal progress dialog, with Cancel when the work can stop.

The work gets a ``TaskContext``: ``ctx.progress(done, total, text)`` updates the dialog (or
``on_progress``), ``ctx.check()`` raises ``Cancelled`` once the user cancelled (so the work
stops between its steps), and ``ctx.send(item)`` hands a piece of the result (a page of a
preview) to ``on_partial`` on the GUI thread while the work goes on.

Everything the worker hands back is queued and run on the GUI thread in order: the
progress (only the newest of a burst), the pieces, then ``on_done``. Nothing waits in a
nested event loop. A task with an ``owner`` is cancelled, and its callbacks dropped, when the
owner is deleted (a dialog closed mid-task). When the application quits, ``shutdown``
cancels every task and waits a while for it; one that does not end in time is left to the
process's exit (the threads are daemons) and its callbacks never run.

The work must not touch widgets: a ``QImage`` is fine, a ``QPixmap`` or a widget is not.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from caselog.ui.tasks import Cancelled, Done, Task, TaskContext, Work, emit

log = logging.getLogger(__name__)

T = TypeVar("T")
Closure = Callable[[], None]


class TaskManager(QObject):
    """Runs tasks on worker threads and their callbacks on the thread that made it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._closures: deque[Closure] = deque()
        self._tasks: list[Task] = []
        self.closed = False

    @property
    def tasks(self) -> list[Task]:
        """The tasks whose ``on_done`` has not run yet."""
        return list(self._tasks)

    def run_in_background(
        self,
        work: Work[T],
        on_done: Callable[[Done[T]], None] | None = None,
        *,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_partial: Callable[[Any], None] | None = None,
        owner: QObject | None = None,
        name: str = "task",
    ) -> Task:
        """Start ``work(ctx)`` on a worker thread; ``on_done(Done)`` on this thread, from
        its event loop (never inside this call, even when the work is quick)."""
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("run_in_background is called from the GUI thread")
        if self.closed:
            raise RuntimeError("the task manager is shut down")
        task = Task(name, owner)
        task.context = TaskContext(
            lambda d, t, text: self._progress(task, (d, t, text), on_progress),
            lambda item: self._post(lambda: self._partial(task, item, on_partial)),
        )
        if owner is not None:
            context = task.context  # not the task: the slot must not keep a dead C++ object
            task._on_owner_gone = lambda _o=None: context.cancel()
            owner.destroyed.connect(task._on_owner_gone)
        self._tasks.append(task)
        thread = threading.Thread(
            target=self._run, args=(task, work, on_done), name=f"caselog-{name}", daemon=True
        )
        task.worker = thread
        thread.start()
        return task

    def with_progress(
        self,
        work: Work[T],
        on_done: Callable[[Done[T]], None] | None = None,
        *,
        parent: QWidget | None,
        title: str,
        label: str,
        cancellable: bool = False,
        on_partial: Callable[[Any], None] | None = None,
        delay_ms: int = 300,
    ) -> Task:
        """``run_in_background`` behind a window-modal progress dialog over ``parent``
        (shown after ``delay_ms``, so a quick task shows none), with Cancel when
        ``cancellable``. The dialog closes before ``on_done`` runs."""
        dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
        bar = QProgressBar(dialog)  # set directly: setValue would turn the event loop
        bar.setRange(0, 0)
        dialog.setBar(bar)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)  # type: ignore[arg-type, unused-ignore]

        def show_progress(done: int, total: int, text: str) -> None:
            if not shiboken6.isValid(dialog) or dialog.wasCanceled():
                return
            bar.setRange(0, max(total, 0))
            bar.setValue(min(done, total) if total > 0 else 0)
            if text:
                dialog.setLabelText(text)

        def finished(done: Done[T]) -> None:
            if shiboken6.isValid(dialog):
                dialog.close()
                dialog.deleteLater()
            if on_done is not None:
                on_done(done)

        task = self.run_in_background(
            work,
            finished,
            on_progress=show_progress,
            on_partial=on_partial,
            owner=parent,
            name=title,
        )
        task.dialog = dialog

        def show_late() -> None:
            if task.running and not dialog.wasCanceled():
                dialog.show()

        # shown by a timer of ours: setMinimumDuration restarts the dialog's own only while
        # its bar stands at the minimum, which a fresh busy bar does not (it shows at 4 s)
        QTimer.singleShot(delay_ms, dialog, show_late)

        def cancel() -> None:
            if cancellable:
                task.cancel()
                dialog.setLabelText("Cancelling…")
                dialog.show()  # canceled hides it; it stays until the work has stopped

        dialog.canceled.connect(cancel)
        return task

    def shutdown(self, timeout: float = 30.0) -> list[Task]:
        """Cancel every task and wait up to ``timeout`` seconds in all for them to end; no
        callback runs after this. Returns the tasks still running (left to the exit)."""
        for task in self._tasks:
            task.cancel()
        deadline = time.monotonic() + timeout
        left = [t for t in self._tasks if not t.wait(max(0.0, deadline - time.monotonic()))]
        with self._lock:
            self.closed = True
            self._closures.clear()
        for task in left:
            log.warning("quitting while %r still runs: it is left to end with the process", task)
        self._tasks = []
        return left

    # -- on the worker -----------------------------------------------------------------

    def _run(self, task: Task, work: Work[T], on_done: Callable[[Done[T]], None] | None) -> None:
        done: Done[T]
        try:
            result = work(task.context)
        except Cancelled:
            done = Done(cancelled=True)
        except BaseException as exc:  # delivered to on_done; the log keeps the detail
            log.info("task %r failed", task.name, exc_info=True)
            done = Done(error=exc)
        else:
            done = Done(result=result, cancelled=task.context.cancelled)
        self._post(lambda: self._finish(task, done, on_done))

    def _progress(
        self,
        task: Task,
        value: tuple[int, int, str],
        on_progress: Callable[[int, int, str], None] | None,
    ) -> None:
        if task._put_progress(value):  # else the closure already queued shows the newest
            self._post(lambda: self._show_progress(task, on_progress))

    def _post(self, closure: Closure) -> None:
        with self._lock:
            if self.closed:
                return
            self._closures.append(closure)
        with contextlib.suppress(RuntimeError):  # the manager is gone (the application ended)
            QMetaObject.invokeMethod(self, "_drain", Qt.ConnectionType.QueuedConnection)

    # -- on the GUI thread -------------------------------------------------------------

    @Slot()
    def _drain(self) -> None:
        """Run what the workers handed back, one at a time, in order. A callback that asks
        a modal question (a nested event loop) does not hold the others back."""
        while True:
            with self._lock:
                if not self._closures:
                    return
                closure = self._closures.popleft()
            try:
                closure()
            except Exception as exc:  # a callback's bug: raised again, on its own
                QTimer.singleShot(0, _raiser(exc))

    def _show_progress(
        self, task: Task, on_progress: Callable[[int, int, str], None] | None
    ) -> None:
        latest = task._take_progress()
        if latest is None or not task.running or not task.owner_alive():
            return
        if on_progress is not None:
            on_progress(*latest)
        done, total, text = latest
        emit(task, "progressed", (int, done), (int, total), (str, text))

    def _partial(self, task: Task, item: object, on_partial: Callable[[Any], None] | None) -> None:
        if on_partial is not None and not task.cancelled and task.owner_alive():
            on_partial(item)

    def _finish(self, task: Task, done: Done[T], on_done: Callable[[Done[T]], None] | None) -> None:
        task.done = done
        if task in self._tasks:
            self._tasks.remove(task)
        try:
            if on_done is not None and task.owner_alive():
                on_done(done)
        finally:
            task._let_go_of_owner()
            emit(task, "finished")


def _raiser(exc: Exception) -> Closure:
    def raise_it() -> None:
        raise exc

    return raise_it


_manager: TaskManager | None = None


def taskman() -> TaskManager:
    """The application's task manager (shut down when the application quits)."""
    global _manager
    if _manager is None or _manager.closed:
        manager = TaskManager()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(manager.shutdown)
        _manager = manager
    return _manager


__all__ = ["Cancelled", "Done", "Task", "TaskContext", "TaskManager", "Work", "emit", "taskman"]

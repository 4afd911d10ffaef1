"""The one runner for background work: the result, the exception, the progress and the
pieces arrive on the GUI thread; cancel stops between steps; a closed window's task drops
its callbacks; shutdown cancels and waits (quitting: test_taskman_quit.py)."""

from __future__ import annotations

import gc
import sys
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from caselog.ui.taskman import Cancelled, Done, Task, TaskContext, TaskManager, taskman


def gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def wait_done(qtbot: Any, task: Task, timeout: int = 10000) -> None:
    if task.running:
        with qtbot.waitSignal(task.finished, timeout=timeout):
            pass


@pytest.fixture
def manager() -> Any:
    m = TaskManager()
    yield m
    m.shutdown(timeout=5)


def test_the_result_arrives_on_the_gui_thread(qtbot: Any, manager: TaskManager) -> None:
    worker_threads: list[threading.Thread] = []
    seen: list[tuple[object, bool]] = []

    def work(ctx: TaskContext) -> int:
        worker_threads.append(threading.current_thread())
        return 42

    task = manager.run_in_background(
        work, lambda done: seen.append((done.result, QThread.currentThread() is gui_thread()))
    )
    assert task.running  # returned at once
    wait_done(qtbot, task)
    assert seen == [(42, True)]
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert task.done is not None and task.done.ok and task.done.value() == 42
    assert manager.tasks == []


def test_callbacks_wait_for_the_event_loop_even_when_the_work_is_done(
    qtbot: Any, manager: TaskManager
) -> None:
    called: list[str] = []
    first = manager.run_in_background(lambda ctx: "a", lambda d: called.append("first"))
    assert first.wait(10)  # the work has ended
    manager.run_in_background(lambda ctx: "b", lambda d: called.append("second"))
    assert called == []  # not run inside either call
    wait_done(qtbot, first)
    qtbot.waitUntil(lambda: called == ["first", "second"], timeout=10000)


def test_the_exception_arrives_on_the_gui_thread(qtbot: Any, manager: TaskManager) -> None:
    boom = ValueError("the file is not a case file")
    seen: list[tuple[Done[Any], bool]] = []

    def work(ctx: TaskContext) -> None:
        raise boom

    task = manager.run_in_background(
        work, lambda done: seen.append((done, QThread.currentThread() is gui_thread()))
    )
    wait_done(qtbot, task)
    [(done, on_gui)] = seen
    assert on_gui and done.error is boom and not done.ok and not done.cancelled
    assert done.message == "the file is not a case file"
    with pytest.raises(ValueError, match="not a case file"):
        done.value()


def test_progress_updates_arrive_in_order_on_the_gui_thread(
    qtbot: Any, manager: TaskManager
) -> None:
    shown: list[tuple[int, int, str, bool]] = []
    signalled: list[tuple[int, int, str]] = []
    steps = [threading.Event() for _ in range(3)]

    def on_progress(done: int, total: int, text: str) -> None:
        shown.append((done, total, text, QThread.currentThread() is gui_thread()))
        steps[done - 1].set()

    def work(ctx: TaskContext) -> str:
        for i in range(3):
            ctx.progress(i + 1, 3, f"step {i + 1}")
            assert steps[i].wait(10), "the GUI thread never showed the progress"
        return "done"

    task = manager.run_in_background(work, on_progress=on_progress)
    task.progressed.connect(lambda *args: signalled.append(args))
    wait_done(qtbot, task)
    assert shown == [(1, 3, "step 1", True), (2, 3, "step 2", True), (3, 3, "step 3", True)]
    assert signalled == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_a_burst_of_progress_shows_the_newest_not_every_one(
    qtbot: Any, manager: TaskManager
) -> None:
    shown: list[int] = []

    def work(ctx: TaskContext) -> None:
        for i in range(1, 20001):
            ctx.progress(i, 20000)

    task = manager.run_in_background(work, on_progress=lambda d, t, _s: shown.append(d))
    wait_done(qtbot, task)
    assert shown and shown[-1] == 20000
    assert shown == sorted(shown) and len(shown) < 20000


def test_cancel_stops_between_steps_and_says_cancelled(qtbot: Any, manager: TaskManager) -> None:
    started = threading.Event()
    steps: list[int] = []
    outcomes: list[Done[Any]] = []

    def work(ctx: TaskContext) -> None:
        for i in range(500):
            ctx.check()
            steps.append(i)
            started.set()
            time.sleep(0.01)

    task = manager.run_in_background(work, outcomes.append)
    assert started.wait(10)
    task.cancel()
    wait_done(qtbot, task)
    [done] = outcomes
    assert done.cancelled and done.error is None and not done.ok
    assert done.message == "cancelled"
    assert 1 <= len(steps) < 500  # it stopped at a check, not at the end
    with pytest.raises(Cancelled):
        done.value()


def test_work_that_returns_after_a_cancel_keeps_what_it_did(
    qtbot: Any, manager: TaskManager
) -> None:
    outcomes: list[Done[Any]] = []

    def work(ctx: TaskContext) -> list[int]:
        ctx.cancel()  # as the user would, mid-way
        return [1] if ctx.cancelled else [1, 2, 3]

    wait_done(qtbot, manager.run_in_background(work, outcomes.append))
    [done] = outcomes
    assert done.cancelled and done.result == [1]


def test_pieces_arrive_in_order_then_the_result(qtbot: Any, manager: TaskManager) -> None:
    events: list[tuple[str, object, bool]] = []

    def work(ctx: TaskContext) -> str:
        for page in range(4):
            ctx.send(page)
        return "pdf"

    task = manager.run_in_background(
        work,
        lambda done: events.append(("done", done.result, QThread.currentThread() is gui_thread())),
        on_partial=lambda item: events.append(
            ("piece", item, QThread.currentThread() is gui_thread())
        ),
    )
    wait_done(qtbot, task)
    assert events == [
        ("piece", 0, True),
        ("piece", 1, True),
        ("piece", 2, True),
        ("piece", 3, True),
        ("done", "pdf", True),
    ]


def test_two_tasks_in_a_row(qtbot: Any, manager: TaskManager) -> None:
    results: list[object] = []
    second: list[Task] = []

    def first_done(done: Done[int]) -> None:
        results.append(done.result)
        second.append(
            manager.run_in_background(
                lambda ctx: done.value() + 1, lambda d: results.append(d.result)
            )
        )

    wait_done(qtbot, manager.run_in_background(lambda ctx: 1, first_done))
    assert len(second) == 1
    wait_done(qtbot, second[0])
    assert results == [1, 2]


def test_a_callback_asking_a_modal_question_does_not_hold_back_the_others(
    qtbot: Any, manager: TaskManager
) -> None:
    """A callback may show a message box (a nested event loop): the other tasks' callbacks
    still run meanwhile."""
    from PySide6.QtCore import QEventLoop, QTimer

    order: list[str] = []
    gate = threading.Event()

    def first_done(done: Done[str]) -> None:
        order.append("first asks")
        loop = QEventLoop()  # as QMessageBox.exec() would

        def second_done(d: Done[str]) -> None:
            order.append(d.result or "")
            loop.quit()

        manager.run_in_background(lambda ctx: "second", second_done)
        QTimer.singleShot(10000, loop.quit)
        loop.exec()
        order.append("first answered")
        gate.set()

    manager.run_in_background(lambda ctx: "first", first_done)
    qtbot.waitUntil(gate.is_set, timeout=15000)
    assert order == ["first asks", "second", "first answered"]


def test_closing_the_window_mid_task_cancels_it_and_drops_its_callbacks(
    qtbot: Any, manager: TaskManager
) -> None:
    window = QWidget()
    window.show()
    running = threading.Event()
    called: list[str] = []

    def work(ctx: TaskContext) -> str:
        running.set()
        for _ in range(1000):
            if ctx.cancelled:
                return "stopped"
            time.sleep(0.005)
        return "ran to the end"

    task = manager.run_in_background(
        work,
        lambda done: called.append(f"done {done.result}"),
        on_progress=lambda *_: called.append("progress"),
        owner=window,
    )
    assert running.wait(10)
    window.deleteLater()
    qtbot.waitUntil(lambda: task.cancelled, timeout=5000)
    assert task.wait(10)
    wait_done(qtbot, task)  # finished is still said, for whoever waits on the task
    assert called == []
    assert task.done is not None and task.done.result == "stopped"


def test_with_progress_shows_a_modal_dialog_whose_cancel_stops_the_work(
    qtbot: Any, manager: TaskManager
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    outcomes: list[tuple[Done[Any], bool]] = []
    step = threading.Event()

    def work(ctx: TaskContext) -> None:
        for i in range(1000):
            ctx.check()
            ctx.progress(i, 1000, f"Checking {i}…")
            step.set()
            time.sleep(0.01)

    task = manager.with_progress(
        work,
        lambda done: outcomes.append((done, task.dialog is None or not task.dialog.isVisible())),
        parent=window,
        title="Checking backups",
        label="Checking the backups…",
        cancellable=True,
        delay_ms=0,
    )
    dialog = task.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Checking backups" and dialog.isModal()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert step.wait(10)
    qtbot.waitUntil(lambda: dialog.labelText().startswith("Checking "), timeout=5000)
    assert dialog.maximum() == 1000 and 0 <= dialog.value() < 1000
    [cancel] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    wait_done(qtbot, task)
    [(done, dialog_closed)] = outcomes
    assert done.cancelled and dialog_closed


def test_with_progress_has_no_cancel_when_the_work_cannot_stop(
    qtbot: Any, manager: TaskManager
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    gate = threading.Event()
    task = manager.with_progress(
        lambda ctx: gate.wait(10), parent=window, title="Restore", label="Restoring…"
    )
    assert task.dialog is not None
    assert [b for b in task.dialog.findChildren(QPushButton) if b.isVisible()] == []
    gate.set()
    wait_done(qtbot, task)
    assert task.done is not None and task.done.result is True


def test_a_failing_callback_is_raised_not_swallowed(qtbot: Any, manager: TaskManager) -> None:
    def on_done(done: Done[int]) -> None:
        raise RuntimeError("bug in the callback")

    with qtbot.captureExceptions() as exceptions:
        task = manager.run_in_background(lambda ctx: 1, on_done)
        wait_done(qtbot, task)
        qtbot.waitUntil(lambda: bool(exceptions), timeout=5000)
    assert "bug in the callback" in str(exceptions[0][1])


def test_shutdown_cancels_waits_and_runs_no_callback(qtbot: Any) -> None:
    manager = TaskManager()
    called: list[object] = []
    running = threading.Event()

    def polite(ctx: TaskContext) -> None:
        running.set()
        while not ctx.cancelled:
            time.sleep(0.005)

    def stubborn(ctx: TaskContext) -> None:
        time.sleep(1.0)  # cannot stop (a restore, say)

    polite_task = manager.run_in_background(polite, called.append)
    stubborn_task = manager.run_in_background(stubborn, called.append)
    assert running.wait(10)
    left = manager.shutdown(timeout=0.3)
    assert left == [stubborn_task]
    assert not polite_task.worker.is_alive()  # type: ignore[union-attr]
    assert stubborn_task.wait(5)
    qtbot.wait(50)
    assert called == []
    with pytest.raises(RuntimeError, match="shut down"):
        manager.run_in_background(polite)


def test_only_the_gui_thread_starts_a_task(manager: TaskManager) -> None:
    errors: list[BaseException] = []

    def start() -> None:
        try:
            manager.run_in_background(lambda ctx: None)
        except RuntimeError as exc:
            errors.append(exc)

    t = threading.Thread(target=start)
    t.start()
    t.join()
    assert errors and "GUI thread" in str(errors[0])


def test_the_application_task_manager_is_one() -> None:
    assert taskman() is taskman()


def test_running_many_tasks_takes_no_reference_from_true_or_none(
    qtbot: Any, manager: TaskManager
) -> None:
    """PySide6 6.12.0's ``Signal.emit`` drops a reference to ``True`` on each call (and
    ``postEvent`` one to ``None``): a runner built on them aborts the interpreter after a
    few thousand deliveries. This one's deliveries leave both counts as they were."""
    seen: list[int] = []

    def work(ctx: TaskContext) -> None:
        for i in range(300):
            ctx.progress(i, 300)
            ctx.send(i)

    def settle() -> tuple[int, int]:
        # what earlier tests left (widgets awaiting deleteLater, cycles) is freed before
        # counting, not during: a few thousand objects freed meanwhile would hide or fake a
        # leak
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QCoreApplication.processEvents()
            gc.collect()
        return sys.getrefcount(True), sys.getrefcount(None)

    def batch() -> None:
        for _ in range(10):
            task = manager.run_in_background(work, on_partial=seen.append)
            task.progressed.connect(lambda *_: None)
            wait_done(qtbot, task)

    batch()  # the first deliveries create what the runner keeps for good
    before = settle()
    batch()
    after = settle()
    assert len(seen) == 6000
    # one reference lost per delivery would be 3,000 and more; objects freed meanwhile, a few
    assert after[0] >= before[0] - 500 and after[1] >= before[1] - 500, (before, after)

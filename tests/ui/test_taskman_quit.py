"""Quitting mid-task, in a fresh interpreter each: the runner cancels, waits for the work
and exits cleanly, and no callback runs after the quit."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

QUIT_CHILD = textwrap.dedent(
    r"""
    import os, sys, threading, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from caselog.ui.app import make_application
    from caselog.ui.taskman import taskman
    app = make_application()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget
    marker = sys.argv[1]
    window = QWidget()
    window.show()
    started = threading.Event()

    def polite(ctx):
        started.set()
        while not ctx.cancelled:
            time.sleep(0.01)
        open(marker + ".polite", "w").write("stopped on cancel")

    def stubborn(ctx):
        time.sleep(0.5)  # cannot stop: quitting waits for it
        open(marker + ".stubborn", "w").write("ran to the end")

    def on_done(done):
        print("a callback ran after the quit", flush=True)

    taskman().with_progress(
        polite, on_done, parent=window, title="t", label="l", cancellable=True, delay_ms=0
    )
    taskman().run_in_background(stubborn, on_done, owner=window)
    QTimer.singleShot(0, lambda: started.wait(10) and app.quit())
    code = app.exec()
    window.close()
    del window
    print("exit", code, flush=True)
    """
)


def run_child(code: str, arg: Path) -> None:
    """Run ``code`` in a fresh interpreter: it must print "exit 0" alone and end cleanly."""
    proc = subprocess.run(
        [sys.executable, "-c", code, str(arg)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines() == ["exit 0"]
    for crash in ("Traceback", "Fatal", "Destroyed while thread"):
        assert crash not in proc.stderr, proc.stderr


def test_quitting_mid_task_waits_for_the_work_and_exits_cleanly(tmp_path: Path) -> None:
    run_child(QUIT_CHILD, tmp_path / "marker")
    assert (tmp_path / "marker.polite").read_text() == "stopped on cancel"
    assert (tmp_path / "marker.stubborn").read_text() == "ran to the end"


CLOSE_WHILE_OPENING = textwrap.dedent(
    r"""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import caselog.store.services as services  # what caselog.ui.startup calls
    real_open = services.open_store

    opening = []

    def slow_open(target, **options):
        opening.append(True)
        time.sleep(0.8)  # a large file's checks
        return real_open(target, **options)

    services.open_store = slow_open
    from PySide6.QtCore import QSettings, QTimer
    import caselog.ui.main_window as main_window
    main_window.QSettings = lambda: QSettings(sys.argv[1] + ".ini", QSettings.Format.IniFormat)
    from caselog.ui import app
    from PySide6.QtWidgets import QApplication

    def close_soon():  # the user closes the window while "Opening the database…"
        if not opening:  # start-up's steps before the open still running (a slow machine)
            QTimer.singleShot(20, close_soon)
            return
        [window] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert not window.ready
        window.close()

    real_loop = app.run_event_loop

    def run_event_loop(application):
        QTimer.singleShot(200, close_soon)
        return real_loop(application)

    app.run_event_loop = run_event_loop
    code = app.main(["--db", sys.argv[1]])
    print("exit", code, flush=True)
    """
)


def test_closing_the_window_while_the_database_opens_quits_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "slow.db"
    run_child(CLOSE_WHILE_OPENING, db)
    assert db.exists()

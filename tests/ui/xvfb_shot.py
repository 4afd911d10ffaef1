"""Open the real window on an X display and save a screenshot of the whole screen.

Run by the xvfb test in a subprocess (its own QApplication on the xcb platform):
``python -m tests.ui.xvfb_shot --db DB --out SHOT.png [--example] [--tab N] [--settle MS]``.

The screen is photographed once the window shows painted (``PAINTED`` distinct colours on
the screen) and at least ``--settle`` milliseconds after it was shown (1500 by default, for
a screenshot a person looks at; the test passes 0), or after ``DEADLINE_MS`` whatever it
shows (a window that never paints: the test then fails on the photograph).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any

PAINTED = 50  # distinct colours on a 17x13 grid of the screen: a painted window
DEADLINE_MS = 15_000


def distinct_colours(image: Any) -> int:
    """Distinct colours of ``image`` (a QImage) sampled on a 17 x 13 pixel grid."""
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), 17)
            for y in range(0, image.height(), 13)
        }
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--example", action="store_true", help="import the example case first")
    parser.add_argument("--tab", type=int, default=1, help="0 Patient .. 3 Report")
    parser.add_argument("--event", default="", help="kind of event to select on the timeline")
    parser.add_argument("--settle", type=int, default=1500, help="least ms before the photo")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "xcb"

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    import caselog.store.services as services
    from caselog.store.engine import open_store
    from caselog.ui.app import make_application
    from caselog.ui.main_window import MainWindow
    from caselog.ui.resources import example_case_file

    app = make_application()
    store = open_store(args.db)
    if args.example:
        services.import_case_file(example_case_file(), store=store)
    settings = QSettings(args.out + ".ini", QSettings.Format.IniFormat)
    window = MainWindow(store, settings=settings)
    if args.example:
        first = services.list_cases(store=store, limit=1)[0]
        window.open_case(first.id)
        window.show_tab(args.tab)
        if args.event:
            case = window.current_case()
            assert case is not None
            chosen = next(e for e in case.timeline() if e.kind == args.event)
            window.case_view.timeline.select_event(chosen.id)
    window.setGeometry(window.screen().availableGeometry())
    window.show()
    shown = time.monotonic()

    def shoot() -> None:
        screen = window.screen()
        shot = screen.grabWindow(0)
        waited = (time.monotonic() - shown) * 1000
        if waited < DEADLINE_MS and distinct_colours(shot.toImage()) <= PAINTED:
            QTimer.singleShot(50, shoot)  # not painted yet
            return
        ok = shot.save(args.out)
        print(f"{args.out} {shot.width()}x{shot.height()} saved={ok}", flush=True)
        QApplication.exit(0 if ok else 1)

    QTimer.singleShot(args.settle, shoot)
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())

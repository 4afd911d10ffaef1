"""Start the desktop application: ``caselog`` with no command, or ``python -m caselog.ui.app``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from caselog import lazy
from caselog.ui.feature_scan import skip_feature_scan
from caselog.ui.main_window import MainWindow

if TYPE_CHECKING:
    from caselog.store.services import Store
    from caselog.ui import startup
    from caselog.ui.startup import Opened
else:  # after the first paint: opening the database (its task runner, its questions)
    startup = lazy.module("caselog.ui.startup")

APP_NAME = "caselog"
ORG_NAME = "caselog"

log = logging.getLogger(__name__)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="caselog", description="Open the caselog window.")
    parser.add_argument(
        "--db",
        metavar="TARGET",
        default=None,
        help="SQLite file or database URL (default: $CASELOG_DB, else caselog.db in the "
        "user data folder)",
    )
    args, _qt_args = parser.parse_known_args(argv)
    return args


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named for QSettings and set up for high-DPI screens.

    Also stops PySide6 reading (and keeping) the source of every module imported from now on
    (see ``caselog.ui.feature_scan``): the store's libraries load in less time and memory.
    """
    skip_feature_scan()
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # fractional scale factors used as they are (Qt 6's own default; the variable, rather
    # than the call, needs none of the ``Qt`` namespace before the first paint)
    os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")
    app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *(argv or [])])
    app.setApplicationDisplayName("caselog")
    return app


def run_event_loop(app: QApplication) -> int:
    return app.exec()


def stop_event_loop(app: QApplication, code: int) -> None:
    app.exit(code)


def show_startup_error(text: str) -> None:
    """Say why the window cannot open: on stderr and in a message box."""
    print(text, file=sys.stderr)
    QtWidgets.QMessageBox.critical(None, "caselog", text)


def main(argv: list[str] | None = None) -> int:
    """Open the window on the database ``--db`` names (the same rule as the command line).

    The window is shown first, then the case list filled from the file itself (when the
    standard library can read it), then the store opened on a worker (its modules take a
    moment to load) and the list handed to it.
    """
    args = _parse(list(sys.argv[1:] if argv is None else argv))
    app = make_application()
    window = MainWindow(chrome_later=True)  # painted first; the list, then the menus
    window.show()
    opened_stores: list[Store] = []
    failed: list[str] = []

    def opened(result: Opened) -> None:
        if result.store is None:
            if result.code:
                failed.append(result.message)
                if not result.shown:
                    show_startup_error(result.message)
            stop_event_loop(app, result.code)
            return
        opened_stores.append(result.store)
        window.attach_store(result.store)

    # the list read from the file itself first (plain SQL, no SQLAlchemy), painted; the
    # menus and toolbar next: a short step each, the event loop turning between them
    steps = window.startup_steps(args.db)

    def next_step() -> None:
        if not steps:
            open_database()
            return
        steps.pop(0)()
        QTimer.singleShot(0, next_step)

    def open_database() -> None:
        # on a worker; encrypted: asks the passphrase; damaged: offers a backup; in use: says so
        startup.open_database(
            args.db, window.dialogs, window, on_done=opened, on_trouble=window.drop_file_list
        )

    QTimer.singleShot(0, next_step)
    try:
        code = run_event_loop(app)
        return 1 if failed else code
    finally:
        window.close()
        current = getattr(window, "store", None)  # encrypting replaces the store
        window.deleteLater()
        for store in [*opened_stores, current]:
            if store is not None:
                store.close()


if __name__ == "__main__":
    sys.exit(main())

"""Start the desktop application: ``caselog`` with no command, or ``python -m caselog.ui.app``."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

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
    """The QApplication, named for QSettings and set up for high-DPI screens."""
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *(argv or [])])
    app.setApplicationDisplayName("caselog")
    return app


def run_event_loop(app: QApplication) -> int:
    return app.exec()


def show_startup_error(text: str) -> None:
    """Say why the window cannot open: on stderr and in a message box."""
    print(text, file=sys.stderr)
    QMessageBox.critical(None, "caselog", text)


def main(argv: list[str] | None = None) -> int:
    """Open the window on the database ``--db`` names (the same rule as the command line)."""
    args = _parse(list(sys.argv[1:] if argv is None else argv))
    app = make_application()
    from caselog.store.engine import open_store
    from caselog.ui.main_window import MainWindow

    try:
        store = open_store(args.db)
    except Exception as exc:  # a clear message, not a traceback
        log.info("cannot open the database", exc_info=True)
        show_startup_error(f"caselog cannot open the database {args.db or ''}:\n{exc}")
        return 1
    window = MainWindow(store)
    try:
        window.show()
        return run_event_loop(app)
    finally:
        window.close()
        window.deleteLater()
        store.close()


if __name__ == "__main__":
    raise SystemExit(main())

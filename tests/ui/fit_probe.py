"""Open the window and each of its dialogs on the screen the environment gives (run by
tests/ui/test_fits_screen.py in a subprocess, with a laptop-sized offscreen screen and a
scale factor) and print, as JSON, each one's frame and the screen's available geometry."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QRect, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    import caselog.store.services as services
    from caselog.store.engine import open_store
    from caselog.ui.app import make_application
    from caselog.ui.main_window import MainWindow
    from caselog.ui.resources import example_case_file
    from tests.ui.helpers import ScriptedDialogs

    folder = Path(argv[0])
    app = make_application()
    store = open_store(str(folder / "fit.db"))
    services.import_case_file(example_case_file(), store=store)
    settings = QSettings(str(folder / "fit.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings=settings, dialogs=ScriptedDialogs())
    window.show()
    window.open_case(services.list_cases(store=store, limit=1)[0].id)
    app.processEvents()
    # every tab, then the timeline with a new event's form (its Add and Cancel buttons too):
    # the window may only grow within the screen
    for tab in (0, 2, 3, 1):
        window.show_tab(tab)
        app.processEvents()
    window.case_view.timeline.start_new("medication")
    app.processEvents()
    shown: dict[str, QWidget] = {"main window": window}
    report = window.open_report()
    assert report is not None
    shown["report dialog"] = report
    shown["overview"] = window.review.show_overview()
    shown["series"] = window.review.show_series()
    history = window.durability.show_history()
    assert history is not None
    shown["history"] = history
    shown["backups"] = window.durability.show_backups()
    for w in shown.values():
        w.show()
    app.processEvents()

    def box(r: QRect) -> list[int]:
        return [r.x(), r.y(), r.width(), r.height()]

    screen = window.screen().availableGeometry()
    out = {
        "screen": box(screen),
        "windows": {
            name: {
                "frame": box(w.frameGeometry()),
                "least": [w.minimumSizeHint().width(), w.minimumSizeHint().height()],
            }
            for name, w in shown.items()
        },
    }
    print(json.dumps(out), flush=True)
    report.cancel_preview() if hasattr(report, "cancel_preview") else None
    QApplication.closeAllWindows()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The figure editor on a real X display: a DICOM slice with a burned-in name, the name
covered, a yellow arrow dragged with the mouse, the screen photographed.

Run by the xvfb test in a subprocess (its own QApplication on the xcb platform):
``python -m tests.ui.xvfb_figure --out SHOT.png``; prints one JSON line of what it saw.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

DEADLINE_S = 10.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "xcb"

    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from caselog.interchange.images import load_image
    from caselog.ui.app import make_application
    from caselog.ui.forms.figure_editor import FigureEditor
    from tests import dicom_fixture

    app = make_application()
    ct = load_image(dicom_fixture.ct_slice(512), name="ct.dcm")
    editor = FigureEditor([ct], 0)
    editor.setGeometry(editor.screen().availableGeometry())
    editor.show()
    seen: dict[str, object] = {}
    drawn: list[float] = []  # when the arrow was drawn

    def when_drawn(then: object) -> None:
        def check() -> None:
            if editor.drawn_generation == editor.generation:
                then()  # type: ignore[operator]
            else:
                QTimer.singleShot(100, check)

        QTimer.singleShot(100, check)

    def first() -> None:
        seen["warned"] = editor.warning.isVisible() and "top left" in editor.warning.text()
        editor.cover_button.click()
        when_drawn(second)

    def second() -> None:
        seen["covered"] = editor.warning.isHidden()
        editor.colour.setCurrentIndex(editor.colour.findData("yellow"))
        c = editor.canvas
        a, b = c.point((0.8, 0.9)).toPoint(), c.point((0.6, 0.6)).toPoint()
        QTest.mousePress(c, Qt.MouseButton.LeftButton, pos=a)
        QTest.mouseMove(c, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
        QTest.mouseRelease(c, Qt.MouseButton.LeftButton, pos=b)
        drawn.append(time.monotonic())
        when_drawn(shoot)

    def shoot() -> None:
        """Photograph the screen once the arrow shows on it (drawn, then painted on the
        screen), or after DEADLINE_S whatever it shows (the test then fails on it)."""
        seen["annotations"] = [a.kind for a in editor.image().annotations]
        shot = editor.screen().grabWindow(0)
        c = editor.canvas
        tip = c.mapToGlobal(c.point((0.65, 0.675)).toPoint())  # on the arrow's shaft
        corner = c.mapToGlobal(c.point((0.1, 0.02)).toPoint())  # where the name was
        image = shot.toImage()
        near = [
            image.pixelColor(tip.x() + dx, tip.y() + dy)
            for dx in range(-4, 5)
            for dy in range(-4, 5)
        ]
        yellow = [q for q in near if q.red() > 200 and q.green() > 180 and q.blue() < 80]
        if not yellow and time.monotonic() - drawn[0] < DEADLINE_S:
            QTimer.singleShot(50, shoot)  # not on the screen yet
            return
        seen["shaft"] = (yellow or near)[0].name()
        seen["corner"] = image.pixelColor(corner).name()
        seen["saved"] = shot.save(args.out)
        print(json.dumps(seen), flush=True)
        QApplication.exit(0)

    when_drawn(first)
    code = app.exec()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())

"""Windows sized to the screen they open on (a 1366x768 laptop, or the same at 1.5x
scaling). Its own small module: the main window sizes itself before its first paint,
before the dialogs load."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["fit_to_screen"]


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to ``width`` x ``height``, or less: never larger than the available
    geometry of the screen it opens on (a 1366x768 laptop, or the same at 1.5x scaling), and
    placed inside it."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    # the window frame (title bar, borders) comes on top of the size given here
    w = min(width, room.width() - 16)
    h = min(height, room.height() - 48)
    window.resize(max(w, 1), max(h, 1))
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() - w - 16)
    y = min(max(frame.y(), room.y()), room.bottom() - h - 48)
    window.move(max(x, room.x()), max(y, room.y()))

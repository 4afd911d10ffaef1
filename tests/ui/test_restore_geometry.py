"""The main window's saved geometry: one Qt cannot restore (saved by another Qt, or on a
screen no longer there) leaves the window sized to the screen, as a first start does, not
at Qt's default of a few hundred pixels."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from caselog.ui.main_window import MainWindow


def _window(qtbot: Any, settings: QSettings) -> MainWindow:
    window = MainWindow(settings=settings, chrome_later=True)
    qtbot.addWidget(window)
    return window


def test_a_geometry_qt_cannot_restore_sizes_the_window_to_the_screen(
    qtbot: Any, tmp_path: Path
) -> None:
    fresh = _window(qtbot, QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
    broken = QSettings(str(tmp_path / "broken.ini"), QSettings.Format.IniFormat)
    broken.setValue("window/geometry", QByteArray(b"\x01\xd9\xd0\xcb\x00\x09 not a geometry"))
    window = _window(qtbot, broken)
    assert window.size() == fresh.size()
    assert window.width() > 640 and window.height() > 480


def test_a_geometry_saved_is_restored(qtbot: Any, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "saved.ini"), QSettings.Format.IniFormat)
    first = _window(qtbot, settings)
    first.resize(700, 520)
    settings.setValue("window/geometry", first.saveGeometry())
    again = _window(qtbot, settings)
    assert (again.width(), again.height()) == (700, 520)

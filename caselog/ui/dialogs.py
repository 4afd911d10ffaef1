"""Every modal question the window asks goes through here, so tests can replace it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

CASE_FILE_FILTER = "Case files (*.json);;All files (*)"
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg)"


class DialogService:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def confirm(self, title: str, text: str, ok: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        yes = box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def open_files(self, title: str, file_filter: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self.parent, title, "", file_filter)
        return [Path(n) for n in names]

    def save_file(self, title: str, suggested: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return Path(name) if name else None

"""Every modal question the window asks goes through here, so tests can replace it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from caselog.ui.passphrase_dialog import PassphraseDialog

if TYPE_CHECKING:
    from caselog.store.engine import Store

CASE_FILE_FILTER = "Case files (*.json);;All files (*)"
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg)"
PDF_FILTER = "PDF files (*.pdf)"
CSV_FILTER = "CSV files (*.csv)"


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

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """One line of text, or None when cancelled."""
        value, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def ask_passphrase(self, title: str, text: str, *, new: bool = False) -> str | None:
        """A passphrase (``new``: typed twice), or None when cancelled."""
        return PassphraseDialog.ask(self.parent, title, text, new=new)

    def open_files(self, title: str, file_filter: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self.parent, title, "", file_filter)
        return [Path(n) for n in names]

    def review_redactions(self, case_ids: list[int], store: Store, what: str) -> bool:
        """The author's review of what leaves the machine; True to continue."""
        from caselog.ui.redaction_review import review_before_output

        return review_before_output(case_ids, store, what=what, parent=self.parent)

    def save_file(self, title: str, suggested: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return Path(name) if name else None


def no_default_button(dialog: QWidget) -> None:
    """Enter in a field of a window that saves as you type must not press a button."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)

"""Every modal question the window asks goes through here, so tests can replace it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths
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
ZIP_FILTER = "Zip archives (*.zip)"
CSV_FILTER = "CSV files (*.csv)"
REFERENCE_FILTER = (
    "Reference files (*.bib *.bibtex *.ris *.nbib *.medline *.txt *.json);;All files (*)"
)


class DialogService:
    """``settings`` keeps the folder each kind of file was last opened from or saved to."""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        self.parent = parent
        self._settings = settings

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
        folder = self.start_folder(file_filter)
        names, _ = QFileDialog.getOpenFileNames(self.parent, title, str(folder), file_filter)
        paths = [Path(n) for n in names]
        if paths:
            self.remember_folder(file_filter, paths[0].parent)
        return paths

    def review_redactions(self, case_ids: list[int], store: Store, what: str) -> bool:
        """The author's review of what leaves the machine; True to continue."""
        from caselog.ui.burned_review import review_images
        from caselog.ui.redaction_review import review_before_output

        if not review_before_output(case_ids, store, what=what, parent=self.parent):
            return False
        # then the images: text burned into them is shown boxed, covered or marked checked
        return review_images(case_ids, store, what=what, parent=self.parent)

    def save_file(self, title: str, suggested: str, file_filter: str) -> Path | None:
        start = self.start_folder(file_filter) / Path(suggested).name if suggested else None
        name, _ = QFileDialog.getSaveFileName(
            self.parent, title, str(start or self.start_folder(file_filter)), file_filter
        )
        if not name:
            return None
        path = Path(name)
        self.remember_folder(file_filter, path.parent)
        return path

    # -- where file dialogs start ----------------------------------------------------------

    def _settings_(self) -> QSettings:
        if self._settings is None:
            self._settings = QSettings()
        return self._settings

    @staticmethod
    def _key(file_filter: str) -> str:
        # one folder per kind of file: images come from one place, reports go to another
        kind = file_filter.split("(", 1)[0].strip().lower() or "files"
        return "dialogs/folder/" + "".join(c if c.isalnum() else "_" for c in kind)

    def start_folder(self, file_filter: str) -> Path:
        """The folder last used for this kind of file, else the user's documents folder
        (never the folder the program was started from)."""
        saved = self._settings_().value(self._key(file_filter))
        if isinstance(saved, str) and saved and Path(saved).is_dir():
            return Path(saved)
        return documents_folder()

    def remember_folder(self, file_filter: str, folder: Path) -> None:
        self._settings_().setValue(self._key(file_filter), str(folder))


def documents_folder() -> Path:
    """The user's documents folder (QStandardPaths), else their home folder."""
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        path = QStandardPaths.writableLocation(location)
        if path and Path(path).is_dir():
            return Path(path)
    return Path.home()


def no_default_button(dialog: QWidget) -> None:
    """Enter in a field of a window that saves as you type must not press a button."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)

"""The images of an imaging event: thumbnails, a caption and panel letter for each, added by
file dialog, by dropping files, or by pasting an image (a screenshot from a PACS viewer).
A new image takes the next panel letter of the case (A, B, C… across its imaging events).

A DICOM file is taken by its content (of a multi-frame file, the slice the author picks);
its modality and body part are offered to the event (``facts``). Mark up… opens the figure
editor (window, crop, annotations, redaction; ``figure_editor``); the thumbnails show the
figure as it prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caselog import lazy
from caselog.core.model import Image
from caselog.interchange.errors import ImageError
from caselog.interchange.images import DICOM, load_image, sniff
from caselog.ui.forms.fields import error_label
from caselog.ui.forms.figure_editor import FigureEditor
from caselog.ui.taskman import Done, TaskContext, taskman

if TYPE_CHECKING:
    from caselog.figures import burned_text, compose, dicom, marks
else:  # numpy and Pillow: with the first thumbnail, never with the case list
    compose = lazy.module("caselog.figures.compose")
    dicom = lazy.module("caselog.figures.dicom")
    marks = lazy.module("caselog.figures.marks")
    burned_text = lazy.module("caselog.figures.burned_text")

THUMB = 96
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".dcm", ".dicom")
PickFrame = Callable[[str, int], "int | None"]


def next_panel(used: set[str]) -> str | None:
    """The first letter, A to Z, no image of the case uses yet (None when all are)."""
    for i in range(26):
        letter = chr(ord("A") + i)
        if letter not in used:
            return letter
    return None


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def thumbnail(image: Image, size: int = THUMB) -> QPixmap:
    pixmap = QPixmap()
    fit = compose.fit(compose.natural_size(image), (2 * size, 2 * size))
    pixmap.loadFromData(compose.figure_png(image, fit))  # the figure as it prints
    return pixmap.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class ImageListEditor(QWidget):
    """Edits a list of Image; ``changed`` fires after every change the user makes."""

    changed = Signal()
    facts = Signal(str, str)  # a DICOM file's modality and region, for the event ("" unknown)

    def __init__(
        self,
        pick_files: Callable[[], list[Path]],
        parent: QWidget | None = None,
        *,
        pick_frame: PickFrame | None = None,
    ) -> None:
        super().__init__(parent)
        self._pick_files = pick_files
        self._pick_frame = pick_frame or self._ask_frame
        self.figure_editor: FigureEditor | None = None
        self._images: list[Image] = []
        self._used_panels: Callable[[], set[str]] = lambda: set()
        self._pasted = 0
        self.setAcceptDrops(True)
        self.setAccessibleName("Images")

        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWrapping(True)
        self.list.setFixedHeight(THUMB + 44)
        self.list.setAccessibleName("Image thumbnails")
        self.list.setToolTip("Drop PNG, JPEG or DICOM files here")
        self.list.currentRowChanged.connect(self._show_current)
        self.list.setAcceptDrops(False)

        # short labels: the buttons never widen a narrow pane
        self.add_button = QPushButton("Add i&mages…", self)
        self.add_button.setAccessibleName("Add images")
        self.add_button.clicked.connect(self.add_from_dialog)
        self.paste_button = QPushButton("Paste", self)
        self.paste_button.setAccessibleName("Paste image")
        self.paste_button.setToolTip("Add the image on the clipboard (Ctrl+V), e.g. a screenshot")
        self.paste_button.clicked.connect(self.paste_clipboard)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.list)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste_clipboard)
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.setAccessibleName("Remove image")
        self.remove_button.setToolTip("Remove the selected image from this event")
        self.remove_button.clicked.connect(self.remove_current)
        self.figure_button = QPushButton("Mar&k up…", self)
        self.figure_button.setAccessibleName("Edit figure")
        self.figure_button.setToolTip(
            "Window, crop, arrows, labels and redaction boxes, and the panels as they print"
        )
        self.figure_button.clicked.connect(self.edit_figure)
        self.caption = QLineEdit(self)
        self.caption.setAccessibleName("Image caption")
        self.caption.setPlaceholderText("What the image shows")
        self.caption.editingFinished.connect(self._caption_done)
        self.panel = QLineEdit(self)
        self.panel.setAccessibleName("Image panel letter")
        self.panel.setMaxLength(1)
        self.panel.setFixedWidth(self.panel.fontMetrics().horizontalAdvance("MM") + 16)
        self.panel.setPlaceholderText("A")
        self.panel.editingFinished.connect(self._panel_done)
        self.error = error_label(self)
        # the burned-in text warning of the selected image (found on a worker)
        self.marks = QLabel(self)
        self.marks.setWordWrap(True)
        self.marks.setStyleSheet("color: #8a4b00;")
        self.marks.hide()
        self.accept_marks = QCheckBox("Its burned-in text is not identifying (accept)", self)
        self.accept_marks.setAccessibleName("Accept burned-in text")
        self.accept_marks.hide()
        self.accept_marks.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus
        self.accept_marks.toggled.connect(self._accept_toggled)
        self.marks_checked: Image | None = None  # the image the warning shown is of
        self.hint = QLabel(
            "Drop PNG, JPEG or DICOM files here, paste a screenshot, or Add images.", self
        )
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        details = QFormLayout()
        cap_label = QLabel("Cap&tion", self)
        cap_label.setBuddy(self.caption)
        pan_label = QLabel("Pane&l", self)
        pan_label.setBuddy(self.panel)
        details.addRow(cap_label, self.caption)
        panel_row = QHBoxLayout()  # the figure button beside the narrow panel field: the
        panel_row.addWidget(self.panel)  # button row never widens a narrow pane
        panel_row.addStretch(1)
        panel_row.addWidget(self.figure_button)
        details.addRow(pan_label, panel_row)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list)
        lay.addWidget(self.hint)
        lay.addLayout(buttons)
        lay.addLayout(details)
        lay.addWidget(self.marks)
        lay.addWidget(self.accept_marks)
        lay.addWidget(self.error)
        self._show_current(-1)

    # -- data ------------------------------------------------------------------------------

    def set_panel_source(self, used: Callable[[], set[str]]) -> None:
        """``used``: the panel letters the case's other imaging events use."""
        self._used_panels = used

    def images(self) -> list[Image]:
        return list(self._images)

    def set_images(self, images: list[Image]) -> None:
        current = self.list.currentRow()
        self._images = list(images)
        self.list.blockSignals(True)
        self.list.clear()
        for image in self._images:
            item = QListWidgetItem(QIcon(thumbnail(image)), self._item_text(image))
            item.setToolTip(image.caption or image.filename or "")
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self._images:
            self.list.setCurrentRow(min(max(current, 0), len(self._images) - 1))
        self._show_current(self.list.currentRow())
        self.hint.setVisible(not self._images)

    @staticmethod
    def _item_text(image: Image) -> str:
        head = f"({image.panel}) " if image.panel else ""
        return head + (image.filename or "image")

    def add_files(self, paths: list[Path]) -> None:
        """Load each file as an Image (validated, metadata stripped); report the bad ones."""
        problems: list[str] = []
        loaded: list[tuple[str, bytes]] = []
        for path in paths:
            try:
                loaded.append((path.name, path.read_bytes()))
            except OSError as exc:
                problems.append(f"{path.name}: {exc}")
        self.add_data(loaded, problems)

    def add_data(self, items: list[tuple[str, bytes]], problems: list[str] | None = None) -> None:
        """Add images from ``(name, bytes)``, each with the next free panel letter."""
        problems = list(problems or [])
        added: list[Image] = []
        used = self._used_panels() | {im.panel for im in self._images if im.panel}
        for name, data in items:
            try:
                frame = self._frame_of(name, data)
                image = load_image(data, name=name, frame=frame)
            except ImageError as exc:
                problems.append(f"{name}: {exc}")
                continue
            except _Skipped:
                continue
            if image.source is not None:
                modality = dicom.event_modality(image.source) or ""
                self.facts.emit(modality, dicom.event_region(image.source) or "")
            if image.filename is None:
                image = replace(image, filename=name)
            if image.panel is None:
                image = replace(image, panel=next_panel(used))
                if image.panel:
                    used.add(image.panel)
            added.append(image)
        self._set_error("\n".join(problems))
        if added:
            self.set_images(self._images + added)
            self.list.setCurrentRow(len(self._images) - 1)
            self.changed.emit()

    def _frame_of(self, name: str, data: bytes) -> int | None:
        """The slice to take of a multi-frame DICOM file (asked), else None."""
        if sniff(data) != DICOM:
            return None
        frames = dicom.frame_count(data, name=name)
        if frames == 1:
            return None
        frame = self._pick_frame(name, frames)
        if frame is None:
            raise _Skipped
        return frame

    def _ask_frame(self, name: str, frames: int) -> int | None:
        from PySide6.QtWidgets import QInputDialog

        frame, ok = QInputDialog.getInt(
            self, "Choose a slice", f"{name} holds {frames} slices: which one?",
            (frames + 1) // 2, 1, frames,
        )  # fmt: skip
        return frame if ok else None

    def edit_figure(self) -> None:
        """Open the figure editor on the selected image (not modal for the test's sake:
        ``accepted`` applies its result)."""
        row = self.list.currentRow()
        if not 0 <= row < len(self._images):
            return
        editor = FigureEditor(self._images, row, self)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.accepted.connect(lambda: self._figure_done(row, editor.image()))
        editor.finished.connect(editor.deleteLater)
        editor.finished.connect(self._figure_closed)
        self.figure_editor = editor
        editor.open()

    def _figure_closed(self) -> None:
        self.figure_editor = None
        self.window().activateWindow()  # back to the form, where the author was
        self.figure_button.setFocus()

    def _figure_done(self, row: int, image: Image) -> None:
        if 0 <= row < len(self._images) and image != self._images[row]:
            images = list(self._images)
            images[row] = image
            self.set_images(images)
            self.changed.emit()

    def paste_clipboard(self) -> None:
        """Add what the clipboard holds: an image (a screenshot), or copied image files."""
        self.add_mime(QGuiApplication.clipboard().mimeData(), "pasted")

    def add_mime(self, mime: QMimeData | None, how: str) -> None:
        if mime is None:
            return
        paths = self._paths_of(mime)
        if paths:
            self.add_files(paths)
            return
        if mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                self._pasted += 1
                self.add_data([(f"{how}-{self._pasted}.png", png_bytes(image))])
                return
        self._set_error("The clipboard holds no image: copy a screenshot or image files first.")

    def add_from_dialog(self) -> None:
        paths = self._pick_files()
        if paths:
            self.add_files(paths)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._images):
            images = self._images[:row] + self._images[row + 1 :]
            self.set_images(images)
            self.changed.emit()

    # -- details ---------------------------------------------------------------------------

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show_current(self, row: int) -> None:
        ok = 0 <= row < len(self._images)
        for w in (self.caption, self.panel, self.remove_button, self.figure_button):
            w.setEnabled(ok)
        self.caption.setText(self._images[row].caption or "" if ok else "")
        self.panel.setText(self._images[row].panel or "" if ok else "")
        self.caption.setModified(False)
        self.panel.setModified(False)
        self._check_marks(self._images[row] if ok else None)

    def _check_marks(self, image: Image | None) -> None:
        """Look for burned-in text in ``image`` on a worker; warn when some is left."""
        same = (
            self.marks_checked is not None
            and image is not None
            and (self.marks_checked.sha256 == image.sha256)
        )
        if not same:  # the warning of another image goes; the same image's stays meanwhile
            self.marks.hide()
            self.accept_marks.hide()
        self.marks_checked = None
        if image is None:
            return

        def done(d: Done[list[object]]) -> None:
            row = self.list.currentRow()
            if not (0 <= row < len(self._images)) or self._images[row] != image:
                return  # another image is shown by now
            found = d.result if d.ok and d.result is not None else []
            self.marks_checked = image
            if found:
                text = marks.warning(image, found)  # type: ignore[arg-type]
                self.marks.setText(f"\u26a0 {text} (Mark up… adds the box).")
            self.marks.setVisible(bool(found) and not image.marks_accepted)
            self.accept_marks.blockSignals(True)
            self.accept_marks.setChecked(image.marks_accepted)
            self.accept_marks.blockSignals(False)
            self.accept_marks.setVisible(bool(found))

        def work(ctx: TaskContext) -> list[object]:
            return list(burned_text.image_marks(image))

        taskman().run_in_background(work, done, owner=self, name="marks")

    def _accept_toggled(self, on: bool) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._images):
            return
        self._images[row] = replace(self._images[row], marks_accepted=on)
        self.marks.setVisible(not on)
        self.marks_checked = self._images[row]
        self.changed.emit()

    def _caption_done(self) -> None:
        row = self.list.currentRow()
        if not self.caption.isModified() or not 0 <= row < len(self._images):
            return
        self.caption.setModified(False)
        self._images[row] = replace(self._images[row], caption=self.caption.text().strip() or None)
        self.list.item(row).setToolTip(self._images[row].caption or "")
        self.changed.emit()

    def _panel_done(self) -> None:
        row = self.list.currentRow()
        if not self.panel.isModified() or not 0 <= row < len(self._images):
            return
        self.panel.setModified(False)
        text = self.panel.text().strip().upper()
        if text and not ("A" <= text <= "Z"):
            self._set_error("A panel is one letter, A to Z")
            return
        self._set_error("")
        self._images[row] = replace(self._images[row], panel=text or None)
        self.list.item(row).setText(self._item_text(self._images[row]))
        self.changed.emit()

    # -- drag and drop ---------------------------------------------------------------------

    @staticmethod
    def _paths_of(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [
            Path(u.toLocalFile())
            for u in mime.urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(IMAGE_SUFFIXES)
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self._paths_of(mime) or mime.hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if self._paths_of(mime) or mime.hasImage():
            event.acceptProposedAction()
            self.add_mime(mime, "dropped")


class _Skipped(Exception):
    """The author chose no slice of a multi-frame file: it is not added."""

"""The author's review of burned-in text before a report or an anonymised export leaves the
machine (issue 14, images), after the review of words (``redaction_review``).

Each image that would be refused is shown as it prints, each suspected place boxed in amber
(a picture, not a sentence), with the message that names it and two buttons: "Cover with
redaction boxes" adds a black box over each place; "Mark checked" records that its author
looked and found nothing identifying (``marks_accepted``). An image in which OCR read the
record's own name cannot be marked checked, only covered. Continue stays disabled while an
image is left; Cancel writes nothing. Reading runs on a worker (``taskman``: the detector
and OCR take a second or two an image); a decision is one service call
(``services.resolve_burned``), after which the images are read again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caselog import lazy
from caselog.store import services
from caselog.store.engine import Store
from caselog.store.errors import StoreError
from caselog.ui.taskman import Done, Task, taskman

burned_pictures = lazy.module("caselog.figures.burned_pictures")

PICTURE = 360  # pixels: the longer side of an image as the review shows it


class BurnedReviewDialog(QDialog):
    """The images of ``case_ids`` whose burned-in text stops them leaving; accepted means
    "continue" (then none is left)."""

    loaded = Signal()

    def __init__(
        self, case_ids: Sequence[int], store: Store, *, what: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Review burned-in text — {what}")
        self.case_ids = list(case_ids)
        self.store = store
        self.job: Task | None = None
        self.generation = 0
        self.items: list[services.BurnedImage] = []
        self.pictures: list[QLabel] = []
        self.cover_buttons: list[QPushButton] = []
        self.checked_buttons: list[QPushButton] = []
        self.note = QLabel("Looking for text burned into the images…", self)
        self.note.setWordWrap(True)
        self.rows = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        self.continue_button = QPushButton("&Continue", self)
        self.continue_button.setDefault(True)
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self.accept)
        cancel = QPushButton("Cancel", self)
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.continue_button)
        bottom.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(scroll, 1)
        lay.addLayout(bottom)
        self.resize(900, 640)
        self.reload()

    def reload(self) -> Task:
        ids, store = self.case_ids, self.store
        self.continue_button.setEnabled(False)

        def work(_ctx: object) -> list[tuple[services.BurnedImage, bytes]]:
            found = services.burned_images(ids, store=store)
            return [(b, burned_pictures.boxed_png(b.image, b.marks, PICTURE)) for b in found]

        self.generation += 1
        generation = self.generation
        self.job = taskman().run_in_background(
            work, lambda done: self._loaded(generation, done), owner=self,
            name="review burned-in text",
        )  # fmt: skip
        return self.job

    def _loaded(
        self, generation: int, done: Done[list[tuple[services.BurnedImage, bytes]]]
    ) -> None:
        if generation != self.generation:
            return  # a later reading is under way: it shows the images as they are now
        self.job = None
        if done.result is None:
            self.note.setText(f"The images could not be read: {done.message}")
            return
        while self.rows_layout.count():
            taken = self.rows_layout.takeAt(0)
            w = taken.widget() if taken is not None else None
            if w is not None:
                w.deleteLater()
        self.items, self.pictures = [], []
        self.cover_buttons, self.checked_buttons = [], []
        for i, (item, png) in enumerate(done.result):
            self.rows_layout.addWidget(self._row(i, item, png))
        self.rows_layout.addStretch(1)
        n = len(self.items)
        self.note.setText(
            f"{n} image(s) show text that may identify the patient (boxed in amber): cover "
            "each place with a redaction box, or mark the image checked when nothing in it "
            "identifies anyone, before you continue."
            if n
            else "No image shows burned-in text that is not covered or checked."
        )
        self.continue_button.setEnabled(n == 0)
        self.loaded.emit()
        if n == 0 and self.isVisible():
            self.accept()  # nothing to review: the output goes on

    def _row(self, i: int, item: services.BurnedImage, png: bytes) -> QWidget:
        self.items.append(item)
        row = QWidget(self.rows)
        picture = QLabel(row)
        picture.setAccessibleName(f"Image {i + 1} with its suspected text boxed")
        picture.setPixmap(QPixmap.fromImage(QImage.fromData(png)))
        self.pictures.append(picture)
        text = QLabel(f"\u26a0 {item.message}", row)
        text.setWordWrap(True)
        cover = QPushButton("Cover with &redaction boxes", row)
        cover.clicked.connect(lambda _=False, k=i: self.resolve(k, "cover"))
        checked = QPushButton("Mark &checked (not identifying)", row)
        checked.clicked.connect(lambda _=False, k=i: self.resolve(k, "checked"))
        if item.certain:
            checked.setEnabled(False)
            checked.setToolTip("OCR read the record's own name in it: cover it")
        if not item.marks:
            cover.setEnabled(False)  # read by OCR where no place was found: Mark up…
            cover.setToolTip("No place to cover was found: crop or cover it in Mark up…")
        self.cover_buttons.append(cover)
        self.checked_buttons.append(checked)
        side = QVBoxLayout()
        side.addWidget(text)
        side.addWidget(cover)
        side.addWidget(checked)
        side.addStretch(1)
        lay = QHBoxLayout(row)
        lay.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(side, 1)
        return row

    def resolve(self, index: int, how: str) -> None:
        """Cover the image's suspected places, or mark it checked; then read again."""
        item = self.items[index]
        assert item.case.id is not None and item.image.sha256 is not None
        try:
            services.resolve_burned(item.case.id, item.image.sha256, how, store=self.store)
        except (ValueError, StoreError) as exc:
            self.note.setText(f"The image was not changed: {exc}")
            return
        self.reload()


def review_images(
    case_ids: Sequence[int], store: Store, *, what: str, parent: QWidget | None = None
) -> bool:
    """Show the review modally when an image would be refused; True to continue."""
    dialog = BurnedReviewDialog(case_ids, store, what=what, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()

"""The figure of one image: window (level and width, with the usual presets), crop, arrows,
arrowheads, boxes, circles, labels and redaction boxes in white, yellow or black, undo and
delete, the burned-in text warning, and the figure's panels (A), (B), ... as they print.

Every picture here comes from ``caselog.figures`` (``compose`` and ``panels.preview``), the
functions the PDF and the DOCX print through, drawn on a worker (``taskman``): a large
16-bit CT never freezes the window. The stored pixels are never changed.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caselog import lazy
from caselog.core.figure import COLORS, Annotation, Point, Window
from caselog.core.model import Image
from caselog.ui.forms.fields import error_label
from caselog.ui.taskman import Done, TaskContext, taskman

if TYPE_CHECKING:
    from caselog.figures import burned_pictures, burned_text, compose, edit, marks, panels
    from caselog.figures import window as windowing
    from caselog.report import pixels
else:  # numpy and Pillow load when a figure is first edited, not with the image list
    compose = lazy.module("caselog.figures.compose")
    edit = lazy.module("caselog.figures.edit")
    marks = lazy.module("caselog.figures.marks")
    burned_text = lazy.module("caselog.figures.burned_text")
    burned_pictures = lazy.module("caselog.figures.burned_pictures")
    panels = lazy.module("caselog.figures.panels")
    windowing = lazy.module("caselog.figures.window")
    pixels = lazy.module("caselog.report.pixels")

TOOLS = (
    ("arrow", "&Arrow"),
    ("arrowhead", "Arrow&head"),
    ("box", "&Box"),
    ("circle", "C&ircle"),
    ("label", "&Label"),
    ("redact", "&Redact"),
    ("crop", "Cro&p"),
)
CANVAS = QSize(520, 520)
PREVIEW_WIDTH = 360.0  # pixels: the page's figure width (panels.PAGE_WIDTH) drawn this wide
PAGE_NAMES = (("cureus", "Cureus page"), ("cmaj", "CMAJ clinical image"))
RUBBER = QColor(255, 160, 0)


def _qimage(png: bytes) -> QImage:
    image = QImage()
    image.loadFromData(png, "PNG")
    return image


def _png(img: object) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG")  # type: ignore[attr-defined]
    return out.getvalue()


@dataclass(frozen=True)
class Drawn:
    """What the worker drew for one state of the figure."""

    generation: int
    canvas: QImage
    preview: QImage
    marks: list[object]
    greyscale: bool
    boxes: list[tuple[float, float, float, float]]  # the marks' places in the figure


class FigureCanvas(QWidget):
    """The figure as it prints, scaled to fit; a drag draws with the chosen tool."""

    dragged = Signal(tuple, tuple)  # start, end: fractions of the shown figure
    clicked = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(360, 360))
        self.setAccessibleName("Figure canvas")
        self.pixmap = QPixmap()
        self.suspects: list[tuple[float, float, float, float]] = []  # boxed in amber
        self._press: QPointF | None = None
        self._now: QPointF | None = None
        self.tool = "arrow"

    def sizeHint(self) -> QSize:
        return CANVAS

    def target(self) -> QRectF:
        """Where the figure sits in the widget (centred, aspect kept)."""
        if self.pixmap.isNull():
            return QRectF(0, 0, self.width(), self.height())
        size = self.pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x, y = (self.width() - size.width()) / 2, (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def fraction(self, p: QPointF) -> Point:
        r = self.target()
        fx = (p.x() - r.x()) / max(r.width(), 1.0)
        fy = (p.y() - r.y()) / max(r.height(), 1.0)
        return min(max(fx, 0.0), 1.0), min(max(fy, 0.0), 1.0)

    def point(self, f: Point) -> QPointF:
        r = self.target()
        return QPointF(r.x() + f[0] * r.width(), r.y() + f[1] * r.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(40, 40, 40))
        if not self.pixmap.isNull():
            p.drawPixmap(self.target().toRect(), self.pixmap)
        if self.suspects:  # the places of burned-in text not yet covered or accepted
            p.setPen(QPen(RUBBER, 2, Qt.PenStyle.DashLine))
            for x0, y0, x1, y1 in self.suspects:
                p.drawRect(QRectF(self.point((x0, y0)), self.point((x1, y1))).normalized())
        if self._press is not None and self._now is not None:
            p.setPen(QPen(RUBBER, 1, Qt.PenStyle.DashLine))
            if self.tool in ("arrow", "arrowhead"):
                p.drawLine(self._press, self._now)
            elif self.tool == "circle":
                p.drawEllipse(QRectF(self._press, self._now).normalized())
            else:
                p.drawRect(QRectF(self._press, self._now).normalized())
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._now = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            self._now = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        start, end = self.fraction(self._press), self.fraction(event.position())
        self._press = self._now = None
        self.update()
        if self.tool == "label" or start == end:
            self.clicked.emit(end)
        else:
            self.dragged.emit(start, end)


class FigureEditor(QDialog):
    """Edits the figure of ``images[index]``; ``image()`` is the result once accepted.
    ``images`` are the imaging event's images, previewed as the figure's panels."""

    redrawn = Signal()

    def __init__(self, images: Sequence[Image], index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Figure")
        self.setAccessibleName("Figure editor")
        self._images = list(images)
        self._index = index
        self._image = images[index]
        self._undo: list[Image] = []
        self.generation = 0
        self.drawn_generation = -1
        self.found: list[object] = []

        self.canvas = FigureCanvas(self)
        self.canvas.dragged.connect(self._dragged)
        self.canvas.clicked.connect(self._clicked)

        tools = QGroupBox("Tool", self)
        grid = QGridLayout(tools)
        self.tool_group = QButtonGroup(self)
        self.tool_buttons: dict[str, QToolButton] = {}
        for i, (key, text) in enumerate(TOOLS):
            b = QToolButton(tools)
            b.setText(text)
            b.setCheckable(True)
            b.setAccessibleName(f"{key} tool")
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.tool_group.addButton(b)
            self.tool_buttons[key] = b
            b.toggled.connect(lambda on, k=key: self._tool_toggled(on, k))
            grid.addWidget(b, i // 4, i % 4)
        self.colour = QComboBox(tools)
        self.colour.setAccessibleName("Colour")
        for c in COLORS:
            self.colour.addItem(c.capitalize(), c)
        self.label_text = QLineEdit(tools)
        self.label_text.setAccessibleName("Label text")
        self.label_text.setPlaceholderText("label text, then click on the image")
        self.label_text.setMaxLength(40)
        grid.addWidget(QLabel("Colour", tools), 2, 0)
        grid.addWidget(self.colour, 2, 1, 1, 3)
        grid.addWidget(self.label_text, 3, 0, 1, 4)

        self.items = QListWidget(self)
        self.items.setAccessibleName("Annotations")
        self.items.setMaximumHeight(110)
        self.undo_button = QPushButton("&Undo", self)
        self.undo_button.clicked.connect(self.undo)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.activated.connect(self.undo)
        self.delete_button = QPushButton("&Delete", self)
        self.delete_button.setToolTip("Delete the selected annotation")
        self.delete_button.clicked.connect(self.delete_selected)
        self.uncrop_button = QPushButton("Unc&rop", self)
        self.uncrop_button.clicked.connect(self.uncrop)

        window = QGroupBox("Window (level / width)", self)
        form = QFormLayout(window)
        self.preset = QComboBox(window)
        self.preset.setAccessibleName("Window preset")
        self.preset.addItem("Full range", None)
        for name, w in windowing.PRESETS.items():
            self.preset.addItem(f"{name.capitalize()} {w.center:g}/{w.width:g}", name)
        self.preset.addItem("Custom", "custom")
        self.center = QDoubleSpinBox(window)
        self.center.setRange(-100_000, 100_000)
        self.center.setDecimals(0)
        self.center.setAccessibleName("Window level")
        self.width_ = QDoubleSpinBox(window)
        self.width_.setRange(1, 200_000)
        self.width_.setDecimals(0)
        self.width_.setAccessibleName("Window width")
        form.addRow("&Preset", self.preset)
        form.addRow("Le&vel", self.center)
        form.addRow("&Width", self.width_)
        self.preset.activated.connect(self._preset_chosen)
        self.center.editingFinished.connect(self._window_typed)
        self.width_.editingFinished.connect(self._window_typed)
        self.window_box = window

        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.cover_button = QPushButton("Cover with redaction bo&xes", self)
        self.cover_button.clicked.connect(self.cover_marks)
        self.accept_marks = QCheckBox("The marks are not identifying (accept)", self)
        self.accept_marks.toggled.connect(self._accept_toggled)
        self.error = error_label(self)

        self.page = QComboBox(self)
        self.page.setAccessibleName("Preview the panels as printed on")
        for key, name in PAGE_NAMES:
            self.page.addItem(name, key)
        self.page.currentIndexChanged.connect(lambda _i: self._redraw())
        self.preview = QLabel(self)
        self.preview.setAccessibleName("Panel layout preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(tools)
        side.addWidget(self.items)
        row = QHBoxLayout()
        for push in (self.undo_button, self.delete_button, self.uncrop_button):
            row.addWidget(push)
        side.addLayout(row)
        side.addWidget(window)
        side.addWidget(self.warning)
        side.addWidget(self.cover_button)
        side.addWidget(self.accept_marks)
        side.addWidget(self.error)
        side.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.canvas, 1)
        heading = QHBoxLayout()
        heading.addWidget(QLabel("The figure's panels as they print on", self))
        heading.addWidget(self.page)
        heading.addStretch(1)
        left.addLayout(heading)
        left.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(side)
        lay = QVBoxLayout(self)
        lay.addLayout(body)
        lay.addWidget(buttons)

        self.tool_buttons["arrow"].setChecked(True)
        self.resize(1150, 730)
        self._show_state()

    # -- state -----------------------------------------------------------------------------

    def image(self) -> Image:
        return self._image

    def _change(self, image: Image) -> None:
        if image == self._image:
            self._show_state()  # the controls back to what the figure is
            return
        self._undo.append(self._image)
        self._image = image
        self._show_state()

    def undo(self) -> None:
        if self._undo:
            self._image = self._undo.pop()
            self._show_state()

    def set_tool(self, tool: str) -> None:
        self.canvas.tool = tool
        self.tool_buttons[tool].setChecked(True)

    def _tool_toggled(self, on: bool, tool: str) -> None:
        if on:
            self.canvas.tool = tool

    def colour_name(self) -> str:
        return str(self.colour.currentData())

    def _dragged(self, start: Point, end: Point) -> None:
        tool = self.canvas.tool
        if tool == "crop":
            self._change(edit.crop_to(self._image, start, end))
        elif tool != "label":
            colour = "black" if tool == "redact" else self.colour_name()
            self._change(
                edit.add(self._image, Annotation(tool, start=start, end=end, color=colour))
            )

    def _clicked(self, at: Point) -> None:
        if self.canvas.tool != "label":
            return
        text = self.label_text.text().strip()
        if not text:
            self._set_error("Type the label's text first, then click where it goes.")
            return
        self._set_error("")
        self._change(
            edit.add(self._image, Annotation("label", at=at, text=text, color=self.colour_name()))
        )

    def delete_selected(self) -> None:
        row = self.items.currentRow()
        if 0 <= row < len(self._image.annotations):
            self._change(edit.remove(self._image, row))

    def uncrop(self) -> None:
        self._change(edit.set_crop(self._image, None))

    def cover_marks(self) -> None:
        if self.found:
            boxes = marks.cover(self._image, self.found)  # type: ignore[arg-type]
            self._change(replace(self._image, annotations=[*self._image.annotations, *boxes]))

    def _accept_toggled(self, on: bool) -> None:
        self._change(replace(self._image, marks_accepted=on))

    def _preset_chosen(self, index: int) -> None:
        key = self.preset.itemData(index)
        if key == "custom":
            self._window_typed()
            return
        window = None if key is None else windowing.PRESETS[key]
        self._change(replace(self._image, window=window))

    def _window_typed(self) -> None:
        w = Window(self.center.value(), max(self.width_.value(), 1.0))
        self._change(replace(self._image, window=w))

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show_state(self) -> None:
        im = self._image
        self.items.clear()
        for a in im.annotations:
            self.items.addItem(edit.describe(a))
        self.undo_button.setEnabled(bool(self._undo))
        self.uncrop_button.setEnabled(im.crop is not None)
        self.accept_marks.blockSignals(True)
        self.accept_marks.setChecked(im.marks_accepted)
        self.accept_marks.blockSignals(False)
        w = im.window
        for box in (self.center, self.width_, self.preset):
            box.blockSignals(True)
        if w is not None:
            self.center.setValue(w.center)
            self.width_.setValue(w.width)
        names = [k for k, p in windowing.PRESETS.items() if p == w]
        i = self.preset.findData(names[0] if names else (None if w is None else "custom"))
        self.preset.setCurrentIndex(max(i, 0))
        for box in (self.center, self.width_, self.preset):
            box.blockSignals(False)
        self._redraw()

    # -- drawing (on a worker) -------------------------------------------------------------

    def _redraw(self) -> None:
        self.generation += 1
        generation, image = self.generation, self._image
        images = [image if i == self._index else im for i, im in enumerate(self._images)]
        box = self.canvas.size().expandedTo(CANVAS)
        scale = PREVIEW_WIDTH / panels.PAGE_WIDTH
        max_height = panels.PAGES[str(self.page.currentData() or "cureus")]

        def work(ctx: TaskContext) -> Drawn:
            natural = compose.natural_size(image)
            size = compose.fit(natural, (box.width(), box.height()))
            canvas = _qimage(compose.figure_png(image, size))
            ctx.check()
            found = burned_text.image_marks(image)
            ctx.check()
            page = panels.preview(images, panels.PAGE_WIDTH, scale, max_height)
            preview = _qimage(_png(page))
            with pixels.open_stored(image.data) as stored:
                grey = compose.windowable(stored)
            boxes = burned_pictures.crop_boxes(image, found)
            return Drawn(generation, canvas, preview, list(found), grey, boxes)

        taskman().run_in_background(work, self._drawn, owner=self, name="figure")

    def _drawn(self, done: Done[Drawn]) -> None:
        if not done.ok or done.result is None:
            if done.error is not None:
                self._set_error(f"The figure cannot be drawn: {done.message}")
            return
        d = done.result
        if d.generation != self.generation:
            return  # a later state is being drawn
        self.canvas.pixmap = QPixmap.fromImage(d.canvas)
        self.canvas.update()
        preview = QPixmap.fromImage(d.preview)
        self.preview.setPixmap(preview)
        self.preview.setFixedSize(preview.size())  # at its size, never clipped or scaled
        self.found = d.marks
        self.canvas.suspects = [] if self._image.marks_accepted else d.boxes
        self.window_box.setEnabled(d.greyscale)
        self.window_box.setToolTip("" if d.greyscale else "A window applies to greyscale images")
        if self.found and not self._image.marks_accepted:
            text = marks.warning(self._image, self.found)  # type: ignore[arg-type]
            self.warning.setText(f"\u26a0 {text}. Until then the figure cannot leave caselog.")
        elif self.found:
            self.warning.setText("Text-like marks accepted as not identifying.")
        else:
            self.warning.setText("")
        self.warning.setVisible(bool(self.warning.text()))
        self.cover_button.setVisible(bool(self.found))
        self.accept_marks.setVisible(bool(self.found) or self._image.marks_accepted)
        self.drawn_generation = d.generation
        self.redrawn.emit()

"""Splitters a user can find and a table whose first columns never leave the view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QSplitter,
    QStyle,
    QStyleOption,
    QTableView,
    QWidget,
)

# wide enough to aim at, and marked (the default, 4 px with little to see, was easy to miss)
HANDLE_WIDTH = 8


class HandleStyle(QProxyStyle):
    """A splitter handle drawn as a band of the palette's midlight, its highlight under the
    pointer (what the style sheet ``QSplitter::handle { background: palette(midlight) }``
    and ``:hover { background: palette(highlight) }`` drew, pixel for pixel).

    A handle paints itself with its splitter's style, so the splitter has it; unlike a
    style sheet, a style does not pass to the widgets inside the splitter (a style sheet
    there put the whole case view under Qt's style-sheet style: most of the time the case
    view took to build)."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element != QStyle.ControlElement.CE_Splitter:
            super().drawControl(element, option, painter, widget)
            return
        hovered = option.state & QStyle.StateFlag.State_MouseOver
        role = QPalette.ColorRole.Highlight if hovered else QPalette.ColorRole.Midlight
        painter.fillRect(option.rect, option.palette.brush(role))


def handle_style() -> HandleStyle:
    """The one HandleStyle of the application (Qt deletes it with the application)."""
    app = QApplication.instance()
    assert isinstance(app, QObject), "splitter handles need the QApplication"
    style = app.findChild(HandleStyle, "caselogHandleStyle")
    if style is None:
        style = HandleStyle()  # over the application's style, whichever it is
        style.setObjectName("caselogHandleStyle")
        style.setParent(app)
    return style


def show_handles(splitter: QSplitter) -> None:
    """A handle a user sees and can aim at (what may collapse is left as it was)."""
    splitter.setHandleWidth(HANDLE_WIDTH)
    splitter.setStyle(handle_style())


def keep_columns(table: QTableView, columns: Sequence[int], rest: int) -> None:
    """The table is never narrower than ``columns`` in full and ``rest`` pixels for the others
    (recomputed as its rows change): narrowing its pane never scrolls or squeezes them away.

    A reset measures every row; inserted or changed rows measure only themselves (an edit
    adds one row: it must not measure the whole timeline again)."""
    model = table.model()
    widest: dict[int, int] = {}

    def apply() -> None:
        header = table.horizontalHeader()
        width = sum(max(header.sectionSizeHint(c), widest.get(c, 0)) for c in columns)
        bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * table.frameWidth()
        table.setMinimumWidth(width + rest + bar + frame)

    def measure_all() -> None:
        widest.clear()
        for c in columns:
            widest[c] = table.sizeHintForColumn(c)
        apply()

    def measure_rows(first: int, last: int) -> None:
        grown = False
        for c in columns:
            for row in range(first, last + 1):
                w = table.sizeHintForIndex(model.index(row, c)).width()
                if w > widest.get(c, 0):
                    widest[c] = w
                    grown = True
        if grown:
            apply()

    model.modelReset.connect(measure_all)
    model.layoutChanged.connect(measure_all)
    model.rowsInserted.connect(lambda _parent, first, last: measure_rows(first, last))
    model.dataChanged.connect(
        lambda top, bottom, _roles=None: measure_rows(top.row(), bottom.row())
    )
    measure_all()


def fit_splitters(root: QWidget) -> None:
    for splitter in root.findChildren(QSplitter):
        show_handles(splitter)

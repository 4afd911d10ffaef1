"""Splitters a user can find and a table whose first columns never leave the view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QSplitter, QStyle, QTableView, QWidget

# wide enough to aim at, and marked: the style draws its grip on a handle this wide (the
# default, 4 px with little to see, was easy to miss)
HANDLE_WIDTH = 8
HANDLE_STYLE = (
    "QSplitter::handle { background: palette(midlight); }"
    "QSplitter::handle:hover { background: palette(highlight); }"
)


def show_handles(splitter: QSplitter) -> None:
    """A handle a user sees and can aim at (what may collapse is left as it was)."""
    splitter.setHandleWidth(HANDLE_WIDTH)
    splitter.setStyleSheet(HANDLE_STYLE)


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

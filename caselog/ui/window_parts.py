"""The pieces the list windows (backups, history, overview) are built of: a table of rows
and a Close button."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableView

_FIT = QHeaderView.ResizeMode.ResizeToContents


def row_table(
    parent: QDialog,
    model: QAbstractItemModel,
    name: str,
    *,
    resize: QHeaderView.ResizeMode = _FIT,
    stretch_last: bool = True,
) -> QTableView:
    """A table of ``model`` selecting whole rows, alternate rows shaded, no row numbers;
    its columns sized by ``resize``, the last one stretched to the edge (``stretch_last``)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(resize)
    header.setStretchLastSection(stretch_last)
    return table


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """A Close button that closes ``dialog``."""
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close.rejected.connect(dialog.close)
    return close

"""The list windows' shared table and Close button."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView

from caselog.ui.table_model import Column, RowsTableModel
from caselog.ui.window_parts import close_buttons, row_table


def test_row_table_selects_rows_and_sizes_its_columns(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    model: RowsTableModel[str] = RowsTableModel((Column("A", str), Column("B", str.upper)))
    table = row_table(dialog, model, "Letters", resize=QHeaderView.ResizeMode.Interactive)
    assert table.model() is model and table.parent() is dialog
    assert table.accessibleName() == "Letters"
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.alternatingRowColors() and table.verticalHeader().isHidden()
    header = table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert header.stretchLastSection()
    plain = row_table(dialog, model, "Plain", stretch_last=False)
    assert plain.horizontalHeader().sectionResizeMode(1) == QHeaderView.ResizeMode.ResizeToContents
    assert not plain.horizontalHeader().stretchLastSection()


def test_close_buttons_close_the_dialog(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    box = close_buttons(dialog)
    assert dialog.isVisible()
    box.rejected.emit()
    assert not dialog.isVisible()

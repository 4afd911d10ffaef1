"""The shared read-only table model: columns, roles, resets, reorders, qtmodeltester."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from caselog.ui.table_model import RIGHT, ROW_ROLE, Column, RowsTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ID_ROLE = ROW_ROLE + 1


@dataclass(frozen=True)
class Drug:
    id: int
    name: str
    doses: int


def _red_if_many(d: Drug) -> QColor | None:
    return QColor("red") if d.doses > 2 else None


COLUMNS: tuple[Column[Drug], ...] = (
    Column("Drug", lambda d: d.name, tooltip=lambda d: f"{d.name} (#{d.id})"),
    Column("Doses", lambda d: str(d.doses), align=RIGHT, roles={FOREGROUND: _red_if_many}),
)
ROWS = [Drug(1, "tacrolimus", 3), Drug(2, "ciclosporin", 1), Drug(3, "sirolimus", 2)]


def test_rows_and_columns_with_their_headers(qtmodeltester: Any) -> None:
    model: RowsTableModel[Drug] = RowsTableModel(COLUMNS)
    assert (model.rowCount(), model.columnCount()) == (0, 2)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table: no children
    assert model.columnCount(model.index(0, 0)) == 0
    h = Qt.Orientation.Horizontal
    assert [model.headerData(c, h) for c in range(2)] == ["Drug", "Doses"]
    assert model.headerData(2, h) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, h, TOOLTIP) is None
    assert model.rows() == ROWS and model.row_at(1) == ROWS[1]


def test_cell_roles_come_from_the_column(qtmodeltester: Any) -> None:
    model: RowsTableModel[Drug] = RowsTableModel(COLUMNS)
    model.set_rows(ROWS)
    name, doses = model.index(0, 0), model.index(0, 1)
    assert (name.data(DISPLAY), name.data(TOOLTIP)) == ("tacrolimus", "tacrolimus (#1)")
    assert (doses.data(DISPLAY), doses.data(TOOLTIP)) == ("3", "3")  # tooltip: the text
    assert doses.data(ALIGN) == RIGHT and name.data(ALIGN) is None
    assert doses.data(FOREGROUND) == QColor("red")
    assert model.data(doses, int(FOREGROUND)) == QColor("red")  # as a view asks: an int
    assert model.index(1, 1).data(FOREGROUND) is None  # the column's role said none
    assert name.data(FOREGROUND) is None  # no such role on this column
    assert name.data(ROW_ROLE) is ROWS[0] and doses.data(ROW_ROLE) is ROWS[0]
    assert model.data(QModelIndex(), DISPLAY) is None
    qtmodeltester.check(model)


def test_row_roles_replace_the_default_row_role() -> None:
    model: RowsTableModel[Drug] = RowsTableModel(
        COLUMNS, row_roles={ID_ROLE: lambda d: d.id, ROW_ROLE: lambda d: d.name.upper()}
    )
    model.set_rows(ROWS)
    assert model.index(2, 1).data(ID_ROLE) == 3
    assert model.index(2, 0).data(ROW_ROLE) == "SIROLIMUS"


def test_set_rows_resets_and_state_changes_inside_the_reset(qtbot: Any) -> None:
    model: RowsTableModel[Drug] = RowsTableModel(COLUMNS)
    seen: list[int] = []
    model.modelAboutToBeReset.connect(lambda: seen.append(model.rowCount()))
    model.modelReset.connect(lambda: seen.append(model.rowCount()))
    model.set_rows(ROWS)
    with model.resetting():
        model._rows = ROWS[:1]
    assert seen == [0, 3, 3, 1]


def test_replace_row_and_cells_changed_signal_the_cells(qtbot: Any) -> None:
    model: RowsTableModel[Drug] = RowsTableModel(COLUMNS)
    spans: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, *_: spans.append((a.row(), a.column(), b.row(), b.column()))
    )
    model.cells_changed()  # no rows: nothing to say
    model.set_rows(ROWS)
    model.replace_row(1, Drug(2, "everolimus", 4))
    model.cells_changed(1, 1)
    assert spans == [(1, 0, 1, 1), (0, 1, 2, 1)]
    assert model.index(1, 0).data() == "everolimus"


def test_reorder_moves_persistent_indexes_with_their_rows(qtmodeltester: Any) -> None:
    model: RowsTableModel[Drug] = RowsTableModel(COLUMNS)
    model.set_rows(ROWS)
    held = QPersistentModelIndex(model.index(0, 1))  # tacrolimus, doses
    model.reorder(sorted(ROWS, key=lambda d: d.name))
    assert [model.index(r, 0).data() for r in range(3)] == [
        "ciclosporin",
        "sirolimus",
        "tacrolimus",
    ]
    assert (held.row(), held.column()) == (2, 1)
    assert held.data(ROW_ROLE) is ROWS[0]
    qtmodeltester.check(model)

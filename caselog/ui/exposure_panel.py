"""Drug exposure read off the timeline (``caselog.clinical.exposure``), one row per course:
doses, cumulative dose, time on drug, time to onset, dechallenge interval."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caselog.clinical import exposure
from caselog.clinical.relative import short_relative
from caselog.core.model import Case
from caselog.core.vocab import label
from caselog.ui.table_model import RIGHT, ROW_ROLE, Column, RowsTableModel


@dataclass(frozen=True)
class CourseRow:
    """One course as the table shows it (every cell already in words)."""

    drug: str
    role: str
    span: str
    doses: str
    cumulative: str
    on_drug: str
    onset: str
    dechallenge: str
    event_ids: tuple[int, ...]
    suspect: bool = False


def course_rows(case: Case) -> list[CourseRow]:
    index = case.effective_index_date()
    rows: list[CourseRow] = []
    for c in exposure.courses(case):
        suspect = c.role == "suspect"
        start = short_relative(c.start_date, index) if index else c.start_date.isoformat()
        if c.ongoing:
            span = f"{start} → ongoing"
        else:
            end = short_relative(c.end_date, index) if index else c.end_date.isoformat()
            span = f"{start} → {end}"
        onset = exposure.time_to_onset(case, c) if suspect else None
        dechallenge = exposure.dechallenge_interval(case, c) if suspect else None
        if suspect and c.stop is not None and dechallenge is None:
            dechallenge_text = "no improvement recorded"
        elif dechallenge is not None:
            dechallenge_text = dechallenge.describe()
        else:
            dechallenge_text = "—"
        rows.append(
            CourseRow(
                drug=c.drug,
                role=label(c.role),
                span=span,
                doses=str(c.n_doses),
                cumulative=c.cumulative.describe(),
                on_drug=c.time_on_drug.describe() + ("" if c.stop else " so far"),
                onset=onset.describe() if onset is not None else "—",
                dechallenge=dechallenge_text,
                event_ids=tuple(e.id for e in c.events if e.id is not None),
                suspect=suspect,
            )
        )
    return rows


def _bold_if_suspect(r: CourseRow) -> QFont | None:
    if not r.suspect:
        return None
    font = QFont()
    font.setBold(True)
    return font


class ExposureModel(RowsTableModel[CourseRow]):
    DRUG, ROLE, SPAN, DOSES, CUMULATIVE, ON_DRUG, ONSET, DECHALLENGE = range(8)
    RowRole = ROW_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                Column(
                    "Drug", lambda r: r.drug, roles={Qt.ItemDataRole.FontRole: _bold_if_suspect}
                ),
                Column("Role", lambda r: r.role),
                Column("Course", lambda r: r.span),
                Column("Doses", lambda r: r.doses, align=RIGHT),
                Column("Cumulative dose", lambda r: r.cumulative),
                Column("Time on drug", lambda r: r.on_drug),
                Column("First dose to onset", lambda r: r.onset),
                Column("Stop to improvement", lambda r: r.dechallenge),
            ),
            parent,
        )

    def set_case(self, case: Case) -> None:
        self.set_rows(course_rows(case))

    def course(self, row: int) -> CourseRow:
        return self.row_at(row)


class ExposurePanel(QGroupBox):
    """The courses table, sized to its rows; a line of its own when there is no drug."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Drug exposure (from the timeline)", parent)
        self.setAccessibleName("Drug exposure")
        self.model = ExposureModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Drug courses")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel("No medication on the timeline yet.", self)
        self.empty.setEnabled(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.empty)

    def set_case(self, case: Case) -> None:
        self.model.set_case(case)
        n = self.model.rowCount()
        self.table.setVisible(n > 0)
        self.empty.setVisible(n == 0)
        rows = self.table.verticalHeader().defaultSectionSize() * n
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(rows + self.table.horizontalHeader().sizeHint().height() + frame)

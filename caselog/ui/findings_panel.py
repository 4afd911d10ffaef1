"""The findings pane under the case: what the clinical checks found (warnings, information,
CARE gaps); a click takes the user to the event or field a finding concerns."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from caselog.clinical.findings import Finding
from caselog.ui.field_targets import place_name
from caselog.ui.findings_model import FindingsModel


class FindingsPanel(QWidget):
    """``findingActivated(Finding)`` when the user clicks a finding or presses Enter on it."""

    findingActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Findings")
        self.model = FindingsModel(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName("Findings list")
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FindingsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FindingsModel.RULE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FindingsModel.RULE, self.fontMetrics().horizontalAdvance("x" * 26))
        self.tree.clicked.connect(self._activate)
        self.tree.activated.connect(self._activate)
        self.tree.selectionModel().currentChanged.connect(self._show_detail)

        self.detail = QPlainTextEdit(self)  # scrolls when a message is long
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName("Finding detail")
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self.detail.viewport().setAutoFillBackground(False)

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("findingsSplit")
        self.split.addWidget(self.tree)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([600, 400])

        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(head)
        lay.addWidget(self.split, 1)
        self.set_findings([])

    def set_findings(self, findings: list[Finding]) -> None:
        """Show ``findings`` (kept open as the user left the groups)."""
        collapsed = {
            level
            for level in ("warning", "info", "missing")
            if not self.tree.isExpanded(self.model.group_index(level))
            and self.model.count(level) > 0
        }
        self.model.set_findings(findings)
        for level in ("warning", "info", "missing"):
            self.tree.setExpanded(self.model.group_index(level), level not in collapsed)
        w, i, m = (self.model.count(k) for k in ("warning", "info", "missing"))
        parts = [f"{w} warning{'s' if w != 1 else ''}", f"{i} information", f"{m} CARE gaps"]
        self.heading.setText("Findings: " + ", ".join(parts))
        self.detail.setPlainText("Click a finding to go to the event or field it concerns.")

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        f = self.model.finding(current)
        if f is None:
            return
        where = ""
        if f.event_ids:
            n = len(f.event_ids)
            where = (
                f"\nClick to select {'its event' if n == 1 else f'the first of its {n} events'}."
            )
        elif f.field:
            where = f"\nFilled in: {place_name(f.field)}"
        source = f"\nSource: {f.source}" if f.source else ""
        self.detail.setPlainText(f"{f.message}\n\nRule: {f.rule}{where}{source}")

    def _activate(self, index: QModelIndex) -> None:
        f = self.model.finding(index.siblingAtColumn(FindingsModel.MESSAGE))
        if f is not None:
            self.findingActivated.emit(f)

"""The findings of ``check_case`` as a two-level tree: Warnings, Information, CARE gaps, and
under each its findings (message, rule id)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from caselog.clinical.findings import Finding

Index = QModelIndex | QPersistentModelIndex

GROUPS: tuple[tuple[str, str], ...] = (
    ("warning", "Warnings"),
    ("info", "Information"),
    ("missing", "CARE gaps"),
)
LEVEL_COLORS = {"warning": "#a04000", "info": "#1f5f99", "missing": "#6c7a89"}
_ICONS = {
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "missing": QStyle.StandardPixmap.SP_FileDialogDetailedView,
}


def level_icon(level: str) -> Any:
    style = QApplication.style()
    return style.standardIcon(_ICONS[level]) if style is not None else None


def finding_tooltip(f: Finding) -> str:
    lines = [f.message, "", f"Rule: {f.rule}"]
    if f.source:
        lines.append(f"Source: {f.source}")
    return "\n".join(lines)


class FindingsModel(QAbstractItemModel):
    MESSAGE, RULE = range(2)
    HEADERS = ("Finding", "Rule")

    FindingRole = Qt.ItemDataRole.UserRole + 1
    LevelRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[list[Finding]] = [[] for _ in GROUPS]

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._groups = [[f for f in findings if f.level == level] for level, _ in GROUPS]
        self.endResetModel()

    def findings(self) -> list[Finding]:
        return [f for group in self._groups for f in group]

    def count(self, level: str) -> int:
        return len(self._groups[[g for g, _ in GROUPS].index(level)])

    def finding(self, index: Index) -> Finding | None:
        data = index.data(self.FindingRole) if index.isValid() else None
        return data if isinstance(data, Finding) else None

    def group_index(self, level: str) -> QModelIndex:
        return self.index([g for g, _ in GROUPS].index(level), 0)

    def index_of(self, finding: Finding) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, f in enumerate(group):
                if f is finding:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    # -- tree structure: a group row has internal id 0; a finding, its group's row + 1 --------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self.HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(GROUPS) else QModelIndex()
        if parent.internalId() == 0 and parent.column() == 0:
            if row < len(self._groups[parent.row()]):
                return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.HEADERS):
                return self.HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        group = index.internalId() - 1
        if group >= len(self._groups) or index.row() >= len(self._groups[group]):
            return None
        f = self._groups[group][index.row()]
        col = index.column()
        if role == self.FindingRole:
            return f
        if role == self.LevelRole:
            return f.level
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(f.message.split()) if col == self.MESSAGE else f.rule
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding_tooltip(f)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.RULE:
            return QColor("#6c7a89")
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        if index.row() >= len(GROUPS):
            return None
        level, title = GROUPS[index.row()]
        if role == self.LevelRole:
            return level
        if index.column() != self.MESSAGE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title} ({len(self._groups[index.row()])})"
        if role == Qt.ItemDataRole.DecorationRole:
            return level_icon(level)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(LEVEL_COLORS[level])
        return None

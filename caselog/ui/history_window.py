"""A case's history: its audit trail (time UTC, user, action, what changed), oldest first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caselog.store import services
from caselog.store.services import Store
from caselog.ui.dialogs import DialogService, no_default_button
from caselog.ui.durability_models import HistoryModel
from caselog.ui.screen import fit_to_screen
from caselog.ui.window_parts import close_buttons, row_table


class HistoryWindow(QDialog):
    def __init__(
        self,
        store: Store,
        dialogs: DialogService,
        case_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History of “{title}”")
        self.setObjectName("historyWindow")
        self.store = store
        self.dialogs = dialogs
        self.case_id = case_id
        self.model = HistoryModel(self)
        self.table = row_table(self, self.model, "History", stretch_last=False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HistoryModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel(self)
        self.count.setEnabled(False)
        refresh = QPushButton("Refresh", self)
        refresh.clicked.connect(self.reload)
        close = close_buttons(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(refresh)
        bottom.addWidget(close)
        # said above the trail when its hash chain breaks (rows changed outside caselog)
        self.tampered = QLabel(self)
        self.tampered.setObjectName("trailBroken")
        self.tampered.setWordWrap(True)
        self.tampered.setStyleSheet("color: #a00000; font-weight: bold")
        self.tampered.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel("Every change to this case, as recorded when it was saved (oldest first).")
        )
        lay.addWidget(self.tampered)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)
        fit_to_screen(self, 960, 480)
        no_default_button(self)
        self.reload()

    def reload(self) -> None:
        broken: list[str] = []
        try:
            entries = services.case_history(self.case_id, store=self.store)
            broken = services.trail_problems(store=self.store)
        except Exception as exc:  # said plainly
            self.dialogs.error("History", f"The history could not be read: {exc}")
            entries = []
        self.tampered.setText(
            "The audit trail was changed outside caselog; it cannot be trusted from there on: "
            + "; ".join(broken)
        )
        self.tampered.setVisible(bool(broken))
        self.model.set_entries(entries)
        n = len(entries)
        self.count.setText(f"{n} change{'s' if n != 1 else ''}")
        if n:
            self.table.scrollToBottom()

"""File > Bring back changes from a laptop file…: the laptop's cases merged into the open
database (caselog/store/services/takeaway.py, the service ``caselog bring`` calls), with a
review of every conflict field by field: the base (as taken), mine (the laptop's) and
theirs (the server's) side by side, one chosen per field.

Opening the laptop file and planning the merge, and writing it, run off the GUI thread
(``taskman``); the window refreshes from each case's ``Change``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caselog import lazy
from caselog.interchange.merge import KEY, Conflict, Side, field_label, shown
from caselog.store import services
from caselog.store.services import BringPlan, Brought, CasePlan, Store
from caselog.ui.screen import fit_to_screen
from caselog.ui.taskman import Done, Task, TaskContext, taskman
from caselog.ui.window_chrome import WindowChrome

if TYPE_CHECKING:
    from caselog.ui import text
else:  # the window's text helpers load the clinical catalogue: only when a review is shown,
    # not with the store at start-up, when this module is loaded (caselog/lazy.py)
    text = lazy.module("caselog.ui.text")

log = logging.getLogger(__name__)

LAPTOP_FILTER = "caselog databases (*.db *.sqlite *.caselog);;All files (*)"
TITLE = "Bring back changes from a laptop file"
# what the review's choice of a field takes, in the order the list offers them
CHOICES: tuple[tuple[str, Side | None], ...] = (
    ("Choose…", None),
    ("Mine (laptop)", "local"),
    ("Theirs (server)", "server"),
    ("Base (as taken)", "base"),
)
_WHAT = {
    "merge": "changes from the laptop",
    "new": "new case from the laptop",
    "deleted_here": "deleted on the laptop",
    "deleted_there": "deleted on the server",
    "both_deleted": "deleted on both",
}


_EVENT_FIELD = re.compile(r"^events\[([^\]]+)\]\.(\w+)$")
_UNITS = {"dose": "dose_unit", "value": "unit"}  # an event's amount and the unit it is in


def cell_text(conflict: Conflict, side: str, case: Mapping[str, Any] | None, limit: int) -> str:
    """One side's value as the case view shows it: ``210 mg`` (the number as written, with
    the unit that side's event records it in), text without quotes, a flag as yes or
    no; ``(absent)`` and anything
    else (a list, an object, a whole case) as ``merge.shown`` lists it."""
    value = getattr(conflict, side)
    if conflict.path == "(case)" or value is None:
        return shown(conflict, side, limit)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return " ".join(filter(None, (text.number(value), _unit(conflict.path, case))))
    if isinstance(value, str):
        said = " ".join(value.split())
        return said if len(said) <= limit else said[: limit - 1] + "…"
    return shown(conflict, side, limit)


def _unit(path: str, case: Mapping[str, Any] | None) -> str | None:
    found = _EVENT_FIELD.match(path)
    if found is None or case is None or found.group(2) not in _UNITS:
        return None
    key, name = found.groups()
    events = [e for e in case.get("events") or [] if isinstance(e, dict)]
    event = next((e for e in events if str(e.get(KEY)) == key), None)
    unit = event.get(_UNITS[name]) if event is not None else None
    return str(unit) if unit else None


@dataclass
class Planned:
    """The laptop file opened and its merge planned (the laptop store stays open until the
    review ends)."""

    laptop: Store
    plan: BringPlan


class MergeDialog(QDialog):
    """The review: what bringing each case does, and one row per conflict with its three
    values and a choice. ``decide`` answers the service with the choices made."""

    BASE, MINE, THEIRS = 2, 3, 4

    def __init__(self, plan: BringPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setObjectName("mergeDialog")
        self.plan = plan
        self.conflicts = plan.conflicts()
        self.summary = QLabel(self._summary(), self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(self.conflicts), 6, self)
        self.table.setObjectName("conflicts")
        self.table.setHorizontalHeaderLabels(
            ["Case", "Field", "Base (as taken)", "Mine (laptop)", "Theirs (server)", "Keep"]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (self.BASE, self.MINE, self.THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (1, 200), (5, 150)):
            self.table.setColumnWidth(column, width)
        self.choices: list[QComboBox] = []
        for row, (local_id, title, conflict) in enumerate(self.conflicts):
            self._fill(row, local_id, title, conflict)
        self.table.resizeRowsToContents()
        mine = QPushButton("Keep mine for all", self)
        mine.clicked.connect(lambda: self.choose_all("local"))
        theirs = QPushButton("Keep theirs for all", self)
        theirs.clicked.connect(lambda: self.choose_all("server"))
        self.buttons = QDialogButtonBox(self)
        self.bring = self.buttons.addButton("Bring back", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(mine)
        bottom.addWidget(theirs)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        if self.conflicts:
            lay.addWidget(
                QLabel(
                    "These fields were changed differently on the laptop and on the server "
                    "since the cases were taken. Choose the value to keep for each.",
                    self,
                )
            )
            lay.addWidget(self.table, 1)
        else:
            self.table.hide()
        lay.addLayout(bottom)
        fit_to_screen(self, 1100, 560 if self.conflicts else 260)
        self._update()

    def _summary(self) -> str:
        lines = [
            f"Case {p.local_id} “{p.title}”: {_WHAT.get(p.kind, p.kind)}"
            + (f" ({'; '.join(self._pending(p))})" if p.kind == "merge" else "")
            for p in self.plan.cases
        ]
        lines += [f"Case {i} “{t}”: {why}; left as it is" for i, t, why in self.plan.elsewhere]
        n = len(self.conflicts)
        head = f"{len(self.plan.cases)} case(s) to bring back; {n} conflict(s) to settle."
        return "\n".join([head, *lines])

    @staticmethod
    def _pending(p: CasePlan) -> list[str]:
        fields = services.pending_fields(p)
        return [field_label(f, p.local, p.base) for f in fields] or ["none left to bring"]

    def _fill(self, row: int, local_id: int, title: str, conflict: Conflict) -> None:
        case = next(p for p in self.plan.cases if p.local_id == local_id)
        label = field_label(conflict.path, case.server, case.local, case.base)
        texts = [
            f"{local_id}: {title}",
            label if conflict.path != "(case)" else "the whole case",
            cell_text(conflict, "base", case.base, 400),
            cell_text(conflict, "local", case.local, 400),
            cell_text(conflict, "server", case.server, 400),
        ]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(conflict.path if column == 1 else text)
            self.table.setItem(row, column, item)
        combo = QComboBox(self.table)
        for label, side in CHOICES:
            if side == "base" and conflict.path == "(case)":
                continue  # a whole case: kept as one side has it
            combo.addItem(label, side)
        combo.currentIndexChanged.connect(lambda _i, r=row: self._chosen(r))
        self.table.setCellWidget(row, 5, combo)
        self.choices.append(combo)

    def _chosen(self, row: int) -> None:
        side = self.choices[row].currentData()
        for column, which in ((self.MINE, "local"), (self.THEIRS, "server"), (self.BASE, "base")):
            item = self.table.item(row, column)
            if item is None:
                continue
            font = item.font()
            font.setBold(side == which)
            item.setFont(font)
        self._update()

    def _update(self) -> None:
        left = sum(1 for c in self.choices if c.currentData() is None)
        self.bring.setEnabled(left == 0 and bool(self.plan.cases))
        self.bring.setToolTip(f"{left} conflict(s) still to choose" if left else "")

    def choose_all(self, side: Side) -> None:
        for combo in self.choices:
            combo.setCurrentIndex(combo.findData(side))

    def choose(self, row: int, side: Side) -> None:
        self.choices[row].setCurrentIndex(self.choices[row].findData(side))

    def decisions(self) -> dict[tuple[int, str], Side]:
        return {
            (local_id, conflict.path): combo.currentData()
            for (local_id, _t, conflict), combo in zip(self.conflicts, self.choices, strict=True)
            if combo.currentData() is not None
        }

    def decide(self, local_id: int, conflict: Conflict) -> Side | None:
        return self.decisions().get((local_id, conflict.path))


class BringBack(QObject):
    """The menu action and the two background steps around the review."""

    def __init__(self, window: WindowChrome) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.dialog: MergeDialog | None = None
        self.action = QAction("Bring back changes from a laptop file…", window)
        self.action.setObjectName("Bring back")
        self.action.triggered.connect(lambda _c=False: self.start())
        window.install_durability_actions([self.action])

    def start(self, path: Path | None = None) -> Task | None:
        w = self.window
        if self.task is not None:
            return None
        if path is None:
            picked = w.dialogs.open_files(TITLE, LAPTOP_FILTER)
            if not picked:
                return None
            path = picked[0]
        passphrase: str | None = None
        if services.encrypted_file(str(path)) is not None:
            passphrase = w.dialogs.ask_passphrase(TITLE, f"The laptop file {path} is encrypted.")
            if not passphrase:
                return None
        w.commit_pending_edit()
        store = w.store

        def plan(_ctx: TaskContext) -> Planned:
            laptop = services.open_store(str(path), passphrase=passphrase)
            try:
                return Planned(laptop, services.plan_bring(laptop=laptop, store=store))
            except BaseException:
                laptop.close()
                raise

        self.task = taskman().with_progress(
            plan, self._planned, parent=w, title=TITLE, label="Reading the laptop file…"
        )
        return self.task

    def _planned(self, done: Done[Planned]) -> None:
        self.task = None
        w = self.window
        if not done.ok or done.result is None:
            if done.error is not None:
                w.dialogs.error(TITLE, f"The laptop file could not be read: {done.message}")
            return
        planned = done.result
        if not planned.plan.cases and not planned.plan.elsewhere:
            planned.laptop.close()
            w.dialogs.info(TITLE, "The laptop file holds no case to bring back.")
            return
        dialog = MergeDialog(planned.plan, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._bring(planned, dialog))
        dialog.rejected.connect(planned.laptop.close)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _bring(self, planned: Planned, dialog: MergeDialog) -> None:
        chosen = dialog.decisions()
        store = self.window.store

        def work(_ctx: TaskContext) -> list[Brought]:
            try:
                return services.bring_back(
                    planned.plan,
                    laptop=planned.laptop,
                    store=store,
                    decide=lambda i, c: chosen.get((i, c.path)),
                )
            finally:
                planned.laptop.close()

        self.task = taskman().with_progress(
            work, self._brought, parent=self.window, title=TITLE, label="Bringing back…"
        )

    def _brought(self, done: Done[list[Brought]]) -> None:
        self.task = None
        w = self.window
        if done.result is None:
            w.dialogs.error(TITLE, f"Nothing was brought back: {done.message}")
            return
        for b in done.result:
            if b.change is not None:
                w.controller.changed.emit(b.change)
        refused = [b for b in done.result if b.what == "refused"]
        brought = [b for b in done.result if b.what != "refused"]
        w.statusBar().showMessage(f"Brought back {len(brought)} case(s) from the laptop.", 8000)
        if refused:
            w.dialogs.error(
                TITLE,
                "Not brought back (they stay in the laptop file; bring it again):\n\n"
                + "\n".join(f"Case {b.local_id} “{b.title}”: {b.detail}" for b in refused),
            )

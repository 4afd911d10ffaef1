"""Every write the window makes: one service call (one transaction) and one undo command.

Undo works on snapshots: a command keeps the case as stored before and after its write;
undo and redo put the whole snapshot back with ``update_case`` (or delete/restore it), so
they never depend on ids an earlier undo may have changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

import caselog.store.services as services
from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Author, Case, CaseSummary, Event, Patient, ReportText
from caselog.store.engine import Store
from caselog.store.query import CaseQuery
from caselog.ui.dialogs import DialogService

log = logging.getLogger(__name__)
T = TypeVar("T")


class _SnapshotCommand(QUndoCommand):
    """A write already applied: redo/undo swap the stored case between two snapshots."""

    def __init__(self, ctl: CaseController, text: str, before: Case, after: Case) -> None:
        super().__init__(text)
        self._ctl = ctl
        self._before = before
        self._after = after
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # the first redo is the write itself, done before the push
            self._applied = False
            return
        self._after = self._ctl._replace(self._after) or self._after

    def undo(self) -> None:
        self._before = self._ctl._replace(self._before) or self._before


class _CreateCommand(QUndoCommand):
    """A case created (undo deletes it) or deleted (undo restores it)."""

    def __init__(self, ctl: CaseController, text: str, case: Case, *, created: bool) -> None:
        super().__init__(text)
        self._ctl = ctl
        self._case = case
        self._created = created
        self._applied = True

    def _exists(self, yes: bool) -> None:
        if yes:
            self._ctl._restore(self._case)
        else:
            self._case = self._ctl._remove(self._case) or self._case

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._exists(self._created)

    def undo(self) -> None:
        self._exists(not self._created)


class CaseController(QObject):
    caseChanged = Signal(object)  # Case, as stored after a write, undo or redo
    caseRemoved = Signal(int)  # case id
    listChanged = Signal()  # cases added or removed: the list must be fetched again

    def __init__(
        self,
        store: Store,
        dialogs: DialogService,
        undo_stack: QUndoStack | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.dialogs = dialogs
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

    # -- reading ---------------------------------------------------------------------------

    def get_case(self, case_id: int) -> Case:
        return services.get_case(case_id, store=self.store)

    def list_page(
        self, offset: int, limit: int, query: CaseQuery, order_by: str, descending: bool
    ) -> list[CaseSummary]:
        return services.list_cases(
            store=self.store,
            query=query,
            offset=offset,
            limit=limit,
            order_by=order_by,
            descending=descending,
        )

    def count(self, query: CaseQuery | None = None) -> int:
        return services.count_cases(store=self.store, query=query)

    # -- files (not undoable: they change no case, or add whole cases) ----------------------

    def import_file(self, path: Path) -> list[tuple[int, str]]:
        """Import one case file, whole or not at all (safe to call from a worker thread)."""
        return services.import_case_file(path, store=self.store)

    def export_cases(self, case_ids: list[int], out: Path, *, anonymise: bool = False) -> Path:
        return services.export_cases(case_ids, out, store=self.store, anonymise=anonymise)

    # -- plumbing --------------------------------------------------------------------------

    def _fail(self, what: str, exc: Exception) -> None:
        log.exception("%s failed", what)
        self.dialogs.error("caselog", f"{what} failed: {exc}")

    def _attempt(self, what: str, fn: Callable[[], T]) -> T | None:
        ok, value = self._try(what, fn)
        return value if ok else None

    def _try(self, what: str, fn: Callable[[], T]) -> tuple[bool, T | None]:
        """(True, result), or (False, None) after telling the user what failed."""
        try:
            return True, fn()
        except Exception as exc:  # shown to the user, detail in the log
            self._fail(what, exc)
            return False, None

    def _replace(self, case: Case) -> Case | None:
        stored = self._attempt("Undo/redo", lambda: services.update_case(case, store=self.store))
        if stored is not None:
            self.caseChanged.emit(stored)
            self.listChanged.emit()
        return stored

    def _restore(self, case: Case) -> None:
        stored = self._attempt(
            "Restoring the case", lambda: services.restore_case(case, store=self.store)
        )
        if stored is not None:
            self.listChanged.emit()
            self.caseChanged.emit(stored)

    def _remove(self, case: Case) -> Case | None:
        assert case.id is not None
        case_id = case.id
        gone = self._attempt(
            "Deleting the case", lambda: services.delete_case(case_id, store=self.store)
        )
        if gone is not None:
            self.caseRemoved.emit(case_id)
            self.listChanged.emit()
        return gone

    def _edit(self, case_id: int, text: str, write: Callable[[], T]) -> T | None:
        """Apply one write (its own transaction) and push it on the undo stack."""
        before = self._attempt(text, lambda: services.get_case(case_id, store=self.store))
        if before is None:
            return None
        ok, result = self._try(text, write)
        if not ok:
            return None
        after = self._attempt(text, lambda: services.get_case(case_id, store=self.store))
        if after is None:
            return None
        if after == before:
            return result
        self.undo_stack.push(_SnapshotCommand(self, text, before, after))
        self.caseChanged.emit(after)
        self.listChanged.emit()
        return result

    # -- writes ----------------------------------------------------------------------------

    def create_case(self, case: Case) -> Case | None:
        stored = self._attempt(
            "Creating the case", lambda: services.create_case(case, store=self.store)
        )
        if stored is None:
            return None
        self.undo_stack.push(_CreateCommand(self, "New case", stored, created=True))
        self.listChanged.emit()
        self.caseChanged.emit(stored)
        return stored

    def delete_case(self, case_id: int) -> Case | None:
        gone = self._remove(Case(title="", patient=Patient(sex="unknown"), id=case_id))
        if gone is not None:
            self.undo_stack.push(
                _CreateCommand(self, f"Delete “{gone.title}”", gone, created=False)
            )
        return gone

    def import_done(self) -> None:
        """Imported cases are not undoable edits; the list only needs refreshing."""
        self.listChanged.emit()

    def set_title(self, case_id: int, title: str) -> Case | None:
        return self._edit(
            case_id, "Edit title", lambda: services.set_title(case_id, title, store=self.store)
        )

    def set_index_date(self, case_id: int, date: PartialDate | None) -> Case | None:
        return self._edit(
            case_id,
            "Set index date",
            lambda: services.set_index_date(case_id, date, store=self.store),
        )

    def set_patient(self, case_id: int, patient: Patient) -> Patient | None:
        return self._edit(
            case_id,
            "Edit patient",
            lambda: services.set_patient(case_id, patient, store=self.store),
        )

    def set_assessment(self, case_id: int, assessment: Assessment | None) -> None:
        self._edit(
            case_id,
            "Edit assessment",
            lambda: services.set_assessment(case_id, assessment, store=self.store),
        )

    def set_report(
        self, case_id: int, report: ReportText | None, authors: list[Author], keywords: list[str]
    ) -> Case | None:
        return self._edit(
            case_id,
            "Edit report",
            lambda: services.set_report(case_id, report, authors, keywords, store=self.store),
        )

    def add_event(self, case_id: int, event: Event) -> Event | None:
        return self._edit(
            case_id, "Add event", lambda: services.add_event(case_id, event, store=self.store)
        )

    def update_event(self, case_id: int, event: Event) -> Event | None:
        return self._edit(
            case_id, "Edit event", lambda: services.update_event(case_id, event, store=self.store)
        )

    def delete_event(self, case_id: int, event_id: int) -> Event | None:
        return self._edit(
            case_id,
            "Delete event",
            lambda: services.delete_event(case_id, event_id, store=self.store),
        )

"""Every write the window makes: one service call (one transaction) and one undo command,
announced by one signal, ``changed``, carrying the write's ``Change`` (Anki's
``operation_did_execute``): each view refreshes only the parts it names.

Undo works on snapshots: a command keeps the case as stored before and after its write (the
``Change``'s own, no extra read); undo and redo put a snapshot back with ``update_case`` (or
delete/restore it), so they never depend on ids an earlier undo may have changed. Each undo
or redo keeps the snapshots its own ``Change`` returns, which carry the bytes of any image
the step let go, so the step back restores them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

import caselog.store.services as services
from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    CaseOutcome,
    CaseSummary,
    Event,
    Image,
    Patient,
    Regulatory,
    ReportText,
)
from caselog.store.changes import Change
from caselog.store.engine import Store
from caselog.store.query import CaseQuery
from caselog.ui.dialogs import DialogService

if TYPE_CHECKING:  # the course arithmetic loads the clinical layer: not at start-up
    from caselog.clinical.course_plan import CoursePlan

log = logging.getLogger(__name__)
T = TypeVar("T")


class _SnapshotCommand(QUndoCommand):
    """A write already applied: redo/undo swap the stored case between two snapshots."""

    def __init__(self, ctl: CaseController, text: str, change: Change) -> None:
        super().__init__(text)
        assert change.before is not None and change.after is not None
        self._ctl = ctl
        self._before: Case = change.before
        self._after: Case = change.after
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # the first redo is the write itself, done before the push
            self._applied = False
            return
        change = self._ctl._replace(self._after)
        if change is not None and change.before is not None and change.after is not None:
            self._before, self._after = change.before, change.after

    def undo(self) -> None:
        change = self._ctl._replace(self._before)
        if change is not None and change.before is not None and change.after is not None:
            self._after, self._before = change.before, change.after


class _CreateCommand(QUndoCommand):
    """A case created (undo deletes it) or deleted (undo restores it)."""

    def __init__(self, ctl: CaseController, text: str, case: Case, *, created: bool) -> None:
        super().__init__(text)
        self._ctl = ctl
        self._case = case
        self._created = created
        self._applied = True

    def _exists(self, yes: bool) -> None:
        change = self._ctl._restore(self._case) if yes else self._ctl._remove(self._case)
        if change is not None:
            self._case = change.case

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._exists(self._created)

    def undo(self) -> None:
        self._exists(not self._created)


class CaseController(QObject):
    changed = Signal(object)  # Change: after every write, undo and redo; views refresh from it
    COUNT_CAP = services.LIST_COUNT_CAP  # the case list counts no further at first

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
        """The case as the window shows it: its images without their bytes (``load_images``
        fetches them where a thumbnail needs them)."""
        return services.get_case(case_id, store=self.store, image_bytes=False)

    def load_images(self, images: list[Image]) -> None:
        """Give images read without their bytes their bytes (in place), in one read."""
        wanted = [im.sha256 for im in images if not im.data and im.sha256]
        if not wanted:
            return
        found = services.image_data(wanted, store=self.store)
        for im in images:
            if not im.data and im.sha256 in found:
                im.data = found[im.sha256]

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

    def count(self, query: CaseQuery | None = None, at_most: int | None = None) -> int:
        return services.count_cases(store=self.store, query=query, at_most=at_most)

    def count_first(self, query: CaseQuery) -> int:
        """The case list's count: up to ``COUNT_CAP`` (a higher result means more), so that
        a common word over 100,000 cases answers as fast as a rare one."""
        return self.count(query, at_most=self.COUNT_CAP)

    # -- files (not undoable: they change no case, or add whole cases) ----------------------

    def import_files(
        self,
        paths: list[Path],
        *,
        progress: Callable[[int, int, str], None],
        stop: Callable[[], bool],
    ) -> list[services.FileImport]:
        """Import case files, each whole or not at all, as ``caselog import`` does (safe to
        call from a worker thread); ``import_done`` announces what was created, on the GUI
        thread."""
        return services.import_case_files(paths, store=self.store, progress=progress, stop=stop)

    def import_done(self, created: list[tuple[int, str]]) -> None:
        """Imported cases are not undoable edits: the list gains them."""
        if created:
            self.changed.emit(Change.cases_created(created))

    def export_cases(self, case_ids: list[int], out: Path, *, anonymise: bool = False) -> Path:
        return services.export_cases(case_ids, out, store=self.store, anonymise=anonymise)

    # -- plumbing --------------------------------------------------------------------------

    def _fail(self, what: str, exc: Exception) -> None:
        log.exception("%s failed", what)
        self.dialogs.error("caselog", f"{what} failed: {exc}")

    def _attempt(
        self, what: str, fn: Callable[[], T], said: type[Exception] | None = None
    ) -> T | None:
        """The result, or None after telling the user what failed (an exception of type
        ``said``, bad input the user can mend, as its own message: nothing in the log)."""
        try:
            return fn()
        except Exception as exc:  # shown to the user, detail in the log
            if said is not None and isinstance(exc, said):
                self.dialogs.error(what, f"{exc}. Nothing was changed.")
            else:
                self._fail(what, exc)
            return None

    def _announce(self, change: Change | None) -> Change | None:
        if change is not None and change.parts:
            self.changed.emit(change)
        return change

    def _replace(self, case: Case) -> Change | None:
        return self._announce(
            self._attempt("Undo/redo", lambda: services.update_case(case, store=self.store))
        )

    def _restore(self, case: Case) -> Change | None:
        return self._announce(
            self._attempt(
                "Restoring the case", lambda: services.restore_case(case, store=self.store)
            )
        )

    def _remove(self, case: Case) -> Change | None:
        assert case.id is not None
        case_id = case.id
        return self._announce(
            self._attempt(
                "Deleting the case", lambda: services.delete_case(case_id, store=self.store)
            )
        )

    def _edit(
        self, text: str, write: Callable[[], Change], said: type[Exception] | None = None
    ) -> Change | None:
        """Apply one write (its own transaction), push it on the undo stack, announce it."""
        change = self._attempt(text, write, said)
        if change is None or not change.parts:
            return change
        self.undo_stack.push(_SnapshotCommand(self, text, change))
        return self._announce(change)

    # -- writes ----------------------------------------------------------------------------

    def create_case(self, case: Case) -> Case | None:
        change = self._attempt(
            "Creating the case", lambda: services.create_case(case, store=self.store)
        )
        if change is None:
            return None
        self.undo_stack.push(_CreateCommand(self, "New case", change.case, created=True))
        self._announce(change)
        return change.case

    def delete_case(self, case_id: int) -> Case | None:
        change = self._remove(Case(title="", patient=Patient(sex="unknown"), id=case_id))
        if change is None:
            return None
        gone = change.case
        self.undo_stack.push(_CreateCommand(self, f"Delete “{gone.title}”", gone, created=False))
        return gone

    def set_title(self, case_id: int, title: str) -> Change | None:
        return self._edit(
            "Edit title", lambda: services.set_title(case_id, title, store=self.store)
        )

    def set_index_date(self, case_id: int, date: PartialDate | None) -> Change | None:
        return self._edit(
            "Set index date", lambda: services.set_index_date(case_id, date, store=self.store)
        )

    def set_patient(self, case_id: int, patient: Patient) -> Change | None:
        return self._edit(
            "Edit patient", lambda: services.set_patient(case_id, patient, store=self.store)
        )

    def set_regulatory(self, case_id: int, regulatory: Regulatory | None) -> Change | None:
        return self._edit(
            "Edit regulatory report",
            lambda: services.set_regulatory(case_id, regulatory, store=self.store),
        )

    def set_assessment(self, case_id: int, assessment: Assessment | None) -> Change | None:
        return self._edit(
            "Edit assessment",
            lambda: services.set_assessment(case_id, assessment, store=self.store),
        )

    def set_outcome(self, case_id: int, outcome: CaseOutcome | None) -> Change | None:
        return self._edit(
            "Edit outcome", lambda: services.set_outcome(case_id, outcome, store=self.store)
        )

    def set_report(
        self, case_id: int, report: ReportText | None, authors: list[Author], keywords: list[str]
    ) -> Change | None:
        return self._edit(
            "Edit report",
            lambda: services.set_report(case_id, report, authors, keywords, store=self.store),
        )

    def add_event(self, case_id: int, event: Event) -> Change | None:
        return self._edit("Add event", lambda: services.add_event(case_id, event, store=self.store))

    def update_event(self, case_id: int, event: Event) -> Change | None:
        return self._edit(
            "Edit event", lambda: services.update_event(case_id, event, store=self.store)
        )

    def delete_event(self, case_id: int, event_id: int) -> Change | None:
        return self._edit(
            "Delete event", lambda: services.delete_event(case_id, event_id, store=self.store)
        )

    def _entry(self, text: str, write: Callable[[], Change]) -> Change | None:
        """Like ``_edit``, but an ``EntryError`` (nothing written) is raised for the form to
        show beside its fields instead of in a dialog."""
        try:
            change = write()
        except services.EntryError:
            raise
        except Exception as exc:  # shown to the user, detail in the log
            self._fail(text, exc)
            return None
        if change.parts:
            self.undo_stack.push(_SnapshotCommand(self, text, change))
            self._announce(change)
        return change

    def save_course(self, case_id: int, plan: CoursePlan) -> Change | None:
        what = "Edit course" if plan.ids else "Add course"
        return self._entry(what, lambda: services.save_course(case_id, plan, store=self.store))

    def add_references(self, case_id: int, paths: list[Path]) -> Change | None:
        """The items of reference files added to the case's references (one write, undone
        as one); a file caselog cannot read is named with its line and nothing is added."""
        return self._edit(
            "Add references",
            lambda: services.add_references(case_id, paths, store=self.store).change,
            said=services.ReferenceFileError,
        )

    def add_lab_panel(self, case_id: int, results: list[Event]) -> Change | None:
        return self._entry(
            "Add lab panel", lambda: services.add_lab_panel(case_id, results, store=self.store)
        )

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
from caselog.ui.stale_merge import Edit, ReportPart, event_of, report_of

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
        self.case_id = change.case_id
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # the first redo is the write itself, done before the push
            self._applied = False
            return
        change = self._ctl._replace(self, self._after)
        if change is not None and change.before is not None and change.after is not None:
            self._before, self._after = change.before, change.after

    def undo(self) -> None:
        change = self._ctl._replace(self, self._before)
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
        if yes:
            change = self._ctl._restore(self._case)
        else:  # on the version this window's last write of it left
            change = self._ctl._remove(self._case, self._ctl.written(self._case), step=self)
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
        # a write refused on a stale version (nothing written): the window asks the user
        # (caselog.ui.stale); without one, the refusal is shown as any failure
        self.on_stale: Callable[[Edit, services.StaleCase], Change | None] | None = None
        self.on_stale_step: Callable[[str, services.StaleCase], None] | None = None
        self._written: dict[int, int | None] = {}  # each case's version after our last write

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
        if change is not None and change.case_id is not None:
            after = change.after
            self._written[change.case_id] = after.version if after is not None else None
        if change is not None and change.parts:
            self.changed.emit(change)
        return change

    def _replace(self, step: QUndoCommand, case: Case) -> Change | None:
        """Undo or redo: put a snapshot back, on the version this window's last write of
        the case left. Someone else changed the case since: nothing is written, the step
        leaves the history (its snapshot would overwrite their change), and
        ``on_stale_step`` tells the user."""
        assert case.id is not None
        version = self._written.get(case.id)
        try:
            change = services.update_case(case, store=self.store, version=version)
        except services.StaleCase as exc:
            step.setObsolete(True)  # QUndoStack drops it once this undo or redo returns
            log.info("%s refused: %s", step.text(), exc)
            if self.on_stale_step is not None:
                self.on_stale_step(step.text(), exc)
            else:
                self._fail(step.text(), exc)
            return None
        except Exception as exc:  # shown to the user, detail in the log
            self._fail("Undo/redo", exc)
            return None
        return self._announce(change)

    def _restore(self, case: Case) -> Change | None:
        return self._announce(
            self._attempt(
                "Restoring the case", lambda: services.restore_case(case, store=self.store)
            )
        )

    def written(self, case: Case) -> int | None:
        """The version of ``case`` this window's last write of it left (else its own)."""
        assert case.id is not None
        return self._written.get(case.id, case.version)

    def _remove(
        self, case: Case, version: int | None, *, step: QUndoCommand | None = None
    ) -> Change | None:
        """Delete the case on ``version`` (the one the user saw). Someone else changed it
        since: nothing is deleted; an undo or redo ``step`` leaves the history, and
        ``on_stale_step`` tells the user (as for any stale write)."""
        assert case.id is not None
        case_id = case.id
        what = step.text() if step is not None else f"Delete “{case.title or case_id}”"
        try:
            change = services.delete_case(case_id, store=self.store, version=version)
        except services.StaleCase as exc:
            if step is not None:
                step.setObsolete(True)  # dropped once this undo or redo returns
            log.info("%s refused: %s", what, exc)
            if self.on_stale_step is not None:
                self.on_stale_step(what, exc)
            else:
                self._fail(what, exc)
            return None
        except Exception as exc:  # shown to the user, detail in the log
            self._fail("Deleting the case", exc)
            return None
        return self._announce(change)

    def _edit(self, edit: Edit, said: type[Exception] | None = None) -> Change | None:
        """Apply one write on the version the user saw (its own transaction), push it on the
        undo stack, announce it. A stale version: nothing is written, and ``on_stale``
        decides with the user (reload, compare, keep the edit in the form). An exception
        of type ``said`` (bad input the user can mend) is shown as its own message."""
        try:
            change = edit.write(edit.mine, edit.version)
        except services.StaleCase as exc:
            return self._stale(edit, exc)
        except Exception as exc:  # shown to the user, detail in the log
            if said is not None and isinstance(exc, said):
                self.dialogs.error(edit.text, f"{exc}. Nothing was changed.")
            else:
                self._fail(edit.text, exc)
            return None
        return self._push(edit.text, change)

    def _push(self, text: str, change: Change) -> Change:
        if change.parts:
            self._after_others(change)
            self.undo_stack.push(_SnapshotCommand(self, text, change))
            self._announce(change)
        return change

    def _after_others(self, change: Change) -> None:
        """A write made on a version someone else left (after Compare or Reload): the
        steps before it would put back snapshots without their change, so they leave the
        history (an obsolete step is dropped, not undone, by ``QUndoStack``)."""
        case_id, before = change.case_id, change.before
        if case_id is None or before is None or case_id not in self._written:
            return
        if self._written[case_id] == before.version:
            return
        for i in range(self.undo_stack.count()):
            step = self.undo_stack.command(i)
            if isinstance(step, _SnapshotCommand) and step.case_id == case_id:
                step.setObsolete(True)

    def _stale(self, edit: Edit, exc: services.StaleCase) -> Change | None:
        log.info("%s refused: %s", edit.text, exc)
        if self.on_stale is None:
            self._fail(edit.text, exc)
            return None
        return self.on_stale(edit, exc)

    def reapply(self, edit: Edit) -> Change | None:
        """Make ``edit`` again (the user's value on the version they now hold): the same
        write, refused in turn if the case changed once more meanwhile."""
        return self._edit(edit)

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

    def delete_case(self, case_id: int, version: int | None = None, title: str = "") -> Case | None:
        """Delete a case on ``version``, the one the window holds (the open case's, or its
        list row's): refused as stale, like any write, when someone changed it since."""
        held = Case(title=title, patient=Patient(sex="unknown"), id=case_id)
        change = self._remove(held, version)
        if change is None:
            return None
        gone = change.case
        self.undo_stack.push(_CreateCommand(self, f"Delete “{gone.title}”", gone, created=False))
        return gone

    def _set(
        self,
        names: tuple[str, str],
        service: Callable[..., Change],
        case_id: int,
        value: object,
        base: Case | None,
        part: Callable[[Case], object],
        *,
        entry: bool = False,
    ) -> Change | None:
        """One write of a part, ``service(case_id, value, store=, version=)``, made on the
        version of ``base`` (the case the user saw; None: no version compared)."""

        def write(v: object, ver: int | None) -> Change:
            return service(case_id, v, store=self.store, version=ver)

        edit = Edit(names[0], names[1], case_id, base, value, part, write)
        return self._entry(edit) if entry else self._edit(edit)

    def set_title(self, case_id: int, title: str, *, base: Case | None = None) -> Change | None:
        names = ("Edit title", "Title")
        return self._set(names, services.set_title, case_id, title, base, lambda c: c.title)

    def set_index_date(
        self, case_id: int, date: PartialDate | None, *, base: Case | None = None
    ) -> Change | None:
        names = ("Set index date", "Index date")
        return self._set(names, services.set_index_date, case_id, date, base, _index_date)

    def set_patient(
        self, case_id: int, patient: Patient, *, base: Case | None = None
    ) -> Change | None:
        names = ("Edit patient", "Patient")
        return self._set(names, services.set_patient, case_id, patient, base, _patient)

    def set_regulatory(
        self, case_id: int, regulatory: Regulatory | None, *, base: Case | None = None
    ) -> Change | None:
        names = ("Edit regulatory report", "Regulator")
        return self._set(names, services.set_regulatory, case_id, regulatory, base, _regulatory)

    def set_assessment(
        self, case_id: int, assessment: Assessment | None, *, base: Case | None = None
    ) -> Change | None:
        names = ("Edit assessment", "Assessment")
        return self._set(names, services.set_assessment, case_id, assessment, base, _assessment)

    def set_outcome(
        self, case_id: int, outcome: CaseOutcome | None, *, base: Case | None = None
    ) -> Change | None:
        names = ("Edit outcome", "Outcome")
        return self._set(names, services.set_outcome, case_id, outcome, base, _outcome)

    def set_report(
        self,
        case_id: int,
        report: ReportText | None,
        authors: list[Author],
        keywords: list[str],
        *,
        base: Case | None = None,
    ) -> Change | None:
        def write(v: ReportPart, ver: int | None) -> Change:
            return services.set_report(
                case_id, v.report, v.authors, v.keywords, store=self.store, version=ver
            )

        mine = ReportPart(report, authors, keywords)
        return self._edit(Edit("Edit report", "Report", case_id, base, mine, report_of, write))

    def add_event(self, case_id: int, event: Event, *, base: Case | None = None) -> Change | None:
        names = ("Add event", "New event")
        return self._set(names, services.add_event, case_id, event, base, _nothing)

    def update_event(
        self, case_id: int, event: Event, *, base: Case | None = None
    ) -> Change | None:
        names = ("Edit event", "Event")
        return self._set(names, services.update_event, case_id, event, base, event_of(event.id))

    def delete_event(
        self, case_id: int, event_id: int, *, base: Case | None = None
    ) -> Change | None:
        def write(_v: object, ver: int | None) -> Change:
            return services.delete_event(case_id, event_id, store=self.store, version=ver)

        part = event_of(event_id)
        return self._edit(Edit("Delete event", "Event", case_id, base, None, part, write))

    def _entry(self, edit: Edit) -> Change | None:
        """Like ``_edit``, but an ``EntryError`` (nothing written) is raised for the form to
        show beside its fields instead of in a dialog."""
        try:
            change = edit.write(edit.mine, edit.version)
        except services.EntryError:
            raise
        except services.StaleCase as exc:
            return self._stale(edit, exc)
        except Exception as exc:  # shown to the user, detail in the log
            self._fail(edit.text, exc)
            return None
        return self._push(edit.text, change)

    def save_course(
        self, case_id: int, plan: CoursePlan, *, base: Case | None = None
    ) -> Change | None:
        names = ("Edit course" if plan.ids else "Add course", "Course")
        return self._set(names, services.save_course, case_id, plan, base, _nothing, entry=True)

    def add_lab_panel(
        self, case_id: int, results: list[Event], *, base: Case | None = None
    ) -> Change | None:
        names = ("Add lab panel", "Lab panel")
        service = services.add_lab_panel
        return self._set(names, service, case_id, results, base, _nothing, entry=True)

    def add_references(self, case_id: int, paths: list[Path]) -> Change | None:
        """The items of reference files added to the case's references (one write, undone
        as one); a file caselog cannot read is named with its line and nothing is added.
        Made on no version: the items join the references as stored at the write."""

        def write(v: list[Path], _ver: int | None) -> Change:
            return services.add_references(case_id, v, store=self.store).change

        edit = Edit("Add references", "References", case_id, None, paths, _nothing, write)
        return self._edit(edit, said=services.ReferenceFileError)


# the part of a case each write sets, as the compare view reads it from any version
def _nothing(_case: Case) -> None:
    return None  # a new event, course or panel: in no version before it is added


def _index_date(case: Case) -> PartialDate | None:
    return case.index_date


def _patient(case: Case) -> Patient:
    return case.patient


def _regulatory(case: Case) -> Regulatory | None:
    return case.regulatory


def _assessment(case: Case) -> Assessment | None:
    return case.assessment


def _outcome(case: Case) -> CaseOutcome | None:
    return case.outcome

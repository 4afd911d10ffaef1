"""What one write changed: the plain object every service write returns.

A write names the parts of the case it changed and hands back the case before and after it,
as read once inside its transaction (and built from that in hand), so that the caller
refreshes only what changed and undoes from the snapshots without reading again. The
window re-emits it as one signal (Anki's ``OpChanges`` and ``operation_did_execute``).

Images in ``before`` and ``after`` carry their metadata and SHA-256; their ``data`` is
``b""`` unless the bytes were in hand: given by the caller, or taken from the store as this
write dropped them (so that putting the snapshot back restores them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from caselog.core.summary import CaseSummary
from caselog.store.list_sql import patient_text

if TYPE_CHECKING:  # types only: the case list at start-up loads no model beyond its rows
    from caselog.core.model import Case, Event, Series


class Part(StrEnum):
    """A part of what the window shows, named by what a write changed."""

    ROW = "row"  # the case-list row: title, label, suspect drug, reaction, outcome, updated
    TITLE = "title"
    PATIENT = "patient"  # demographics, kidney, history, private identifiers
    TIMELINE = "timeline"  # the events (and their images)
    INDEX_DATE = "index_date"  # day 0 as the case uses it (set, or by the default rule)
    ASSESSMENT = "assessment"
    REPORT = "report"  # narrative, references, consent, authors, keywords
    REGULATORY = "regulatory"  # what a report to a regulator asks (report type, reporter)
    OUTCOME = "outcome"  # the case's outcome and follow-up
    CASES = "cases"  # cases added or removed: the list gains or loses rows
    SERIES = "series"


CASE_PARTS = frozenset(Part) - {Part.CASES, Part.SERIES}


def parts_between(before: Case, after: Case) -> frozenset[Part]:
    """The parts that differ between two versions of one case (ROW whenever any does)."""
    found: set[Part] = set()
    if before.title != after.title or before.key != after.key:
        found.add(Part.TITLE)
    if before.patient != after.patient:
        found.add(Part.PATIENT)
    if _without_bytes(before.events) != _without_bytes(after.events):
        found.add(Part.TIMELINE)
    if before.effective_index_date() != after.effective_index_date():
        found.add(Part.INDEX_DATE)
    if before.index_date != after.index_date:
        found.add(Part.INDEX_DATE)
    if before.assessment != after.assessment:
        found.add(Part.ASSESSMENT)
    if (before.report, before.authors, before.keywords) != (
        after.report,
        after.authors,
        after.keywords,
    ):
        found.add(Part.REPORT)
    if before.regulatory != after.regulatory:
        found.add(Part.REGULATORY)
    if before.outcome != after.outcome:
        found.add(Part.OUTCOME)
    if found:
        found.add(Part.ROW)  # its "last change" moved
    return frozenset(found)


def list_row(case: Case) -> CaseSummary:
    """The case-list row of a stored case, from the case in hand (as ``list_cases`` reads
    it: what identifies the patient, the first suspect drug of the timeline)."""
    assert case.id is not None and case.updated_at is not None
    drugs = case.suspect_drugs()
    a, p = case.assessment, case.patient
    return CaseSummary(
        id=case.id,
        title=case.title,
        patient_label=p.display_label,
        suspect_drug=drugs[0] if drugs else None,
        reaction=a.reaction if a is not None else None,
        outcome=a.outcome if a is not None else None,
        updated_at=case.updated_at,
        patient=patient_text(p.private.name, p.private.mrn, p.label),
        version=case.version,
    )


def _without_bytes(events: list[Event]) -> list[Event]:
    """The events with their images compared by SHA-256 and metadata (bytes in hand or not)."""
    return [
        replace(e, images=[replace(im, data=b"") for im in e.images]) if e.images else e
        for e in events
    ]


@dataclass(frozen=True)
class Change:
    """What one write changed.

    ``parts``: what to refresh. ``case_id`` with ``before`` / ``after``: the case the write
    changed (``before`` None: created; ``after`` None: deleted). ``event_id``: the event an
    event write added, edited or deleted. ``added`` / ``removed``: ids of cases the write
    created or deleted, ``created`` the ``(id, title)`` of each created one, in order.
    ``series_before`` / ``series_after``: likewise for a series.
    """

    parts: frozenset[Part] = frozenset()
    case_id: int | None = None
    before: Case | None = None
    after: Case | None = None
    event_id: int | None = None
    added: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()
    created: tuple[tuple[int, str], ...] = ()
    series_before: Series | None = field(default=None, repr=False)
    series_after: Series | None = field(default=None, repr=False)

    # -- building ------------------------------------------------------------------------

    @classmethod
    def of_case(cls, before: Case, after: Case, *, event_id: int | None = None) -> Change:
        """An edit of one stored case."""
        return cls(
            parts=parts_between(before, after),
            case_id=after.id,
            before=before,
            after=after,
            event_id=event_id,
        )

    @classmethod
    def case_created(cls, case: Case) -> Change:
        assert case.id is not None
        return cls(
            parts=CASE_PARTS | {Part.CASES},
            case_id=case.id,
            after=case,
            added=(case.id,),
            created=((case.id, case.title),),
        )

    @classmethod
    def case_deleted(cls, case: Case) -> Change:
        assert case.id is not None
        return cls(
            parts=CASE_PARTS | {Part.CASES}, case_id=case.id, before=case, removed=(case.id,)
        )

    @classmethod
    def cases_created(cls, created: Iterable[tuple[int, str]]) -> Change:
        """Cases stored without being read back (an import): their ids and titles."""
        pairs = tuple(created)
        return cls(
            parts=frozenset({Part.CASES}) if pairs else frozenset(),
            added=tuple(i for i, _ in pairs),
            created=pairs,
        )

    @classmethod
    def of_series(cls, before: Series | None, after: Series | None) -> Change:
        return cls(
            parts=frozenset() if before == after else frozenset({Part.SERIES}),
            series_before=before,
            series_after=after,
        )

    # -- reading -------------------------------------------------------------------------

    def touches(self, *parts: Part) -> bool:
        return any(p in self.parts for p in parts)

    @property
    def case(self) -> Case:
        """The case as the write left it, or as it was before the write deleted it."""
        case = self.after if self.after is not None else self.before
        if case is None:
            raise ValueError("this change concerns no single case")
        return case

    @property
    def event(self) -> Event:
        """The event added or edited (as stored), or the one deleted (as it was)."""
        for case in (self.after, self.before):
            for e in case.events if case is not None else ():
                if e.id == self.event_id:
                    return e
        raise ValueError("this change concerns no event")

    @property
    def series(self) -> Series:
        """The series as the write left it, or as it was before the write deleted it."""
        series = self.series_after if self.series_after is not None else self.series_before
        if series is None:
            raise ValueError("this change concerns no series")
        return series

"""The department's shared cases as the window reads them (the Shared cases window,
``caselog.ui.shared_window``), and a case of another team as a series takes it.

On a department server every case has an anonymised copy, ``case_shared``
(``caselog.store.services.shared``), which every department role may read; a role reads
the cases of its own teams whole. ``shared_listing`` says whether the database shares at
all (a SQLite file does not: the window says sharing needs the department server), which
copies there are, and which teams are the role's own. ``shared_copy`` reads one copy as a
plain ``Case``: the anonymised case file document, its images withheld (the copy keeps no
pixels: each image is left out and counted). Reading only: nothing here writes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, select, text

from caselog.core.model import Case
from caselog.interchange.errors import ValidationError
from caselog.interchange.validation import case_from_dict
from caselog.store import server
from caselog.store.engine import Store
from caselog.store.errors import NotFound, StoreError
from caselog.store.services import _rows
from caselog.store.services.cases import get_case
from caselog.store.services.shared import SharedCase, shared_t
from caselog.store.tables import case_t


@dataclass(frozen=True)
class SharedListing:
    """What the Shared cases window lists: ``served`` False on a database that shares
    nothing (SQLite, or PostgreSQL before ``caselog server init``)."""

    served: bool
    cases: list[SharedCase]
    teams: tuple[str, ...] = ()  # the connected role's teams: their cases are its own

    def own(self, shared: SharedCase) -> bool:
        return shared.team is not None and shared.team in self.teams


@dataclass(frozen=True)
class SharedCopy:
    """One case as another team reads it: ``case`` is the anonymised document read back
    (its id the stored case's, no image), ``withheld`` how many images it left out."""

    summary: SharedCase
    case: Case
    withheld: int


class SharedCopyError(StoreError):
    """A shared copy that does not read as a case (written by a newer caselog?)."""


def _teams(conn: Connection) -> tuple[str, ...]:
    found = conn.execute(text("SELECT caselog_teams()")).scalar() or []
    return tuple(str(t) for t in found)


def shared_listing(*, store: Store) -> SharedListing:
    """Every shared copy of the department (title, team, updated), newest first."""
    with store.read() as conn:
        if not server.served(conn):
            return SharedListing(False, [])
        t = shared_t.c
        rows = conn.execute(
            select(t.case_id, t.team, t.title, t.updated_at).order_by(
                t.updated_at.desc(), t.case_id.desc()
            )
        )
        cases = [SharedCase(int(i), team, str(title), when) for i, team, title, when in rows]
        return SharedListing(True, cases, _teams(conn))


def _read(conn: Connection, case_id: int) -> SharedCopy | None:
    t = shared_t.c
    row = conn.execute(
        select(t.case_id, t.team, t.title, t.updated_at, t.document).where(t.case_id == case_id)
    ).first()
    if row is None:
        return None
    summary = SharedCase(int(row[0]), row[1], str(row[2]), row[3])
    return as_copy(summary, str(row[4]))


def as_copy(summary: SharedCase, document: str) -> SharedCopy:
    """The copy's document read as a case, its withheld images left out and counted."""
    doc: dict[str, Any] = json.loads(document)
    withheld = 0
    for event in doc.get("events") or []:
        if isinstance(event, dict) and event.get("images"):
            withheld += len(event.pop("images"))
    try:
        case = case_from_dict(doc, where=f"shared copy of case {summary.id}")
    except ValidationError as exc:
        raise SharedCopyError(
            f"the shared copy of case {summary.id} cannot be read: {exc}"
        ) from None
    case = replace(case, id=summary.id, updated_at=summary.updated_at)
    return SharedCopy(summary, case, withheld)


def shared_copy(case_id: int, *, store: Store) -> SharedCopy:
    """One case's anonymised copy, read only (NotFound: no copy of that id)."""
    with store.read() as conn:
        found = _read(conn, case_id) if server.served(conn) else None
    if found is None:
        raise NotFound("shared case", case_id)
    return found


@dataclass(frozen=True)
class SeriesCase:
    """A case as a series takes it: the role's own (``shared`` None) or another team's
    anonymised copy."""

    case: Case
    shared: SharedCopy | None = None

    def note(self) -> str | None:
        """What a report of the series says of a shared copy (None: the case itself)."""
        if self.shared is None:
            return None
        s = self.shared
        said = (
            f"case {s.summary.id} (“{s.summary.title}”) is team {s.summary.team}'s: the "
            "series uses its anonymised shared copy"
        )
        if s.withheld:
            images = "image" if s.withheld == 1 else "images"
            said += f", without its {s.withheld} {images} (a shared copy keeps no pixels)"
        return said


def series_cases(
    case_ids: Sequence[int], *, store: Store, image_bytes: bool = True
) -> list[SeriesCase]:
    """The cases of a series in order: each the role may read, whole; each of another team
    (hidden from the role by the server's policies) as its anonymised copy, never the raw
    case; NotFound for an id that is neither."""
    with store.read() as conn:
        visible = set(
            conn.execute(select(case_t.c.id).where(case_t.c.id.in_(list(case_ids)))).scalars()
        )
        out = []
        for case_id in case_ids:
            if case_id in visible:
                out.append(SeriesCase(_rows.read_case(conn, case_id, image_bytes=image_bytes)))
                continue
            copy = _read(conn, case_id) if server.served(conn) else None
            if copy is None:
                raise NotFound("case", case_id)
            out.append(SeriesCase(copy.case, copy))
        return out


@dataclass(frozen=True)
class ReportCases:
    """What a report is built from: ``cases`` in order; ``warnings``, one for each shared
    copy among them; ``own`` and ``shared``, their ids, for the trail."""

    cases: list[Case]
    warnings: list[str]
    own: list[int]
    shared: list[int]


def report_cases(case_ids: Sequence[int], template: str, *, store: Store) -> ReportCases:
    """The cases of a report: a series takes another team's case as its anonymised copy
    (``series_cases``); every other report is of the role's own case."""
    if template != "series":
        return ReportCases([get_case(i, store=store) for i in case_ids], [], list(case_ids), [])
    members = series_cases(case_ids, store=store)
    return ReportCases(
        [m.case for m in members],
        [n for m in members if (n := m.note()) is not None],
        [i for i, m in zip(case_ids, members, strict=True) if m.shared is None],
        [i for i, m in zip(case_ids, members, strict=True) if m.shared is not None],
    )


def member_label(case_id: int, *, store: Store) -> str:
    """How the series window names a member: ``title (label)`` for the role's own case,
    ``title — team t's, anonymised copy`` for another team's, ``case N (not found)``."""
    with store.read() as conn:
        row = conn.execute(select(case_t.c.title).where(case_t.c.id == case_id)).first()
        if row is not None:
            case = _rows.read_case(conn, case_id, image_bytes=False)
            return f"{case.title} ({case.patient.display_label})"
        if server.served(conn):
            t = shared_t.c
            found = conn.execute(select(t.title, t.team).where(t.case_id == case_id)).first()
            if found is not None:
                return f"{found[0]} — team {found[1]}'s, anonymised copy"
    return f"case {case_id} (not found)"

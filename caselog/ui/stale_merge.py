"""A refused edit, and how it compares with the version that replaced the one it was made on.

Plain Python (no Qt): ``Edit`` is one write of the window that sets a part of a case (the
patient, the assessment, an event...), as the user made it on the version they saw.
``compare`` sets it field by field beside that version (``base``) and the stored one
(``theirs``): what the user changed, what the others changed, and where both changed the
same field differently. ``merged`` builds the value to write on top of theirs: their
version, with the fields the user chose to keep from their own edit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from caselog.core.dates import PartialDate
from caselog.core.model import Author, Case, Event, Image, ReportText
from caselog.store.changes import Change

LEAVES = (PartialDate, Image)  # dataclasses compared whole, never field by field
SKIPPED = {"id", "version", "created_at", "updated_at", "key"}  # set by the store, not typed


@dataclass(frozen=True)
class Edit:
    """One write of a part of a case: ``mine`` is the value the user gave, ``base`` the
    case they saw (its ``version`` is the one the write passes), ``part`` the value of that
    part in any version of the case (None: absent), ``write`` the service call with a
    value on a version (the controller's undo step and announcement wrap it)."""

    text: str  # "Edit patient": the undo step's name
    label: str  # "Patient": what the compare view calls the part
    case_id: int
    base: Case | None
    mine: Any
    part: Callable[[Case], Any]
    write: Callable[[Any, int | None], Change]

    @property
    def version(self) -> int | None:
        return self.base.version if self.base is not None else None

    def on(self, theirs: Case, value: Any) -> Edit:
        """The same edit, with ``value``, made on ``theirs``."""
        return dataclasses.replace(self, base=theirs, mine=value)


@dataclass(frozen=True)
class Row:
    """One field: its path in the part (``""``: the part whole) and its three values."""

    path: str
    base: Any
    mine: Any
    theirs: Any

    @property
    def mine_changed(self) -> bool:
        return bool(self.mine != self.base)

    @property
    def theirs_changed(self) -> bool:
        return bool(self.theirs != self.base)

    @property
    def conflict(self) -> bool:
        """Both changed the field, to different values."""
        return self.mine_changed and self.theirs_changed and self.mine != self.theirs


def _split(base: Any, mine: Any, theirs: Any) -> bool:
    """Whether to compare field by field: three records of one kind."""
    kind = type(base)
    return (
        dataclasses.is_dataclass(base)
        and not isinstance(base, type)
        and not isinstance(base, LEAVES)
        and type(mine) is kind
        and type(theirs) is kind
    )


def _walk(path: str, base: Any, mine: Any, theirs: Any, out: list[Row]) -> None:
    if _split(base, mine, theirs):
        for f in dataclasses.fields(base):
            if f.name in SKIPPED:
                continue
            sub = f"{path}.{f.name}" if path else f.name
            _walk(sub, getattr(base, f.name), getattr(mine, f.name), getattr(theirs, f.name), out)
    elif mine != theirs:  # the same change on both sides leaves nothing to choose
        out.append(Row(path, base, mine, theirs))


def compare(base: Any, mine: Any, theirs: Any) -> list[Row]:
    """The fields where the user's value and theirs differ (one or both changed it), in
    the order of the record's fields."""
    out: list[Row] = []
    _walk("", base, mine, theirs, out)
    return out


def compare_edit(edit: Edit, theirs: Case) -> list[Row]:
    base = edit.part(edit.base) if edit.base is not None else None
    return compare(base, edit.mine, edit.part(theirs))


def _set(value: Any, path: list[str], new: Any) -> Any:
    if not path:
        return new
    head, *rest = path
    return dataclasses.replace(value, **{head: _set(getattr(value, head), rest, new)})


def merged(theirs: Any, rows: Iterable[Row], keep_mine: set[str]) -> Any:
    """Their value with the user's value put back in the fields of ``keep_mine``."""
    value = theirs
    for row in rows:
        if row.path in keep_mine:
            value = _set(value, row.path.split(".") if row.path else [], row.mine)
    return value


def default_keep(rows: Iterable[Row]) -> set[str]:
    """What re-applying keeps of the user's edit unless they say otherwise: every field
    they changed (their typed value wins where both changed it; the view shows where)."""
    return {r.path for r in rows if r.mine_changed}


@dataclass(frozen=True)
class ReportPart:
    """What the Report tab sets in one write: the text, the authors and the keywords."""

    report: ReportText | None
    authors: list[Author]
    keywords: list[str]


def report_of(case: Case) -> ReportPart:
    return ReportPart(case.report, case.authors, case.keywords)


def event_of(event_id: int | None) -> Callable[[Case], Event | None]:
    """The part an event write sets: that event of a version (None: not in it)."""

    def part(case: Case) -> Event | None:
        return next((e for e in case.events if e.id == event_id), None)

    return part


def show(value: Any) -> str:
    """A value as the compare view prints it (empty: not recorded)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, Image):
        return value.filename or value.caption or "image"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return "; ".join(s for s in (show(v) for v in value) if s)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = []
        for f in dataclasses.fields(value):
            if f.name in SKIPPED:
                continue
            shown = show(getattr(value, f.name))
            if shown:
                parts.append(f"{f.name.replace('_', ' ')}: {shown}")
        return ", ".join(parts)
    return str(value)


def field_name(label: str, path: str) -> str:
    """``Patient › private › birth date``: the part, then the path in it."""
    steps = [label, *(p.replace("_", " ") for p in path.split(".") if p)]
    return " › ".join(steps)

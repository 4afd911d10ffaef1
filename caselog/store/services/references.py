"""Adding references from BibTeX, RIS, PubMed/MEDLINE and CSL-JSON files to a case's report
(``caselog references``): every file read and checked first, then one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Connection, delete

from caselog.core.model import Case, CslItem, Reference, ReportText
from caselog.references.common import ReadError as ReferenceFileError
from caselog.references.items import OWN_KEY
from caselog.references.readers import read_reference_files
from caselog.references.styles import STYLES
from caselog.report.references import formatted
from caselog.store import mapping as m
from caselog.store.changes import Change
from caselog.store.engine import Store
from caselog.store.services import _rows
from caselog.store.services.cases import _edit
from caselog.store.tables import reference_t, report_t

__all__ = ["STYLES", "AddedReferences", "ReferenceFileError", "add_references"]


@dataclass(frozen=True)
class AddedReferences:
    change: Change
    lines: list[tuple[str, str]]  # (key, the reference formatted), in the files' order


def add_references(
    case_id: int, paths: Sequence[Path], *, style: str = "vancouver", store: Store
) -> AddedReferences:
    """Read ``paths`` (ReferenceFileError naming the file and line at the first fault,
    nothing written) and add their items to the case's references: an item whose key is
    already a reference's key (an item's id, or a typed reference's own ``[@key]``) takes
    that reference's place; the others are added at the end."""
    items = read_reference_files(paths)
    lines = [(item.key, formatted(item, style)) for item in items]

    def write(conn: Connection, before: Case) -> Case:
        report = before.report or ReportText()
        refs = merged(report.references, items)
        after = replace(report, references=refs)
        if before.report is None:
            _rows.insert_many(conn, report_t, [m.report_row(case_id, after)])
        conn.execute(delete(reference_t).where(reference_t.c.case_id == case_id))
        _rows.insert_many(conn, reference_t, m.reference_rows(refs, case_id=case_id))
        return replace(before, report=after)

    return AddedReferences(_edit(store, case_id, write), lines)


def merged(refs: list[Reference], items: list[CslItem]) -> list[Reference]:
    out = list(refs)
    for item in items:
        at = next((i for i, r in enumerate(out) if _key(r) == item.key.casefold()), None)
        if at is None:
            out.append(item)
        else:
            out[at] = item
    return out


def _key(ref: Reference) -> str | None:
    if isinstance(ref, CslItem):
        return ref.key.casefold()
    own = OWN_KEY.match(ref)
    return own.group(1).casefold() if own else None

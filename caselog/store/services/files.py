"""Case files in and out (spec/case-format.md): the one path the window and CLI share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from caselog.core.model import Case, Series
from caselog.interchange.errors import CaseFileError, Issue
from caselog.store import audit
from caselog.store.changes import Change, Part
from caselog.store.durability import backup_before
from caselog.store.engine import Store
from caselog.store.services import _rows
from caselog.store.services.series import insert_series, read_series
from caselog.store.tables import series_t
from caselog.store.types import utcnow

if TYPE_CHECKING:
    from caselog.interchange.reader import CaseFile

# The case-file reader and writer (with Pillow and the de-identifier behind them) load with
# the first import or export, not with the services the case list needs.


def import_case_file(path: Path, *, store: Store) -> Change:
    """Import every case and series of a case file, all or nothing.

    ``change.created`` is ``(id, title)`` per case in file order. An invalid file raises
    ``CaseFileError`` before anything is written.
    """
    return import_case_files([path], store=store)


def import_case_files(paths: Sequence[Path], *, store: Store) -> Change:
    """Import several case files in one transaction: every file is read and validated
    first, so one invalid file means nothing is written. ``change.created`` is ``(id,
    title)`` per case, file after file. A CaseFileError lists the issues of every bad
    file."""

    from caselog.interchange.reader import read_case_file

    files: list[CaseFile] = []
    issues: list[Issue] = []
    for p in paths:
        try:
            files.append(read_case_file(Path(p)))
        except CaseFileError as exc:
            issues += exc.issues
    if issues:
        raise CaseFileError(issues)
    backup_before(store, "import")
    created: list[tuple[int, str]] = []
    with store.write() as conn:
        for case_file in files:
            created += _insert_file(conn, case_file.cases, case_file.series)
    return _imported(created, any(f.series for f in files))


def import_cases(cases: Sequence[Case], series: Sequence[Series] = (), *, store: Store) -> Change:
    """Store already-validated cases (and series naming them by ``case_keys``) in one
    transaction with bulk inserts; the write half of ``import_case_file``."""
    backup_before(store, "import")
    with store.write() as conn:
        return _imported(_insert_file(conn, cases, series), bool(series))


def _imported(created: list[tuple[int, str]], series: bool) -> Change:
    change = Change.cases_created(created)
    if series:
        return replace(change, parts=change.parts | {Part.SERIES})
    return change


def _insert_file(
    conn: Connection, cases: Sequence[Case], series: Sequence[Series]
) -> list[tuple[int, str]]:
    ids = _rows.insert_cases(conn, cases, utcnow())
    by_key = {c.key: i for c, i in zip(cases, ids, strict=True) if c.key}
    for s in series:
        s.case_ids = [by_key[k] for k in s.case_keys]
    insert_series(conn, series)
    created = [(i, c.title) for i, c in zip(ids, cases, strict=True)]
    audit.record_created(conn, created, "import")
    return created


def export_cases(
    case_ids: Sequence[int], out: Path, *, store: Store, anonymise: bool = False
) -> Path:
    """Write the cases as a case file at ``out``, with the series made only of them.

    NotFound names the first unknown id (raised before anything is written)."""
    with store.read() as conn:
        cases = [_rows.read_case(conn, i) for i in case_ids]
        chosen = set(case_ids)
        ids = conn.execute(select(series_t.c.id).order_by(series_t.c.id)).scalars().all()
        series = [s for s in (read_series(conn, i) for i in ids) if set(s.case_ids) <= chosen]
    from caselog.interchange.writer import write_case_file

    written = write_case_file(cases, series, Path(out), anonymise=anonymise)
    audit.record_export(list(case_ids), written, store=store, anonymised=anonymise)
    return written

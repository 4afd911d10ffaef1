"""Case files in and out (spec/case-format.md): the one path the window and CLI share."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from caselog.store.engine import Store
from caselog.store.services import _rows
from caselog.store.services.series import insert_series
from caselog.store.types import utcnow


def import_case_file(path: Path, *, store: Store) -> list[tuple[int, str]]:
    """Import every case and series of a case file, all or nothing.

    Returns ``(id, title)`` per case in file order. An invalid file raises
    ``CaseFileError`` before anything is written.
    """
    [created] = import_case_files([path], store=store)
    return created


def import_case_files(paths: Sequence[Path], *, store: Store) -> list[list[tuple[int, str]]]:
    """Import several case files in one transaction: every file is read and validated
    first, so one invalid file means nothing is written. Returns per file what
    ``import_case_file`` returns."""
    from caselog.interchange.reader import read_case_file

    files = [read_case_file(Path(p)) for p in paths]
    created: list[list[tuple[int, str]]] = []
    with store.engine.begin() as conn:
        now = utcnow()
        for case_file in files:
            ids = _rows.insert_cases(conn, case_file.cases, now)
            by_key = {c.key: i for c, i in zip(case_file.cases, ids, strict=True) if c.key}
            for s in case_file.series:
                s.case_ids = [by_key[k] for k in s.case_keys]
            insert_series(conn, case_file.series)
            created.append([(i, c.title) for i, c in zip(ids, case_file.cases, strict=True)])
    return created


def export_cases(
    case_ids: Sequence[int], out: Path, *, store: Store, anonymise: bool = False
) -> Path:
    """Write the cases as a case file at ``out``; NotFound names the first unknown id."""
    with store.engine.begin() as conn:
        cases = [_rows.read_case(conn, i) for i in case_ids]
    from caselog.interchange.writer import write_case_file

    return write_case_file(cases, [], Path(out), anonymise=anonymise)

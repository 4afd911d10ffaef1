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
    from caselog.interchange.reader import read_case_file

    case_file = read_case_file(Path(path))
    with store.engine.begin() as conn:
        ids = _rows.insert_cases(conn, case_file.cases, utcnow())
        by_key = {c.key: i for c, i in zip(case_file.cases, ids, strict=True) if c.key}
        for s in case_file.series:
            s.case_ids = [by_key[k] for k in s.case_keys]
        insert_series(conn, case_file.series)
    return [(i, c.title) for i, c in zip(ids, case_file.cases, strict=True)]


def export_cases(
    case_ids: Sequence[int], out: Path, *, store: Store, anonymise: bool = False
) -> Path:
    """Write the cases as a case file at ``out``; NotFound names the first unknown id."""
    from caselog.interchange.writer import write_case_file

    with store.engine.begin() as conn:
        cases = [_rows.read_case(conn, i) for i in case_ids]
    return write_case_file(cases, [], Path(out), anonymise=anonymise)

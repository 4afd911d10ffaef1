"""Case files in and out (docs/case-format.md): the one path the window and CLI share."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from caselog import lazy
from caselog.core.model import Case, Series
from caselog.interchange.errors import CaseFileError
from caselog.store import audit
from caselog.store.backup import output_notes
from caselog.store.changes import Change
from caselog.store.durability import backup_before
from caselog.store.engine import Store
from caselog.store.services import _blobs, _input, _rows
from caselog.store.services.series import insert_series, read_series
from caselog.store.tables import series_t
from caselog.store.types import utcnow

if TYPE_CHECKING:
    from caselog.interchange import reader, writer
    from caselog.interchange.reader import CaseFile
else:  # with Pillow and the de-identifier behind them (see caselog/lazy.py)
    reader = lazy.module("caselog.interchange.reader")
    writer = lazy.module("caselog.interchange.writer")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileImport:
    """What became of one file of an import: the cases it created, or why it created none."""

    path: Path
    created: list[tuple[int, str]] = field(default_factory=list)
    error: str | None = None  # None: imported whole; else nothing of it was written
    bad_input: bool = False  # the file itself is at fault: invalid, missing, unreadable
    exception: Exception | None = field(default=None, compare=False, repr=False)

    @property
    def imported(self) -> bool:
        return self.error is None

    @property
    def change(self) -> Change:
        """The cases this file added (none when it was not imported)."""
        return Change.cases_created(self.created)


def import_case_file(path: Path, *, store: Store) -> Change:
    """Import every case and series of one case file in one transaction, whole or not at
    all, after a backup of the data it changes.

    ``change.created`` is ``(id, title)`` per case in file order. An invalid file raises
    ``CaseFileError`` (an unreadable one ``OSError``) before anything is written. The
    one-file form of ``import_case_files``: the window imports file by file through it.
    """
    [result] = import_case_files([path], store=store)
    if result.exception is not None:
        raise result.exception
    return result.change


def import_case_files(
    paths: Sequence[Path],
    *,
    store: Store,
    progress: Callable[[int, int, str], None] | None = None,
    stop: Callable[[], bool] | None = None,
    on_file: Callable[[FileImport], None] | None = None,
) -> list[FileImport]:
    """Import several case files, in order, each in its own transaction, whole or not at
    all (docs/cli.md, ``import``): a file that cannot be imported is reported in its
    ``FileImport`` and the files before and after it are still imported.

    One backup is taken before the first file that writes. ``progress(done, total, name)``
    is called before each file and ``on_file(result)`` after it; when ``stop()`` turns true
    no further file is started (the files already imported stay). What is not returned
    was not started.
    """
    results: list[FileImport] = []
    backed_up = False
    for i, raw_path in enumerate(paths):
        path = Path(raw_path)
        if stop is not None and stop():
            break
        if progress is not None:
            progress(i, len(paths), path.name)
        result = _import_one(path, store, backup=not backed_up)
        backed_up = backed_up or result.wrote_backup
        results.append(result.outcome)
        if on_file is not None:
            on_file(result.outcome)
    if progress is not None:
        progress(len(results), len(paths), "")
    return results


@dataclass(frozen=True)
class _Attempt:
    outcome: FileImport
    wrote_backup: bool


def _import_one(path: Path, store: Store, *, backup: bool) -> _Attempt:
    """One file of ``import_case_files``: every failure becomes its ``FileImport``."""
    try:
        case_file = _read(path)
    except CaseFileError as exc:
        return _Attempt(FileImport(path, error=str(exc), bad_input=True, exception=exc), False)
    except OSError as exc:
        message = f"{path}: {exc.strerror or exc}"
        return _Attempt(FileImport(path, error=message, bad_input=True, exception=exc), False)
    backed_up = False
    try:
        if backup:
            backup_before(store, "import")
            backed_up = True
        return _Attempt(FileImport(path, _write(case_file, store)), backed_up)
    except Exception as exc:  # this file is not imported; said per file, the detail logged
        log.error("the import of %s failed", path, exc_info=True)
        return _Attempt(FileImport(path, error=f"{path}: {exc}", exception=exc), backed_up)


def _read(path: Path) -> CaseFile:

    return reader.read_case_file(Path(path))


def _write(case_file: CaseFile, store: Store) -> list[tuple[int, str]]:
    with store.write() as conn:
        return _insert_file(conn, case_file.cases, case_file.series)


def import_cases(cases: Sequence[Case], series: Sequence[Series] = (), *, store: Store) -> Change:
    """Store already-validated cases (and series naming them by ``case_keys``) in one
    transaction with bulk inserts; the write half of ``import_case_file``."""
    backup_before(store, "import")
    with store.write() as conn:
        return Change.cases_created(_insert_file(conn, cases, series))


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
    case_ids: Sequence[int],
    out: Path,
    *,
    store: Store,
    anonymise: bool = False,
    leave_out: Callable[[str], None] | None = None,
) -> Path:
    """Write the cases as a case file at ``out``, with the series made only of them.
    Anonymised, an image with burned-in text neither covered nor accepted is refused
    (``BurnedInText``), or, given ``leave_out`` (``--accept-redactions``), left out of the
    file and ``leave_out`` given the warning.

    NotFound names the first unknown id (raised before anything is written)."""
    with store.read() as conn:
        cases = [_rows.read_case(conn, i) for i in case_ids]
        chosen = set(case_ids)
        ids = conn.execute(select(series_t.c.id).order_by(series_t.c.id)).scalars().all()
        series = [s for s in (read_series(conn, i) for i in ids) if set(s.case_ids) <= chosen]
    _blobs.verify_images(cases)  # a damaged image never leaves caselog
    _input.check_exportable(cases)  # every file caselog writes reads back

    if anonymise:  # the author's review of redactions applies
        _blobs.check_burned_in(cases, leave_out)  # and no burned-in name leaves uncovered
        from caselog.store.services.redactions import using_decisions

        with using_decisions(list(case_ids), store=store):
            written = writer.write_case_file(
                cases, series, Path(out), anonymise=True, notes=output_notes(store.path)
            )
    else:
        written = writer.write_case_file(
            cases, series, Path(out), anonymise=False, notes=output_notes(store.path)
        )
    audit.record_export(list(case_ids), written, store=store, anonymised=anonymise)
    return written

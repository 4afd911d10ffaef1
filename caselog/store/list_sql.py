"""The whole case list (no words, no filters), in plain SQL over a DB-API connection.

One statement for a page and one for the count, run by the store's ``list_cases`` and
``count_cases`` on its own connection (the raw connection of its read transaction), and
by the window before the store has loaded (``read_file``: the standard library's sqlite3
on the file opened read-only), so that the list is filled at start-up without waiting for
SQLAlchemy (about 0.3 s of imports). One read path: the window's early page is the
store's page, read the same way.

Nothing here imports SQLAlchemy (``tests/ui/test_lean_startup.py``). The SQL binds no
parameters (the order comes from ``ORDER_SQL``, offset and limit are integers), so it runs
on any DB-API driver whatever its parameter style.

``read_file`` answers only for a plain SQLite file it can read without writing to it:
opened with ``mode=ro``, as the store opens a file not yet known sound
(``caselog.store.soundness``), so nothing is written to a damaged file (SQLite may create
the empty ``-shm`` and ``-wal`` beside a WAL file, as for the store's own read-only
connections); no lock is needed to read. A new or encrypted file (no SQLite header: the
standard library cannot read a passphrase-protected one) or any error gives None, and
the window waits for the store, which says what is wrong.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from caselog.core.summary import CaseSummary
from caselog.store.target import resolve_target

T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"
NAME = "nullif(patient_private.name, '')"
MRN = "nullif(patient_private.mrn, '')"
# The label, as ``caselog list`` prints it.
LABEL_SQL = "coalesce(patient.label, 'the patient')"
# What identifies the case to its clinician in the window's Patient column: the patient's
# name and record number (private: shown on this machine only), else the label, else
# nothing (``patient_text`` is the same rule for a case in hand).
PATIENT_SQL = f"coalesce({NAME} || ' · ' || {MRN}, {NAME}, {MRN}, nullif(patient.label, ''), '')"
# The keys of ``services.list_cases(order_by=...)``, as SQL (ties broken by the id).
ORDER_SQL: dict[str, str] = {
    "updated": '"case".updated_at',
    "created": '"case".created_at',
    "id": '"case".id',
    "title": 'lower("case".title)',
    "patient": f"lower({PATIENT_SQL})",
    "drug": 'lower("case".suspect_drug)',
    "reaction": "lower(assessment.reaction)",
    "outcome": "assessment.outcome",
}
COLUMNS = (
    f'"case".id, "case".title, {LABEL_SQL}, "case".suspect_drug, '
    f'assessment.reaction, assessment.outcome, "case".updated_at, {PATIENT_SQL}, "case".version'
)
JOINS = (
    'LEFT OUTER JOIN patient ON patient.case_id = "case".id '
    'LEFT OUTER JOIN patient_private ON patient_private.case_id = "case".id '
    'LEFT OUTER JOIN assessment ON assessment.case_id = "case".id'
)
# The cases alone: patient, private and assessment are keyed by case_id, so the joins
# neither add nor drop a row, and SQLite counts the index (1 ms at 100,000 cases).
COUNT_SQL = 'SELECT count(*) FROM "case"'


class DBAPIConnection(Protocol):
    def cursor(self) -> Any: ...


def patient_text(name: str | None, mrn: str | None, label: str | None) -> str:
    """``PATIENT_SQL`` for values in hand: ``name · mrn``, either alone, else the label."""
    name, mrn = name or None, mrn or None
    if name and mrn:
        return f"{name} · {mrn}"
    return name or mrn or label or ""


def page_sql(order_by: str, descending: bool, offset: int, limit: int | None) -> str:
    """The statement of one page in ``order_by`` (a key of ``ORDER_SQL``)."""
    way = " DESC" if descending else ""
    stmt = f'SELECT {COLUMNS} FROM "case" {JOINS} ORDER BY {ORDER_SQL[order_by]}{way}, '
    stmt += f'"case".id{way}'
    if limit is not None:
        stmt += f" LIMIT {int(max(0, limit))}"
    elif offset:
        stmt += " LIMIT -1"  # SQLite's "no limit" (an OFFSET needs a LIMIT)
    if offset:
        stmt += f" OFFSET {int(max(0, offset))}"
    return stmt


def _utc(value: Any) -> dt.datetime:
    if isinstance(value, str):  # SQLite: the naive UTC text of caselog.store.types
        return dt.datetime.fromisoformat(value + "+00:00")
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def page(
    conn: DBAPIConnection,
    *,
    order_by: str = "updated",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[CaseSummary]:
    """Summary rows of the whole list, ordered by ``order_by``, ``limit`` from ``offset``."""
    if order_by not in ORDER_SQL:
        raise ValueError(f"cannot order cases by {order_by!r}; use one of {sorted(ORDER_SQL)}")
    cursor = conn.cursor()
    try:
        cursor.execute(page_sql(order_by, descending, offset, limit))
        found = cursor.fetchall()
    finally:
        cursor.close()
    return [CaseSummary(i, t, lab, d, r, o, _utc(u), p, v) for i, t, lab, d, r, o, u, p, v in found]


def count(conn: DBAPIConnection) -> int:
    cursor = conn.cursor()
    try:
        cursor.execute(COUNT_SQL)
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()


def file_of(target: str | None) -> Path | None:
    """The SQLite file the store would open for ``target`` (``resolve_target``), or None
    for an in-memory database or another backend."""
    url = resolve_target(target)
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url or url == prefix + ":memory:":
        return None
    return Path(url[len(prefix) :])


def readable(path: Path) -> bool:
    """A plain SQLite file (not new, not encrypted): one the standard library can read."""
    try:
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_HEADER
    except OSError:
        return False


def read_file(path: Path, work: Callable[[sqlite3.Connection], T]) -> T | None:
    """``work`` on ``path`` opened read-only (``mode=ro``: SQLite writes nothing to it), in
    one read transaction; None when the file cannot be read so (see the module's
    docstring)."""
    if not readable(path):
        return None
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("BEGIN")  # one snapshot
        try:
            return work(conn)
        finally:
            conn.execute("COMMIT")
    except sqlite3.Error:
        return None  # not caselog's yet, damaged, locked: the store says what is wrong
    finally:
        conn.close()


__all__ = [
    "COUNT_SQL",
    "ORDER_SQL",
    "LABEL_SQL",
    "PATIENT_SQL",
    "count",
    "file_of",
    "page",
    "page_sql",
    "patient_text",
    "read_file",
]
